import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-ATKKBIHT.js";
import {
  candidates
} from "./chunk-E562MKXH.js";
import {
  utcMinute
} from "./chunk-T5JXNHZM.js";
import {
  BINDING_KINDS,
  COVERAGE_DETAIL,
  KIND_LABELS,
  SUBJECT,
  affectedKinds,
  brokenInputs,
  coverageText,
  fingerprint,
  hostServicesNaming,
  isBroken,
  notEvaluatedDraft,
  placeService,
  schema_default,
  servicesNaming,
  sub,
  unknownStatusDrafts,
  unreadableDrafts
} from "./chunk-XF64XNWJ.js";
import {
  atOrBelow,
  locate
} from "./chunk-5XIPNB5E.js";
import {
  errorMessage
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK
} from "./chunk-UQVOT4AX.js";

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

// src/gates/uncertain-fields.ts
import { posix } from "node:path";
var ticked = (names) => names.map((n) => `\`${n}\``).join(" or ");
function lineOf(m, u) {
  const at = locate(m, u.first);
  const labels = KIND_LABELS[u.kind];
  const n = u.entries.length;
  const who = `${n} ${n === 1 ? labels.one : labels.many} of ${posix.basename(u.file)}`;
  const first = `first at ${posix.basename(u.file)}:${at.line}`;
  const message = u.confident ? `${who} ${n === 1 ? "uses" : "use"} \`${u.key}\` where \`${u.fields[0]}\` is expected (${first}); not judged on ${u.fields[0]}, so drift cannot be ruled out; declare it: ${u.declare[0]}` : `${who} ${n === 1 ? "uses" : "use"} \`${u.key}\`, which may stand for ${ticked(u.fields)}: driftgate cannot tell which field (${first}); not judged on ${u.fields.join(" or ")}, so drift cannot be ruled out; declare the right one: ${u.declare.join(", or ")}`;
  return {
    message,
    subject: { kind: "file", id: u.file },
    at: [u.first],
    kind: `uncertain-field:${u.kind}`,
    severity: "warning",
    direction: "unknown",
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: "uncertain-field", key: u.key, fields: u.fields, entries: u.entries.map((e) => e.pointer) }
  };
}
var inside = (at, entry) => "pointer" in at && atOrBelow(at, entry);
function withUncertainFields(gate, m, drafts) {
  const kinds = affectedKinds(gate);
  const mine = m.uncertain.filter((u) => kinds.includes(u.kind));
  if (mine.length === 0) return [...drafts];
  const entries = mine.flatMap((u) => u.entries.map((e) => ({ kind: u.kind, ref: e })));
  const pointers = new Set(entries.map((e) => `${e.ref.file}\0${e.ref.pointer}`));
  const subjects = new Set(
    candidates(m).filter((c) => pointers.has(`${c.ref.file}\0${c.ref.pointer}`)).flatMap((c) => [c.id, ...c.names ?? []].map((id) => `${SUBJECT[c.kind]}\0${id}`))
  );
  const about = (d) => subjects.has(`${d.subject.kind}\0${d.subject.id}`) || d.at.some((at) => entries.some((e) => inside(at, e.ref)));
  return [...drafts.filter((d) => !about(d)), ...mine.map((u) => lineOf(m, u))];
}

// src/gates/run-gates.ts
function resultOf(findings) {
  if (findings.some((f) => f.severity === "error" && !f.inconclusive)) return "fail";
  if (findings.some((f) => f.inconclusive)) return "inconclusive";
  if (findings.some((f) => f.severity === "error")) return "fail";
  return findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}
