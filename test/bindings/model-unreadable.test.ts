// Nothing is dropped silently: entries the model cannot read stay as `unreadable` (place and why),
// statuses no vocabulary knows are kept with the meaning `unknown`, and each input records whether
// it loaded. Over the clean fixture spine with one change per case, through the real loader.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import type { LoadResult } from '../../src/bindings/types.js';
import { defaultConfig, SPINE_PATHS } from '../../src/config/defaults.js';
import { sub } from '../../src/gates/gate-helpers.js';
import { CLEAN_SPINE } from '../gates/support/gate-cases.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Loads the clean spine with `file` changed by `change` (or removed when it returns undefined). */
async function loadWith(file: string, change: (text: string) => string | undefined): Promise<LoadResult> {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-model-'));
  roots.push(root);
  cpSync(CLEAN_SPINE, root, { recursive: true });
  const next = change(readFileSync(join(root, file), 'utf8'));
  if (next === undefined) rmSync(join(root, file));
  else writeFileSync(join(root, file), next);
  return loadSpine(root, defaultConfig());
}

const unreadable = (r: LoadResult) => r.model.unreadable.map((u) => ({ kind: u.kind, id: u.id, pointer: u.ref.pointer, reason: u.reason }));

describe('entries the model cannot read', () => {
  it('the clean spine has none, and every input loaded', async () => {
    const r = await loadSpine(CLEAN_SPINE, defaultConfig());
    expect(r.model.unreadable).toEqual([]);
    expect(Object.values(r.model.inputs).map((s) => `${s.kind}:${s.status}`)).toEqual(
      expect.arrayContaining(['registry:ok', 'health:ok', 'vms:ok', 'caddyfile:ok', 'workflows:ok', 'stacks:missing']),
    );
  });

  it('a VM with a renamed id key is kept with its place, its hostname and the key it has instead', async () => {
    const r = await loadWith(SPINE_PATHS.vms, (t) => t.replace('  - vmid: 302', '  - vm_id: 302'));
    expect(unreadable(r)).toEqual([{ kind: 'vms', id: 'edge', pointer: '/vms/1', reason: 'it has no "vmid" or "id" (it has "vm_id")' }]);
    expect(r.model.vms.map((v) => v.vmid)).toEqual([301, 300]);
  });

  it('a VM whose vmid is spelt `id` (an alias of the profile) is read, and its ref leads to the key the file has', async () => {
    const r = await loadWith(SPINE_PATHS.vms, (t) => t.replace('  - vmid: 302', '  - id: 302'));
    expect(unreadable(r)).toEqual([]);
    const vm = r.model.vms.find((v) => v.vmid === 302);
    expect(vm?.ref.keys).toEqual({ vmid: 'id' });
    expect(sub(vm!.ref, 'vmid').pointer).toBe('/vms/1/id');
    expect(sub(vm!.ref, 'hostname').pointer).toBe('/vms/1/hostname');
  });

  it('a service that is not a map, an endpoint without url, a stack with a shell path, an ssh target without host', async () => {
    const reg = await loadWith(SPINE_PATHS.registry, (t) => t.replace(/ {2}web-db:\n(?: {4}.*\n)+/, '  web-db: postgres\n'));
    expect(unreadable(reg)).toEqual([{ kind: 'services', id: 'web-db', pointer: '/services/web-db', reason: 'it is "postgres", not a map' }]);
    const health = await loadWith(SPINE_PATHS.health, (t) => t.replace('    url: "http://100.64.0.11:8080/healthz"\n', ''));
    expect(unreadable(health)).toEqual([{ kind: 'endpoints', id: 'web', pointer: '/endpoints/0', reason: 'it has no "url"' }]);
    const compose = await loadWith(SPINE_PATHS.compose, (t) => t.replace('path: /opt/stacks/web', 'path: "/opt/stacks/web; rm -rf /"'));
    expect(unreadable(compose)).toMatchObject([{ kind: 'stacks', id: 'app-host/web', reason: 'its "path" is not a path without shell metacharacters' }]);
    const ssh = await loadWith(SPINE_PATHS.ssh, (t) => t.replace('      host: "100.64.0.20"\n', ''));
    expect(unreadable(ssh)).toEqual([{ kind: 'sshTargets', id: 'nas', pointer: '/ssh/targets/3', reason: 'it has no "host"' }]);
  });

  it('a collection that is absent or not a list is one unreadable entry for the whole collection', async () => {
    const renamed = await loadWith(SPINE_PATHS.backups, (t) => t.replace(/^targets:/m, 'backup_targets:'));
    expect(unreadable(renamed)).toEqual([{ kind: 'backups', id: undefined, pointer: '/targets', reason: 'it has no "targets" list' }]);
    const map = await loadWith(SPINE_PATHS.vms, (t) => `${t.replace(/^vms:[\s\S]*$/m, 'vms:\n  app-host: {}\n')}`);
    expect(unreadable(map)).toEqual([{ kind: 'vms', id: undefined, pointer: '/vms', reason: 'its "vms" is not a list' }]);
  });

  it('an entry the schema rejects is not read: a required key renamed, a duplicate key, a value of the wrong type', async () => {
    // the model could read `url` and `expect` without `host`; the schema requires it, so the endpoint is not judged
    const renamed = await loadWith(SPINE_PATHS.health, (t) => t.replace('  - id: grafana\n    host: edge\n', '  - id: grafana\n    target: edge\n'));
    expect(unreadable(renamed)).toEqual([{ kind: 'endpoints', id: 'grafana', pointer: '/endpoints/3', reason: 'it has no "host"' }]);
    expect(renamed.model.endpoints.map((e) => e.id)).not.toContain('grafana');
    // which of two values is meant is unknown (and the place of one is not the place of the other)
    const twice = await loadWith(SPINE_PATHS.registry, (t) => t.replace('  web:\n    host: app-host\n', '  web:\n    host: app-host\n    host: edge\n'));
    expect(unreadable(twice)).toEqual([{ kind: 'services', id: 'web', pointer: '/services/web', reason: 'it has the key "host" twice, and which value is meant is unknown' }]);
    expect(twice.problems.find((p) => p.code === 'DUPLICATE_KEY')?.location).toMatchObject({ line: 13, pointer: '/services/web/host' });
    const typed = await loadWith(SPINE_PATHS.registry, (t) => t.replace('    port: 8090\n', '    port: eighty\n'));
    expect(unreadable(typed)).toEqual([{ kind: 'services', id: 'reports', pointer: '/services/reports', reason: 'the schema rejects it ("port" must be integer or null, got string "eighty")' }]);
    // a duplicated VM in a list: the VM with the error is set aside, the other is read
    const vms = await loadWith(SPINE_PATHS.vms, (t) => t.replace('  - vmid: 302\n', '  - vmid: 302\n    vmid: 303\n'));
    expect(unreadable(vms)).toMatchObject([{ kind: 'vms', id: 'edge', pointer: '/vms/1' }]);
    expect(vms.model.unreadable[0]?.names).toEqual(['303']);
  });

  it('keeps an entry whose status no vocabulary knows, as written, with the meaning unknown', async () => {
    const r = await loadWith(SPINE_PATHS.registry, (t) => t.replace('    status: parked', '    status: stoped'));
    expect(r.model.unreadable).toEqual([]);
    expect(r.model.services.find((s) => s.id === 'reports')).toMatchObject({ status: 'stoped', meaning: 'unknown', statusDeclared: true });
    expect(r.model.services.find((s) => s.id === 'web-db')).toMatchObject({ status: 'active', meaning: 'running', statusDeclared: false });
    expect(r.model.vms.map((v) => v.meaning)).toEqual(['running', 'running', 'inert']);
    // the same for the routing layer of a route (its vocabulary)
    const route = await loadWith(SPINE_PATHS.routing, (t) => t.replace('routing_layer: cloudflare_tunnel', 'routing_layer: tailscale_funnel'));
    expect(route.model.unreadable).toEqual([]);
    expect(route.model.routes.some((x) => x.routingLayer === 'tailscale_funnel')).toBe(true);
  });
});

