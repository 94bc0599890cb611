import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  FixRefusedError,
  guardDiff,
  guardValues,
  parsePointer,
  unifiedDiff
} from "./chunk-TT3FEMXH.js";
import {
  createBindingValidator,
  parseYamlText,
  validateBinding
} from "./chunk-YYSUSJW4.js";
import {
  require_dist
} from "./chunk-O4GMJQVB.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/fix/plan-fixes.ts
import { createHash } from "node:crypto";

// src/history/fix-damping.ts
function fixDamping(fixable) {
  const byTopic = /* @__PURE__ */ new Map();
  const never = /* @__PURE__ */ new Set();
  for (const f of fixable) {
    const state = f.history?.fix?.state;
    if (state === "never") never.add(f);
    if (state === "pending") byTopic.set(f.gate, [...byTopic.get(f.gate) ?? [], f]);
  }
  const held = [...byTopic].map(([topic, pending]) => {
    const need = Math.max(...pending.map((f) => f.history?.fix?.need ?? 0));
    const n = pending.length;
    return {
      topic,
      pending: n,
      reason: `${n} fix${n === 1 ? "" : "es"} not confirmed yet (the same value in ${need} consecutive live runs is needed): the topic is not planned and its PR is left alone`
    };
  });
  return { held, never };
}

// src/fix/edit-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function locateScalar(contents, pointer) {
  let node = contents;
  let inFlow = false;
  for (const segment of parsePointer(pointer)) {
    if ((0, import_yaml.isAlias)(node)) throw new FixRefusedError("ALIAS", `"${pointer}" passes through an alias; driftgate does not edit aliased values`, pointer);
    if ((0, import_yaml.isMap)(node)) {
      inFlow = inFlow || Boolean(node.flow);
      const pair = node.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) throw new FixRefusedError("NOT_FOUND", `"${pointer}" does not exist (no key "${segment}")`, pointer);
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      inFlow = inFlow || Boolean(node.flow);
      const index = /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
      if (index < 0 || index >= node.items.length) throw new FixRefusedError("NOT_FOUND", `"${pointer}" does not exist (no item ${segment})`, pointer);
      node = node.items[index];
    } else {
      throw new FixRefusedError("NOT_FOUND", `"${pointer}" does not exist (no collection at "${segment}")`, pointer);
    }
  }
  if ((0, import_yaml.isAlias)(node)) throw new FixRefusedError("ALIAS", `"${pointer}" is an alias; driftgate does not edit aliased values`, pointer);
  if (!(0, import_yaml.isScalar)(node)) throw new FixRefusedError("NOT_SCALAR", `"${pointer}" is not a scalar value`, pointer);
  if (node.anchor) throw new FixRefusedError("ANCHOR", `"${pointer}" carries the anchor "&${node.anchor}"; editing it would change its aliases too`, pointer);
  return { node, inFlow };
}
function plainSource(value) {
  if (value === null) return "null";
  return String(value);
}
function newSource(token, value, inFlow) {
  if (typeof value !== "string") return plainSource(value);
  const copy = { ...token };
  import_yaml.CST.setScalarValue(copy, value, { implicitKey: true, inFlow });
  let source = copy.source;
  if (copy.type === "scalar" && (0, import_yaml.parse)(source) !== value) {
    import_yaml.CST.setScalarValue(copy, value, { implicitKey: true, inFlow, type: "QUOTE_DOUBLE" });
    source = copy.source;
  }
  return source;
}
function sameValue(a, b) {
  return a === b || a == null && b == null;
}
function editYaml(text, edits) {
  const doc = (0, import_yaml.parseDocument)(text, { keepSourceTokens: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError("PARSE", `the file does not parse: ${first.message.split("\n")[0]}`);
  const lc = new import_yaml.LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lc.addNewLine(i + 1);
  const splices = [];
  const applied = [];
  const seen = /* @__PURE__ */ new Set();
  for (const edit of edits) {
    if (seen.has(edit.pointer)) throw new FixRefusedError("CONFLICT", `"${edit.pointer}" is edited twice`, edit.pointer);
    seen.add(edit.pointer);
    const { node, inFlow } = locateScalar(doc.contents, edit.pointer);
    const token = node.srcToken;
    const start = node.range?.[0] ?? -1;
    const line = lc.linePos(start).line;
    if (!token || !("source" in token) || token.type === "block-scalar") {
      throw new FixRefusedError("MULTILINE", `"${edit.pointer}" (line ${line}) is a block scalar; driftgate edits single-line values only`, edit.pointer, line);
    }
    const flow = token;
    if (/[\r\n]/.test(flow.source)) {
      throw new FixRefusedError("MULTILINE", `"${edit.pointer}" (line ${line}) spans several lines; driftgate edits single-line values only`, edit.pointer, line);
    }
    if (text.slice(flow.offset, flow.offset + flow.source.length) !== flow.source) {
      throw new FixRefusedError("PARSE", `"${edit.pointer}" (line ${line}): source offsets do not match the text`, edit.pointer, line);
    }
    if (sameValue(node.value, edit.value)) {
      applied.push({ pointer: edit.pointer, line, before: node.value, after: edit.value, changed: false });
      continue;
    }
    const source = newSource(flow, edit.value, inFlow);
    splices.push({ start: flow.offset, end: flow.offset + flow.source.length, source });
    applied.push({ pointer: edit.pointer, line, before: node.value, after: edit.value, changed: true });
  }
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, s.start) + s.source + out.slice(s.end);
  }
  verifyValues(out, edits);
  return { text: out, applied };
}
function verifyValues(text, edits) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError("PARSE", `the edited file does not parse: ${first.message.split("\n")[0]}`);
  for (const edit of edits) {
    const { node } = locateScalar(doc.contents, edit.pointer);
    if (!sameValue(node.value, edit.value)) {
      throw new FixRefusedError("CONFLICT", `"${edit.pointer}" reads back as ${JSON.stringify(node.value)}, not ${JSON.stringify(edit.value)}`, edit.pointer);
    }
  }
}

