import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  readObservations
} from "./chunk-4XRDEJQN.js";
import {
  useColor
} from "./chunk-SZMFY4LF.js";
import {
  buildMatrix,
  buildReport,
  exitCode,
  renderReport,
  resultLine,
  runGates,
  settleRuns,
  sortFindings
} from "./chunk-2QW23RFY.js";
import {
  loadSpine
} from "./chunk-5JC3Y6RF.js";
import {
  writeReport
} from "./chunk-ESNE2BXZ.js";
import {
  loadConfig
} from "./chunk-FJT6XCXK.js";
import {
  COVERAGE_DETAIL,
  GATES,
  fingerprint
} from "./chunk-KY6NJVU6.js";
import {
  UserError
} from "./chunk-G7ZH7VVN.js";
import {
  EXIT_ERROR
} from "./chunk-3AJIMYI2.js";

// src/core/check.ts
import { resolve } from "node:path";

// src/gates/apply-exceptions.ts
import { basename, relative, sep } from "node:path";
function today(now) {
  return now.toISOString().slice(0, 10);
}
function configPath(config, root) {
  if (!config.file) return "driftgate.config.yaml";
  const rel = root ? relative(root, config.file) : basename(config.file);
  return rel.split(sep).join("/");
}
function gateMatches(ex, gateId, gates) {
  const wanted = ex.gate.toLowerCase();
  if (wanted === gateId.toLowerCase()) return true;
  const def = gates.find((g) => g.id === gateId);
  return Boolean(def?.aliases.some((a) => a.toLowerCase() === wanted));
}
function expiredFinding(ex, index, file) {
  const location = {
    file,
    line: ex.line ?? 1,
    column: ex.column ?? 1,
    pointer: `/exceptions/${index}`
  };
  const subject = { kind: "file", id: file };
  return {
    gate: "config",
    severity: "warning",
    fingerprint: fingerprint("config", subject, `expired-exception:${ex.gate}:${ex.subject}`),
    message: `exception for gate "${ex.gate}" and subject "${ex.subject}" expired on ${ex.expires} and no longer suppresses anything; renew it with a new reason or fix the finding (reason was: "${ex.reason}")`,
    subject,
    locations: [location],
    expected: `expires after ${ex.expires}`,
    observed: "expired",
    direction: "inconsistent"
  };
}
function applyExceptions(findings, config, now, opts = {}) {
  const gates = opts.gates ?? GATES;
  const day = today(now);
  const file = configPath(config, opts.root);
  const live = [];
  const expired = [];
  config.exceptions.forEach((ex, index) => {
    if (ex.expires < day) expired.push(expiredFinding(ex, index, file));
    else live.push(ex);
  });
  const kept = [];
  const hidden = [];
  for (const f of findings) {
    const ex = f.details?.[COVERAGE_DETAIL] === void 0 ? live.find((e) => e.subject === f.subject.id && gateMatches(e, f.gate, gates)) : void 0;
    if (ex) hidden.push({ ...f, exception: { reason: ex.reason, expires: ex.expires } });
    else kept.push(f);
  }
  return {
    findings: sortFindings([...kept, ...expired]),
    suppressed: hidden.length,
    hidden,
    expired
  };
}

// src/gates/select-gates.ts
function describeCatalog(all) {
  return all.map((g) => g.aliases.length ? `${g.id} (${g.aliases.join(", ")})` : g.id).join(", ");
}
function findGate(all, idOrAlias) {
  const wanted = idOrAlias.trim().toLowerCase();
  return all.find((g) => g.id.toLowerCase() === wanted || g.aliases.some((a) => a.toLowerCase() === wanted));
}
function selectGates(all, ids, opts) {
  if (ids === void 0 || ids.length === 0) return [...all];
  const picked = /* @__PURE__ */ new Set();
  const unknown = [];
  for (const id of ids) {
    const gate = findGate(all, id);
    if (gate) picked.add(gate);
    else unknown.push(id);
  }
  if (unknown.length > 0) {
    const names = unknown.map((u) => `"${u}"`).join(", ");
    throw new UserError(`unknown gate ${names}; valid gates: ${describeCatalog(all)}`, EXIT_ERROR);
  }
  const selected = all.filter((g) => picked.has(g));
  if (opts.offline && selected.every((g) => g.kind === "live")) {
    throw new UserError(
      `--gates selects only live gates (${selected.map((g) => g.id).join(", ")}), but --offline runs static gates only`,
      EXIT_ERROR
    );
  }
  return selected;
}

