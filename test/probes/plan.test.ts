import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { planProbes } from '../../src/probes/plan.js';
import { SPINE_DIR } from '../support/paths.js';

describe('planProbes on the reference spine', async () => {
  const config = defaultConfig();
  const { model } = await loadSpine(SPINE_DIR, config);

  it('plans every stack of the enabled compose targets once, on its ssh target', () => {
    const plan = planProbes(model, config);
    const planned = plan.hosts.flatMap((h) => h.stacks.map((s) => `${h.id}/${s.target}/${s.name}`));
    const declared = model.composeTargets.filter((c) => c.enabled).flatMap((c) => c.stacks.map((s) => `${c.sshTarget ?? c.id}/${c.id}/${s.name}`));
    expect(planned.sort()).toEqual(declared.sort());
    expect(new Set(plan.hosts.map((h) => h.id)).size).toBe(plan.hosts.length);
  });

  it('plans enabled backups on their hosts, the enabled endpoints, and the Proxmox host of the VMs', () => {
    const plan = planProbes(model, config);
    expect(plan.hosts.flatMap((h) => h.backups.map((b) => b.name)).sort()).toEqual(model.backups.filter((b) => b.enabled).map((b) => b.name).sort());
    expect(plan.endpoints.map((e) => e.id)).toEqual(model.endpoints.filter((e) => e.enabled).map((e) => e.id));
    expect(plan.hosts.filter((h) => h.hypervisor).map((h) => h.id)).toEqual(['pve']);
    const total = plan.hosts.reduce((n, h) => n + h.stacks.length + h.backups.length + (h.hypervisor ? 1 : 0), plan.endpoints.length);
    expect(plan.total).toBe(total);
  });

  it('never plans LAN-only targets nobody needs, and skips needed ones reachable only via probe_via', () => {
    const lanOnly = model.sshTargets.filter((t) => t.probeVia);
    expect(lanOnly.length).toBeGreaterThan(0);
    const plan = planProbes(model, config);
    expect(plan.hosts.filter((h) => lanOnly.some((t) => t.id === h.id))).toEqual([]);
    const lan = lanOnly[0]!;
    const ref = { file: 'x', pointer: '' };
    const extra = { ...model, composeTargets: [...model.composeTargets, { id: 'lan', sshTarget: lan.id, enabled: true, stacks: [{ name: 's', path: '/opt/s', target: 'lan', ref }], ref }] };
    const withLan = planProbes(extra, config).hosts.find((h) => h.id === lan.id);
    expect(withLan?.skip?.reason).toBe('skipped');
    const mapped = planProbes(extra, config, { ssh: { [lan.id]: { host: '127.0.0.1', port: 2222 } }, http: {} }).hosts.find((h) => h.id === lan.id);
    expect(mapped?.skip).toBeUndefined();
  });

  it('uses configured hypervisor targets and reports undeclared ssh targets', () => {
    const custom = { ...config, probe: { ...config.probe, hypervisorTargets: ['proxmox-home', 'no-such-host'] } };
    const plan = planProbes(model, custom);
    expect(plan.hosts.filter((h) => h.hypervisor).map((h) => h.id)).toEqual(['proxmox-home', 'no-such-host']);
    expect(plan.hosts.find((h) => h.id === 'no-such-host')?.skip).toMatchObject({ reason: 'error', error: expect.stringContaining('not declared') });
  });
});
