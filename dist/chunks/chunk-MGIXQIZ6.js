import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  readObservations
} from "./chunk-QZYOZBQU.js";
import {
  useColor
} from "./chunk-SZMFY4LF.js";
import {
  buildMatrix,
  buildReport,
  exitCode,
  redactText,
  renderReport,
  reportResult,
  resultLine,
  runGates,
  settleRuns,
  sortFindings
} from "./chunk-O2UFUBP5.js";
import {
  loadSpine
} from "./chunk-E562MKXH.js";
import {
  writeFileAtomic,
  writeReport
} from "./chunk-EU5YSG2Z.js";
import {
  HEARTBEAT_GATE,
  fullRule,
  loadConfig,
  missedNightlies,
  selectGates,
  staleNightly
} from "./chunk-T5JXNHZM.js";
import {
  COVERAGE_DETAIL,
  GATES,
  fingerprint
} from "./chunk-XF64XNWJ.js";
import {
  UserError,
  errorMessage
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";

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

// src/history/file-store.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

// src/history/types.ts
var STATE_VERSION = 1;

// src/history/state-doc.ts
var StateError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "StateError";
  }
};
var RESULTS = /* @__PURE__ */ new Set(["pass", "drift", "inconclusive", "error"]);
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function badFinding(fp, rec, runs) {
  if (!isObject(rec)) return `finding ${fp} is not an object`;
  if (typeof rec.gate !== "string" || typeof rec.message !== "string" || typeof rec.firstSeen !== "string") return `finding ${fp} lacks gate, message or firstSeen`;
  if (!isObject(rec.subject) || typeof rec.subject.id !== "string") return `finding ${fp} has no subject`;
  if (typeof rec.seen !== "string" || !/^[01?]*$/.test(rec.seen) || rec.seen.length !== runs) return `finding ${fp}: "seen" must hold one of 0, 1, ? per recorded run (${runs})`;
  if (rec.fixes !== void 0 && (!Array.isArray(rec.fixes) || rec.fixes.length !== runs || rec.fixes.some((v) => typeof v !== "string"))) {
    return `finding ${fp}: "fixes" must hold one string per recorded run`;
  }
  return void 0;
}
function parseState(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StateError(`${source}: the run history is not valid JSON`);
  }
  if (!isObject(data)) throw new StateError(`${source}: the run history is not a JSON object`);
  if (typeof data.version === "number" && data.version > STATE_VERSION) {
    throw new StateError(`${source}: the run history has version ${data.version}, written by a newer driftgate; this one reads version ${STATE_VERSION}`);
  }
  if (data.version !== STATE_VERSION || !Array.isArray(data.runs) || !isObject(data.findings)) {
    throw new StateError(`${source}: not a driftgate run history (version ${STATE_VERSION} with runs and findings)`);
  }
  for (const [i, run] of data.runs.entries()) {
    if (!isObject(run) || typeof run.id !== "string" || typeof run.at !== "string" || !Number.isFinite(Date.parse(run.at)) || !RESULTS.has(run.result)) {
      throw new StateError(`${source}: run ${i + 1} of the run history needs an id, a valid time "at" and a result`);
    }
  }
  for (const [fp, rec] of Object.entries(data.findings)) {
    const problem = badFinding(fp, rec, data.runs.length);
    if (problem) throw new StateError(`${source}: ${problem}`);
  }
  return data;
}
function serializeState(state) {
  const findings = Object.fromEntries(Object.entries(state.findings).sort(([a], [b]) => a.localeCompare(b)).map(([fp, r]) => [fp, ordered(r)]));
  return `${JSON.stringify({ version: state.version, runs: state.runs, findings }, null, 1)}
`;
}
function ordered(r) {
  const out = { gate: r.gate, severity: r.severity, subject: r.subject, message: r.message, firstSeen: r.firstSeen, seen: r.seen };
  if (r.file !== void 0) out.file = r.file;
  if (r.line !== void 0) out.line = r.line;
  if (r.fixes) out.fixes = r.fixes;
  if (r.carried) out.carried = r.carried;
  return out;
}