// src/report/metrics.ts
var RESULTS = ["pass", "drift", "inconclusive", "error"];
var GATE_RESULTS = ["pass", "fail", "warn", "skipped", "inconclusive", "error"];
var SEVERITIES = ["error", "warning", "notice"];
function escapeLabel(value) {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}
function sample(name, labels, value) {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return `${name}${parts.length ? `{${parts.join(",")}}` : ""} ${Number.isFinite(value) ? value : 0}`;
}
function family(name, type, help, samples) {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples];
}
function renderMetrics(report, now) {
  const lines = [];
  const gateIds = [.../* @__PURE__ */ new Set([...report.gates.map((g) => g.id), ...report.findings.map((f) => f.gate)])].sort();
  const findings = [];
  for (const gate of gateIds) {
    for (const severity of SEVERITIES) {
      const n = report.findings.filter((f) => f.gate === gate && f.severity === severity).length;
      findings.push(sample("driftgate_findings", { gate, severity }, n));
    }
  }
  lines.push(...family("driftgate_findings", "gauge", "Findings of the last run by gate and severity.", findings));
  const gates = [...report.gates].sort((a, b) => a.id.localeCompare(b.id)).flatMap((g) => GATE_RESULTS.map((r) => sample("driftgate_gate_result", { gate: g.id, result: r }, g.result === r ? 1 : 0)));
  lines.push(...family("driftgate_gate_result", "gauge", "Result of each gate in the last run (1 = this result).", gates));
  const checked = [...report.gates].sort((a, b) => a.id.localeCompare(b.id)).flatMap((g) => Object.entries(g.checked ?? {}).map(([entity, n]) => sample("driftgate_gate_checked", { gate: g.id, entity }, n ?? 0)));
  lines.push(...family("driftgate_gate_checked", "gauge", "Entities each gate evaluated in the last run, by kind (a gate that evaluated nothing is never a pass).", checked));
  const suppressed = [...report.gates].sort((a, b) => a.id.localeCompare(b.id)).map((g) => sample("driftgate_findings_suppressed", { gate: g.id }, g.suppressed ?? 0));
  lines.push(...family("driftgate_findings_suppressed", "gauge", "Findings of the last run suppressed by config exceptions, by gate.", suppressed));
  const probes = [];
  const success = [];
  const obs = report.observations;
  if (obs) {
    const add = (kind, target, o) => {
      probes.push(sample("driftgate_probe_duration_seconds", { kind, target }, o.durationMs / 1e3));
      success.push(sample("driftgate_probe_success", { kind, target }, o.ok ? 1 : 0));
    };
    for (const h of obs.hosts) add("ssh", h.target, h);
    for (const s of obs.stacks) add("stack", `${s.target}/${s.stack}`, s);
    for (const e of obs.endpoints) add("http", e.id, e);
    for (const b of obs.backups) add("backup", b.name, b);
    for (const h of obs.hypervisors) add("hypervisor", h.host, h);
  }
  lines.push(...family("driftgate_probe_duration_seconds", "gauge", "Duration of each live probe of the last run (for http: the endpoint latency).", probes));
  lines.push(...family("driftgate_probe_success", "gauge", "Whether each live probe of the last run got an answer (1) or failed (0).", success));
  lines.push(...liveFamilies(report, now));
  lines.push(
    ...family(
      "driftgate_result",
      "gauge",
      "Result of the last run (1 = this result).",
      RESULTS.map((r) => sample("driftgate_result", { result: r }, report.result === r ? 1 : 0))
    )
  );
  lines.push(...family("driftgate_run_duration_seconds", "gauge", "Duration of the last run.", [sample("driftgate_run_duration_seconds", {}, report.durationMs / 1e3)]));
  lines.push(
    ...family("driftgate_last_run_timestamp_seconds", "gauge", "Unix time the last run finished.", [
      sample("driftgate_last_run_timestamp_seconds", {}, Math.floor(now.getTime() / 1e3))
    ])
  );
  if (obs) {
    lines.push(
      ...family("driftgate_live_run_timestamp_seconds", "gauge", "Unix time the last run that probed live infrastructure finished.", [
        sample("driftgate_live_run_timestamp_seconds", {}, Math.floor(now.getTime() / 1e3))
      ])
    );
  }
  return `${lines.join("\n")}
`;
}
function liveFamilies(report, now) {
  const obs = report.observations;
  if (!obs) return [];
  const status = obs.endpoints.filter((e) => e.ok && e.status !== void 0).map((e) => sample("driftgate_http_status_code", { endpoint: e.id }, e.status ?? 0));
  const age = [];
  const newest = [];
  const stale = [];
  const staleNames = new Set(
    report.findings.filter((f) => f.gate === "backup-freshness" && !f.inconclusive && f.subject.kind === "backup").map((f) => f.subject.id)
  );
  for (const b of obs.backups) {
    const labels = { backup: b.name, host: b.host };
    const mtime = b.newest ? Date.parse(b.newest.mtime) : Number.NaN;
    if (b.ok && !Number.isNaN(mtime)) {
      age.push(sample("driftgate_backup_age_seconds", labels, Math.max(0, Math.round((now.getTime() - mtime) / 1e3))));
      newest.push(sample("driftgate_backup_newest_timestamp_seconds", labels, Math.floor(mtime / 1e3)));
    }
    if (b.ok || staleNames.has(b.name)) stale.push(sample("driftgate_backup_stale", labels, staleNames.has(b.name) ? 1 : 0));
  }
  return [
    ...family("driftgate_http_status_code", "gauge", "HTTP status each health endpoint answered in the last run.", status),
    ...family("driftgate_backup_age_seconds", "gauge", "Age of the newest file of each backup target at the last run.", age),
    ...family("driftgate_backup_newest_timestamp_seconds", "gauge", "Unix mtime of the newest file of each backup target (time() minus it is the age now).", newest),
    ...family("driftgate_backup_stale", "gauge", "Whether the last run found the backup stale, missing or empty (1) against its stale_after_hours; 0 when fresh.", stale)
  ];
}

