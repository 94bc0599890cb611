// The extra probes of a snapshot (deployed compose files, disks, backup jobs, backup sizes): their
// lists assembled from the hosts' results, and every one of them with the host it ran on.
import type { ExtraObservations } from './host-extras.js';
import type { Observations } from './types.js';

/** The snapshot lists of the extras, from every host's result (a list only when something was probed). */
export function extraLists(results: readonly ExtraObservations[]): Pick<Observations, 'composeFiles' | 'disks' | 'backupJobs' | 'backupSizes'> {
  const composeFiles = results.flatMap((r) => r.composeFiles ?? []);
  const disks = results.flatMap((r) => (r.disk ? [r.disk] : []));
  const backupJobs = results.flatMap((r) => (r.backupJobs ? [r.backupJobs] : []));
  const backupSizes = results.flatMap((r) => r.backupSizes ?? []);
  return {
    ...(composeFiles.length > 0 ? { composeFiles } : {}),
    ...(disks.length > 0 ? { disks } : {}),
    ...(backupJobs.length > 0 ? { backupJobs } : {}),
    ...(backupSizes.length > 0 ? { backupSizes } : {}),
  };
}

/** Every extra probe of a snapshot with the ssh target it ran on (for failure accounting). */
export function extraProbes(obs: Observations): Array<{ ok: boolean; sshTarget: string }> {
  return [
    ...(obs.composeFiles ?? []).map((o) => ({ ok: o.ok, sshTarget: o.sshTarget })),
    ...(obs.disks ?? []).map((o) => ({ ok: o.ok, sshTarget: o.host })),
    ...(obs.backupJobs ?? []).map((o) => ({ ok: o.ok, sshTarget: o.host })),
    ...(obs.backupSizes ?? []).map((o) => ({ ok: o.ok, sshTarget: o.host })),
  ];
}