// src/history/file-store.ts
function hash(text) {
  return createHash("sha256").update(text).digest("hex");
}
async function readText(path, shown) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new StateError(`cannot read the run history ${shown}: ${error.code ?? errorMessage(error)}`);
  }
}
function fileStore(path, shown = path) {
  return {
    source: shown,
    async read() {
      const text = await readText(path, shown);
      return text === void 0 ? {} : { text, version: hash(text) };
    },
    async write(text, version) {
      const current = await readText(path, shown);
      if ((current === void 0 ? void 0 : hash(current)) !== version) return false;
      try {
        writeFileAtomic(path, text);
      } catch (error) {
        throw new StateError(`cannot write the run history ${shown}: ${errorMessage(error)}`);
      }
      return true;
    }
  };
}

// src/history/damping.ts
function ruleFor(settings, gate) {
  const aliases = Object.keys(settings.damping).filter((k) => k !== "default" && k !== gate.id && gate.aliases.some((a) => a.toLowerCase() === k.toLowerCase()));
  const rule = Object.assign(fullRule(settings, gate.id), ...aliases.map((k) => settings.damping[k]));
  return { ...rule, seen: Math.min(rule.seen, rule.of) };
}
function damp(f, h, rule, sameFixRuns) {
  const out = { ...f, history: h };
  const flapping = h.flips > rule.maxFlips;
  if (flapping) h.status = "flapping";
  const blocking = f.severity === "error" && !f.inconclusive;
  if (blocking && flapping) h.damped = "flapping";
  else if (blocking && h.seen < rule.seen) {
    h.damped = "pending";
    h.blocksAt = { seen: rule.seen, of: rule.of };
  }
  if (h.damped) {
    h.severity = f.severity;
    out.severity = "warning";
  }
  if (f.fix) h.fix = { state: flapping ? "never" : sameFixRuns >= rule.fixRuns ? "ready" : "pending", runs: sameFixRuns, need: rule.fixRuns };
  return out;
}

