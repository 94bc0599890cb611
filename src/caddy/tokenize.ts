// Caddy's lexer (caddyconfig/caddyfile/lexer.go, v2.6), ported: whitespace-separated tokens,
// "double" and `backtick` quotes, `#` comments only at the start of a token, a backslash before a
// newline continues the logical line. Positions are physical (1-based line and UTF-16 column).
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
  let started = false; // a token is being read (val may still be '' for an empty quoted token)
  let start = { line: 1, column: 1, logical: 1 };
  let quoted = false;
  let btQuoted = false;
  let escaped = false;
  let comment = false;

  const emit = (quote?: '"' | '`'): void => {
    const token: CaddyToken = { text: val, line: start.line, column: start.column, logicalLine: start.logical };
    if (quote) token.quote = quote;
    tokens.push(token);
    val = '';
    started = false;
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

    if (!escaped && !btQuoted && ch === '\\') {
      escaped = true;
      if (!started && !comment) {
        started = true;
        start = { line, column, logical };
      }
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
      else if (ch === '\n') started = false;
      continue;
    }

    if (ch === '#' && val.length === 0 && !escaped) comment = true;
    if (comment) continue;

    if (val.length === 0 && !escaped) {
      start = { line, column, logical };
      started = true;
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

  if (quoted || btQuoted) {
    problems.push({
      message: `unterminated ${quoted ? 'double-quoted' : 'backtick-quoted'} token opened here`,
      line: start.line,
      column: start.column,
    });
    emit(quoted ? '"' : '`');
  } else if (val.length > 0) {
    emit();
  }
  return { tokens, problems };
}
