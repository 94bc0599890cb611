// A structural Caddyfile parser after Caddy's own (caddyconfig/caddyfile/parse.go, v2.6): the
// global options block, site blocks with one or more addresses, directives split on logical lines,
// nested `{ … }` blocks, and `(snippet) { … }` definitions expanded where `import name` stands.
// It never throws: syntax problems are collected with their line and column.
import { tokenize } from './tokenize.js';
import type { CaddyBlock, CaddyDirective, CaddyParseResult, CaddyProblem, CaddyToken } from './types.js';

const MAX_IMPORTS = 1000;

interface State {
  tokens: CaddyToken[];
  pos: number;
  snippets: Map<string, CaddyToken[]>;
  problems: CaddyProblem[];
  /** snippet names a token was imported through (cycle detection) */
  chains: WeakMap<CaddyToken, string[]>;
  nextLogical: number;
  imports: number;
}

const isBare = (t: CaddyToken | undefined, text: string): boolean => t !== undefined && t.quote === undefined && t.text === text;

function problem(state: State, message: string, at: { line: number; column: number }, kind: CaddyProblem['kind'] = 'syntax'): void {
  state.problems.push({ kind, message, line: at.line, column: at.column });
}

function isNewLine(state: State, i: number): boolean {
  if (i <= 0) return true;
  return state.tokens[i]?.logicalLine !== state.tokens[i - 1]?.logicalLine;
}

/** Replace `import name [args…]` at state.pos with the snippet's tokens (Caddy does the same splice). */
function expandImport(state: State): void {
  const importTok = state.tokens[state.pos] as CaddyToken;
  let end = state.pos + 1;
  while (end < state.tokens.length && !isNewLine(state, end)) end++;
  const args = state.tokens.slice(state.pos + 2, end);
  const nameTok = state.tokens[state.pos + 1];
  let replacement: CaddyToken[] = [];
  const chain = state.chains.get(importTok) ?? [];
  if (nameTok === undefined || end === state.pos + 1) {
    problem(state, 'import needs the name of a snippet', importTok);
  } else if (chain.includes(nameTok.text)) {
    problem(state, `import cycle: snippet "${nameTok.text}" imports itself (via ${chain.join(' → ')})`, nameTok);
  } else if (++state.imports > MAX_IMPORTS) {
    problem(state, `more than ${MAX_IMPORTS} snippet imports; stopped expanding`, nameTok);
  } else {
    const body = state.snippets.get(nameTok.text);
    if (body === undefined) {
      problem(
        state,
        `import "${nameTok.text}" is no snippet defined above it; imported files are not followed, so what they hold is not checked`,
        nameTok,
        'import-not-followed',
      );
    } else {
      const logicalMap = new Map<number, number>();
      const origin = importTok.importedFrom ?? { snippet: nameTok.text, line: importTok.line, column: importTok.column };
      replacement = body.map((t) => {
        let logical = logicalMap.get(t.logicalLine);
        if (logical === undefined) {
          logical = state.nextLogical++;
          logicalMap.set(t.logicalLine, logical);
        }
        const copy: CaddyToken = { ...t, text: replaceArgs(t.text, args), logicalLine: logical, importedFrom: origin };
        state.chains.set(copy, [...chain, nameTok.text]);
        return copy;
      });
    }
  }
  state.tokens.splice(state.pos, end - state.pos, ...replacement);
}

/** `{args.0}` (Caddy 2.6) / `{args[0]}` (2.7+) in snippet tokens become the import's arguments. */
function replaceArgs(text: string, args: CaddyToken[]): string {
  if (!text.includes('{args')) return text;
  return text.replace(/\{args(?:\.(\d+)|\[(\d+)\])\}/g, (_m, a: string | undefined, b: string | undefined) => {
    return args[Number(a ?? b)]?.text ?? '';
  });
}