// src/report/root-causes.ts
var HOST_KEY_REASONS = /* @__PURE__ */ new Set(["host-key-unknown", "host-key-mismatch"]);
function sshTargetOf(f, obs) {
  const { kind, id } = f.subject;
  if (kind === "backup") return obs.backups.find((b) => b.name === id)?.host;
  if (kind !== "host") return void 0;
  if (obs.hosts.some((h) => h.target === id) || obs.hypervisors.some((h) => h.host === id)) return id;
  return obs.stacks.find((s) => s.target === id)?.sshTarget;
}
function reasonOf(f) {
  return f.details?.reason;
}
function foldHostKeyFailures(findings, runs, obs) {
  if (!obs) return { findings, runs, folded: 0 };
  const failed = new Map(obs.hosts.filter((h) => h.failure && HOST_KEY_REASONS.has(h.failure.reason)).map((h) => [h.target, h.failure.reason]));
  const roots = new Map(findings.filter((f) => f.gate === "host-identity" && failed.has(f.subject.id)).map((f) => [f.subject.id, f]));
  if (roots.size === 0) return { findings, runs, folded: 0 };
  const affected = /* @__PURE__ */ new Map();
  const kept = findings.filter((f) => {
    if (!f.inconclusive || f.gate === "host-identity") return true;
    const host = sshTargetOf(f, obs);
    if (host === void 0 || !roots.has(host) || reasonOf(f) !== failed.get(host)) return true;
    const gates = affected.get(host) ?? /* @__PURE__ */ new Map();
    gates.set(f.gate, (gates.get(f.gate) ?? 0) + 1);
    affected.set(host, gates);
    return false;
  });
  if (kept.length === findings.length) return { findings, runs, folded: 0 };
  const out = kept.map((f) => {
    const gates = f.gate === "host-identity" ? affected.get(f.subject.id) : void 0;
    if (!gates) return f;
    const list = [...gates.entries()].map(([gate, n]) => n > 1 ? `${gate} (${n})` : gate);
    const pin = failed.get(f.subject.id) === "host-key-unknown" ? ' ("driftgate hosts pin" writes the presented keys for review)' : "";
    return {
      ...f,
      message: `${f.message}${pin}. Not checked on this host because of it: ${list.join(", ")}`,
      details: { ...f.details, affectedGates: Object.fromEntries(gates) }
    };
  });
  const remaining = /* @__PURE__ */ new Map();
  for (const f of out) remaining.set(f.gate, (remaining.get(f.gate) ?? 0) + 1);
  const foldedGates = new Set([...affected.values()].flatMap((g) => [...g.keys()]));
  const newRuns = runs.map((r) => foldedGates.has(r.id) ? { ...r, findings: remaining.get(r.id) ?? 0 } : r);
  return { findings: out, runs: newRuns, folded: findings.length - kept.length };
}

