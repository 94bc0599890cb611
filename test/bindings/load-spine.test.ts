// loadSpine: the typed model with the files' defaults applied, on the fixture spine and the corpus.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import type { LoadResult } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { SPINE_DIR } from '../support/paths.js';
import { OK_SPINE, spineWithCase } from './fixture-spine.js';
import type { TempSpine } from './fixture-spine.js';

const cleanups: TempSpine[] = [];
afterEach(() => {
  for (const s of cleanups.splice(0)) s.cleanup();
});

describe('the model of the fixture spine', () => {
  let result: LoadResult;
  beforeAll(async () => {
    result = await loadSpine(OK_SPINE, defaultConfig());
  });

  it('has no problems and counts every file read', () => {
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(9);
    expect(result.model.paths).toEqual(defaultConfig().paths);
  });

  it('registry: status absent = active (not declared), port null kept, refs point at the entry', () => {
    const byId = new Map(result.model.services.map((s) => [s.id, s]));
    expect(byId.get('web')).toMatchObject({ status: 'active', statusDeclared: true, port: 8080, health: '/healthz' });
    expect(byId.get('worker')).toMatchObject({ status: 'active', statusDeclared: false, port: null });
    expect(byId.get('cache')).toMatchObject({ status: 'parked', secretsProject: 'infra' });
    expect(byId.get('cache')?.ref).toEqual({ file: 'docs/governance/SERVICE_REGISTRY.yaml', pointer: '/services/cache' });
    expect(result.model.hosts.map((h) => h.id)).toEqual(['alpha', 'beta']);
    expect(result.model.hosts[1]).toMatchObject({ sshUser: 'ops', tailscaleIp: '100.64.0.2' });
    expect([...result.model.secretsProjects.keys()]).toEqual(['infra']);
  });

  it('health: expect normalised to a list (number, "401,403" string, list), enabled absent = true, defaults read', () => {
    expect(result.model.endpoints.map((e) => [e.id, e.expect, e.enabled])).toEqual([
      ['web', [200], true],
      ['web-admin', [401, 403], true],
      ['cache', [200, 302], false],
    ]);
    expect(result.model.healthDefaults).toMatchObject({ connectTimeoutSec: 3, maxTimeSec: 7 });
  });

  it('compose: stacks carry their target; enabled absent = true', () => {
    expect(result.model.composeTargets.map((t) => [t.id, t.enabled, t.sshTarget])).toEqual([
      ['alpha', true, 'alpha'],
      ['beta', false, 'beta'],
    ]);
    expect(result.model.stacks).toEqual([
      { name: 'web', path: '/srv/stacks/web', target: 'alpha', ref: { file: 'ops/bindings/docker.compose.targets.yaml', pointer: '/targets/alpha/stacks/0' } },
      { name: 'cache', path: '~/stacks/cache', target: 'beta', ref: { file: 'ops/bindings/docker.compose.targets.yaml', pointer: '/targets/beta/stacks/0' } },
    ]);
  });

  it('ssh: user, port and connect timeout default from ssh.defaults; optional absent = false', () => {
    expect(result.model.sshTargets.map((t) => [t.id, t.user, t.port, t.connectTimeoutSec, t.optional])).toEqual([
      ['alpha', 'deploy', 22, 4, false],
      ['beta', 'root', 2222, 4, true],
      ['hv', 'root', 22, 4, false],
    ]);
  });

  it('vms and backups: lists, resources, stale_after_hours from defaults', () => {
    expect(result.model.vms).toHaveLength(1);
    expect(result.model.vms[0]).toMatchObject({ vmid: 301, hostname: 'alpha', stacks: ['web'], services: ['web', 'worker'], resources: { cpuCores: 4, memoryMb: 8192, bootDiskGb: 64 } });
    expect(result.model.backups).toEqual([
      expect.objectContaining({ name: 'vm-301', enabled: true, host: 'hv', staleAfterHours: 30, basePath: '/backups/dump' }),
    ]);
  });

  it('keeps the Caddyfile as text and the workflows as parsed YAML', () => {
    const caddy = result.model.files.get('ops/staged/caddy-auth/Caddyfile');
    expect(caddy?.kind).toBe('caddyfile');
    expect(caddy?.text).toContain('header_up X-Forwarded-Proto https');
    expect(caddy?.lineCounter.linePos(caddy.text.indexOf('header_up'))).toEqual({ line: 3, col: 3 });
    const workflow = result.model.files.get('.gitea/workflows/verify.yml');
    expect(workflow?.kind).toBe('workflow');
    expect((workflow?.data as { name: string }).name).toBe('verify');
  });
});