// src/fix/plan-fixes.ts
function isFixable(f, config) {
  return f.direction === "declared-stale" && f.fix !== void 0 && config.fix.gates.includes(f.gate);
}
function planFingerprint(edits) {
  if (edits.length === 0) return "";
  const keyed = edits.map((e) => JSON.stringify([e.file, e.pointer, e.value])).sort();
  return createHash("sha256").update(keyed.join("\n")).digest("hex").slice(0, 16);
}
function buildFileFix(file, text, edits, revalidate) {
  const { text: after, applied } = editYaml(text, edits);
  const changed = applied.filter((a) => a.changed);
  if (changed.length === 0) return void 0;
  const kept = edits.filter((e) => changed.some((a) => a.pointer === e.pointer));
  const lines = changed.map((a) => a.line);
  guardDiff(file, text, after, lines);
  guardValues(file, text, after, kept);
  const problems = revalidate?.(file, after, text) ?? [];
  if (problems.length > 0) {
    throw new FixRefusedError("SCHEMA", `${file}: the edited file no longer validates: ${problems.slice(0, 3).join("; ")}`);
  }
  return { file, edits: kept, lines: [...lines].sort((a, b) => a - b), changes: changed, before: text, after, diff: unifiedDiff(file, text, after) };
}
function buildWithRefusals(file, text, edits, revalidate, prefix = "") {
  const refused = [];
  let left = edits;
  while (left.length > 0) {
    try {
      return { fix: buildFileFix(file, text, left, revalidate), refused };
    } catch (e) {
      if (!(e instanceof FixRefusedError)) throw e;
      const bad = e.pointer && left.some((x) => x.pointer === e.pointer) ? e.pointer : void 0;
      for (const x of left.filter((y) => !bad || y.pointer === bad)) refused.push({ file, pointer: x.pointer, reason: `${prefix}${errorText(e)}` });
      left = bad ? left.filter((x) => x.pointer !== bad) : [];
    }
  }
  return { refused };
}
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}
function planTopic(topic, findings, readFile, revalidate) {
  const refused = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const fix = f.fix;
    if (!fix) continue;
    const edits = byFile.get(fix.file) ?? /* @__PURE__ */ new Map();
    byFile.set(fix.file, edits);
    const prior = edits.get(fix.pointer);
    if (prior && prior.value !== fix.value) {
      refused.push({ file: fix.file, pointer: fix.pointer, reason: `two findings want different values (${JSON.stringify(prior.value)} and ${JSON.stringify(fix.value)})` });
      prior.findings.push(f);
      continue;
    }
    edits.set(fix.pointer, { value: fix.value, findings: [...prior?.findings ?? [], f] });
  }
  const files = [];
  const fixed = [];
  for (const [file, edits] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const conflicted = new Set(refused.filter((r) => r.file === file).map((r) => r.pointer));
    const wanted = [...edits].filter(([p]) => !conflicted.has(p));
    const text = readFile(file);
    if (text === void 0) {
      for (const [pointer] of wanted) refused.push({ file, pointer, reason: `${file} cannot be read` });
      continue;
    }
    const built = buildWithRefusals(file, text, wanted.map(([pointer, e]) => ({ pointer, value: e.value })), revalidate);
    refused.push(...built.refused);
    if (!built.fix) continue;
    files.push(built.fix);
    for (const e of built.fix.edits) fixed.push(...edits.get(e.pointer)?.findings ?? []);
  }
  const all = files.flatMap((ff) => ff.edits.map((e) => ({ file: ff.file, ...e })));
  return { topic, files, findings: fixed, refused, fingerprint: planFingerprint(all) };
}
function planFixes(findings, config, readFile, opts = {}) {
  const ran = opts.ranGates ? new Set(opts.ranGates) : void 0;
  const fixable = findings.filter((f) => isFixable(f, config));
  const damping = fixDamping(fixable);
  const held = damping.held.filter((h) => !ran || ran.has(h.topic));
  const topics = config.fix.gates.filter((g) => (!ran || ran.has(g)) && !held.some((h) => h.topic === g));
  const wanted = fixable.filter((f) => !damping.never.has(f));
  return {
    topics: topics.map((topic) => planTopic(topic, wanted.filter((f) => f.gate === topic), readFile, opts.revalidate)),
    ...held.length > 0 ? { held } : {}
  };
}