// src/core/check.ts
async function observe(gates, opts, model, config, io, overrides) {
  if (opts.offline || !gates.some((g) => g.kind === "live")) return void 0;
  if (opts.observations?.length) return readObservations(opts.observations.map((f) => resolve(io.cwd, f)));
  const { probeLive } = await import("./live-probe-Z2G6CZQV.js");
  const observations = await probeLive(model, config, opts, io, overrides);
  if (!io.isTty && io.env.CI && !opts.quiet) {
    const { summarizeObservations } = await import("./summary-I5GVWAN6.js");
    io.stderr(`driftgate: probes
${summarizeObservations(observations).map((l) => `  ${l}
`).join("")}`);
  }
  return observations;
}
async function runCheck(opts, io, overrides = {}) {
  const t0 = performance.now();
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const gates = selectGates(GATES, opts.gates, { offline: opts.offline });
  const { model, problems, fileCount } = await loadSpine(root, config);
  const observations = await observe(gates, opts, model, config, io, overrides);
  const now = io.now();
  const ran = runGates(gates, { model, problems, observations, config, now, fileCount });
  const excepted = applyExceptions(ran.findings, config, now, { root });
  const folded = foldHostKeyFailures(excepted.findings, settleRuns(ran.runs, excepted.findings, excepted.hidden), observations);
  const report = buildReport({
    root: opts.root,
    durationMs: performance.now() - t0,
    fileCount,
    // results recomputed after the exceptions, so every renderer says what the findings say
    runs: folded.runs,
    findings: folded.findings,
    suppressed: excepted.hidden,
    observations,
    matrix: observations ? buildMatrix(model, observations) : void 0
  });
  const color = useColor(io) && !opts.out && opts.format === "text";
  const text = renderReport(report, opts.format, { color, quiet: opts.quiet, showSuppressed: Boolean(opts.showSuppressed) });
  return { report, exitCode: exitCode(report), text, model, config };
}
async function writeCheckOutputs(result, opts, io) {
  if (opts.out) {
    await writeReport(resolve(io.cwd, opts.out), result.text);
    io.stderr(`${resultLine(result.report, useColor(io))}; report written to ${opts.out}
`);
  } else io.stdout(result.text.endsWith("\n") ? result.text : `${result.text}
`);
  if (opts.metricsOut) await writeReport(resolve(io.cwd, opts.metricsOut), renderMetrics(result.report, io.now()));
}

export {
  renderMetrics,
  runCheck,
  writeCheckOutputs
};
