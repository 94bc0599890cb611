import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/probes/extra-probes.ts
function extraLists(results) {
  const composeFiles = results.flatMap((r) => r.composeFiles ?? []);
  const disks = results.flatMap((r) => r.disk ? [r.disk] : []);
  const backupJobs = results.flatMap((r) => r.backupJobs ? [r.backupJobs] : []);
  const backupSizes = results.flatMap((r) => r.backupSizes ?? []);
  return {
    ...composeFiles.length > 0 ? { composeFiles } : {},
    ...disks.length > 0 ? { disks } : {},
    ...backupJobs.length > 0 ? { backupJobs } : {},
    ...backupSizes.length > 0 ? { backupSizes } : {}
  };
}
function extraProbes(obs) {
  return [
    ...(obs.composeFiles ?? []).map((o) => ({ ok: o.ok, sshTarget: o.sshTarget })),
    ...(obs.disks ?? []).map((o) => ({ ok: o.ok, sshTarget: o.host })),
    ...(obs.backupJobs ?? []).map((o) => ({ ok: o.ok, sshTarget: o.host })),
    ...(obs.backupSizes ?? []).map((o) => ({ ok: o.ok, sshTarget: o.host }))
  ];
}

export {
  extraLists,
  extraProbes
};
