// The reference corpus Caddyfile (read in place, never copied): D51 holds on it, and not vacuously.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { findProxies, setsForwardedProtoHttps } from '../../src/caddy/find-proxies.js';
import { parseCaddyfile } from '../../src/caddy/parse-caddyfile.js';
import { defaultConfig } from '../../src/config/defaults.js';
import caddyProto from '../../src/gates/caddy-proto.js';
import { SPINE_DIR } from '../support/paths.js';
import { adaptCaddyfile, caddyView, hasCaddy, parserView } from './caddy-json.js';

const REL = defaultConfig().paths.caddyfile;
const FILE = join(SPINE_DIR, REL);
const AUTH = new Set(defaultConfig().caddy.authUpstreams);

describe('the corpus Caddyfile', () => {
  const parsed = parseCaddyfile(readFileSync(FILE, 'utf8'), REL);
  const proxies = findProxies(parsed);

  it('parses without problems into the global block and four sites', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.blocks.map((b) => b.addresses.map((a) => a.text).join(','))).toEqual([
      '',
      'http://{$AUTHENTIK_HOSTNAME}',
      'http://{$PIHOLE_HOSTNAME}',
      'http://{$VAULT_HOSTNAME}',
      'http://{$SECRETS_HOSTNAME}',
    ]);
  });

  it('has four reverse_proxy blocks to the auth server, all with the proto header, and three forward_auth', () => {
    const auth = proxies.filter((p) => p.directive === 'reverse_proxy' && p.upstreams.some((u) => u.dial && AUTH.has(u.dial)));
    expect(auth.map((p) => `${p.line}:${p.column}`)).toEqual(['11:2', '19:3', '36:3', '53:3']);
    expect(auth.every(setsForwardedProtoHttps)).toBe(true);
    expect(proxies.filter((p) => p.directive === 'forward_auth')).toHaveLength(3);
  });

  it('passes caddy-proto through the real loader', async () => {
    const config = defaultConfig();
    const { model, problems } = await loadSpine(SPINE_DIR, config);
    expect(model.files.get(REL)?.kind).toBe('caddyfile');
    const out = caddyProto.run({ model, problems, config, now: new Date('2026-02-11T12:00:00Z') });
    expect(out.findings).toEqual([]);
    expect(out.checked.blocks).toBeGreaterThan(0);
  });

  it.skipIf(!hasCaddy)(`agrees with "caddy adapt" on every proxy${hasCaddy ? '' : ' (skipped: caddy not on PATH)'}`, () => {
    const env = { AUTHENTIK_HOSTNAME: 'auth.test', PIHOLE_HOSTNAME: 'pihole.test', VAULT_HOSTNAME: 'vault.test', SECRETS_HOSTNAME: 'secrets.test' };
    const home = mkdtempSync(join(tmpdir(), 'driftgate-caddy-'));
    try {
      const expected = caddyView(adaptCaddyfile(FILE, env, home));
      expect(expected.filter((l) => l.endsWith('| true'))).toHaveLength(4);
      expect(parserView(readFileSync(FILE, 'utf8'), env).proxies).toEqual(expected);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
