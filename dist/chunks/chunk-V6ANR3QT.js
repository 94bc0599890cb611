import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  FixRefusedError,
  guardDiff,
  guardValues,
  parsePointer,
  unifiedDiff
} from "./chunk-KYKUWAYF.js";
import {
  createBindingValidator,
  validateBinding
} from "./chunk-T5JXNHZM.js";
import {
  parseYamlText,
  pointerOf,
  require_dist
} from "./chunk-5XIPNB5E.js";
import {
  gateOfTopic,
  topicOf,
  topicsOfGate
} from "./chunk-UQVOT4AX.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/fix/render-plan.ts
function show(value) {
  return JSON.stringify(value) ?? "undefined";
}
function changeLine(file, c) {
  return c.op === "add" ? `${file}:${c.line} ${c.pointer}: added ${show(c.after)}` : `${file}:${c.line} ${c.pointer}: ${show(c.before)} -> ${show(c.after)}`;
}
function renderTopic(t) {
  const out = [];
  const edits = t.files.reduce((n, f) => n + f.edits.length, 0);
  if (edits === 0) {
    out.push(`topic ${t.topic}: nothing to fix`);
  } else {
    out.push(`topic ${t.topic}: ${edits} edit${edits === 1 ? "" : "s"} in ${t.files.length} file${t.files.length === 1 ? "" : "s"} (plan ${t.fingerprint})`);
    for (const f of t.files) {
      for (const c of f.changes) out.push(`  ${changeLine(f.file, c)}`);
    }
  }
  for (const r of t.refused) out.push(`  refused ${r.file} ${r.pointer}: ${r.reason}`);
  for (const f of t.files) out.push("", f.diff.trimEnd());
  return out.join("\n");
}
function skippedLines(skipped) {
  const byReason = /* @__PURE__ */ new Map();
  for (const s of skipped) byReason.set(s.reason, [...byReason.get(s.reason) ?? [], s.topic]);
  return [...byReason].map(([reason, topics]) => `topic${topics.length === 1 ? "" : "s"} ${topics.join(", ")}: not planned: ${reason}`);
}
function renderPlan(plan, skipped = []) {
  const edited = plan.topics.filter((t) => t.files.length > 0 || t.refused.length > 0);
  const parts = edited.map(renderTopic);
  const lines = [
    ...plan.topics.filter((t) => !edited.includes(t)).map((t) => `topic ${t.topic}: nothing to fix`),
    ...(plan.held ?? []).map((h) => `topic ${h.topic}: held: ${h.reason}`),
    ...skippedLines(skipped)
  ];
  if (lines.length > 0) parts.push(lines.join("\n"));
  if (parts.length === 0) return "no fix topics: config fix.gates lists no gate\n";
  return `${parts.join("\n\n")}
`;
}
function planSize(plan) {
  return plan.topics.reduce((n, t) => n + t.files.reduce((m, f) => m + f.edits.length, 0), 0);
}

