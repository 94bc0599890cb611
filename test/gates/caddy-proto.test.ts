// Unit tests of caddy-proto over hand-built models (the fixture cases cover the common shapes).
import { describe, expect, it } from 'vitest';
import type { Model, Service } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import caddyProto from '../../src/gates/caddy-proto.js';
import { finalizeDraft } from '../../src/gates/finalize.js';
import { emptyModel, sourceFile, withFile } from '../support/empty-model.js';

const NOW = new Date('2026-02-11T12:00:00Z');

function run(model: Model, authUpstreams?: string[]) {
  const config = defaultConfig();
  if (authUpstreams) config.caddy.authUpstreams = authUpstreams;
  return caddyProto.run({ model, problems: [], config, now: NOW }).findings.map((d) => finalizeDraft(caddyProto, d, model));
}

const withCaddy = (text: string): Model => withFile(emptyModel(), sourceFile('caddyfile', emptyModel().paths.caddyfile, text));
const places = (f: { locations: Array<{ file: string; line: number; column: number }> }): string[] =>
  f.locations.map((l) => `${l.file}:${l.line}:${l.column}`);

describe('caddy-proto', () => {
  it('is silent without a Caddyfile when the spine declares no auth server', () => {
    expect(run(emptyModel())).toEqual([]);
  });

  it('fails without a Caddyfile when the registry declares the auth server, naming the service', () => {
    const model = emptyModel();
    const svc: Service = {
      id: 'sso',
      container: 'authentik-server',
      status: 'active',
      meaning: 'running',
      statusDeclared: true,
      ref: { file: model.paths.registry, pointer: '/services/sso' },
    };
    model.services = [svc];
    const [f, ...rest] = run(model);
    expect(rest).toEqual([]);
    expect(f?.subject).toEqual({ kind: 'file', id: model.paths.caddyfile });
    expect(f?.locations.map((l) => `${l.file}#${l.pointer}`)).toEqual([`${model.paths.registry}#/services/sso`]);
  });

  it('fails an empty Caddyfile: zero auth blocks is not a pass', () => {
    const [f, ...rest] = run(withCaddy(''));
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(places(f!)).toEqual(['ops/staged/caddy-auth/Caddyfile:1:1']);
  });

  it('names the snippet line, the import line and the deploy rule of a proxy without the header', () => {
    const model = withCaddy('(a) {\n\treverse_proxy localhost:9000\n}\nhttp://x.test {\n\timport a\n}\n');
    withFile(model, sourceFile('deploy', model.paths.deploy, 'chains:\n  - id: caddy-proto-to-oidc\n    gate: D51\n'));
    const [f, ...rest] = run(model);
    expect(rest).toEqual([]);
    expect(places(f!)).toEqual([
      'ops/staged/caddy-auth/Caddyfile:2:2',
      'ops/staged/caddy-auth/Caddyfile:5:2',
      'ops/bindings/deploy.dependencies.yaml:3:11',
    ]);
    expect(f?.message).toContain('(snippet "a" imported at line 5)');
    expect(f?.expected).toBe('header_up X-Forwarded-Proto https');
  });

  it('uses the configured auth upstreams and leaves other proxies alone', () => {
    const text = 'http://x.test {\n\treverse_proxy 127.0.0.1:9000\n\treverse_proxy https://sso.internal {\n\t\theader_up X-Forwarded-Proto https\n\t}\n}\n';
    expect(run(withCaddy(text), ['sso.internal:443'])).toEqual([]);
    expect(run(withCaddy(text)).map((f) => places(f)[0])).toEqual(['ops/staged/caddy-auth/Caddyfile:2:2']);
  });

  it('gives a notice for an upstream placeholder without default, and still fails the vacuous file', () => {
    const findings = run(withCaddy('http://x.test {\n\treverse_proxy {$AUTH_UPSTREAM}\n}\n'));
    expect(findings.map((f) => [f.severity, places(f)[0]])).toEqual([
      ['notice', 'ops/staged/caddy-auth/Caddyfile:2:2'],
      ['error', 'ops/staged/caddy-auth/Caddyfile:1:1'],
    ]);
  });

  it('warns (does not fail) on an import of files it cannot follow, and fails a real syntax error', () => {
    const text = 'http://x.test {\n\timport sites/*.caddy\n\treverse_proxy 127.0.0.1:9000 {\n\t\theader_up X-Forwarded-Proto https\n\t}\n}\n}\n';
    expect(run(withCaddy(text)).map((f) => [f.severity, places(f)[0], f.message])).toEqual([
      ['warning', 'ops/staged/caddy-auth/Caddyfile:2:9', 'import "sites/*.caddy" is no snippet defined above it; imported files are not followed, so what they hold is not checked'],
      ['error', 'ops/staged/caddy-auth/Caddyfile:7:1', "Caddyfile does not parse: unexpected '}' without a matching '{'"],
    ]);
  });

  it('gives distinct fingerprints to two bad proxies of one site', () => {
    const text = 'http://x.test {\n\thandle /a/* {\n\t\treverse_proxy 127.0.0.1:9000\n\t}\n\thandle /b/* {\n\t\treverse_proxy 127.0.0.1:9000\n\t}\n}\n';
    const findings = run(withCaddy(text));
    expect(findings).toHaveLength(2);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});
