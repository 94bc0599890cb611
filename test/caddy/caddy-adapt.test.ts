// Compares the parser's view of several Caddyfiles with Caddy's own: `caddy adapt` turns each into
// JSON, and for every route the reverse_proxy upstreams and whether X-Forwarded-Proto is set to
// https must agree. Env placeholders are given to the child process. Needs the `caddy` binary.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adaptCaddyfile, caddyView, hasCaddy, parserView } from './caddy-json.js';

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

describe.skipIf(!hasCaddy)(`parser view equals "caddy adapt"${hasCaddy ? '' : ' (skipped: caddy not found; apt-get install caddy)'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-caddy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  CASES.forEach((c, i) => {
    it(c.name, () => {
      const file = join(dir, `Caddyfile.${i}`);
      writeFileSync(file, c.text);
      const expected = caddyView(adaptCaddyfile(file, c.env, dir));
      expect(expected.length).toBeGreaterThan(0);
      const view = parserView(c.text, c.env);
      expect(view.problems).toEqual([]);
      expect(view.proxies).toEqual(expected);
    });
  });
});