// src/history/fix-damping.ts
function fixDamping(fixable, topicOf2 = (f) => f.gate) {
  const byTopic = /* @__PURE__ */ new Map();
  const never = /* @__PURE__ */ new Set();
  for (const f of fixable) {
    const state = f.history?.fix?.state;
    if (state === "never") never.add(f);
    if (state === "pending") byTopic.set(topicOf2(f), [...byTopic.get(topicOf2(f)) ?? [], f]);
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

// src/fix/build-file-fix.ts
import { createHash } from "node:crypto";

// src/fix/edit-yaml.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/fix/yaml-insert.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/fix/yaml-node.ts
var import_yaml = __toESM(require_dist(), 1);
function locateNode(contents, pointer) {
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
  return { node, inFlow };
}
function plainSource(value) {
  return value === null ? "null" : String(value);
}
function sameValue(a, b) {
  if (a === b || a == null && b == null) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
}

// src/fix/yaml-insert.ts
function keyName(p) {
  return (0, import_yaml2.isScalar)(p.key) ? String(p.key.value) : String(p.key);
}
function column(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function scalarSource(value, quote) {
  if (typeof value !== "string") return plainSource(value);
  const options = { lineWidth: 0, ...quote ? { defaultStringType: quote } : {} };
  const source = (0, import_yaml2.stringify)(value, options).replace(/\r?\n$/, "");
  if (/[\r\n]/.test(source)) throw new FixRefusedError("MULTILINE", `the value ${JSON.stringify(value)} does not fit on one line`);
  return source;
}
function keySource(key) {
  const plain = scalarSource(key);
  return /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/.test(key) ? key : plain;
}
function quoteOf(sibling, key) {
  if (!(0, import_yaml2.isMap)(sibling)) return void 0;
  const value = sibling.items.find((p) => keyName(p) === key)?.value;
  if (!(0, import_yaml2.isScalar)(value)) return void 0;
  return value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE" ? value.type : void 0;
}
function nestedStep(text, map, indent) {
  for (const p of map.items) {
    const inner = p.value;
    if ((0, import_yaml2.isMap)(inner) && !inner.flow && inner.items[0]?.key && (0, import_yaml2.isScalar)(inner.items[0].key)) {
      const col = column(text, inner.items[0].key.range?.[0] ?? 0);
      if (col > indent) return col - indent;
    }
  }
  return 2;
}
function nextLineStart(text, offset) {
  return offset === 0 || text[offset - 1] === "\n" ? offset : text.indexOf("\n", offset) + 1;
}
function blankSeparated(text, map) {
  let spaced = 0;
  for (let i = 1; i < map.items.length; i++) {
    const prev = map.items[i - 1].value ?? map.items[i - 1].key;
    const key = map.items[i].key;
    const from = nextLineStart(text, prev.range?.[1] ?? 0);
    const to = text.lastIndexOf("\n", (key.range?.[0] ?? 0) - 1) + 1;
    if (from > 0 && to > from && text.slice(from, to).split("\n").some((l) => l.trim() === "")) spaced++;
  }
  return map.items.length > 1 && spaced * 2 > map.items.length - 1;
}
function insertionOffset(text, anchor, indent, pointer) {
  const node = anchor.value ?? anchor.key;
  const end = node.range?.[1] ?? -1;
  if (end < 0) throw new FixRefusedError("PARSE", `"${pointer}": the place after the sibling entry cannot be found`, pointer);
  let at = nextLineStart(text, end);
  if (at === 0) throw new FixRefusedError("INSERT", `"${pointer}": the file does not end with a line break; driftgate inserts whole lines only`, pointer);
  for (; ; ) {
    const next = text.indexOf("\n", at);
    const line = text.slice(at, next < 0 ? text.length : next);
    const lead = line.length - line.trimStart().length;
    if (next < 0 || !/^\s*#/.test(line) || lead <= indent) return at;
    at = next + 1;
  }
}
function planInsert(text, contents, lc, edit) {
  const path = parsePointer(edit.pointer);
  const key = path.pop();
  if (key === void 0) throw new FixRefusedError("NOT_FOUND", "an added key needs a pointer below the document", edit.pointer);
  const parentPointer = pointerOf(path);
  const { node: parent, inFlow } = locateNode(contents, parentPointer);
  if (!(0, import_yaml2.isMap)(parent) || inFlow || parent.flow) {
    throw new FixRefusedError("INSERT", `"${edit.pointer}": its parent is not a block mapping; driftgate adds keys to block mappings only`, edit.pointer);
  }
  const existing = parent.items.find((p) => keyName(p) === key);
  const line = lc.linePos(parent.range?.[0] ?? 0).line;
  if (existing) {
    const value = (0, import_yaml2.isScalar)(existing.value) ? existing.value.value : existing.value?.toJSON?.();
    if (sameValue(value, edit.value)) return { applied: { pointer: edit.pointer, line, before: value, after: edit.value, changed: false, op: "add" } };
    throw new FixRefusedError("CONFLICT", `"${edit.pointer}" exists already (with ${JSON.stringify(value)}); driftgate adds new keys only`, edit.pointer);
  }
  const first = parent.items[0];
  if (!first || !(0, import_yaml2.isScalar)(first.key)) throw new FixRefusedError("INSERT", `"${edit.pointer}": the mapping has no entry to take the indentation from`, edit.pointer);
  const indent = column(text, first.key.range?.[0] ?? 0);
  const wanted = new Set(edit.after ?? []);
  const anchors = parent.items.filter((p) => wanted.has(keyName(p)));
  const anchor = anchors[anchors.length - 1] ?? parent.items[parent.items.length - 1];
  const at = insertionOffset(text, anchor, indent, edit.pointer);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const pad = " ".repeat(indent);
  const lines = [];
  const nested = edit.value !== null && typeof edit.value === "object" && !Array.isArray(edit.value);
  if (nested && blankSeparated(text, parent)) lines.push("");
  if (edit.comment) lines.push(`${pad}# ${edit.comment.replace(/[\r\n]+/g, " ")}`);
  const keyLine = lines.length;
  if (nested) {
    const step = " ".repeat(nestedStep(text, parent, indent));
    lines.push(`${pad}${keySource(key)}:`);
    for (const [k, v] of Object.entries(edit.value)) {
      lines.push(`${pad}${step}${keySource(k)}: ${scalarSource(v, quoteOf(anchor.value, k))}`);
    }
  } else if (Array.isArray(edit.value)) {
    lines.push(`${pad}${keySource(key)}: [${edit.value.map((v) => scalarSource(v)).join(", ")}]`);
  } else {
    lines.push(`${pad}${keySource(key)}: ${scalarSource(edit.value)}`);
  }
  const source = lines.map((l) => `${l}${eol}`).join("");
  return {
    splice: { start: at, end: at, source, lines: lines.length, keyLine },
    applied: { pointer: edit.pointer, line: lc.linePos(at).line + keyLine, before: void 0, after: edit.value, changed: true, op: "add" }
  };
}

// src/fix/edit-yaml.ts
function locateScalar(contents, pointer) {
  const { node, inFlow } = locateNode(contents, pointer);
  if (!(0, import_yaml3.isScalar)(node)) throw new FixRefusedError("NOT_SCALAR", `"${pointer}" is not a scalar value`, pointer);
  if (node.anchor) throw new FixRefusedError("ANCHOR", `"${pointer}" carries the anchor "&${node.anchor}"; editing it would change its aliases too`, pointer);
  return { node, inFlow };
}
function newSource(token, value, inFlow, wasString) {
  if (typeof value !== "string") return plainSource(value);
  const copy = { ...token };
  import_yaml3.CST.setScalarValue(copy, value, { implicitKey: true, inFlow });
  let source = copy.source;
  if (copy.type === "scalar" && ((0, import_yaml3.parse)(source) !== value || !wasString)) {
    import_yaml3.CST.setScalarValue(copy, value, { implicitKey: true, inFlow, type: "QUOTE_DOUBLE" });
    source = copy.source;
  }
  return source;
}
function flowSequence(values, like) {
  const sep = like !== void 0 && /,\S/.test(like) && !/,\s/.test(like) ? "," : ", ";
  return `[${values.map((v) => typeof v === "string" ? JSON.stringify(v) : plainSource(v)).join(sep)}]`;
}
function lineCounter(text) {
  const lc = new import_yaml3.LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lc.addNewLine(i + 1);
  return lc;
}
function planReplace(text, contents, lc, edit) {
  const list = Array.isArray(edit.value);
  if (edit.value !== null && typeof edit.value === "object" && !list) {
    throw new FixRefusedError("NOT_SCALAR", `"${edit.pointer}": a mapping can only be added (op add), not written over a value`, edit.pointer);
  }
  const found = list ? locateNode(contents, edit.pointer) : locateScalar(contents, edit.pointer);
  const node = found.node;
  const start = node.range?.[0] ?? -1;
  const line = lc.linePos(start).line;
  const current = (0, import_yaml3.isScalar)(node) ? node.value : node.toJSON();
  if (sameValue(current, edit.value)) return { applied: { pointer: edit.pointer, line, before: current, after: edit.value, changed: false } };
  if (list) {
    if (node.anchor) throw new FixRefusedError("ANCHOR", `"${edit.pointer}" carries the anchor "&${node.anchor}"; editing it would change its aliases too`, edit.pointer);
    const flowSeq = (0, import_yaml3.isSeq)(node) && node.flow;
    const end = node.range?.[1] ?? -1;
    const old = text.slice(start, end);
    if (!((0, import_yaml3.isScalar)(node) || flowSeq) || /[\r\n]/.test(old) || start < 0) {
      throw new FixRefusedError("MULTILINE", `"${edit.pointer}" (line ${line}) is not a single-line value; driftgate writes a list only over a single-line scalar or flow sequence`, edit.pointer, line);
    }
    const source2 = flowSequence(edit.value, flowSeq ? old : void 0);
    return { splice: { start, end, source: source2 }, applied: { pointer: edit.pointer, line, before: current, after: edit.value, changed: true } };
  }
  const scalar = node;
  const token = scalar.srcToken;
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
  const source = newSource(flow, edit.value, found.inFlow, typeof current === "string" || current === null);
  return {
    splice: { start: flow.offset, end: flow.offset + flow.source.length, source },
    applied: { pointer: edit.pointer, line, before: current, after: edit.value, changed: true }
  };
}
function editYaml(text, edits) {
  const doc = (0, import_yaml3.parseDocument)(text, { keepSourceTokens: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError("PARSE", `the file does not parse: ${first.message.split("\n")[0]}`);
  const lc = lineCounter(text);
  const planned = [];
  const seen = /* @__PURE__ */ new Set();
  for (const edit of edits) {
    if (seen.has(edit.pointer)) throw new FixRefusedError("CONFLICT", `"${edit.pointer}" is edited twice`, edit.pointer);
    seen.add(edit.pointer);
    planned.push(edit.op === "add" ? planInsert(text, doc.contents, lc, edit) : planReplace(text, doc.contents, lc, edit));
  }
  const order = planned.map((p, i) => ({ ...p, i })).filter((p) => p.splice);
  const insertedBefore = (offset, upTo) => order.filter((p) => p.splice.lines && (p.splice.start < offset || p.splice.start === offset && p.i < upTo)).reduce((n, p) => n + (p.splice.lines ?? 0), 0);
  for (const p of order) {
    const shift = insertedBefore(p.splice.start, p.i);
    if (p.splice.lines) {
      const from = lc.linePos(p.splice.start).line + shift;
      p.applied.line = from + (p.splice.keyLine ?? 0);
      p.applied.inserted = { from, count: p.splice.lines };
    }
  }
  let out = text;
  for (const p of [...order].sort((a, b) => b.splice.start - a.splice.start || b.i - a.i)) {
    const s = p.splice;
    out = out.slice(0, s.start) + s.source + out.slice(s.end);
  }
  verifyValues(out, edits);
  return { text: out, applied: planned.map((p) => p.applied) };
}
function verifyValues(text, edits) {
  const doc = (0, import_yaml3.parseDocument)(text, { uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError("PARSE", `the edited file does not parse: ${first.message.split("\n")[0]}`);
  for (const edit of edits) {
    const { node } = locateNode(doc.contents, edit.pointer);
    const value = (0, import_yaml3.isScalar)(node) ? node.value : node?.toJSON?.();
    if (!sameValue(value, edit.value)) {
      throw new FixRefusedError("CONFLICT", `"${edit.pointer}" reads back as ${JSON.stringify(value)}, not ${JSON.stringify(edit.value)}`, edit.pointer);
    }
  }
}

// src/fix/build-file-fix.ts
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
  const replaced = changed.filter((a) => a.op !== "add").map((a) => a.line);
  guardDiff(file, text, after, replaced, changed.flatMap((a) => a.inserted ? [a.inserted] : []));
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

// src/fix/plan-topic.ts
function fixEdits(f) {
  return f.fix ? [f.fix, ...f.fix.also ?? []] : [];
}
function yamlEdit(e) {
  return { pointer: e.pointer, value: e.value, ...e.op ? { op: e.op } : {}, ...e.after ? { after: e.after } : {}, ...e.comment ? { comment: e.comment } : {} };
}
var keyOf = (file, pointer) => `${file}\0${pointer}`;
function collect(findings, refused) {
  const wanted = /* @__PURE__ */ new Map();
  const conflicted = /* @__PURE__ */ new Set();
  for (const f of findings) {
    for (const e of fixEdits(f)) {
      const key = keyOf(e.file, e.pointer);
      const prior = wanted.get(key);
      if (!prior) {
        wanted.set(key, { file: e.file, edit: yamlEdit(e), findings: [f] });
        continue;
      }
      prior.findings.push(f);
      if (sameValue(prior.edit.value, e.value) && prior.edit.op === e.op) continue;
      if (!conflicted.has(key)) refused.push({ file: e.file, pointer: e.pointer, reason: `two findings want different values (${JSON.stringify(prior.edit.value)} and ${JSON.stringify(e.value)})` });
      conflicted.add(key);
    }
  }
  return { wanted, conflicted };
}
function planTopic(topic, gate, findings, readFile, revalidate) {
  const refused = [];
  const { wanted, conflicted } = collect(findings, refused);
  const dropped = /* @__PURE__ */ new Set();
  const partners = (key) => wanted.get(key)?.findings ?? [];
  for (const key of conflicted) for (const f of partners(key)) dropped.add(f);
  let files = [];
  let failed = [];
  for (let round = 0; round <= findings.length; round++) {
    files = [];
    failed = [];
    const live = [...wanted.entries()].filter(([key, w]) => !conflicted.has(key) && w.findings.every((f) => !dropped.has(f)));
    const byFile = /* @__PURE__ */ new Map();
    for (const [, w] of live) byFile.set(w.file, [...byFile.get(w.file) ?? [], w.edit]);
    for (const [file, edits] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
      const text = readFile(file);
      if (text === void 0) {
        failed.push(...edits.map((e) => ({ file, pointer: e.pointer, reason: `${file} cannot be read` })));
        continue;
      }
      const built = buildWithRefusals(file, text, edits, revalidate);
      failed.push(...built.refused);
      if (built.fix) files.push(built.fix);
    }
    const more = failed.flatMap((r) => partners(keyOf(r.file, r.pointer))).filter((f) => !dropped.has(f) && fixEdits(f).length > 1);
    if (more.length === 0) break;
    for (const f of more) dropped.add(f);
  }
  refused.push(...failed);
  for (const f of dropped) {
    for (const e of fixEdits(f)) {
      if (refused.some((r) => r.file === e.file && r.pointer === e.pointer)) continue;
      refused.push({ file: e.file, pointer: e.pointer, reason: "not applied alone: another edit of the same fix was refused" });
    }
  }
  const applied = new Set(files.flatMap((ff) => ff.edits.map((e) => keyOf(ff.file, e.pointer))));
  const fixed = findings.filter((f) => !dropped.has(f) && fixEdits(f).some((e) => applied.has(keyOf(e.file, e.pointer))));
  const all = files.flatMap((ff) => ff.edits.map((e) => ({ file: ff.file, pointer: e.pointer, value: e.value })));
  return { topic, gate, files, findings: fixed, refused, fingerprint: planFingerprint(all) };
}

// src/fix/plan-fixes.ts
function isFixable(f, config) {
  return f.direction === "declared-stale" && f.fix !== void 0 && config.fix.gates.includes(f.gate) && topicsOfGate(f.gate, config).includes(topicOf(f));
}
function planFixes(findings, config, readFile, opts = {}) {
  const ran = opts.ranGates ? new Set(opts.ranGates) : void 0;
  const fixable = findings.filter((f) => isFixable(f, config));
  const damping = fixDamping(fixable, topicOf);
  const gates = config.fix.gates.filter((g) => !ran || ran.has(g));
  const held = damping.held.filter((h) => gates.includes(gateOfTopic(h.topic)));
  const topics = gates.flatMap((g) => topicsOfGate(g, config).map((topic) => ({ topic, gate: g }))).filter((t) => !held.some((h) => h.topic === t.topic));
  const wanted = fixable.filter((f) => !damping.never.has(f));
  return {
    topics: topics.map((t) => planTopic(t.topic, t.gate, wanted.filter((f) => topicOf(f) === t.topic), readFile, opts.revalidate)),
    ...held.length > 0 ? { held } : {}
  };
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
  fixEdits,
  planTopic,
  changeLine,
  renderPlan,
  planSize,
  planFixes,
  createRevalidate
};