// src/history/record-run.ts
var MAX_FINDINGS = 5e3;
var MAX_MESSAGE = 400;
function emptyState() {
  return { version: STATE_VERSION, runs: [], findings: {} };
}
function clone(state) {
  return JSON.parse(JSON.stringify(state));
}
function replacesLast(state, run, minGapMinutes) {
  const last = state.runs[state.runs.length - 1];
  if (!last) return false;
  if (last.id === run.id) return true;
  const gap = Date.parse(run.at) - Date.parse(last.at);
  return Number.isFinite(gap) && gap >= 0 && gap < minGapMinutes * 6e4;
}
function forgettable(rec) {
  return !rec.seen.includes("1");
}
function popLast(state) {
  state.runs.pop();
  for (const [fp, rec] of Object.entries(state.findings)) {
    rec.seen = rec.seen.slice(0, -1);
    rec.fixes?.pop();
    if (forgettable(rec)) delete state.findings[fp];
  }
}
function dropFirst(state) {
  const dropped = state.runs.shift();
  for (const rec of Object.values(state.findings)) {
    const c = rec.seen[0];
    rec.seen = rec.seen.slice(1);
    rec.fixes?.shift();
    if (c === "0") delete rec.carried;
    else if (c === "1" && dropped) rec.carried = { runs: (rec.carried?.runs ?? 0) + 1, since: rec.carried?.since ?? dropped.at };
  }
}
function describe(rec, f) {
  rec.gate = f.gate;
  rec.severity = f.severity;
  rec.subject = { kind: f.subject.kind, id: f.subject.id };
  const message = redactText(f.message);
  rec.message = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}\u2026` : message;
  const at = f.locations[0];
  if (at) {
    rec.file = at.file;
    rec.line = at.line;
  } else {
    delete rec.file;
    delete rec.line;
  }
}
function fixValue(f) {
  if (!f?.fix) return "";
  return JSON.stringify(f.fix.also ? [f.fix.value, ...f.fix.also.map((e) => e.value)] : f.fix.value);
}
function trimFindings(state) {
  const entries = Object.entries(state.findings);
  if (entries.length <= MAX_FINDINGS) return;
  entries.sort(([, a], [, b]) => b.seen.lastIndexOf("1") - a.seen.lastIndexOf("1"));
  state.findings = Object.fromEntries(entries.slice(0, MAX_FINDINGS));
}
function recordRun(prev, input, settings) {
  const state = clone(prev);
  if (replacesLast(state, input.run, settings.minGapMinutes)) popLast(state);
  state.runs.push({ ...input.run });
  const tonight = /* @__PURE__ */ new Map();
  for (const f of input.findings) if (!input.skipGates?.has(f.gate)) tonight.set(f.fingerprint, f);
  for (const [fp, rec] of Object.entries(state.findings)) {
    const f = tonight.get(fp);
    const presence = f ? "1" : input.suppressed?.has(fp) || !input.judged.has(rec.gate) ? "?" : "0";
    rec.seen += presence;
    if (rec.fixes || f?.fix) rec.fixes = [...rec.fixes ?? Array(rec.seen.length - 1).fill(""), fixValue(f)];
    if (f) describe(rec, f);
  }
  for (const [fp, f] of tonight) {
    if (state.findings[fp]) continue;
    const before = state.runs.length - 1;
    const rec = { gate: f.gate, severity: f.severity, subject: f.subject, message: "", firstSeen: input.run.at, seen: `${"0".repeat(before)}1` };
    if (f.fix) rec.fixes = [...Array(before).fill(""), fixValue(f)];
    describe(rec, f);
    state.findings[fp] = rec;
  }
  while (state.runs.length > settings.keepRuns) dropFirst(state);
  for (const [fp, rec] of Object.entries(state.findings)) {
    if (forgettable(rec)) delete state.findings[fp];
    else if (rec.fixes?.every((v) => v === "")) delete rec.fixes;
  }
  trimFindings(state);
  return state;
}

// src/history/window.ts
function streak(rec, runs, end = rec.seen.length - 1) {
  let count = 0;
  let since = "";
  for (let i = end; i >= 0; i--) {
    const c = rec.seen[i];
    if (c === "0") return { runs: count, since };
    if (c === "1") {
      count++;
      since = runs[i]?.at ?? since;
    }
  }
  if (count > 0 && rec.carried) return { runs: count + rec.carried.runs, since: rec.carried.since };
  return { runs: count, since };
}
function windowOf(seen, of) {
  return seen.slice(Math.max(0, seen.length - of));
}
function countSeen(window) {
  return [...window].filter((c) => c === "1").length;
}
function flips(window) {
  let n = 0;
  let last;
  for (const c of window) {
    if (c === "?") continue;
    if (last !== void 0 && c !== last) n++;
    last = c;
  }
  return n;
}
function fixStreak(rec) {
  const fixes = rec.fixes ?? [];
  const value = fixes[fixes.length - 1];
  if (!value) return 0;
  let n = 0;
  for (let i = rec.seen.length - 1; i >= 0; i--) {
    const c = rec.seen[i];
    if (c === "?") continue;
    if (c !== "1" || fixes[i] !== value) break;
    n++;
  }
  return n;
}
function lastSeenIndex(seen) {
  return seen.lastIndexOf("1");
}
function resolvedNow(seen) {
  if (!seen.endsWith("0")) return false;
  for (let i = seen.length - 2; i >= 0; i--) {
    if (seen[i] === "?") continue;
    return seen[i] === "1";
  }
  return false;
}

// src/history/judge.ts
var JUDGED = /* @__PURE__ */ new Set(["pass", "fail", "warn"]);
function judgedGates(runs, findings) {
  const partial = new Set(findings.filter((f) => f.inconclusive).map((f) => f.gate));
  const judged = new Set(runs.filter((r) => JUDGED.has(r.result) && !partial.has(r.id)).map((r) => r.id));
  judged.add("config");
  return judged;
}
function lastSuccessfulRun(state) {
  return state?.runs.filter((r) => r.result !== "error").at(-1)?.at;
}
function view(rec, state, of, tonight) {
  const s = streak(rec, state.runs);
  const w = windowOf(rec.seen, of);
  const isNew = tonight !== void 0 ? rec.firstSeen === tonight : s.runs === 0;
  const h = { status: isNew ? "new" : "open", firstSeen: rec.firstSeen, runs: s.runs, seen: countSeen(w), of: w.length, flips: flips(w) };
  if (s.since) h.since = s.since;
  return h;
}
function resolvedIn(state) {
  const out = [];
  for (const [fingerprint2, rec] of Object.entries(state.findings)) {
    if (!resolvedNow(rec.seen)) continue;
    const last = lastSeenIndex(rec.seen);
    out.push({
      fingerprint: fingerprint2,
      gate: rec.gate,
      subject: rec.subject,
      message: rec.message,
      firstSeen: rec.firstSeen,
      lastSeen: state.runs[last]?.at ?? rec.firstSeen,
      runs: streak(rec, state.runs, last).runs
    });
  }
  return out.sort((a, b) => a.gate.localeCompare(b.gate) || a.subject.id.localeCompare(b.subject.id) || a.message.localeCompare(b.message));
}
function regate(runs, findings, folded = []) {
  return settleRuns(runs, findings, void 0, folded).map((r) => {
    const pending = findings.filter((f) => f.gate === r.id && f.history?.damped === "pending").length;
    if (r.result === "skipped" || r.result === "error" || pending === 0) return r;
    return { ...r, note: [r.note, `${pending} pending confirmation (N of M runs)`].filter(Boolean).join("; ") };
  });
}
function judgeLive(input, live) {
  const settings = input.config.history;
  const record = {
    run: live.run,
    findings: input.findings,
    judged: judgedGates(input.runs, input.findings),
    suppressed: live.suppressed,
    skipGates: /* @__PURE__ */ new Set([HEARTBEAT_GATE])
  };
  const next = recordRun(input.prev ?? emptyState(), record, settings);
  const firstRun = next.runs.length === 1;
  const gates = new Map(input.runs.map((r) => [r.id, r]));
  const findings = input.findings.map((f) => {
    const rec = next.findings[f.fingerprint];
    const gate = gates.get(f.gate);
    if (!rec) return f;
    const rule = ruleFor(settings, gate ?? { id: f.gate, aliases: [] });
    const h = view(rec, next, rule.of, live.run.at);
    if (firstRun) h.evidence = "this-run-only";
    return gate?.kind === "live" ? damp(f, h, rule, fixStreak(rec)) : { ...f, history: h };
  });
  const previous = next.runs[next.runs.length - 2]?.at;
  const missed = missedNightlies(previous, live.run.at, input.source, input.config);
  return {
    findings: missed ? [...findings, missed] : findings,
    runs: regate(input.runs, findings, input.folded),
    record,
    history: {
      source: input.source,
      mode: "recorded",
      lastLiveRun: live.run.at,
      ...previous ? { previousLiveRun: previous } : {},
      runs: next.runs.length,
      resolved: resolvedIn(next)
    }
  };
}
function judgeRead(input) {
  const state = input.prev;
  const last = lastSuccessfulRun(state);
  const findings = input.findings.map((f) => {
    const rec = state?.findings[f.fingerprint];
    if (!state) return f;
    if (!rec) return { ...f, history: { status: "new", runs: 0, seen: 0, of: 0, flips: 0 } };
    const gate = input.runs.find((r) => r.id === f.gate);
    return { ...f, history: view(rec, state, ruleFor(input.config.history, gate ?? { id: f.gate, aliases: [] }).of) };
  });
  const stale = staleNightly(last, input.source, input.config, input.now);
  return {
    findings: stale ? [...findings, stale] : findings,
    runs: input.runs,
    history: { source: input.source, mode: "read", ...last ? { lastLiveRun: last } : {}, runs: state?.runs.length ?? 0, resolved: [] }
  };
}
function judgeHistory(input) {
  return input.live ? judgeLive(input, input.live) : judgeRead(input);
}

// src/history/store.ts
var WRITE_ATTEMPTS = 4;
async function loadState(store) {
  const stored = await store.read();
  return stored.text === void 0 ? void 0 : parseState(stored.text, store.source);
}
async function saveRun(store, run, settings, attempts = WRITE_ATTEMPTS) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const stored = await store.read();
    const prev = stored.text === void 0 ? emptyState() : parseState(stored.text, store.source);
    const state = recordRun(prev, run, settings);
    const text = serializeState(state);
    if (text === stored.text) return { state, written: false, attempts: attempt };
    const message = `driftgate: record the live run of ${run.run.at} (${run.run.result}) [skip ci]`;
    if (await store.write(text, stored.version, message)) return { state, written: true, attempts: attempt };
  }
  throw new StateError(`${store.source}: the run history changed while it was written, ${attempts} times in a row; this run was not recorded`);
}

// src/history/run-history.ts
function warn(options, io, message) {
  if (options.warn) options.warn(message);
  else io.stderr(`driftgate: warning: ${message}