function coverageNote(findings) {
  const unchecked = findings.filter((f) => f.details?.[COVERAGE_DETAIL] !== void 0);
  const first = unchecked[0]?.locations[0];
  if (!first) return void 0;
  const more = unchecked.length > 1 ? ` and ${unchecked.length - 1} more` : "";
  const what = unchecked[0].details?.[COVERAGE_DETAIL] === "input-not-loaded" ? "not evaluated: could not use" : "could not use";
  return `${what} ${first.file}:${first.line}:${first.column}${more}`;
}
function run(gate, ctx, forced) {
  const base = { id: gate.id, aliases: [...gate.aliases], kind: gate.kind, checked: {} };
  const setting = gateSetting(gate, ctx.config.gates);
  if (setting === "off" && !forced) {
    return { run: { ...base, result: "skipped", findings: 0, durationMs: 0, note: "off in config" }, findings: [] };
  }
  const weight = setting === "off" ? void 0 : setting;
  if (gate.kind === "live" && ctx.observations === void 0) {
    return { run: { ...base, result: "skipped", findings: 0, durationMs: 0, note: "offline" }, findings: [] };
  }
  const started = performance.now();
  const finish = (drafts, checked) => {
    const findings = drafts.map((d) => finalizeDraft(gate, d, ctx.model, weight));
    const durationMs = Math.round(performance.now() - started);
    const result = resultOf(findings);
    const note = forced ?? (result === "inconclusive" ? coverageNote(findings) : void 0);
    return { run: { ...base, checked, result, findings: findings.length, durationMs, ...note ? { note } : {} }, findings };
  };
  const broken = brokenInputs(gate, ctx.model);
  if (broken.length > 0) return finish([notEvaluatedDraft(broken)], {});
  try {
    const out = gate.run(ctx);
    const own = gate.id === schema_default.id ? out.findings : withUncertainFields(gate, ctx.model, out.findings);
    return finish([...own, ...unreadableDrafts(gate, ctx.model), ...unknownStatusDrafts(gate, ctx.model)], out.checked);
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const note = `gate crashed: ${errorMessage(error)}`;
    return { run: { ...base, result: "error", findings: 0, durationMs, note }, findings: [] };
  }
}
function brokenBindings(ctx) {
  return [...BINDING_KINDS, "caddyfile"].map((k) => ctx.model.inputs[k]).filter((s) => s !== void 0 && isBroken(s));
}
function concerns(p, at) {
  return atOrBelow(p.location, at) || p.code === "SCHEMA_REQUIRED" && atOrBelow(at, p.location);
}
function unusable(ctx) {
  const m = ctx.model;
  const broken = brokenBindings(ctx);
  const files = new Set(broken.map((s) => s.path));
  const unknown = [...m.services, ...m.vms].filter((e) => e.meaning === "unknown").map((e) => sub(e.ref, "status"));
  const places = [...m.unreadable.map((u) => u.ref), ...unknown];
  const problems = ctx.problems.filter((p) => files.has(p.location.file) || places.some((r) => concerns(p, r)));
  const why = [
    broken.length === 1 ? `${broken[0].path} did not load` : broken.length > 1 ? `${broken.length} binding files did not load` : "",
    m.unreadable.length > 0 ? `${m.unreadable.length} ${m.unreadable.length === 1 ? "entry" : "entries"} could not be read` : "",
    unknown.length > 0 ? `${unknown.length} ${unknown.length === 1 ? "status is" : "statuses are"} unknown` : ""
  ].filter(Boolean);
  return { problems, why };
}
function plan(gates, ctx) {
  const planned = gates.map((gate) => ({ gate, ctx }));
  if (gates.some((g) => g.id === schema_default.id)) return planned;
  const { problems, why } = unusable(ctx);
  if (why.length === 0) return planned;
  planned.unshift({ gate: schema_default, ctx: { ...ctx, problems }, forced: `not selected; runs because ${why.join(", ")}` });
  return planned;
}
function runGates(gates, ctx) {
  const runs2 = [];
  const all = [];
  for (const p of plan(gates, ctx)) {
    const { run: r, findings: findings2 } = run(p.gate, p.ctx, p.forced);
    runs2.push(r);
    all.push(...findings2);
  }
  const findings = sortFindings(all);
  return { runs: settleRuns(runs2, findings), findings };
}
function settleRuns(runs2, findings, suppressed, folded = []) {
  return runs2.map((r) => {
    if (r.result === "skipped" || r.result === "error") return r;
    const own = findings.filter((f) => f.gate === r.id);
    const result = resultOf([...own, ...folded.filter((f) => f.gate === r.id)]);
    if (suppressed === void 0) return { ...r, findings: own.length, result };
    const hidden = suppressed.filter((f) => f.gate === r.id).length;
    const { suppressed: _old, ...rest } = r;
    return { ...rest, findings: own.length, result, ...hidden > 0 ? { suppressed: hidden } : {} };
  });
}