/** Directives until the closing brace (nested) or the end of input (a site block without braces). */
function parseDirectives(state: State, open: CaddyToken | undefined): CaddyDirective[] {
  const out: CaddyDirective[] = [];
  while (state.pos < state.tokens.length) {
    const tok = state.tokens[state.pos] as CaddyToken;
    if (isBare(tok, '}')) {
      state.pos++;
      if (open) return out;
      problem(state, "unexpected '}' without a matching '{'", tok);
      continue;
    }
    if (isBare(tok, 'import') && isNewLine(state, state.pos)) {
      expandImport(state);
      continue;
    }
    if (isBare(tok, '{')) {
      problem(state, "unexpected '{': a block opens at the end of a directive's line", tok);
      state.pos++;
      parseDirectives(state, tok);
      continue;
    }
    const directive: CaddyDirective = { name: tok.text, args: [], line: tok.line, column: tok.column };
    if (tok.importedFrom) directive.importedFrom = tok.importedFrom;
    state.pos++;
    while (state.pos < state.tokens.length && !isNewLine(state, state.pos)) {
      const t = state.tokens[state.pos] as CaddyToken;
      if (isBare(t, '}')) break;
      state.pos++;
      if (isBare(t, '{')) {
        if (state.pos < state.tokens.length && !isNewLine(state, state.pos)) {
          problem(state, "unexpected token after '{' on the same line", state.tokens[state.pos] as CaddyToken);
        }
        directive.block = parseDirectives(state, t);
        break;
      }
      directive.args.push(t);
    }
    out.push(directive);
  }
  if (open) problem(state, "'{' is never closed", open);
  return out;
}

/** Raw tokens of a snippet body, up to its matching closing brace. */
function readSnippetBody(state: State, open: CaddyToken): CaddyToken[] {
  const body: CaddyToken[] = [];
  let depth = 1;
  while (state.pos < state.tokens.length) {
    const t = state.tokens[state.pos++] as CaddyToken;
    if (isBare(t, '{')) depth++;
    if (isBare(t, '}') && --depth === 0) return body;
    body.push(t);
  }
  problem(state, "snippet '{' is never closed", open);
  return body;
}

function readAddresses(state: State): CaddyToken[] {
  const keys: CaddyToken[] = [];
  let expectingAnother = false;
  while (state.pos < state.tokens.length) {
    const t = state.tokens[state.pos] as CaddyToken;
    if (isBare(t, '{')) break;
    if (keys.length > 0 && !expectingAnother && isNewLine(state, state.pos)) break;
    state.pos++;
    expectingAnother = t.text.endsWith(',');
    const text = t.text.replace(/,+$/, '');
    if (text !== '') keys.push({ ...t, text });
  }
  return keys;
}

export function parseCaddyfile(text: string, file: string): CaddyParseResult {
  const lexed = tokenize(text);
  const last = lexed.tokens[lexed.tokens.length - 1];
  const state: State = {
    tokens: lexed.tokens,
    pos: 0,
    snippets: new Map(),
    problems: [...lexed.problems],
    chains: new WeakMap(),
    nextLogical: (last?.logicalLine ?? 0) + 1_000_000,
    imports: 0,
  };
  const blocks: CaddyBlock[] = [];
  const snippets: string[] = [];
  while (state.pos < state.tokens.length) {
    const first = state.tokens[state.pos] as CaddyToken;
    if (isBare(first, 'import') && isNewLine(state, state.pos)) {
      expandImport(state);
      continue;
    }
    if (isBare(first, '}')) {
      problem(state, "unexpected '}' without a matching '{'", first);
      state.pos++;
      continue;
    }
    const keys = readAddresses(state);
    const open = state.tokens[state.pos];
    const hasBrace = isBare(open, '{');
    if (hasBrace) {
      state.pos++;
      const next = state.tokens[state.pos];
      if (next && !isNewLine(state, state.pos)) problem(state, "unexpected token after '{' on the same line", next);
    }
    const snippetName = keys.length === 1 ? /^\((.+)\)$/.exec(keys[0]?.text ?? '')?.[1] : undefined;
    if (snippetName !== undefined) {
      if (!hasBrace) {
        problem(state, `snippet "(${snippetName})" needs a '{ … }' body`, first);
        continue;
      }
      if (state.snippets.has(snippetName)) problem(state, `snippet "(${snippetName})" is defined twice`, first);
      state.snippets.set(snippetName, readSnippetBody(state, open as CaddyToken));
      snippets.push(snippetName);
      continue;
    }
    if (keys.length === 0 && blocks.length > 0) {
      problem(state, 'a block without a site address (the global options block must come first)', first);
    }
    if (keys.length > 1 && keys.some((k) => /^\(.+\)$/.test(k.text))) {
      problem(state, 'a snippet definition takes exactly one name', first);
    }
    if (!hasBrace && blocks.length > 0) {
      problem(state, "site block needs '{ … }' when the Caddyfile has more than one block", first);
    }
    const directives = parseDirectives(state, hasBrace ? (open as CaddyToken) : undefined);
    blocks.push({
      kind: keys.length === 0 ? 'global' : 'site',
      addresses: keys,
      directives,
      line: first.line,
      column: first.column,
    });
  }
  state.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, blocks, snippets, problems: state.problems };
}
