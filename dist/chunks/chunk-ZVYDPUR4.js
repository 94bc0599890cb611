import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/schemas/compare-shapes.ts
import { isDeepStrictEqual } from "node:util";

// src/schemas/match-entries.ts
function distinctive(value) {
  if (typeof value === "string") return value.trim().length >= 3;
  if (typeof value === "number") return Math.abs(value) >= 10;
  return false;
}
function token(value) {
  return distinctive(value) ? `${typeof value}:${String(value)}` : void 0;
}
function matchEntries(before, after) {
  const pairs = [];
  const byPointer = new Map(before.filter((e) => e.stable).map((e) => [e.pointer, e]));
  const taken = /* @__PURE__ */ new Set();
  const rest = [];
  for (const e of after) {
    const old = e.stable ? byPointer.get(e.pointer) : void 0;
    if (old) {
      pairs.push([old, e]);
      taken.add(old);
    } else rest.push(e);
  }
  const candidates = before.filter((e) => !taken.has(e));
  const owners = /* @__PURE__ */ new Map();
  for (const e of candidates) {
    for (const t of new Set(e.pairs.map((p) => token(p.value)))) {
      if (t !== void 0) owners.set(t, owners.has(t) ? null : e);
    }
  }
  const votes = [];
  for (const e of rest) {
    const tally = /* @__PURE__ */ new Map();
    for (const t of new Set(e.pairs.map((p) => token(p.value)))) {
      const owner = t === void 0 ? void 0 : owners.get(t);
      if (owner) tally.set(owner, (tally.get(owner) ?? 0) + 1);
    }
    for (const [old, n] of tally) votes.push({ old, next: e, n });
  }
  votes.sort((a, b) => b.n - a.n || a.next.line - b.next.line);
  const used = /* @__PURE__ */ new Set();
  for (const v of votes) {
    if (taken.has(v.old) || used.has(v.next)) continue;
    taken.add(v.old);
    used.add(v.next);
    pairs.push([v.old, v.next]);
  }
  return pairs;
}

// src/schemas/compare-shapes.ts
var ENUM_LIKE = /(^|_)(status|state|lifecycle)$/;
function jsonType(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "object" : typeof value;
}
function keysOf(entries) {
  return new Set(entries.flatMap((e) => e.pairs.map((p) => p.key)));
}
function akin(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && (long.startsWith(`${short}_`) || long.endsWith(`_${short}`) || short.length >= 2 && long.endsWith(short) && long.length - short.length <= 3);
}
function renamesOf(before, after) {
  const oldKeys = new Set(before.pairs.map((p) => p.key));
  const newKeys = new Set(after.pairs.map((p) => p.key));
  let removed = [...oldKeys].filter((k) => !newKeys.has(k));
  let added = [...newKeys].filter((k) => !oldKeys.has(k));
  const out = [];
  for (const r of removed) {
    const value = before.pairs.find((p) => p.key === r)?.value;
    if (!distinctive(value) && !(value !== null && typeof value === "object" && Object.keys(value).length > 0)) continue;
    const hit = after.pairs.find(
      (p) => p.key !== r && isDeepStrictEqual(p.value, value) && !before.pairs.some((q) => q.key === p.key && isDeepStrictEqual(q.value, value))
    );
    if (hit) out.push([r, hit.key]);
  }
  removed = removed.filter((r) => !out.some(([from]) => from === r));
  added = added.filter((a) => !out.some(([, to]) => to === a));
  if (removed.length === 1 && added.length === 1) return [...out, [removed[0], added[0]]];
  for (const r of removed) {
    const kin = added.filter((a) => akin(r, a));
    if (kin.length === 1) out.push([r, kin[0]]);
  }
  return out;
}
function compareGroup(file, beforeAll, afterAll, enumKeys, out) {
  const before = { ...beforeAll, entries: beforeAll.entries.filter((e) => !e.keyed) };
  const after = { ...afterAll, entries: afterAll.entries.filter((e) => !e.keyed) };
  if (before.entries.length === 0 || after.entries.length === 0) return;
  const matched = matchEntries(before.entries, after.entries);
  const counts = /* @__PURE__ */ new Map();
  for (const [o, n] of matched) {
    for (const [from, to] of renamesOf(o, n)) counts.set(`${from}\0${to}`, (counts.get(`${from}\0${to}`) ?? 0) + 1);
  }
  const targets = /* @__PURE__ */ new Set();
  for (const [pair, count] of counts) {
    const [from, to] = pair.split("\0");
    targets.add(to);
    const had = matched.filter(([o]) => o.pairs.some((p) => p.key === from)).length;
    const still = after.entries.filter((e) => e.pairs.some((p) => p.key === from)).length;
    out.renames.push({ file, shape: before.shape, of: after.of, from, to, count, had, still });
  }
  const oldKeys = keysOf(before.entries);
  const newKeys = keysOf(after.entries);
  const sources = new Set(out.renames.filter((r) => r.shape === before.shape).map((r) => r.from));
  for (const key of newKeys) {
    if (oldKeys.has(key) || targets.has(key)) continue;
    const having = after.entries.filter((e) => e.pairs.some((p) => p.key === key));
    const values = having.flatMap((e) => e.pairs.filter((p) => p.key === key));
    const line = Math.min(...values.map((p) => p.line));
    const types = [...new Set(values.map((p) => jsonType(p.value)))].sort();
    out.newKeys.push({ file, shape: after.shape, of: after.of, key, count: having.length, total: after.entries.length, line, types });
  }
  for (const key of oldKeys) {
    if (newKeys.has(key) || sources.has(key)) continue;
    const count = before.entries.filter((e) => e.pairs.some((p) => p.key === key)).length;
    out.goneKeys.push({ file, shape: before.shape, of: before.of, key, count, total: before.entries.length });
  }
  for (const key of newKeys) {
    if (!oldKeys.has(key) || !ENUM_LIKE.test(key) && !enumKeys.has(key)) continue;
    const valuesOf = (entries) => entries.flatMap((e) => e.pairs.filter((p) => p.key === key && typeof p.value === "string"));
    const known = new Set(valuesOf(before.entries).map((p) => p.value));
    const fresh = /* @__PURE__ */ new Map();
    for (const p of valuesOf(after.entries)) {
      const v = p.value;
      if (known.has(v)) continue;
      const seen = fresh.get(v);
      fresh.set(v, { count: (seen?.count ?? 0) + 1, line: Math.min(seen?.line ?? Infinity, p.line) });
    }
    for (const [value, { count, line }] of fresh) out.newValues.push({ file, shape: after.shape, of: after.of, key, value, count, line });
  }
}
function compareShapes(file, before, after, enumKeys = () => /* @__PURE__ */ new Set()) {
  const out = { renames: [], newKeys: [], goneKeys: [], newValues: [] };
  for (const [shape, group] of after) {
    const old = before.get(shape);
    if (old) compareGroup(file, old, group, enumKeys(shape), out);
  }
  return out;
}

export {
  jsonType,
  compareShapes
};