`);
}
function unusable(options, io, error, what) {
  const message = errorMessage(error);
  if (options.strict) throw new UserError(message, EXIT_ERROR);
  warn(options, io, `${what}: ${message}`);
  return message;
}
async function applyRunHistory(options, input, io) {
  const source = options.store.source;
  const mode = input.observations ? "recorded" : "read";
  let prev;
  try {
    prev = await loadState(options.store);
  } catch (error) {
    const why = unusable(options, io, error, "run history unavailable, judging without it");
    return { findings: input.findings, runs: input.runs, history: { source, mode, unavailable: why, runs: 0, resolved: [] }, outcome: { options, config: input.config } };
  }
  const at = input.observations?.startedAt ?? input.now.toISOString();
  const last = prev?.runs[prev.runs.length - 1];
  if (input.observations && last && last.id !== at && Date.parse(at) < Date.parse(last.at)) {
    const why = `the observations are from ${at}, before the last recorded live run (${last.at}): judged without history, not recorded`;
    warn(options, io, why);
    const lastLiveRun = lastSuccessfulRun(prev);
    const history = { source, mode, unavailable: why, ...lastLiveRun ? { lastLiveRun } : {}, runs: prev?.runs.length ?? 0, resolved: [] };
    return { findings: input.findings, runs: input.runs, history, outcome: { options, config: input.config } };
  }
  const kept = new Set(input.findings.map((f) => f.fingerprint));
  const suppressed = new Set(input.raw.map((f) => f.fingerprint).filter((fp) => !kept.has(fp)));
  const judged = judgeHistory({
    findings: input.findings,
    runs: input.runs,
    folded: input.folded,
    config: input.config,
    now: input.now,
    source,
    prev,
    live: input.observations ? { run: { id: at, at, result: "pass" }, suppressed } : void 0
  });
  const findings = sortFindings(judged.findings);
  if (judged.record) {
    judged.record.run.result = reportResult(judged.runs, findings);
    if (judged.record.run.result === "error") {
      const before = lastSuccessfulRun(prev);
      if (before) judged.history.lastLiveRun = before;
      else delete judged.history.lastLiveRun;
    }
  }
  return { findings, runs: judged.runs, history: judged.history, outcome: { options, record: judged.record, config: input.config } };
}
async function saveRunHistory(outcome, io) {
  if (!outcome.record) return void 0;
  const { store } = outcome.options;
  try {
    const saved = await saveRun(store, outcome.record, outcome.config.history);
    const retried = saved.attempts > 1 ? ` after ${saved.attempts - 1} conflict(s)` : "";
    return saved.written ? `run history: recorded in ${store.source} (${saved.state.runs.length} run(s) kept)${retried}` : `run history: ${store.source} already holds this run`;
  } catch (error) {
    unusable(outcome.options, io, error, "this run was not recorded in the run history");
    return void 0;
  }
}

// src/report/metrics.ts
var RESULTS2 = ["pass", "drift", "inconclusive", "error"];
var GATE_RESULTS = ["pass", "fail", "warn", "skipped", "inconclusive", "error"];
var SEVERITIES = ["error", "warning", "notice"];
var DAMPED = ["pending", "flapping"];
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
  const damped = [...report.gates].sort((a, b) => a.id.localeCompare(b.id)).flatMap((g) => DAMPED.map((state) => sample("driftgate_findings_damped", { gate: g.id, state }, report.findings.filter((f) => f.gate === g.id && f.history?.damped === state).length)));
  lines.push(
    ...family("driftgate_findings_damped", "gauge", "Live findings of the last run held back by damping (run history): pending (seen in fewer than N of M runs) or flapping; reported as warnings.", damped)
  );
  const probes = [];
  const success = [];
  const obs = report.observations;
  if (obs) {
    const add = (kind, target, o) => {
      probes.push(sample("driftgate_probe_duration_seconds", { kind, target }, o.durationMs / 1e3));
      success.push(sample("driftgate_probe_success", { kind, target }, o.ok ? 1 : 0));
    };
    for (const h of obs.hosts.filter((x) => !x.shadow)) add("ssh", h.target, h);
    for (const s of obs.stacks.filter((x) => !x.shadow)) add("stack", `${s.target}/${s.stack}`, s);
    for (const e of obs.endpoints.filter((x) => !x.shadow)) add("http", e.id, e);
    for (const b of obs.backups.filter((x) => !x.shadow)) add("backup", b.name, b);
    for (const h of obs.hypervisors) add("hypervisor", h.host, h);
    for (const c of obs.composeFiles ?? []) add("compose-file", `${c.target}/${c.stack}`, c);
    for (const d of obs.disks ?? []) add("disk", d.host, d);
    for (const j of obs.backupJobs ?? []) add("backup-jobs", j.host, j);
    for (const b of obs.backupSizes ?? []) add("backup-sizes", b.name, b);
  }
  lines.push(...family("driftgate_probe_duration_seconds", "gauge", "Duration of each live probe of the last run (for http: the endpoint latency).", probes));
  lines.push(...family("driftgate_probe_success", "gauge", "Whether each live probe of the last run got an answer (1) or failed (0).", success));
  lines.push(...liveFamilies(report, now));
  lines.push(
    ...family(
      "driftgate_result",
      "gauge",
      "Result of the last run (1 = this result).",
      RESULTS2.map((r) => sample("driftgate_result", { result: r }, report.result === r ? 1 : 0))
    )
  );
  lines.push(...family("driftgate_run_duration_seconds", "gauge", "Duration of the last run.", [sample("driftgate_run_duration_seconds", {}, report.durationMs / 1e3)]));
  lines.push(
    ...family("driftgate_last_run_timestamp_seconds", "gauge", "Unix time the last run finished.", [
      sample("driftgate_last_run_timestamp_seconds", {}, Math.floor(now.getTime() / 1e3))
    ])
  );
  const lastLive = lastLiveRunAt(report);
  if (lastLive !== void 0) {
    lines.push(
      ...family(
        "driftgate_live_run_timestamp_seconds",
        "gauge",
        "Unix time the last live run that judged started: the run history's last one when a state is used (also in an offline run), else this run when it probed (alert when it is too old: the nightly stopped).",
        [sample("driftgate_live_run_timestamp_seconds", {}, Math.floor(lastLive / 1e3))]
      )
    );
  }
  return `${lines.join("\n")}
