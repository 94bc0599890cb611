import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  hasProbeFailures,
  probeLive
} from "./chunk-H3WNYGSQ.js";
import "./chunk-B4AKVPV7.js";
import {
  writeObservations
} from "./chunk-DEGXVZZT.js";
import "./chunk-IWA7RT42.js";
import {
  loadConfig,
  loadSpine
} from "./chunk-7Q45KQAJ.js";
import "./chunk-ZVKSS4IF.js";
import {
  UserError
} from "./chunk-YMZYQDBK.js";
import {
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK
} from "./chunk-IIZFK7HE.js";

// src/cli/commands/probe.ts
import { resolve } from "node:path";

// src/probes/summary.ts
function why(f) {
  return f ? `${f.reason}: ${f.error}` : "failed";
}
function summarizeObservations(obs) {
  const lines = [];
  const targets = /* @__PURE__ */ new Set([
    ...obs.hosts.map((h) => h.target),
    ...obs.stacks.map((s) => s.sshTarget),
    ...obs.backups.map((b) => b.host),
    ...obs.hypervisors.map((h) => h.host)
  ]);
  for (const id of targets) {
    const host = obs.hosts.find((h) => h.target === id);
    const head = host ? host.ok ? `ok (${host.address}, ${host.trust ?? "pinned"}${host.hostKey ? ` ${host.hostKey.fingerprint}` : ""}, ${host.durationMs} ms)` : `FAILED (${host.address}) ${why(host.failure)}` : "not connected";
    lines.push(`host ${id}: ${head}`);
    if (host?.trust === "tofu") lines.push(`  warning: trusted on first use; pin it with: ${host.hostKey?.algorithm ?? ""} ${host.hostKey?.fingerprint ?? ""}`);
    for (const s of obs.stacks.filter((x) => x.sshTarget === id)) {
      const running = s.containers.filter((c) => c.state === "running").length;
      lines.push(`  stack ${s.stack} (${s.path}): ${s.ok ? `${running}/${s.containers.length} running` : why(s.failure)}`);
    }
    for (const b of obs.backups.filter((x) => x.host === id)) {
      lines.push(`  backup ${b.name}: ${b.ok ? b.newest ? `${b.matches} files, newest ${b.newest.mtime}` : "no matching file" : why(b.failure)}`);
    }
    for (const h of obs.hypervisors.filter((x) => x.host === id)) {
      lines.push(`  hypervisor: ${h.ok ? `${h.vms.length} VMs` : why(h.failure)}`);
    }
  }
  if (obs.endpoints.length > 0) lines.push("http");
  for (const e of obs.endpoints) {
    const answer = e.ok ? `${e.status}${e.location ? ` -> ${e.location}` : ""}` : why(e.failure);
    lines.push(`  ${e.id} ${e.url}: ${answer} (${e.durationMs} ms${e.attempts > 1 ? `, ${e.attempts} attempts` : ""})`);
  }
  const all = [obs.hosts, obs.stacks, obs.endpoints, obs.backups, obs.hypervisors].flat();
  const failed = all.filter((o) => !o.ok).length;
  lines.push(`${all.length - failed} of ${all.length} probes answered, ${failed} failed, in ${obs.durationMs} ms`);
  return lines;
}

// src/cli/commands/probe.ts
async function probeCommand(opts, io) {
  if (!opts.out) throw new UserError("probe needs --out FILE for the observation snapshot", EXIT_ERROR);
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const { model, problems } = await loadSpine(root, config);
  const errors = problems.filter((p) => p.severity === "error").length;
  if (errors > 0) io.stderr(`driftgate: warning: ${errors} binding problem(s); probing what could be read (run driftgate validate)
`);
  const obs = await probeLive(model, config, opts, io);
  writeObservations(resolve(io.cwd, opts.out), obs);
  for (const line of summarizeObservations(obs)) io.stdout(`${line}
`);
  io.stdout(`observations written to ${opts.out}
`);
  return hasProbeFailures(obs) ? EXIT_INCONCLUSIVE : EXIT_OK;
}
export {
  probeCommand
};
