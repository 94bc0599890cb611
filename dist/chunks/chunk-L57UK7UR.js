import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  extraProbes
} from "./chunk-OSVKQ36P.js";

// src/probes/summary.ts
function shadowNote(o) {
  return o.shadow ? " (shadow: disabled)" : "";
}
function why(f) {
  return f ? `${f.reason}: ${f.error}` : "failed";
}
function pathOf(h) {
  return h.pathUsed === "lan" || h.pathUsed === "tailscale" ? `, path ${h.pathUsed}` : "";
}
function summarizeObservations(obs) {
  const lines = [];
  const targets = /* @__PURE__ */ new Set([
    ...obs.hosts.map((h) => h.target),
    ...obs.stacks.map((s) => s.sshTarget),
    ...obs.backups.map((b) => b.host),
    ...obs.hypervisors.map((h) => h.host),
    ...extraProbes(obs).map((o) => o.sshTarget)
  ]);
  for (const id of targets) {
    const host = obs.hosts.find((h) => h.target === id);
    const head = host ? host.ok ? `ok (${host.address}${pathOf(host)}, ${host.trust ?? "pinned"}${host.hostKey ? ` ${host.hostKey.fingerprint}` : ""}, ${host.durationMs} ms)` : `FAILED (${host.address}${pathOf(host)}) ${why(host.failure)}` : "not connected";
    lines.push(`host ${id}: ${head}`);
    for (const f of host?.pathFailures ?? []) lines.push(`  path ${f.path} failed first: ${why(f)}`);
    const others = (host?.otherContainers ?? []).filter((c) => c.state === "running");
    if (others.length > 0) lines.push(`  outside the declared stacks: ${others.length} running (${[...new Set(others.map((c) => c.project || "no compose project"))].join(", ")})`);
    if (host?.trust === "tofu") lines.push(`  warning: trusted on first use; pin it with: ${host.hostKey?.algorithm ?? ""} ${host.hostKey?.fingerprint ?? ""}`);
    for (const s of obs.stacks.filter((x) => x.sshTarget === id)) {
      const running = s.containers.filter((c) => c.state === "running").length;
      lines.push(`  stack ${s.stack} (${s.path}): ${s.ok ? `${running}/${s.containers.length} running` : why(s.failure)}${shadowNote(s)}`);
    }
    for (const b of obs.backups.filter((x) => x.host === id)) {
      lines.push(`  backup ${b.name}: ${b.ok ? b.newest ? `${b.matches} files, newest ${b.newest.mtime}` : "no matching file" : why(b.failure)}${shadowNote(b)}`);
    }
    for (const h of obs.hypervisors.filter((x) => x.host === id)) {
      lines.push(`  hypervisor: ${h.ok ? `${h.vms.length} VMs` : why(h.failure)}`);
    }
    lines.push(...extraSummary(obs, id));
  }
  if (obs.endpoints.length > 0) lines.push("http");
  for (const e of obs.endpoints) {
    const answer = e.ok ? `${e.status}${e.location ? ` -> ${e.location}` : ""}` : why(e.failure);
    const via = e.via ? `, from ${e.via} over ssh` : "";
    lines.push(`  ${e.id} ${e.url}: ${answer} (${e.durationMs} ms${e.attempts > 1 ? `, ${e.attempts} attempts` : ""}${via})${shadowNote(e)}`);
  }
  const every = [obs.hosts, obs.stacks, obs.endpoints, obs.backups, obs.hypervisors, extraProbes(obs)].flat();
  const all = every.filter((o) => !o.shadow);
  const failed = all.filter((o) => !o.ok).length;
  const shadows = every.length - all.length;
  const shadowed = shadows > 0 ? `; ${shadows} shadow probe${shadows === 1 ? "" : "s"} of disabled entries (never blocking)` : "";
  lines.push(`${all.length - failed} of ${all.length} probes answered, ${failed} failed, in ${obs.durationMs} ms${shadowed}`);
  return lines;
}
function extraSummary(obs, id) {
  const lines = [];
  for (const c of (obs.composeFiles ?? []).filter((x) => x.sshTarget === id)) {
    lines.push(`  compose ${c.stack}: ${c.ok ? `${c.file ?? "read"}, ${c.services.length} services` : why(c.failure)}`);
  }
  for (const d of (obs.disks ?? []).filter((x) => x.host === id)) {
    const fullest = [...d.filesystems].sort((a, b) => b.usedPercent - a.usedPercent)[0];
    lines.push(`  disk: ${d.ok ? `${d.filesystems.length} file systems${fullest ? `, fullest ${fullest.mount} ${fullest.usedPercent}%` : ""}` : why(d.failure)}`);
  }
  for (const j of (obs.backupJobs ?? []).filter((x) => x.host === id)) lines.push(`  backup jobs: ${j.ok ? `${j.jobs.length} jobs` : why(j.failure)}`);
  for (const b of (obs.backupSizes ?? []).filter((x) => x.host === id)) lines.push(`  backup sizes ${b.name}: ${b.ok ? `${b.files.length} files` : why(b.failure)}`);
  return lines;
}

export {
  summarizeObservations
};
