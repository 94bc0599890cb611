// The structural view of a Caddyfile: tokens with their place, directives with nested blocks,
// site blocks with their addresses. Placeholders ({$ENV}, {$ENV:default}, {env.X}) stay as text.

/** One token as Caddy's lexer splits it, with the 1-based line/column where it starts. */
export interface CaddyToken {
  text: string;
  line: number;
  column: number;
  /** the quote the token was written in, if any; '<' for a heredoc (quoted tokens are never braces) */
  quote?: '"' | '`' | '<';
  /**
   * The logical line: tokens on one physical line, or joined by a trailing backslash, share it.
   * Directives are split on logical lines, as Caddy's dispenser does.
   */
  logicalLine: number;
  /** set on tokens spliced in by `import <snippet>`: where the import stood */
  importedFrom?: { snippet: string; line: number; column: number };
}

/** A directive (or subdirective) with its arguments and optional nested block. */
export interface CaddyDirective {
  name: string;
  args: CaddyToken[];
  /** the directive's name token position */
  line: number;
  column: number;
  /** present when the directive opened `{ … }` */
  block?: CaddyDirective[];
  importedFrom?: { snippet: string; line: number; column: number };
}

/** A top-level block: the global options block (no addresses) or a site block. */
export interface CaddyBlock {
  kind: 'global' | 'site';
  /** site addresses, commas stripped (empty for the global options block) */
  addresses: CaddyToken[];
  directives: CaddyDirective[];
  line: number;
  column: number;
}

export interface CaddyProblem {
  /** `syntax`: Caddy would refuse the file; `import-not-followed`: an import of files driftgate does not read */
  kind: 'syntax' | 'import-not-followed';
  message: string;
  line: number;
  column: number;
}

export interface CaddyParseResult {
  file: string;
  blocks: CaddyBlock[];
  /** snippet names defined with `(name) { … }`, in order of definition */
  snippets: string[];
  problems: CaddyProblem[];
}
