// Caddy's lexer (caddyconfig/caddyfile/lexer.go), ported: whitespace-separated tokens, "double"
// and `backtick` quotes, `#` comments only at the start of a token, a backslash before a newline
// continues the logical line, and (Caddy 2.7+) `<<MARKER` heredocs whose closing marker's
// indentation is stripped from every line. Positions are physical (1-based line, UTF-16 column).
import type { CaddyProblem, CaddyToken } from './types.js';

export interface TokenizeResult {
  tokens: CaddyToken[];
  problems: CaddyProblem[];
}

export function tokenize(text: string): TokenizeResult {
  const tokens: CaddyToken[] = [];
  const problems: CaddyProblem[] = [];
  let line = 1;
  let column = 0; // column of the current character
  let logical = 1;
  let val = '';
  let start = { line: 1, column: 1, logical: 1 };
  let quoted = false;
  let btQuoted = false;
  let escaped = false;
  let comment = false;
  let heredoc: string | undefined; // the marker while inside a heredoc

  const syntax = (message: string, at: { line: number; column: number }): void => {
    problems.push({ kind: 'syntax', message, line: at.line, column: at.column });
  };

  const emit = (quote?: '"' | '`' | '<'): void => {
    const token: CaddyToken = { text: val, line: start.line, column: start.column, logicalLine: start.logical };
    if (quote) token.quote = quote;
    tokens.push(token);
    val = '';
    quoted = false;
    btQuoted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    column++;
    const newline = (): void => {
      line++;
      column = 0;
    };

    if (heredoc !== undefined) {
      val += ch;
      if (ch === '\n') newline();
      const lastNewline = val.lastIndexOf('\n');
      const tail = val.slice(lastNewline + 1);
      if (tail.trimStart() === heredoc) {
        const padding = tail.slice(0, tail.length - heredoc.length);
        const lines = lastNewline >= 0 ? val.slice(0, lastNewline).split('\n') : [];
        if (lines.some((l) => !l.startsWith(padding) && l.trim() !== '')) {
          syntax(`heredoc <<${heredoc}: a line is indented less than its closing marker`, start);
        }
        val = lines.map((l) => (l.startsWith(padding) ? l.slice(padding.length) : l.trimStart())).join('\n').replace(/\r/g, '');
        heredoc = undefined;
        emit('<');
      }
      continue;
    }

    if (!quoted && !btQuoted && !escaped && val.startsWith('<<')) {
      if (ch === ' ') {
        emit();
        continue;
      }
      if (ch === '\r') continue;
      if (ch === '\n') {
        const marker = val.slice(2);
        newline();
        if (!/^[A-Za-z0-9_-]+$/.test(marker)) {
          syntax(`heredoc marker "${marker}" must be letters, digits, dashes and underscores`, start);
          logical++;
          emit();
          continue;
        }
        heredoc = marker;
        val = '';
        continue;
      }
      val += ch;
      continue;
    }

    if (!escaped && !btQuoted && ch === '\\') {
      escaped = true;
      if (val.length === 0 && !comment) start = { line, column, logical };
      continue;
    }

    if (quoted || btQuoted) {
      if (quoted && escaped) {
        // everything is literal in a quoted area; only quotes are escaped
        if (ch !== '"') val += '\\';
        escaped = false;
      } else if (quoted && ch === '"') {
        emit('"');
        continue;
      } else if (btQuoted && ch === '`') {
        emit('`');
        continue;
      }
      val += ch;
      if (ch === '\n') newline();
      continue;
    }

    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v') {
      if (ch === '\r') continue;
      if (ch === '\n') {
        if (escaped) {
          escaped = false; // line continuation: same logical line
        } else {
          logical++;
        }
        comment = false;
        newline();
      }
      if (val.length > 0) emit();
      continue;
    }

    if (ch === '#' && val.length === 0 && !escaped) comment = true;
    if (comment) continue;

    if (val.length === 0 && !escaped) {
      start = { line, column, logical };
      if (ch === '"') {
        quoted = true;
        continue;
      }
      if (ch === '`') {
        btQuoted = true;
        continue;
      }
    }
    if (escaped) {
      val += '\\';
      escaped = false;
    }
    val += ch;
  }

  if (heredoc !== undefined) {
    syntax(`heredoc <<${heredoc} is never closed`, start);
    emit('<');
  } else if (quoted || btQuoted) {
    syntax(`unterminated ${quoted ? 'double-quoted' : 'backtick-quoted'} token opened here`, start);
    emit(quoted ? '"' : '`');
  } else if (val.length > 0) {
    emit();
  }
  return { tokens, problems };
}
