// The reverse proxies of a parsed Caddyfile, wherever they are nested (handle, route, handle_path…),
// with their upstreams (arguments and `to`) and `header_up` operations.
import { upstreamDial } from './upstream-dial.js';
import type { CaddyBlock, CaddyDirective, CaddyParseResult, CaddyToken } from './types.js';

export interface HeaderOp {
  op: 'set' | 'add' | 'delete' | 'replace';
  /** the field name without its +/- prefix, as written */
  field: string;
  value?: string;
  line: number;
  column: number;
}

export interface ProxyUpstream {
  /** as written */
  text: string;
  /** host:port Caddy dials (placeholders resolved against the env given, then their defaults) */
  dial?: string;
  line: number;
  column: number;
}

export interface ProxyView {
  directive: 'reverse_proxy' | 'forward_auth';
  /** addresses of the site block it belongs to */
  site: string[];
  /** the enclosing directives, outermost first, e.g. ["handle /outpost.goauthentik.io/*"] */
  context: string[];
  matcher?: string;
  upstreams: ProxyUpstream[];
  headerUp: HeaderOp[];
  line: number;
  column: number;
  importedFrom?: { snippet: string; line: number; column: number };
}

const isMatcher = (t: string): boolean => t.startsWith('@') || t.startsWith('/') || t === '*';

function upstreamOf(t: CaddyToken, env: Record<string, string | undefined>): ProxyUpstream {
  const up: ProxyUpstream = { text: t.text, line: t.line, column: t.column };
  const dial = upstreamDial(t.text, env);
  if (dial !== undefined) up.dial = dial;
  return up;
}

function headerOp(d: CaddyDirective): HeaderOp | undefined {
  const [fieldTok, valueTok, replacementTok] = d.args;
  if (!fieldTok) return undefined;
  const raw = fieldTok.text;
  const at = { line: d.line, column: d.column };
  if (raw.startsWith('-')) return { op: 'delete', field: raw.slice(1), ...at };
  if (raw.startsWith('+')) return { op: 'add', field: raw.slice(1), ...(valueTok ? { value: valueTok.text } : {}), ...at };
  if (replacementTok) return { op: 'replace', field: raw, value: replacementTok.text, ...at };
  return { op: 'set', field: raw, ...(valueTok ? { value: valueTok.text } : {}), ...at };
}

function viewOf(
  d: CaddyDirective,
  site: string[],
  context: string[],
  env: Record<string, string | undefined>,
): ProxyView {
  const args = [...d.args];
  const view: ProxyView = {
    directive: d.name as ProxyView['directive'],
    site,
    context,
    upstreams: [],
    headerUp: [],
    line: d.line,
    column: d.column,
  };
  if (d.importedFrom) view.importedFrom = d.importedFrom;
  if (args[0] && isMatcher(args[0].text)) view.matcher = (args.shift() as CaddyToken).text;
  for (const t of args) view.upstreams.push(upstreamOf(t, env));
  for (const sub of d.block ?? []) {
    if (sub.name === 'to') for (const t of sub.args) view.upstreams.push(upstreamOf(t, env));
    if (sub.name === 'header_up') {
      const op = headerOp(sub);
      if (op) view.headerUp.push(op);
    }
  }
  return view;
}

function walk(
  directives: CaddyDirective[],
  site: string[],
  context: string[],
  env: Record<string, string | undefined>,
  out: ProxyView[],
): void {
  for (const d of directives) {
    if (d.name === 'reverse_proxy' || d.name === 'forward_auth') {
      out.push(viewOf(d, site, context, env));
      continue;
    }
    if (d.block) walk(d.block, site, [...context, [d.name, ...d.args.map((a) => a.text)].join(' ')], env, out);
  }
}

/** Every reverse_proxy and forward_auth of the site blocks, in file order. */
export function findProxies(parsed: CaddyParseResult, env: Record<string, string | undefined> = {}): ProxyView[] {
  const out: ProxyView[] = [];
  for (const block of parsed.blocks as CaddyBlock[]) {
    if (block.kind !== 'site') continue;
    walk(block.directives, block.addresses.map((a) => a.text), [], env, out);
  }
  return out;
}

/** True when the proxy sets X-Forwarded-Proto to exactly "https" and never deletes it. */
export function setsForwardedProtoHttps(view: ProxyView): boolean {
  const ops = view.headerUp.filter((h) => h.field.toLowerCase() === 'x-forwarded-proto');
  if (ops.some((h) => h.op === 'delete' || h.op === 'replace')) return false;
  return ops.some((h) => h.op === 'set' && h.value === 'https');
}
