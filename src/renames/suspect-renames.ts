// A suspected rename within one revision: in one collection of one binding file, an unknown key K
// that stands where a known optional field F is expected. K is a suspect for F when they never
// occur in one entry (F absent from every entry with K, K from every entry with F), K occurs at
// least once, and K's values fit F: F's JSON type, and F's vocabulary (a status or an enum: every
// value) or the ids of the collection F refers to when F has one (most values; a dangling reference
// is its own finding) (strong evidence). A field with nothing
// but a type to check (a free string) fits any string: weak evidence, counted only when no field
// fits strongly and the two names share a word (`container_name` and `container`).
// Pure: the caller (find-suspects.ts) says what the fields are; nothing here knows a key name.
import { jsonType } from '../schemas/compare-shapes.js';

/** What a known optional field accepts. */
export interface FieldSpec {
  /** the model field (the profile's name) */
  field: string;
  /** its spellings, preferred first (the profile's aliases) */
  keys: readonly string[];
  /** JSON types its values may have (empty: any) */
  types: readonly string[];
  /** the words it may hold (a status vocabulary or the schema's enum); strong evidence */
  vocabulary?: ReadonlySet<string>;
  /** the ids of the collection it refers to (a VM's ssh_target → ssh target ids); strong evidence */
  refIds?: ReadonlySet<string>;
  /** a pattern every value must match (no evidence by itself, but a value that fails it does not fit) */
  pattern?: RegExp;
}

export interface SuspectEntry {
  /** JSON pointer of the entry */
  pointer: string;
  data: Readonly<Record<string, unknown>>;
}

export interface Suspect {
  key: string;
  /** the fields K may stand for: one when it is clear, several when it cannot be told */
  fields: string[];
  /** strong evidence for exactly one field: the model may read K as that field */
  confident: boolean;
  /** what fits: every value is a word of F's vocabulary, the id of what F refers to, or only of F's type */
  evidence: Evidence;
  /** pointers of the entries that have K, in order */
  entries: string[];
}

function typeFits(value: unknown, types: readonly string[]): boolean {
  if (types.length === 0) return true;
  const t = jsonType(value);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/** What K's values prove: a vocabulary or a reference fits (strong), or only the type (weak). */
export type Evidence = 'vocabulary' | 'reference' | 'type';

/** How K's values fit F, or undefined when they do not. */
export function evidence(values: readonly unknown[], spec: FieldSpec): Evidence | undefined {
  if (values.length === 0 || !values.every((v) => typeFits(v, spec.types))) return undefined;
  if (spec.pattern && !values.every((v) => typeof v !== 'string' || spec.pattern!.test(v))) return undefined;
  if (spec.vocabulary) return values.every((v) => typeof v === 'string' && spec.vocabulary!.has(v)) ? 'vocabulary' : undefined;
  if (spec.refIds) {
    // a reference that names nothing is what the references gate reports (a target removed with its
    // VM still listed); it does not hide the rename as long as most of the values resolve
    const resolved = values.filter((v) => (typeof v === 'string' || typeof v === 'number') && spec.refIds!.has(String(v))).length;
    return resolved * 2 > values.length ? 'reference' : undefined;
  }
  return 'type';
}

const words = (name: string): string[] => name.toLowerCase().split(/[_-]/).filter((w) => w.length >= 3);

/** Two names that share a word of three letters or more (`ssh_host` and `host`). */
export function shareAWord(a: string, b: string): boolean {
  const x = new Set(words(a));
  return words(b).some((w) => x.has(w));
}

function has(entry: SuspectEntry, keys: readonly string[]): boolean {
  return keys.some((k) => Object.hasOwn(entry.data, k) && entry.data[k] !== undefined);
}

/** The suspects of one collection: each unknown key with the optional fields it may stand for. */
export function suspectRenames(entries: readonly SuspectEntry[], unknownKeys: Iterable<string>, fields: readonly FieldSpec[]): Suspect[] {
  const out: Suspect[] = [];
  for (const key of unknownKeys) {
    const withKey = entries.filter((e) => has(e, [key]));
    if (withKey.length === 0) continue;
    const values = withKey.map((e) => e.data[key]).filter((v) => v !== null);
    const strong: Array<[string, Evidence]> = [];
    const weak: string[] = [];
    for (const spec of fields) {
      if (spec.keys.includes(key)) continue;
      // they never co-occur: no entry has both
      if (withKey.some((e) => has(e, spec.keys))) continue;
      const fit = evidence(values, spec);
      if (fit === 'vocabulary' || fit === 'reference') strong.push([spec.field, fit]);
      else if (fit === 'type' && spec.keys.some((k) => shareAWord(k, key))) weak.push(spec.field);
    }
    const fitting = strong.length > 0 ? strong.map(([f]) => f) : weak;
    if (fitting.length === 0) continue;
    const how: Evidence = strong.length === 1 ? strong[0]![1] : 'type';
    out.push({ key, fields: fitting.sort(), confident: strong.length === 1, evidence: how, entries: withKey.map((e) => e.pointer) });
  }
  return out;
}
