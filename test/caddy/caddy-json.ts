// Test helpers: run `caddy adapt` and reduce its JSON, and the parser's view, to comparable lines
// "hosts | reverse_proxy|forward_auth | sorted dials | X-Forwarded-Proto is https".
import { execFileSync } from 'node:child_process';
import { findProxies, setsForwardedProtoHttps } from '../../src/caddy/find-proxies.js';
import { parseCaddyfile } from '../../src/caddy/parse-caddyfile.js';
import { expandEnv } from '../../src/caddy/placeholders.js';
import type { CaddyProblem } from '../../src/caddy/types.js';
import { toolPath } from '../support/tools.js';

/** The caddy binary; without it the comparison skips (test/support/tools.ts says so once per run). */
export const CADDY = toolPath('caddy');
export const hasCaddy = CADDY !== undefined;

interface Handler {
  handler?: string;
  routes?: Route[];
  upstreams?: Array<{ dial: string }>;
  headers?: { request?: { set?: Record<string, string[]> } };
  rewrite?: unknown;
}
interface Route {
  match?: Array<{ host?: string[] }>;
  handle?: Handler[];
}
export interface CaddyJson {
  apps?: { http?: { servers?: Record<string, { routes?: Route[] }> } };
}

/** `caddy adapt` of a Caddyfile, with only the given env (plus PATH) in the child process. */
export function adaptCaddyfile(file: string, env: Record<string, string>, home: string): CaddyJson {
  const stdout = execFileSync(CADDY ?? 'caddy', ['adapt', '--config', file, '--adapter', 'caddyfile'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(stdout) as CaddyJson;
}

function protoIsHttps(h: Handler): boolean {
  const set = h.headers?.request?.set ?? {};
  const key = Object.keys(set).find((k) => k.toLowerCase() === 'x-forwarded-proto');
  return key !== undefined && JSON.stringify(set[key]) === '["https"]';
}

/** Every proxy handler in Caddy's JSON (forward_auth is a reverse_proxy handler with a rewrite). */
export function caddyView(json: CaddyJson): string[] {
  const out: string[] = [];
  const walk = (routes: Route[] | undefined, hosts: string): void => {
    for (const route of routes ?? []) {
      for (const h of route.handle ?? []) {
        if (h.handler === 'reverse_proxy') {
          const kind = h.rewrite !== undefined ? 'forward_auth' : 'reverse_proxy';
          const dials = (h.upstreams ?? []).map((u) => u.dial).sort().join(',');
          out.push(`${hosts} | ${kind} | ${dials} | ${kind === 'reverse_proxy' ? protoIsHttps(h) : '-'}`);
        }
        walk(h.routes, hosts);
      }
    }
  };
  for (const server of Object.values(json.apps?.http?.servers ?? {})) {
    for (const route of server.routes ?? []) {
      const hosts = (route.match?.[0]?.host ?? []).slice().sort().join(',');
      walk([route], hosts);
    }
  }
  return out.sort();
}

/** The same lines from driftgate's parser, env placeholders resolved against `env`. */
export function parserView(text: string, env: Record<string, string>): { problems: CaddyProblem[]; proxies: string[] } {
  const parsed = parseCaddyfile(text, 'Caddyfile');
  const proxies = findProxies(parsed, env)
    .map((p) => {
      const hosts = p.site
        .map((a) => expandEnv(a, env).replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, ''))
        .sort()
        .join(',');
      const dials = p.upstreams.map((u) => u.dial ?? `?${u.text}`).sort().join(',');
      const proto = p.directive === 'reverse_proxy' ? setsForwardedProtoHttps(p) : '-';
      return `${hosts} | ${p.directive} | ${dials} | ${proto}`;
    })
    .sort();
  return { problems: parsed.problems, proxies };
}
