// backup-depth: beyond the newest file's age (backup-freshness). The hypervisor's backup jobs
// (`pvesh get /cluster/backup`) include every active VM and LXC it runs; the newest file of each
// enabled backup target is not suspiciously small next to the ones before it; and every service
// the registry marks `stateful: true` has an app-level backup target.
import type { Vm } from '../bindings/types.js';
import { appTargetFindings, sizeRegression, uncoveredGuests } from './backup/depth.js';
import { at, fileName } from './gate-helpers.js';
import { notDeclared, type Unchecked, uncheckedFindings } from './live/extra-gaps.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';

/** Active guests by the hypervisor that runs them (their proxmox_host, or the only hypervisor). */
function guestsByHypervisor(ctx: GateContext): Map<string, Vm[]> {
  const out = new Map<string, Vm[]>();
  const configured = ctx.config.probe.hypervisorTargets;
  for (const vm of ctx.model.vms) {
    if (vm.meaning !== 'running') continue;
    const host = vm.proxmoxHost ?? (configured.length === 1 ? configured[0] : undefined);
    if (host) out.set(host, [...(out.get(host) ?? []), vm]);
  }
  return out;
}

export default defineGate({
  id: 'backup-depth',
  aliases: [],
  kind: 'live',
  severity: 'error',
  describe:
    'Checks that the hypervisor\'s backup jobs include every active VM and LXC, that the newest file of each enabled backup target is not suspiciously small next to the ones before it (backups.size_ratio), and that every service marked stateful has an app-level backup target.',
  reads: ['backups', 'vms', 'registry', 'ssh'],
  judges: ['backups', 'vms', 'services'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const m = ctx.model;
    const out: FindingDraft[] = [];
    const unchecked: Unchecked[] = [];
    let vms = 0;
    let jobs = 0;
    for (const [host, guests] of guestsByHypervisor(ctx)) {
      const bj = obs.backupJobs?.find((j) => j.host === host);
      const target = m.sshTargets.find((t) => t.id === host);
      if (!bj?.ok) {
        unchecked.push({ sshTarget: host, label: `the backup jobs (${guests.length} active guest${guests.length === 1 ? '' : 's'})`, ...(bj?.failure ? { failure: bj.failure, durationMs: bj.durationMs } : {}), at: target?.ref ?? guests[0]!.ref });
        continue;
      }
      vms += guests.length;
      jobs += bj.jobs.length;
      out.push(...uncoveredGuests(guests, bj));
    }
    let backups = 0;
    for (const b of m.backups) {
      if (!b.enabled) continue;
      const o = obs.backupSizes?.find((x) => x.name === b.name);
      // a missing directory is backup-freshness's finding; there is nothing to compare
      if (o?.failure?.reason === 'dir-missing') continue;
      if (!o?.ok) {
        unchecked.push({ sshTarget: b.host, label: `the sizes of backup "${b.name}"`, ...(o?.failure ? { failure: o.failure, durationMs: o.durationMs } : {}), at: b.ref });
        continue;
      }
      backups++;
      const f = sizeRegression(b, o, ctx.config.backups);
      if (f && f !== 'too-few') out.push(f);
    }
    out.push(...uncheckedFindings(obs, unchecked, 'backup depth'));
    const stateful = m.services.filter((s) => s.stateful && s.meaning !== 'inert' && s.meaning !== 'unknown');
    out.push(...appTargetFindings(m, ctx.config.backups, stateful));
    if (!m.services.some((s) => s.stateful)) {
      out.push(
        notDeclared(
          `no service of ${fileName(m.paths.registry)} is marked stateful: true, so app-level backup targets were not checked (the backup jobs and file sizes were)`,
          at(m.paths.registry, 'services'),
          m.paths.registry,
        ),
      );
    }
    return { findings: out, checked: { vms, jobs, backups, services: stateful.length } };
  },
});