describe('whether each input loaded', () => {
  it('failed: a syntax error, a binary file, an empty file; the problem names the place', async () => {
    const syntax = await loadWith(SPINE_PATHS.health, (t) => `${t}\nbroken: [\n`);
    expect(syntax.model.inputs.health).toMatchObject({ status: 'failed', problem: { code: 'YAML_SYNTAX' } });
    expect(syntax.model.endpoints).toEqual([]);
    expect(syntax.model.unreadable).toEqual([]);
    const binary = await loadWith(SPINE_PATHS.ssh, (t) => `\u0000${t}`);
    expect(binary.model.inputs.ssh).toMatchObject({ status: 'failed', problem: { code: 'FILE_BINARY', location: { line: 1, column: 1 } } });
    const empty = await loadWith(SPINE_PATHS.vms, () => '# nothing yet\n');
    expect(empty.model.inputs.vms).toMatchObject({ status: 'failed', problem: { message: `${SPINE_PATHS.vms} is empty` } });
  });

  it('missing: an error only for the core files', async () => {
    const core = await loadWith(SPINE_PATHS.backups, () => undefined);
    expect(core.model.inputs.backups).toMatchObject({ status: 'missing', required: true, problem: { code: 'FILE_MISSING' } });
    const optional = await loadWith(SPINE_PATHS.routing, () => undefined);
    expect(optional.model.inputs.routing).toMatchObject({ status: 'missing', required: false });
  });
  // a file the user may not read: test/acceptance/broken-inputs.test.ts (it runs the CLI as such a user)
});
