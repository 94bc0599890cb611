// Gate `caddy-proto` (D51): every reverse_proxy to the auth server carries
// `header_up X-Forwarded-Proto https`. The Caddyfile is parsed structurally (src/caddy), not grepped,
// and a Caddyfile with no such block fails: the rule must never pass vacuously.
import type { Location, Model, Ref } from '../bindings/types.js';
import { findProxies, setsForwardedProtoHttps } from '../caddy/find-proxies.js';
import type { ProxyView } from '../caddy/find-proxies.js';
import { parseCaddyfile } from '../caddy/parse-caddyfile.js';
import { hasPlaceholder } from '../caddy/placeholders.js';
import { upstreamDial } from '../caddy/upstream-dial.js';
import { at, fileName, rawAt } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft, GateOutput } from './types.js';

const HEADER = 'header_up X-Forwarded-Proto https';

/** Where deploy.dependencies.yaml states the rule (a chain with `gate: D51`), if it does. */
function ruleRef(model: Model): Ref | undefined {
  const chains = rawAt(model, at(model.paths.deploy, 'chains'));
  if (!Array.isArray(chains)) return undefined;
  const i = chains.findIndex((c) => c !== null && typeof c === 'object' && (c as Record<string, unknown>).gate === 'D51');
  return i >= 0 ? at(model.paths.deploy, 'chains', i, 'gate') : undefined;
}

/** The registry service that is the auth server (authentik, or a container named like an auth upstream host). */
function authService(model: Model, upstreamHosts: string[]): Ref | undefined {
  const svc = model.services.find(
    (s) => /authentik/i.test(s.id) || /authentik/i.test(s.container ?? '') || upstreamHosts.includes(s.container ?? ''),
  );
  return svc?.ref;
}

function siteName(p: ProxyView): string {
  return p.site.join(', ');
}

function describeProblem(p: ProxyView): { kind: string; observed: string; what: string } {
  const ops = p.headerUp.filter((h) => h.field.toLowerCase() === 'x-forwarded-proto');
  const del = ops.find((h) => h.op === 'delete');
  if (del) return { kind: 'proto-deleted', observed: `header_up -${del.field}`, what: 'deletes X-Forwarded-Proto' };
  const set = ops.find((h) => h.op === 'set' || h.op === 'replace');
  if (set) {
    const value = set.value ?? '';
    return { kind: 'proto-wrong-value', observed: value, what: `sets X-Forwarded-Proto to "${value}" instead of "https"` };
  }
  const add = ops.find((h) => h.op === 'add');
  if (add) {
    return {
      kind: 'proto-added',
      observed: `header_up +${add.field} ${add.value ?? ''}`.trim(),
      what: 'appends X-Forwarded-Proto with "+" (the upstream still sees "http" first) instead of setting it',
    };
  }
  return { kind: 'proto-missing', observed: 'no header_up X-Forwarded-Proto', what: 'does not set X-Forwarded-Proto' };
}

function run(model: Model, authUpstreams: string[]): GateOutput {
  const file = model.paths.caddyfile;
  const text = model.files.get(file)?.text;
  const rule = ruleRef(model);
  const ruleAt = rule ? [rule] : [];
  const wanted = new Set(authUpstreams.map((u) => upstreamDial(u)).filter((d): d is string => d !== undefined));
  const wantedList = [...wanted].join(', ');
  const hosts = [...wanted].map((d) => d.replace(/:[^:]*$/, ''));
  const loc = (line: number, column: number): Location => ({ file, line, column, pointer: '' });

  if (text === undefined) {
    const svc = authService(model, hosts);
    if (!svc && !rule) return { findings: [], checked: { blocks: 0 } };
    return { checked: { blocks: 0 }, findings: [
      {
        message: `there is no Caddyfile at "${file}" although the spine declares an auth server, so D51 cannot be checked; add the Caddyfile or point paths.caddyfile at it`,
        subject: { kind: 'file', id: file },
        at: [...(svc ? [svc] : []), ...ruleAt],
        kind: 'caddyfile-missing',
        expected: file,
        observed: 'missing',
      },
    ] };
  }

  const parsed = parseCaddyfile(text, file);
  const out: FindingDraft[] = parsed.problems.map((p) =>
    p.kind === 'syntax'
      ? { message: `${fileName(file)} does not parse: ${p.message}`, subject: { kind: 'file', id: file }, at: [loc(p.line, p.column)], kind: 'caddyfile-syntax' }
      : { message: p.message, subject: { kind: 'file', id: `${file}:${p.line}` }, at: [loc(p.line, p.column)], kind: 'import-not-followed', severity: 'warning' },
  );

  const proxies = findProxies(parsed).filter((p) => p.directive === 'reverse_proxy');
  let authBlocks = 0;
  for (const p of proxies) {
    const here = [loc(p.line, p.column), ...(p.importedFrom ? [loc(p.importedFrom.line, p.importedFrom.column)] : [])];
    const auth = p.upstreams.find((u) => u.dial !== undefined && wanted.has(u.dial));
    if (!auth) {
      const unknown = p.upstreams.find((u) => hasPlaceholder(u.dial ?? u.text));
      if (unknown) {
        out.push({
          message: `reverse_proxy upstream "${unknown.text}" in site "${siteName(p)}" is a placeholder without a default, so caddy-proto cannot tell whether it is the auth server; write the upstream or give the placeholder a default`,
          subject: { kind: 'route', id: `${siteName(p)} ${[...p.context, 'reverse_proxy'].join(' > ')} ${unknown.text}` },
          at: here,
          kind: 'upstream-placeholder',
          severity: 'notice',
          observed: unknown.text,
        });
      }
      continue;
    }
    authBlocks++;
    if (setsForwardedProtoHttps(p)) continue;
    const problem = describeProblem(p);
    const via = p.importedFrom ? ` (snippet "${p.importedFrom.snippet}" imported at line ${p.importedFrom.line})` : '';
    out.push({
      message: `reverse_proxy to the auth server "${auth.text}" in site "${siteName(p)}"${via} ${problem.what}; add "${HEADER}" inside its block (D51)`,
      subject: { kind: 'route', id: `${siteName(p)} ${[...p.context, 'reverse_proxy'].join(' > ')} ${auth.dial ?? auth.text}` },
      at: [...here, ...ruleAt],
      kind: problem.kind,
      expected: HEADER,
      observed: problem.observed,
    });
  }

  if (authBlocks === 0) {
    out.push({
      message: `${fileName(file)} has no reverse_proxy to the auth server (${wantedList}), so D51 would pass vacuously; proxy the auth server here or set caddy.auth_upstreams in driftgate.config.yaml`,
      subject: { kind: 'file', id: file },
      at: [loc(1, 1), ...ruleAt],
      kind: 'no-auth-blocks',
      expected: `at least one reverse_proxy to ${wantedList}`,
      observed: `${proxies.length} reverse_proxy block(s), none to the auth server`,
    });
  }
  return { findings: out, checked: { blocks: proxies.length } };
}

export default defineGate({
  id: 'caddy-proto',
  aliases: ['D51'],
  kind: 'static',
  severity: 'error',
  describe:
    'Every Caddy reverse_proxy to the auth server sets "header_up X-Forwarded-Proto https" (parsed, not grepped); a Caddyfile without such a block fails.',
  reads: ['caddyfile', 'registry', 'deploy'],
  judges: [],
  run: (ctx) => run(ctx.model, ctx.config.caddy.authUpstreams),
});