// src/report/result.ts
function reportResult(runs2, findings) {
  if (findings.some((f) => f.severity === "error" && !f.inconclusive)) return "drift";
  if (findings.some((f) => f.inconclusive || f.history?.damped === "pending") || runs2.some((r) => r.result === "inconclusive")) return "inconclusive";
  if (runs2.some((r) => r.result === "error")) return "error";
  return "pass";
}
var EXIT_CODES = {
  pass: EXIT_OK,
  drift: EXIT_DRIFT,
  error: EXIT_ERROR,
  inconclusive: EXIT_INCONCLUSIVE
};
function exitCode(report) {
  return EXIT_CODES[report.result];
}

// src/report/build-report.ts
var URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+):([^\s/@]+)@/gi;
var PRIVATE_KEY = /-----BEGIN [^-]*PRIVATE KEY-----[\s\S]*?(-----END [^-]*PRIVATE KEY-----|$)/g;
function redactText(text) {
  return text.replace(URL_PASSWORD, "$1$2:***@").replace(PRIVATE_KEY, "[private key redacted]");
}
function redactValue(v) {
  if (typeof v === "string") return redactText(v);
  if (Array.isArray(v)) return v.map(redactValue);
  return v;
}
function redactFinding(f) {
  const out = { ...f, message: redactText(f.message) };
  if (f.expected !== void 0) out.expected = redactValue(f.expected);
  if (f.observed !== void 0) out.observed = redactValue(f.observed);
  return out;
}
function buildReport(input) {
  const count = (severity) => input.findings.filter((f) => f.severity === severity).length;
  const suppressedCount = Array.isArray(input.suppressed) ? input.suppressed.length : input.suppressed;
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: input.root,
    result: input.error !== void 0 ? "error" : reportResult(input.runs, input.findings),
    durationMs: Math.round(input.durationMs),
    summary: {
      files: input.fileCount,
      gates: input.runs.length,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
      ...suppressedCount ? { suppressed: suppressedCount } : {},
      ...input.notSelected ? { notSelected: input.notSelected } : {}
    },
    gates: input.runs,
    findings: input.findings.map(redactFinding)
  };
  if (Array.isArray(input.suppressed) && input.suppressed.length > 0) {
    report.suppressed = input.suppressed.map((f) => ({ ...redactFinding(f), exception: f.exception }));
  }
  if (input.observations) report.observations = input.observations;
  if (input.matrix) report.matrix = input.matrix;
  if (input.error !== void 0) report.error = redactText(input.error);
  if (input.history) report.history = { ...input.history, resolved: input.history.resolved.map((r) => ({ ...r, message: redactText(r.message) })) };
  return report;
}

