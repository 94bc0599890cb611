import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { planProbes, progressSteps } from '../../src/probes/plan.js';
import { ALL_PROBE_KINDS, probeKindsFor } from '../../src/probes/probe-kinds.js';
import { parseShard, shardPlan } from '../../src/probes/shard.js';
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
    const off = { ...config, probe: { ...config.probe, shadow: false } };
    const plan = planProbes(model, off);
    expect(plan.hosts.flatMap((h) => h.backups.map((b) => b.name)).sort()).toEqual(model.backups.filter((b) => b.enabled).map((b) => b.name).sort());
    expect(plan.endpoints.map((e) => e.id)).toEqual(model.endpoints.filter((e) => e.enabled).map((e) => e.id));
    expect(plan.hosts.filter((h) => h.hypervisor).map((h) => h.id)).toEqual(['pve']);
    expect(plan.total).toBe(plan.hosts.reduce((n, h) => n + progressSteps(h), plan.endpoints.length));
  });

  it('plans the disabled backups and endpoints too, as shadow probes, unless probe.shadow or their fix kind is off', () => {
    const plan = planProbes(model, config);
    const backups = plan.hosts.flatMap((h) => h.backups.map((b) => b.name));
    const disabled = model.backups.filter((b) => !b.enabled).map((b) => b.name);
    expect(disabled.length).toBeGreaterThan(5);
    expect(backups.sort()).toEqual(model.backups.map((b) => b.name).sort());
    expect(plan.endpoints.map((e) => e.id)).toEqual(model.endpoints.map((e) => e.id));
    const noKind = planProbes(model, { ...config, fix: { ...config.fix, kinds: { 'backup-enable': false } } });
    expect(noKind.hosts.flatMap((h) => h.backups.map((b) => b.name)).sort()).toEqual(model.backups.filter((b) => b.enabled).map((b) => b.name).sort());
    expect(noKind.endpoints).toHaveLength(model.endpoints.length);
  });

  it('connects every declared target, the LAN-only devices through their jump host, and skips none', () => {
    const plan = planProbes(model, config);
    expect(plan.hosts.map((h) => h.id).sort()).toEqual(model.sshTargets.map((t) => t.id).sort());
    expect(plan.hosts.filter((h) => h.skip)).toEqual([]);
    const lanOnly = plan.hosts.filter((h) => h.target?.probeVia);
    expect(lanOnly.map((h) => h.id).sort()).toEqual(['ap-shop', 'idrac-shop', 'nvr-shop', 'switch-shop', 'udr-shop']);
    for (const h of lanOnly) {
      expect(h.endpoint?.via?.id).toBe('pve');
      expect(h.stacks.length + h.backups.length + (h.hypervisor ? 1 : 0)).toBe(0); // connect-only: no command is sent
    }
    expect(plan.hosts.find((h) => h.id === 'ap-shop')?.endpoint?.legacy?.serverHostKey).toEqual(['ssh-rsa']);
    expect(plan.hosts.find((h) => h.id === 'switch-shop')?.endpoint?.legacy).toBeUndefined();
  });

  it('plans only what the selected live gates read (--gates selects probing)', () => {
    const health = planProbes(model, config, { kinds: probeKindsFor(['health']) });
    expect(health.hosts).toEqual([]);
    expect(health.endpoints.length).toBeGreaterThan(0);
    const backups = planProbes(model, config, { kinds: probeKindsFor(['backup-freshness']) });
    expect(backups.hosts.every((h) => h.stacks.length === 0 && !h.hypervisor && h.backups.length > 0)).toBe(true);
    expect(backups.endpoints).toEqual([]);
    const vms = planProbes(model, config, { kinds: probeKindsFor(['vm-inventory']) });
    expect(vms.hosts.map((h) => h.id)).toEqual(['pve']);
    expect(probeKindsFor(['compose-state', 'some-future-gate'])).toEqual(new Set(ALL_PROBE_KINDS));
    // the new gates' probes: compose files and disks where the stacks are, backup jobs on the hypervisor
    const disk = planProbes(model, config, { kinds: probeKindsFor(['disk-usage']) });
    expect(disk.hosts.every((h) => h.stacks.length === 0 && h.backups.length === 0 && !h.hypervisor && h.extras?.disk !== undefined)).toBe(true);
    expect(disk.hosts.filter((h) => h.extras?.disk === 'docker').map((h) => h.id).sort()).toEqual(model.composeTargets.filter((t) => t.stacks.length > 0).map((t) => t.sshTarget ?? t.id).sort());
    const depth = planProbes(model, config, { kinds: probeKindsFor(['backup-depth']) });
    expect(depth.hosts.filter((h) => h.extras?.backupJobs).map((h) => h.id)).toEqual(['pve']);
    expect(depth.hosts.flatMap((h) => h.extras?.backupSizes ?? []).map((b) => b.name).sort()).toEqual(model.backups.filter((b) => b.enabled).map((b) => b.name).sort());
    expect(probeKindsFor([])).toEqual(new Set());
  });

  it('routes endpoints probed via ssh to their host, by ssh target, registry host or VM hostname', () => {
    const viaSsh = model.endpoints.map((e) => (e.id === 'slskd' ? { ...e, enabled: true, probeVia: 'ssh' as const } : e));
    const plan = planProbes({ ...model, endpoints: viaSsh }, config);
    expect(plan.hosts.find((h) => h.id === 'download-stack')?.httpVia.map((e) => e.id)).toEqual(['slskd']);
    expect(plan.endpoints.some((e) => e.id === 'slskd')).toBe(false);
    const orphan = planProbes({ ...model, endpoints: [{ ...viaSsh.find((e) => e.id === 'slskd')!, host: 'nowhere' }] }, config);
    expect(orphan.endpoints.map((e) => e.id)).toEqual(['slskd']); // probeAll fails it with a reason
  });

  it('uses configured hypervisor targets and reports undeclared ssh targets', () => {
    const custom = { ...config, probe: { ...config.probe, hypervisorTargets: ['proxmox-home', 'no-such-host'] } };
    const plan = planProbes(model, custom);
    expect(plan.hosts.filter((h) => h.hypervisor).map((h) => h.id)).toEqual(['proxmox-home', 'no-such-host']);
    expect(plan.hosts.find((h) => h.id === 'no-such-host')?.skip).toMatchObject({ reason: 'error', error: expect.stringContaining('not declared') });
  });

  it('shards deterministically: jump hosts travel with their inner targets, the shards add up to the whole', () => {
    const whole = planProbes(model, config);
    for (const n of [1, 2, 3, 7]) {
      const shards = Array.from({ length: n }, (_, i) => shardPlan(whole, { index: i + 1, count: n }));
      expect(shards.flatMap((s) => s.hosts.map((h) => h.id)).sort()).toEqual(whole.hosts.map((h) => h.id).sort());
      expect(shards.flatMap((s) => s.endpoints.map((e) => e.id)).sort()).toEqual(whole.endpoints.map((e) => e.id).sort());
      expect(shards.reduce((t, s) => t + s.total, 0)).toBe(whole.total);
      const withPve = shards.find((s) => s.hosts.some((h) => h.id === 'pve'));
      expect(withPve?.hosts.filter((h) => h.target?.probeVia === 'pve')).toHaveLength(5);
      // the same input gives the same shards
      expect(shardPlan(whole, { index: 1, count: n }).hosts.map((h) => h.id)).toEqual(shards[0]?.hosts.map((h) => h.id));
    }
    const three = [1, 2, 3].map((i) => shardPlan(whole, { index: i, count: 3 }).total);
    expect(Math.max(...three) - Math.min(...three)).toBeLessThanOrEqual(Math.max(...whole.hosts.map(progressSteps)));
  });

  it('reads --shard as K/N and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard must be K\/N/);
  });
});