// src/fix/render-plan.ts
function show(value) {
  return JSON.stringify(value) ?? "undefined";
}
function renderTopic(t) {
  const out = [];
  const edits = t.files.reduce((n, f) => n + f.edits.length, 0);
  if (edits === 0) {
    out.push(`topic ${t.topic}: nothing to fix`);
  } else {
    out.push(`topic ${t.topic}: ${edits} edit${edits === 1 ? "" : "s"} in ${t.files.length} file${t.files.length === 1 ? "" : "s"} (plan ${t.fingerprint})`);
    for (const f of t.files) {
      for (const c of f.changes) out.push(`  ${f.file}:${c.line} ${c.pointer}: ${show(c.before)} -> ${show(c.after)}`);
    }
  }
  for (const r of t.refused) out.push(`  refused ${r.file} ${r.pointer}: ${r.reason}`);
  for (const f of t.files) out.push("", f.diff.trimEnd());
  return out.join("\n");
}
function renderPlan(plan, skipped = []) {
  const parts = plan.topics.map(renderTopic);
  parts.push(...(plan.held ?? []).map((h) => `topic ${h.topic}: held: ${h.reason}`));
  parts.push(...skipped.map((s) => `topic ${s.topic}: not planned: ${s.reason}`));
  if (parts.length === 0) return "no fix topics: config fix.gates lists no gate\n";
  return `${parts.join("\n\n")}
`;
}
function planSize(plan) {
  return plan.topics.reduce((n, t) => n + t.files.reduce((m, f) => m + f.edits.length, 0), 0);
}

// src/fix/revalidate.ts
function bindingKindOf(config, file) {
  const entry = Object.entries(config.paths).find(([, path]) => path === file);
  const kind = entry?.[0];
  return kind && kind !== "caddyfile" && kind !== "workflows" ? kind : void 0;
}
function errorsOf(text, file, kind, validator, config) {
  const parsed = parseYamlText(text, file, kind);
  const problems = [...parsed.problems];
  if (parsed.file.data !== void 0) problems.push(...validateBinding(kind, parsed.file, validator, config));
  return problems.filter((p) => p.severity === "error");
}
function createRevalidate(config) {
  const validator = createBindingValidator(config);
  return (file, after, before) => {
    const kind = bindingKindOf(config, file);
    if (!kind) return [];
    const key = (p) => `${p.code} ${p.location.pointer} ${p.message}`;
    const old = new Set(before === void 0 ? [] : errorsOf(before, file, kind, validator, config).map(key));
    return errorsOf(after, file, kind, validator, config).filter((p) => !old.has(key(p))).map((p) => `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`);
  };
}

export {
  planFingerprint,
  buildWithRefusals,
  planFixes,
  renderPlan,
  planSize,
  createRevalidate
};
