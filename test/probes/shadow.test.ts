// Shadow probes: which disabled entries a live run also looks at, and the marks their
// observations carry (never blocking, never inconclusive).
import { describe, expect, it } from 'vitest';
import type { BackupTarget, Endpoint, Vm } from '../../src/bindings/types.js';
import { defaultConfig, SPINE_PATHS } from '../../src/config/defaults.js';
import { hasProbeFailures } from '../../src/probes/probe-all.js';
import { inertHost, markShadow, shadowBackups, shadowComposeTargets, shadowEndpoints } from '../../src/probes/shadow.js';
import type { Observations } from '../../src/probes/types.js';
import { emptyModel } from '../support/empty-model.js';
import { service, target } from '../gates/live-helpers.js';

const endpoint = (id: string, host: string, enabled: boolean): Endpoint => ({ id, host, url: `http://10.0.0.1/${id}`, expect: [200], enabled, ref: { file: SPINE_PATHS.health, pointer: `/endpoints/${id}` } });
const backup = (name: string, host: string, enabled: boolean): BackupTarget => ({
  name, host, enabled, kind: 'file_glob', basePath: '/b', glob: '*.gz', staleAfterHours: 26, ref: { file: SPINE_PATHS.backups, pointer: `/targets/${name}` },
});
const vm = (vmid: number, hostname: string, status: 'active' | 'decommissioned', backupTarget?: string): Vm => ({
  vmid, hostname, status, meaning: status === 'active' ? 'running' : 'inert', stacks: [], services: [], ...(backupTarget ? { backupTarget } : {}), ref: { file: SPINE_PATHS.vms, pointer: `/vms/${vmid}` },
});

describe('shadow probe selection', () => {
  const model = emptyModel({
    vms: [vm(201, 'app', 'active'), vm(202, 'old', 'decommissioned', 'vm-202')],
    services: [{ ...service('retired-ui', 'app', '/s/docker-compose.yml', 'retired'), meaning: 'inert' }],
    endpoints: [endpoint('web', 'app', true), endpoint('admin', 'app', false), endpoint('legacy', 'old', false), endpoint('retired-ui', 'app', false)],
    backups: [backup('db', 'nas', false), backup('vm-202', 'nas', false), backup('on-old', 'old', false), backup('live', 'nas', true)],
    composeTargets: [target('app', { web: '/s' }), target('old', { gone: '/g' }, false), target('spare', { x: '/x' }, false)],
  });
  const config = defaultConfig();

  it('picks disabled entries, never those of a host, service or VM declared gone', () => {
    expect(inertHost(model, 'old')).toBe(true);
    expect(inertHost(model, 'app')).toBe(false);
    expect(inertHost(model, 'nas')).toBe(false);
    expect(shadowEndpoints(model, config).map((e) => e.id)).toEqual(['admin']);
    expect(shadowBackups(model, config).map((b) => b.name)).toEqual(['db']);
    expect(shadowComposeTargets(model, config).map((t) => t.id)).toEqual(['spare']);
  });

  it('picks nothing with probe.shadow off, and nothing for a fix kind or gate that is off', () => {
    expect(shadowEndpoints(model, { ...config, probe: { ...config.probe, shadow: false } })).toEqual([]);
    expect(shadowBackups(model, { ...config, fix: { ...config.fix, kinds: { 'backup-enable': false } } })).toEqual([]);
    expect(shadowComposeTargets(model, { ...config, fix: { ...config.fix, gates: ['registry-status'] } })).toEqual([]);
  });

  it('marks the observations of disabled entries, and their failures fail no run', () => {
    const at = { startedAt: '2026-02-11T12:00:00Z', durationMs: 1 };
    const failed = { ok: false, failure: { reason: 'refused' as const, error: 'refused' } };
    const obs: Observations = {
      version: 1, ...at, hosts: [{ target: 'app', address: 'a', ok: true, ...at }, { target: 'spare', address: 's', ok: false, shadow: true, ...at }],
      stacks: [{ target: 'spare', sshTarget: 'spare', stack: 'x', path: '/x', containers: [], ...failed, ...at }],
      endpoints: [{ id: 'admin', url: 'u', timeoutMs: 10, attempts: 1, ...failed, ...at }],
      backups: [{ name: 'db', host: 'nas', matches: 0, ...failed, ...at }],
      hypervisors: [],
    };
    markShadow(obs, model);
    expect([obs.stacks[0]!.shadow, obs.endpoints[0]!.shadow, obs.backups[0]!.shadow]).toEqual([true, true, true]);
    expect(hasProbeFailures(obs)).toBe(false);
    obs.endpoints.push({ id: 'web', url: 'u', timeoutMs: 10, attempts: 1, ...failed, ...at });
    expect(hasProbeFailures(obs)).toBe(true);
  });
});