`;
}
function lastLiveRunAt(report) {
  const at = report.history?.lastLiveRun ?? (report.observations && report.result !== "error" ? report.observations.startedAt : void 0);
  const ms = at === void 0 ? NaN : Date.parse(at);
  return Number.isFinite(ms) ? ms : void 0;
}
function liveFamilies(report, now) {
  const obs = report.observations;
  if (!obs) return [];
  const status = obs.endpoints.filter((e) => e.ok && e.status !== void 0 && !e.shadow).map((e) => sample("driftgate_http_status_code", { endpoint: e.id }, e.status ?? 0));
  const age = [];
  const newest = [];
  const stale = [];
  const staleNames = new Set(
    report.findings.filter((f) => f.gate === "backup-freshness" && !f.inconclusive && f.subject.kind === "backup").map((f) => f.subject.id)
  );
  for (const b of obs.backups.filter((x) => !x.shadow)) {
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

// src/report/fold-renames.ts
var placeKey = (f) => {
  const at = f.locations[0];
  return at?.pointer === void 0 ? void 0 : `${at.file}\0${at.pointer}`;
};
var isSuspectWarning = (f) => f.gate === "schema" && f.details?.code === "UNKNOWN_KEY";
var isUncertainLine = (f) => f.inconclusive === true && f.details?.[COVERAGE_DETAIL] === "uncertain-field";
function foldSuspectedRenames(prior) {
  const roots = new Set(prior.findings.filter(isSuspectWarning).map(placeKey).filter((k) => k !== void 0));
  if (roots.size === 0) return prior;
  const affected = /* @__PURE__ */ new Map();
  const removed = [];
  const kept = prior.findings.filter((f) => {
    const place = isUncertainLine(f) ? placeKey(f) : void 0;
    if (place === void 0 || !roots.has(place)) return true;
    affected.set(place, [...affected.get(place) ?? [], f.gate]);
    removed.push(f);
    return false;
  });
  if (removed.length === 0) return prior;
  const findings = kept.map((f) => {
    const gates = isSuspectWarning(f) ? affected.get(placeKey(f) ?? "") : void 0;
    if (!gates) return f;
    return { ...f, message: `${f.message}. Not judged because of it: ${gates.join(", ")}`, details: { ...f.details, affectedGates: gates } };
  });
  const allRemoved = [...prior.removed, ...removed];
  return { findings, runs: settleRuns(prior.runs, findings, void 0, allRemoved), removed: allRemoved };
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
  if (!obs) return { findings, runs, removed: [] };
  const failed = new Map(obs.hosts.filter((h) => h.failure && HOST_KEY_REASONS.has(h.failure.reason)).map((h) => [h.target, h.failure.reason]));
  const roots = new Map(findings.filter((f) => f.gate === "host-identity" && failed.has(f.subject.id)).map((f) => [f.subject.id, f]));
  if (roots.size === 0) return { findings, runs, removed: [] };
  const affected = /* @__PURE__ */ new Map();
  const removed = [];
  const kept = findings.filter((f) => {
    if (!f.inconclusive || f.gate === "host-identity") return true;
    const host = sshTargetOf(f, obs);
    if (host === void 0 || !roots.has(host) || reasonOf(f) !== failed.get(host)) return true;
    const gates = affected.get(host) ?? /* @__PURE__ */ new Map();
    gates.set(f.gate, (gates.get(f.gate) ?? 0) + 1);
    affected.set(host, gates);
    removed.push(f);
    return false;
  });
  if (removed.length === 0) return { findings, runs, removed };
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
  return { findings: out, runs: settleRuns(runs, out, void 0, removed), removed };
}

// src/core/check.ts
function historyOptions(opts, io, extras) {
  if (extras.history) return extras.history;
  return opts.state ? { store: fileStore(resolve(io.cwd, opts.state), opts.state), strict: true } : void 0;
}
async function observe(gates, opts, model, config, io, overrides) {
  if (opts.offline || !gates.some((g) => g.kind === "live")) return void 0;
  if (opts.observations?.length) return readObservations(opts.observations.map((f) => resolve(io.cwd, f)));
  const { probeLive } = await import("./live-probe-UNNWB24P.js");
  const liveGates = gates.filter((g) => g.kind === "live").map((g) => g.id);
  const observations = await probeLive(model, config, { ...opts, liveGates }, io, overrides);
  if (!io.isTty && io.env.CI && !opts.quiet) {
    const { summarizeObservations } = await import("./summary-BLF55MVF.js");
    io.stderr(`driftgate: probes