describe('entities with invalid essential fields are left out of the model', () => {
  it('a stack whose path would inject into a shell is not in the model (the schema reports it)', async () => {
    const spine = spineWithCase('shell-path');
    cleanups.push(spine);
    const { model, problems } = await loadSpine(spine.root, defaultConfig());
    expect(model.stacks.map((s) => s.name)).toEqual(['cache']);
    expect(problems.map((p) => p.code)).toEqual(['SCHEMA_PATTERN']);
  });

  it('a backup target without `enabled` is valid and disabled (its header: "enabled=false by default")', async () => {
    const spine = spineWithCase();
    cleanups.push(spine);
    const file = join(spine.root, 'ops/bindings/backup.inventory.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    enabled: true\n', ''));
    const loaded = await loadSpine(spine.root, defaultConfig());
    expect(loaded.problems).toEqual([]);
    expect(loaded.model.backups.map((b) => [b.name, b.enabled])).toEqual([['vm-301', false]]);
  });

  it('a VM whose vmid is not a number is not in the model', async () => {
    const spine = spineWithCase('wrong-type');
    cleanups.push(spine);
    expect((await loadSpine(spine.root, defaultConfig())).model.vms).toEqual([]);
  });
});

describe('the model of the reference corpus', () => {
  let result: LoadResult;
  const raw = (rel: string): Record<string, unknown> => parse(readFileSync(join(SPINE_DIR, rel), 'utf8')) as Record<string, unknown>;
  beforeAll(async () => {
    result = await loadSpine(SPINE_DIR, defaultConfig());
  });

  it('loads without problems and builds every entity of the files', () => {
    expect(result.problems).toEqual([]);
    const registry = raw('docs/governance/SERVICE_REGISTRY.yaml');
    expect(result.model.services.map((s) => s.id)).toEqual(Object.keys(registry.services as object));
    expect(result.model.hosts.map((h) => h.id)).toEqual(Object.keys(registry.hosts as object));
    expect(result.model.endpoints).toHaveLength((raw('ops/bindings/services.health.yaml').endpoints as unknown[]).length);
    expect(result.model.vms).toHaveLength((raw('ops/bindings/vm.lifecycle.yaml').vms as unknown[]).length);
    expect(result.model.backups).toHaveLength((raw('ops/bindings/backup.inventory.yaml').targets as unknown[]).length);
    const ssh = raw('ops/bindings/ssh.targets.yaml').ssh as { targets: unknown[] };
    expect(result.model.sshTargets).toHaveLength(ssh.targets.length);
  });

  it('the seed report example: swaparr-sonarr is declared stopped; undeclared statuses are active', () => {
    const sonarr = result.model.services.find((s) => s.id === 'swaparr-sonarr');
    expect(sonarr).toMatchObject({ status: 'stopped', statusDeclared: true, host: 'download-stack' });
    const undeclared = result.model.services.filter((s) => !s.statusDeclared);
    expect(undeclared.length).toBeGreaterThan(0);
    expect(undeclared.every((s) => s.status === 'active')).toBe(true);
  });

  it('ssh defaults keep the disabled host key checking for the ssh-trust gate', () => {
    expect(result.model.sshDefaults).toMatchObject({ user: 'root', port: 22, strictHostKeyChecking: 'no', userKnownHostsFile: '/dev/null' });
  });

  it('throws a UserError (exit 2) only when the root is not a directory', async () => {
    await expect(loadSpine(join(SPINE_DIR, 'README.md'), defaultConfig())).rejects.toMatchObject({ name: 'UserError', exitCode: 2 });
  });
});