// src/history/render.ts
function day(iso) {
  return iso ? iso.slice(0, 10) : "?";
}
function runs(n) {
  return `${n} run${n === 1 ? "" : "s"}`;
}
function status(h) {
  if (h.status === "flapping") return `flapping: ${h.flips} changes in the last ${runs(h.of)} (seen in ${h.seen})`;
  if (h.status === "new") return h.runs === 0 ? "new: not seen by the last live run" : "new";
  const first = h.firstSeen && h.firstSeen !== h.since ? `, first seen ${day(h.firstSeen)}` : "";
  return `open for ${runs(h.runs)} since ${day(h.since)}${first}`;
}
function historyText(h) {
  const parts = [status(h)];
  if (h.evidence) parts.push("evidence: this run only (no earlier live run recorded)");
  if (h.damped === "pending" && h.blocksAt) {
    parts.push(`pending: seen in ${h.seen} of the last ${runs(h.of)}, ${h.severity ?? "error"} from ${h.blocksAt.seen} of ${h.blocksAt.of}`);
  }
  if (h.damped === "flapping") parts.push(`reported as a warning instead of ${h.severity ?? "error"}`);
  if (h.fix?.state === "never") parts.push("never fixed while it flaps");
  else if (h.fix?.state === "pending") parts.push(`fix waits: the same value in ${h.fix.runs} of ${h.fix.need} consecutive runs`);
  return parts.join("; ");
}
function evidenceText(f) {
  const h = f.history;
  if (!h || h.evidence || !h.fix) return "this run only";
  const since = h.since ? ` since ${day(h.since)}` : "";
  return `same value in ${runs(h.fix.runs)} in a row (seen ${runs(h.runs)}${since})`;
}
function resolvedText(r) {
  return `${r.message} (open since ${day(r.firstSeen)}, last seen ${day(r.lastSeen)}, ${runs(r.runs)}) [${r.gate}]`;
}
function historySummary(report) {
  const h = report.history;
  if (!h) return void 0;
  if (h.unavailable) return `run history: unavailable (${h.unavailable})`;
  const last = h.lastLiveRun ? `last live run ${utcMinute(h.lastLiveRun)}` : "no live run recorded yet";
  const what = h.mode === "recorded" ? `this run recorded in ${h.source}` : `read from ${h.source}`;
  return `run history: ${what}, ${runs(h.runs)} kept, ${last}`;
}

// src/report/matrix.ts
function stacksOf(vm, obs) {
  return obs.stacks.filter((s) => !s.shadow && (s.target === vm.hostname || (vm.sshTarget ? s.sshTarget === vm.sshTarget : false)));
}
function declaredStatus(model, placements, s, c) {
  const inStack = placements.filter((p) => p.target.id === s.target && p.stack.name === s.stack);
  const svc = servicesNaming(inStack, c)[0]?.service ?? hostServicesNaming(model, s.target, c)[0];
  return svc ? svc.status : "undeclared";
}
function buildMatrix(model, obs) {
  const rows = [];
  const placements = model.services.map((s) => placeService(model, s)).filter((p) => p !== void 0);
  for (const vm of [...model.vms].sort((a, b) => a.vmid - b.vmid)) {
    if (vm.meaning !== "running") continue;
    const stacks = stacksOf(vm, obs);
    if (stacks.length === 0) continue;
    const containers = stacks.flatMap((s) => s.containers);
    const running = containers.filter((c) => c.state === "running").length;
    const notRunning = stacks.flatMap((s) => s.containers.filter((c) => c.state !== "running").map((c) => ({ s, c })));
    const failed = stacks.filter((s) => !s.ok).map((s) => `${s.stack}: probe failed (${s.failure?.reason ?? "error"})`);
    const exitedNotes = notRunning.map(({ s, c }) => {
      const state = c.state === "exited" ? "" : `, ${c.state}`;
      return `${c.name} (${declaredStatus(model, placements, s, c)}${state})`;
    });
    const makeUp = stacks.filter((s) => s.ok).map((s) => `${s.stack}(${s.containers.length})`).join("+");
    const notes = [...failed, ...exitedNotes.length > 0 ? exitedNotes : makeUp ? [makeUp] : []].join(", ");
    const row = {
      vmid: vm.vmid,
      hostname: vm.hostname,
      stacks: stacks.length,
      containers: containers.length,
      running,
      exited: notRunning.length,
      notes
    };
    const path = obs.hosts.find((h) => h.target === (stacks[0]?.sshTarget ?? vm.sshTarget))?.pathUsed;
    if (path) row.path = path;
    rows.push(row);
  }
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    totals: { vms: rows.length, stacks: sum("stacks"), containers: sum("containers"), running: sum("running"), exited: sum("exited") }
  };
}
var HEADERS = ["VM", "Hostname", "Stacks", "Containers", "Running", "Exited", "Notes"];
function headers(m) {
  return m.rows.some((r) => r.path) ? [...HEADERS.slice(0, 2), "Path", ...HEADERS.slice(2)] : HEADERS;
}
function cells(r, withPath = false) {
  const path = withPath ? [r.path ?? "-"] : [];
  return [String(r.vmid), r.hostname, ...path, String(r.stacks), String(r.containers), String(r.running), String(r.exited), r.notes];
}
function matrixTotalsLine(m) {
  const t = m.totals;
  return `Totals: ${t.vms} VMs, ${t.stacks} stacks, ${t.containers} containers, ${t.running} running, ${t.exited} exited`;
}
function renderMatrixText(m) {
  const head = headers(m);
  const rows = m.rows.map((r) => cells(r, head.length > HEADERS.length));
  const table = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
  const line = (row) => row.map((c, i) => i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(head), ...rows.map(line), matrixTotalsLine(m)].map((l) => `${l}
`).join("");
}
function escapeCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderMatrixMarkdown(m) {
  const head = headers(m);
  const row = (c) => `| ${c.map(escapeCell).join(" | ")} |
`;
  return `${row(head)}|${head.map(() => "---").join("|")}|
${m.rows.map((r) => row(cells(r, head.length > HEADERS.length))).join("")}
**${matrixTotalsLine(m)}**
`;
}

