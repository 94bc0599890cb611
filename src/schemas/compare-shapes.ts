// Compares the shape of one file between two revisions, group by group (see shapes.ts): keys that
// were renamed (an entry lost `vmid` and carries its value under `id`, or lost one key and gained
// one), keys that are new or gone, and new values of enum-like fields (a `status`, or any field the
// schema gives an enum).
import { isDeepStrictEqual } from 'node:util';
import { distinctive, matchEntries } from './match-entries.js';
import type { Entry, FileShape, Group } from './shapes.js';

export interface Rename {
  file: string;
  shape: string;
  of: Group['of'];
  from: string;
  to: string;
  /** matched entries that switched */
  count: number;
  /** matched entries that had `from` before */
  had: number;
  /** entries that still use `from` now */
  still: number;
}

export interface KeyChange {
  file: string;
  shape: string;
  of: Group['of'];
  key: string;
  /** entries with the key (new: now; gone: before) */
  count: number;
  /** entries of the group (new: now; gone: before) */
  total: number;
  /** where it first appears now (new keys) */
  line?: number;
  /** JSON types of its values now (new keys), e.g. ["string", "null"] */
  types?: string[];
}

export interface NewValue {
  file: string;
  shape: string;
  of: Group['of'];
  key: string;
  value: string;
  count: number;
  line: number;
}

export interface FileChanges {
  renames: Rename[];
  newKeys: KeyChange[];
  goneKeys: KeyChange[];
  newValues: NewValue[];
}

/** Fields whose values are a vocabulary by their name; schemas add the fields they give an enum. */
const ENUM_LIKE = /(^|_)(status|state|lifecycle)$/;

/** JSON type of a YAML value as JSON Schema names it (`integer` for whole numbers). */
export function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function keysOf(entries: readonly Entry[]): Set<string> {
  return new Set(entries.flatMap((e) => e.pairs.map((p) => p.key)));
}

/** `updated` → `updated_at`, `vmid` → `id`: one name is the other with a word added or dropped. */
function akin(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && (long.startsWith(`${short}_`) || long.endsWith(`_${short}`) || (short.length >= 2 && long.endsWith(short) && long.length - short.length <= 3));
}

/**
 * The keys an entry renamed, as from → to, judged from its state before and after: a removed key
 * whose value now sits under another key; then, among the keys left over, one removed and one
 * added, or a removed key and the one added key its name is akin to.
 */
function renamesOf(before: Entry, after: Entry): Array<[string, string]> {
  const oldKeys = new Set(before.pairs.map((p) => p.key));
  const newKeys = new Set(after.pairs.map((p) => p.key));
  let removed = [...oldKeys].filter((k) => !newKeys.has(k));
  let added = [...newKeys].filter((k) => !oldKeys.has(k));
  const out: Array<[string, string]> = [];
  for (const r of removed) {
    const value = before.pairs.find((p) => p.key === r)?.value;
    if (!distinctive(value) && !(value !== null && typeof value === 'object' && Object.keys(value).length > 0)) continue;
    // its value now sits under another key that did not hold it before (a new key, or a duplicate)
    const hit = after.pairs.find(
      (p) => p.key !== r && isDeepStrictEqual(p.value, value) && !before.pairs.some((q) => q.key === p.key && isDeepStrictEqual(q.value, value)),
    );
    if (hit) out.push([r, hit.key]);
  }
  removed = removed.filter((r) => !out.some(([from]) => from === r));
  added = added.filter((a) => !out.some(([, to]) => to === a));
  if (removed.length === 1 && added.length === 1) return [...out, [removed[0]!, added[0]!]];
  for (const r of removed) {
    const kin = added.filter((a) => akin(r, a));
    if (kin.length === 1) out.push([r, kin[0]!]);
  }
  return out;
}

function compareGroup(file: string, beforeAll: Group, afterAll: Group, enumKeys: ReadonlySet<string>, out: FileChanges): void {
  // the keys of a keyed collection are ids: entries come and go, no field is renamed
  const before = { ...beforeAll, entries: beforeAll.entries.filter((e) => !e.keyed) };
  const after = { ...afterAll, entries: afterAll.entries.filter((e) => !e.keyed) };
  if (before.entries.length === 0 || after.entries.length === 0) return;
  const matched = matchEntries(before.entries, after.entries);
  const counts = new Map<string, number>();
  for (const [o, n] of matched) {
    for (const [from, to] of renamesOf(o, n)) counts.set(`${from}\u0000${to}`, (counts.get(`${from}\u0000${to}`) ?? 0) + 1);
  }
  const targets = new Set<string>();
  for (const [pair, count] of counts) {
    const [from, to] = pair.split('\u0000') as [string, string];
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
    if (!oldKeys.has(key) || (!ENUM_LIKE.test(key) && !enumKeys.has(key))) continue;
    const valuesOf = (entries: readonly Entry[]) => entries.flatMap((e) => e.pairs.filter((p) => p.key === key && typeof p.value === 'string'));
    const known = new Set(valuesOf(before.entries).map((p) => p.value as string));
    const fresh = new Map<string, { count: number; line: number }>();
    for (const p of valuesOf(after.entries)) {
      const v = p.value as string;
      if (known.has(v)) continue;
      const seen = fresh.get(v);
      fresh.set(v, { count: (seen?.count ?? 0) + 1, line: Math.min(seen?.line ?? Infinity, p.line) });
    }
    for (const [value, { count, line }] of fresh) out.newValues.push({ file, shape: after.shape, of: after.of, key, value, count, line });
  }
}

/**
 * What changed in one file. `enumKeys(shape)` names the fields the file's schema gives an enum
 * at that shape (none for a file without a schema).
 */
export function compareShapes(file: string, before: FileShape, after: FileShape, enumKeys: (shape: string) => ReadonlySet<string> = () => new Set()): FileChanges {
  const out: FileChanges = { renames: [], newKeys: [], goneKeys: [], newValues: [] };
  for (const [shape, group] of after) {
    const old = before.get(shape);
    if (old) compareGroup(file, old, group, enumKeys(shape), out);
  }
  return out;
}
