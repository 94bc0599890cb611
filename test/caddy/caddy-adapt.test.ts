// Compares the parser's view of several Caddyfiles with Caddy's own: `caddy adapt` turns each into
// JSON, and for every route the reverse_proxy upstreams and whether X-Forwarded-Proto is set to
// https must agree. Env placeholders are given to the child process. Needs the `caddy` binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandEnv } from '../../src/caddy/placeholders.js';
import { findProxies, setsForwardedProtoHttps } from '../../src/caddy/find-proxies.js';
import { parseCaddyfile } from '../../src/caddy/parse-caddyfile.js';

const hasCaddy = spawnSync('caddy', ['version'], { encoding: 'utf8' }).status === 0;

type Env = Record<string, string>;

const CASES: Array<{ name: string; env: Env; text: string }> = [
  {
    name: 'auth proxy in front of several apps (forward_auth is not a reverse_proxy)',
    env: { AUTH_HOST: 'auth.test', APP_HOST: 'app.test' },
    text: `{
	auto_https off
}

# the auth server itself
http://{$AUTH_HOST} {
	reverse_proxy 127.0.0.1:9000 {
		header_up X-Forwarded-Proto https
	}
}

http://{$APP_HOST} {
	handle /outpost.goauthentik.io/* {
		reverse_proxy 127.0.0.1:9000 {
			header_up X-Forwarded-Proto https
		}
	}
	handle {
		forward_auth 127.0.0.1:9000 {
			uri /outpost.goauthentik.io/auth/caddy
			copy_headers X-Authentik-Username
		}
		reverse_proxy 127.0.0.1:8053
	}
}
`,
  },
  {
    name: 'snippets with arguments, several addresses, continuation lines, to, quoting and case',
    env: { UPSTREAM: 'authentik-server:9000' },
    text: `(authproxy) {
	reverse_proxy {args.0} {
		header_up X-Forwarded-Proto {args.1}
	}
}

http://one.test, http://two.test,
http://three.test {
	route /a/* {
		import authproxy 127.0.0.1:9000 https
	}
	route /b/* {
		import authproxy http://localhost:9000 http
	}
	route /c/* {
		reverse_proxy {$UPSTREAM} \\
			127.0.0.1:9001 {
			to 127.0.0.1:9002
			header_up x-forwarded-proto "https" # lower case, quoted
		}
	}
	reverse_proxy /d/* {$MISSING:127.0.0.1:9000} {
		header_up +X-Forwarded-Proto https
	}
}
`,
  },
  {
    name: 'matchers, missing or deleted header, backtick tokens, https upstreams',
    env: {},
    text: `http://four.test {
	@api {
		path /api/*
	}
	reverse_proxy @api https://upstream.test {
		header_up Host {upstream_hostport}
	}
	handle_path /x/* {
		reverse_proxy 127.0.0.1:9000 {
			header_up -X-Forwarded-Proto
		}
	}
	respond \`not a { brace\` 200
}
`,
  },
  {
    name: 'a single site without braces',
    env: {},
    text: `http://five.test
reverse_proxy 127.0.0.1:9000 {
	header_up X-Forwarded-Proto https
}
`,
  },
];

interface Handler {
  handler?: string;
  routes?: Route[];
  upstreams?: Array<{ dial: string }>;
  headers?: { request?: { set?: Record<string, string[]>; delete?: string[] } };
  rewrite?: unknown;
}
interface Route {
  match?: Array<{ host?: string[] }>;
  handle?: Handler[];
}

function protoIsHttps(h: Handler): boolean {
  const set = h.headers?.request?.set ?? {};
  const key = Object.keys(set).find((k) => k.toLowerCase() === 'x-forwarded-proto');
  return key !== undefined && JSON.stringify(set[key]) === '["https"]';
}

/** "hosts | kind | dials | proto" for every proxy handler in Caddy's JSON. */
function caddyView(json: { apps?: { http?: { servers?: Record<string, { routes?: Route[] }> } } }): string[] {
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

function parserView(text: string, env: Env): string[] {
  const parsed = parseCaddyfile(text, 'Caddyfile');
  expect(parsed.problems).toEqual([]);
  return findProxies(parsed, env)
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
}

describe.skipIf(!hasCaddy)(`parser view equals "caddy adapt"${hasCaddy ? '' : ' (skipped: the caddy binary is not on PATH)'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-caddy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  CASES.forEach((c, i) => {
    it(c.name, () => {
      const file = join(dir, `Caddyfile.${i}`);
      writeFileSync(file, c.text);
      const stdout = execFileSync('caddy', ['adapt', '--config', file, '--adapter', 'caddyfile'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, ...c.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const expected = caddyView(JSON.parse(stdout));
      expect(expected.length).toBeGreaterThan(0);
      expect(parserView(c.text, c.env)).toEqual(expected);
    });
  });
});