// src/report/format-values.ts
function placeText(l, withColumn = true) {
  if (!l.line) return l.file;
  return withColumn && l.column ? `${l.file}:${l.line}:${l.column}` : `${l.file}:${l.line}`;
}
function valueText(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function isCoverage(f) {
  return f.details?.[COVERAGE_DETAIL] !== void 0;
}
function subjectText(f) {
  return `${f.subject.kind} ${JSON.stringify(f.subject.id)}`;
}
function gateDetail(g) {
  const parts = [];
  if (g.findings > 0) parts.push(plural(g.findings, "finding"));
  if (g.suppressed) parts.push(`${g.suppressed} suppressed`);
  const checked = coverageText(g.checked ?? {});
  if (checked) parts.push(`checked ${checked}`);
  if (g.note) parts.push(g.note);
  return parts.join("; ");
}
function gateLabel(g) {
  return g.aliases.length > 0 ? `${g.id} (${g.aliases.join(", ")})` : g.id;
}
function findingsByGate(report) {
  const groups = [];
  const seen = /* @__PURE__ */ new Set();
  for (const g of report.gates) {
    seen.add(g.id);
    const findings = report.findings.filter((f) => f.gate === g.id);
    if (findings.length > 0) groups.push({ gate: g, findings });
  }
  for (const f of report.findings) {
    if (seen.has(f.gate)) continue;
    seen.add(f.gate);
    groups.push({ gate: { id: f.gate, aliases: [] }, findings: report.findings.filter((x) => x.gate === f.gate) });
  }
  return groups;
}
function severityCounts(findings) {
  const parts = [];
  for (const s of ["error", "warning", "notice"]) {
    const n = findings.filter((f) => f.severity === s).length;
    if (n > 0) parts.push(plural(n, s));
  }
  return parts.join(", ");
}
function editText(e, quote) {
  return `${e.op === "add" ? "add" : "set"} ${quote(e.pointer)} in ${quote(e.file)} ${e.op === "add" ? "as" : "to"} ${quote(JSON.stringify(e.value))}`;
}
function fixText(f, quote = (t) => t) {
  if (!f.fix) return void 0;
  const edits = [f.fix, ...f.fix.also ?? []].map((e) => editText(e, quote)).join(", and ");
  return f.fix.kind && f.fix.kind !== f.gate ? `${edits} (${f.fix.kind})` : edits;
}
function summaryText(report) {
  const s = report.summary;
  const suppressed = s.suppressed ? ` (${s.suppressed} suppressed)` : "";
  const notSelected = s.notSelected ? ` (${s.notSelected} more not selected)` : "";
  return `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}${suppressed}; ${plural(s.files, "file")}, ${plural(s.gates, "gate")}${notSelected}, ${report.durationMs} ms`;
}

// src/report/markdown.ts
var MAX_FINDINGS_PER_GATE = 50;
var RESULT_BADGE = {
  pass: "\u2705 PASS",
  drift: "\u274C DRIFT",
  inconclusive: "\u2754 INCONCLUSIVE",
  error: "\u{1F4A5} ERROR"
};
var GATE_BADGE = {
  pass: "\u2705 PASS",
  fail: "\u274C FAIL",
  warn: "\u26A0\uFE0F WARN",
  skipped: "\u23ED\uFE0F SKIPPED",
  inconclusive: "\u2754 INCONCLUSIVE",
  error: "\u{1F4A5} ERROR"
};
function escapeMarkdown(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/\r?\n/g, " ");
}
function code(text) {
  const value = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || value.startsWith(" ") || value.endsWith(" ") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function gateCell(g, findings) {
  const counts = severityCounts(findings.filter((f) => f.gate === g.id));
  const detail = [counts, g.suppressed ? `${g.suppressed} suppressed` : "", g.note ?? ""].filter(Boolean).join("; ");
  return detail ? `${GATE_BADGE[g.result]} \u2014 ${detail}` : GATE_BADGE[g.result];
}
function suppressedSection(report) {
  const hidden = report.suppressed ?? [];
  if (hidden.length === 0) return [];
  const items = hidden.map((f) => {
    const where = f.locations[0] ? `${code(placeText(f.locations[0], false))} ` : "";
    return `- **${f.severity}** ${where}${escapeMarkdown(f.message)} [${escapeMarkdown(f.gate)}] \u2014 ${code(subjectText(f))}: ${escapeMarkdown(f.exception.reason)} (expires ${escapeMarkdown(f.exception.expires)})`;
  });
  return [`<details><summary>${hidden.length} suppressed by config exceptions</summary>`, "", ...items, "", "</details>", ""];
}
function findingItem(f) {
  const [first, ...rest] = f.locations;
  const where = first ? `${code(placeText(first, false))} ` : "";
  const lines = [`- **${f.severity}** ${where}${escapeMarkdown(f.message)}`];
  if (rest.length > 0) lines.push(`  - also ${rest.map((l) => code(placeText(l, false))).join(", ")}`);
  const eo = [];
  if (f.expected !== void 0) eo.push(`expected ${code(valueText(f.expected))}`);
  if (f.observed !== void 0) eo.push(`observed ${code(valueText(f.observed))}`);
  if (eo.length > 0) lines.push(`  - ${eo.join(", ")}`);
  if (f.inconclusive && !isCoverage(f)) lines.push("  - inconclusive: the probe failed, so drift is not ruled out");
  const fix = fixText(f, code);
  if (fix) lines.push(`  - fix: ${fix}`);
  if (f.history) lines.push(`  - history: ${escapeMarkdown(historyText(f.history))}`);
  return lines.join("\n");
}
function renderMarkdown(report) {
  const out = [`### driftgate: ${RESULT_BADGE[report.result]}`, ""];
  if (report.error !== void 0) out.push(`> **error:** ${escapeMarkdown(report.error)}`, "");
  out.push("| Check | Result | Checked |", "|---|---|---|");
  for (const g of report.gates) {
    out.push(`| ${escapeCell(gateLabel(g))} | ${escapeCell(gateCell(g, report.findings))} | ${escapeCell(coverageText(g.checked ?? {}))} |`);
  }
  out.push("", `${escapeMarkdown(summaryText(report))}`, "");
  const groups = findingsByGate(report);
  if (groups.length > 0) out.push("#### Findings", "");
  for (const group of groups) {
    const sorted = [...group.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const shown = sorted.slice(0, MAX_FINDINGS_PER_GATE);
    const errors = shown.filter((f) => f.severity === "error");
    const others = shown.filter((f) => f.severity !== "error");
    const more = group.findings.length - shown.length;
    out.push(`**${escapeMarkdown(gateLabel(group.gate))}** \u2014 ${severityCounts(group.findings)}`, "");
    for (const f of errors) out.push(findingItem(f));
    if (others.length > 0) {
      if (errors.length > 0) out.push("");
      out.push(`<details><summary>${severityCounts(others)}</summary>`, "");
      for (const f of others) out.push(findingItem(f));
      out.push("", "</details>");
    }
    if (more > 0) out.push(`${others.length > 0 ? "\n" : ""}- \u2026 and ${more} more (see the JSON report)`);
    out.push("");
  }
  const resolved = report.history?.resolved ?? [];
  if (resolved.length > 0) out.push(`#### Resolved since the last run (${resolved.length})`, "", ...resolved.map((r) => `- ${escapeMarkdown(resolvedText(r))}`), "");
  out.push(...suppressedSection(report));
  if (report.matrix) out.push("#### VM-Container Matrix", "", renderMatrixMarkdown(report.matrix).trimEnd(), "");
  const history = historySummary(report);
  if (history) out.push(`<sub>${escapeMarkdown(history)}</sub>`, "");
  return `${out.join("\n").trimEnd()}
`;
}

// src/report/text.ts
var SEVERITY_COLOR = { error: "31", warning: "33", notice: "36" };
var GATE_COLOR = {
  pass: "32",
  fail: "31",
  warn: "33",
  skipped: "2",
  inconclusive: "35",
  error: "31"
};
var RESULT_COLOR = { pass: "32", drift: "31", inconclusive: "35", error: "31" };
var plain = (_code, text) => text;
function findingHead(f, paint = plain) {
  const first = f.locations[0];
  const head = first ? `${placeText(first)}: ` : "";
  return `${head}${paint(SEVERITY_COLOR[f.severity], f.severity)} ${f.message} ${paint("2", `[${f.gate}]`)}`;
}
function findingLines(f, paint) {
  const rest = f.locations.slice(1);
  const lines = [findingHead(f, paint)];
  for (const l of rest) lines.push(`    also ${placeText(l)}`);
  lines.push(`    subject: ${subjectText(f)}`);
  if (f.expected !== void 0) lines.push(`    expected: ${valueText(f.expected)}`);
  if (f.observed !== void 0) lines.push(`    observed: ${valueText(f.observed)}`);
  if (f.inconclusive && !isCoverage(f)) lines.push("    inconclusive: the probe failed, so drift is not ruled out");
  const fix = fixText(f);
  if (fix) lines.push(`    fix: ${fix}`);
  if (f.history) lines.push(`    history: ${historyText(f.history)}`);
  return lines;
}
var SEVERITY_HEADING = { error: "Errors", warning: "Warnings", notice: "Notices" };
function findingsBySeverity(findings) {
  return ["error", "warning", "notice"].map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity).sort(compareFindings) })).filter((g) => g.findings.length > 0);
}
function resultLine(report, color = false) {
  const verdict = color ? `\x1B[${RESULT_COLOR[report.result]}m${report.result.toUpperCase()}\x1B[0m` : report.result.toUpperCase();
  return `Result: ${verdict} (exit ${exitCode(report)}): ${summaryText(report)}`;
}
function suppressedLines(report, opts, paint) {
  const hidden = report.suppressed ?? [];
  if (hidden.length === 0) return [];
  if (!opts.showSuppressed) return [`${hidden.length} suppressed by config exceptions; --show-suppressed lists them`, ""];
  const out = [paint("1", `Suppressed by config exceptions: ${hidden.length}`)];
  for (const f of hidden) {
    out.push(findingHead(f, paint), `    subject: ${subjectText(f)}`, `    exception: ${f.exception.reason} (expires ${f.exception.expires})`);
  }
  out.push("");
  return out;
}
function renderText(report, opts) {
  const paint = (code2, text) => opts.color ? `\x1B[${code2}m${text}\x1B[0m` : text;
  const out = [];
  for (const group of findingsBySeverity(report.findings)) {
    if (opts.quiet && group.severity !== "error") continue;
    out.push(paint("1", `${SEVERITY_HEADING[group.severity]} (${group.findings.length})`));
    for (const f of group.findings) out.push(...findingLines(f, paint));
    out.push("");
  }
  if (opts.quiet) {
    if (report.error !== void 0) out.push(`${paint("31", "error")}: ${report.error}`);
    out.push(resultLine(report, opts.color));
    return `${out.join("\n")}
`;
  }
  const resolved = report.history?.resolved ?? [];
  if (resolved.length > 0) {
    out.push(paint("1", `Resolved since the last run: ${resolved.length}`));
    for (const r of resolved) out.push(`  ${resolvedText(r)}`);
    out.push("");
  }
  out.push(paint("1", "Gates"));
  const width = Math.max(0, ...report.gates.map((g) => gateLabel(g).length));
  for (const g of report.gates) {
    const line = `  ${paint(GATE_COLOR[g.result], g.result.padEnd(12))} ${gateLabel(g).padEnd(width)}  ${gateDetail(g)}`;
    out.push(line.trimEnd());
  }
  out.push("");
  out.push(...suppressedLines(report, opts, paint));
  if (report.matrix) {
    out.push(paint("1", "VM-container matrix"));
    out.push(renderMatrixText(report.matrix).trimEnd());
    out.push("");
  }
  const history = historySummary(report);
  if (history) out.push(history);
  if (report.error !== void 0) out.push(`${paint("31", "error")}: ${report.error}`);
  out.push(resultLine(report, opts.color));
  return `${out.join("\n")}
`;
}

