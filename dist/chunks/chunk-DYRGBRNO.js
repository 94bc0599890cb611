import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  GATES
} from "./chunk-D3O2JXGR.js";
import {
  buildMatrix,
  buildReport,
  exitCode,
  renderReport,
  writeReport
} from "./chunk-VARGLHBR.js";
import {
  fingerprint
} from "./chunk-5YKCWURR.js";
import {
  readObservations
} from "./chunk-GIAXBQUI.js";
import {
  loadConfig,
  loadSpine
} from "./chunk-GVEIR23W.js";
import {
  locate
} from "./chunk-2LFZN6BM.js";
import {
  UserError,
  errorMessage
} from "./chunk-G7ZH7VVN.js";
import {
  EXIT_ERROR
} from "./chunk-3AJIMYI2.js";

// src/core/check.ts
import { resolve } from "node:path";

// src/gates/apply-exceptions.ts
import { basename, relative, sep } from "node:path";

// src/gates/sort-findings.ts
function firstPlace(f) {
  const loc = f.locations[0];
  return loc ? [loc.file, loc.line, loc.column] : ["", 0, 0];
}
function compareFindings(a, b) {
  const [fa, la, ca] = firstPlace(a);
  const [fb, lb, cb] = firstPlace(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (la !== lb) return la - lb;
  if (ca !== cb) return ca - cb;
  if (a.gate !== b.gate) return a.gate < b.gate ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}
function sortFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const f of findings) {
    const key = `${f.gate}\0${f.fingerprint}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  return unique.sort(compareFindings);
}

// src/gates/apply-exceptions.ts
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
  const kept = findings.filter(
    (f) => !live.some((ex) => ex.subject === f.subject.id && gateMatches(ex, f.gate, gates))
  );
  return {
    findings: sortFindings([...kept, ...expired]),
    suppressed: findings.length - kept.length,
    expired
  };
}

// src/gates/finalize.ts
function isLocation(place) {
  return typeof place.line === "number";
}
function gateSetting(gate, settings) {
  if (settings[gate.id]) return settings[gate.id];
  for (const alias of gate.aliases) {
    const hit = settings[alias] ?? settings[alias.toLowerCase()] ?? settings[alias.toUpperCase()];
    if (hit) return hit;
  }
  return void 0;
}
function finalizeDraft(gate, draft, model, setting) {
  const locations = draft.at.map((place) => isLocation(place) ? place : locate(model, place));
  const own = draft.severity ?? gate.severity;
  const severity = setting && setting !== "off" && own !== "notice" ? setting : own;
  const finding = {
    gate: gate.id,
    severity,
    fingerprint: fingerprint(gate.id, draft.subject, draft.kind, draft.at),
    message: draft.message,
    subject: draft.subject,
    locations,
    direction: draft.direction ?? "inconsistent"
  };
  if (draft.expected !== void 0) finding.expected = draft.expected;
  if (draft.observed !== void 0) finding.observed = draft.observed;
  if (draft.fix) finding.fix = draft.fix;
  if (draft.inconclusive) finding.inconclusive = true;
  if (draft.details) finding.details = draft.details;
  return finding;
}

// src/gates/run-gates.ts
function resultOf(findings) {
  if (findings.length === 0) return "pass";
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (findings.some((f) => f.inconclusive)) return "inconclusive";
  return findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}
function run(gate, ctx) {
  const base = { id: gate.id, aliases: [...gate.aliases], kind: gate.kind };
  const setting = gateSetting(gate, ctx.config.gates);
  if (setting === "off") {
    return { run: { ...base, result: "skipped", findings: 0, durationMs: 0, note: "off in config" }, findings: [] };
  }
  if (gate.kind === "live" && ctx.observations === void 0) {
    return { run: { ...base, result: "skipped", findings: 0, durationMs: 0, note: "offline" }, findings: [] };
  }
  const started = performance.now();
  try {
    const drafts = gate.run(ctx);
    const findings = drafts.map((d) => finalizeDraft(gate, d, ctx.model, setting));
    const durationMs = Math.round(performance.now() - started);
    return { run: { ...base, result: resultOf(findings), findings: findings.length, durationMs }, findings };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const note = `gate crashed: ${errorMessage(error)}`;
    return { run: { ...base, result: "error", findings: 0, durationMs, note }, findings: [] };
  }
}
function runGates(gates, ctx) {
  const runs = [];
  const all = [];
  for (const gate of gates) {
    const { run: r, findings: findings2 } = run(gate, ctx);
    runs.push(r);
    all.push(...findings2);
  }
  const findings = sortFindings(all);
  for (const r of runs) {
    if (r.result === "skipped" || r.result === "error") continue;
    r.findings = findings.filter((f) => f.gate === r.id).length;
  }
  return { runs, findings };
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
  const probes = [];
  const obs = report.observations;
  if (obs) {
    const add = (kind, target, ms) => probes.push(sample("driftgate_probe_duration_seconds", { kind, target }, ms / 1e3));
    for (const h of obs.hosts) add("ssh", h.target, h.durationMs);
    for (const s of obs.stacks) add("stack", `${s.target}/${s.stack}`, s.durationMs);
    for (const e of obs.endpoints) add("http", e.id, e.durationMs);
    for (const b of obs.backups) add("backup", b.name, b.durationMs);
    for (const h of obs.hypervisors) add("hypervisor", h.host, h.durationMs);
  }
  lines.push(...family("driftgate_probe_duration_seconds", "gauge", "Duration of each live probe of the last run.", probes));
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
  return `${lines.join("\n")}
`;
}

// src/core/check.ts
async function observe(gates, opts, model, config, io, overrides) {
  if (opts.offline || !gates.some((g) => g.kind === "live")) return void 0;
  if (opts.observations?.length) return readObservations(opts.observations.map((f) => resolve(io.cwd, f)));
  const { probeLive } = await import("./live-probe-QP7UXYIZ.js");
  const observations = await probeLive(model, config, opts, io, overrides);
  if (!io.isTty && io.env.CI) {
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
  const ran = runGates(gates, { model, problems, observations, config, now });
  const excepted = applyExceptions(ran.findings, config, now, { root });
  const report = buildReport({
    root: opts.root,
    durationMs: performance.now() - t0,
    fileCount,
    runs: ran.runs,
    findings: excepted.findings,
    suppressed: excepted.suppressed,
    observations,
    matrix: observations ? buildMatrix(model, observations) : void 0
  });
  const color = io.isTty && !opts.out && opts.format === "text";
  return { report, exitCode: exitCode(report), text: renderReport(report, opts.format, { color }), model, config };
}
async function writeCheckOutputs(result, opts, io) {
  if (opts.out) await writeReport(resolve(io.cwd, opts.out), result.text);
  else io.stdout(result.text.endsWith("\n") ? result.text : `${result.text}
`);
  if (opts.metricsOut) await writeReport(resolve(io.cwd, opts.metricsOut), renderMetrics(result.report, io.now()));
}

export {
  renderMetrics,
  runCheck,
  writeCheckOutputs
};