${summarizeObservations(observations).map((l) => `  ${l}
`).join("")}`);
  }
  return observations;
}
async function runCheck(opts, io, overrides = {}, extras = {}) {
  const t0 = performance.now();
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const gates = selectGates(GATES, opts.gates, { offline: opts.offline });
  const { model, problems, fileCount } = await loadSpine(root, config);
  const observations = await observe(gates, opts, model, config, io, overrides);
  const now = io.now();
  const ran = runGates(gates, { model, problems, observations, config, now, fileCount });
  const excepted = applyExceptions(ran.findings, config, now, { root });
  const folded = foldSuspectedRenames(foldHostKeyFailures(excepted.findings, settleRuns(ran.runs, excepted.findings, excepted.hidden), observations));
  const historyOpts = historyOptions(opts, io, extras);
  const judged = historyOpts ? await applyRunHistory(historyOpts, { raw: ran.findings, findings: folded.findings, folded: folded.removed, runs: folded.runs, config, now, observations }, io) : void 0;
  const report = buildReport({
    root: opts.root,
    durationMs: performance.now() - t0,
    fileCount,
    // results recomputed after exceptions, folding and damping, so every renderer says what the findings say
    runs: judged?.runs ?? folded.runs,
    findings: judged?.findings ?? folded.findings,
    suppressed: excepted.hidden,
    observations,
    matrix: observations ? buildMatrix(model, observations) : void 0,
    history: judged?.history,
    notSelected: GATES.filter((g) => !ran.runs.some((r) => r.id === g.id)).length
  });
  const color = useColor(io) && !opts.out && opts.format === "text";
  const text = renderReport(report, opts.format, { color, quiet: opts.quiet, showSuppressed: Boolean(opts.showSuppressed) });
  const result = { report, exitCode: exitCode(report), text, model, config };
  if (judged) result.history = judged.outcome;
  return result;
}
async function writeCheckOutputs(result, opts, io) {
  if (opts.out) {
    await writeReport(resolve(io.cwd, opts.out), result.text);
    io.stderr(`${resultLine(result.report, useColor(io))}; report written to ${opts.out}
`);
  } else io.stdout(result.text.endsWith("\n") ? result.text : `${result.text}
`);
  if (opts.metricsOut) await writeReport(resolve(io.cwd, opts.metricsOut), renderMetrics(result.report, io.now()));
  await saveCheckHistory(result, io);
}
async function saveCheckHistory(result, io) {
  if (!result.history) return;
  const line = await saveRunHistory(result.history, io);
  if (line) io.stderr(`driftgate: ${line}
`);
}

export {
  saveRunHistory,
  renderMetrics,
  runCheck,
  writeCheckOutputs,
  saveCheckHistory
};
