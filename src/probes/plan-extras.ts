// Which hosts read their deployed compose files, list backup sizes and backup jobs, and report
// disk usage: the stacks of enabled compose targets, the enabled backup targets, the hypervisors,
// and `df` on the hosts of disk-hosts.ts.
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { diskHosts } from './disk-hosts.js';
import { emptyExtras } from './host-extras.js';
import type { HostPlan } from './plan.js';
import { hypervisorTargets } from './plan.js';
import type { ProbeKind } from './probe-kinds.js';

/** Adds the extra probes the kinds select to the hosts of the plan (`host(id)` creates a host's plan). */
export function planExtraProbes(model: Model, config: ResolvedConfig, kinds: ReadonlySet<ProbeKind>, host: (id: string) => HostPlan): void {
  const extras = (id: string) => (host(id).extras ??= emptyExtras());
  if (kinds.has('compose-files')) for (const t of model.composeTargets) if (t.enabled && t.stacks.length > 0) extras(t.sshTarget ?? t.id).composeFiles.push(...t.stacks);
  if (kinds.has('backup-sizes')) for (const b of model.backups) if (b.enabled) extras(b.host).backupSizes.push(b);
  if (kinds.has('backup-jobs')) for (const id of hypervisorTargets(model, config)) extras(id).backupJobs = true;
  if (kinds.has('disk')) for (const [id, kind] of diskHosts(model, config)) extras(id).disk = kind;
}