// src/report/json.ts
function gateJson(g) {
  return {
    id: g.id,
    aliases: g.aliases,
    kind: g.kind,
    result: g.result,
    findings: g.findings,
    durationMs: g.durationMs,
    checked: g.checked ?? {},
    ...g.suppressed ? { suppressed: g.suppressed } : {},
    ...g.note !== void 0 ? { note: g.note } : {}
  };
}
function editJson(e) {
  return { file: e.file, pointer: e.pointer, value: e.value, ...e.op ? { op: e.op } : {}, ...e.after ? { after: e.after } : {}, ...e.comment ? { comment: e.comment } : {} };
}
function fixJson(fix) {
  return { ...editJson(fix), ...fix.kind ? { kind: fix.kind } : {}, ...fix.also ? { also: fix.also.map(editJson) } : {} };
}
function findingJson(f) {
  const out = {
    gate: f.gate,
    severity: f.severity,
    fingerprint: f.fingerprint,
    message: f.message,
    subject: { kind: f.subject.kind, id: f.subject.id },
    locations: f.locations.map((l) => ({ file: l.file, line: l.line, column: l.column, pointer: l.pointer }))
  };
  if (f.expected !== void 0) out.expected = f.expected;
  if (f.observed !== void 0) out.observed = f.observed;
  out.direction = f.direction;
  if (f.fix) out.fix = fixJson(f.fix);
  if (f.inconclusive) out.inconclusive = true;
  if (f.details !== void 0) out.details = f.details;
  if (f.history !== void 0) out.history = f.history;
  return out;
}
function reportJson(report) {
  const s = report.summary;
  return {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    root: report.root,
    result: report.result,
    durationMs: report.durationMs,
    summary: {
      files: s.files,
      gates: s.gates,
      errors: s.errors,
      warnings: s.warnings,
      notices: s.notices,
      ...s.suppressed !== void 0 ? { suppressed: s.suppressed } : {},
      ...s.notSelected !== void 0 ? { notSelected: s.notSelected } : {}
    },
    gates: report.gates.map(gateJson),
    findings: report.findings.map(findingJson),
    ...report.suppressed?.length ? { suppressed: report.suppressed.map((f) => ({ ...findingJson(f), exception: f.exception })) } : {},
    ...report.matrix !== void 0 ? { matrix: report.matrix } : {},
    ...report.error !== void 0 ? { error: report.error } : {},
    ...report.history !== void 0 ? { history: report.history } : {}
  };
}
function renderJson(report) {
  return `${JSON.stringify(reportJson(report), null, 2)}
`;
}

// src/report/render.ts
function renderReport(report, format, opts) {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, opts);
  }
}

export {
  sortFindings,
  runGates,
  settleRuns,
  reportResult,
  exitCode,
  redactText,
  buildReport,
  day,
  historyText,
  evidenceText,
  buildMatrix,
  escapeCell,
  plural,
  escapeMarkdown,
  code,
  renderMarkdown,
  findingHead,
  resultLine,
  renderReport
};
