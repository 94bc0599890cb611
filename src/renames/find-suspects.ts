// Suspected renames in a loaded spine: for each entity collection of each binding file (the
// profile's ENTITY_PLACES), the unknown keys whose values fit one of the collection's optional
// fields (src/renames/suspect-renames.ts), with the facts the model knows: the field's type and
// vocabulary from the file's schema (the profile's status words are its enum), its spellings from
// the profile, and, for a field the profile knows as a reference, the ids of what it refers to.
import { pointerOf } from '../bindings/locate.js';
import { candidates } from '../bindings/set-aside-invalid.js';
import { bindingSchemas } from '../bindings/schemas.js';
import { valuesAt } from '../bindings/values-at.js';
import type { EntityKind, Model, UncertainField } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { ENTITY_PLACES, schemaAt } from '../profile/derive-schema.js';
import { keysOf, type ProfileFields } from '../profile/fields.js';
import type { Profile } from '../profile/profile.js';
import { suspectRenames, type FieldSpec, type SuspectEntry } from './suspect-renames.js';

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The entries (maps) at a path of `*`s (every item of a list, every entry of a map) with their pointers. */
function entriesAt(data: unknown, path: readonly string[]): SuspectEntry[] {
  return valuesAt(data, path).flatMap(({ value, path: at }) => (isSchema(value) ? [{ pointer: pointerOf(at), data: value }] : []));
}

/** Keys a schema requires, also through `allOf: [{anyOf: [{required}]}]` (a required field with aliases). */
function requiredOf(item: Schema): Set<string> {
  const out = new Set(Array.isArray(item.required) ? (item.required as string[]) : []);
  for (const part of Array.isArray(item.allOf) ? item.allOf : []) {
    for (const alt of isSchema(part) && Array.isArray(part.anyOf) ? part.anyOf : []) {
      for (const k of isSchema(alt) && Array.isArray(alt.required) ? (alt.required as string[]) : []) out.add(k);
    }
  }
  return out;
}

/** The model field a key spells (the profile's field whose keys include it), else the key itself. */
function fieldOf(fields: ProfileFields, kind: EntityKind, key: string): string {
  for (const scope of [fields[kind], fields['*']]) {
    const hit = Object.entries(scope ?? {}).find(([, keys]) => keys.includes(key));
    if (hit) return hit[0];
  }
  return key;
}

function patternOf(text: unknown): RegExp | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return new RegExp(text, 'u');
  } catch {
    return undefined;
  }
}

/** The ids (and other names) of every entity of a kind. */
function idsOf(m: Model, kind: EntityKind): Set<string> {
  return new Set(candidates(m).filter((c) => c.kind === kind).flatMap((c) => [c.id, ...(c.names ?? [])]));
}

/** The optional fields of an entity's schema, as the detection checks them. */
function fieldSpecs(m: Model, profile: Profile, kind: EntityKind, item: Schema): FieldSpec[] {
  const props = item.properties as Schema;
  const required = requiredOf(item);
  const specs = new Map<string, FieldSpec>();
  for (const key of Object.keys(props)) {
    const field = fieldOf(profile.fields, kind, key);
    if (specs.has(field)) continue;
    const keys = keysOf(profile.fields, kind, field);
    const own = props[keys.find((k) => isSchema(props[k])) ?? key];
    if (!isSchema(own) || keys.some((k) => required.has(k))) continue;
    const types = typeof own.type === 'string' ? [own.type] : Array.isArray(own.type) ? (own.type as string[]) : [];
    const target = profile.references[kind]?.[field];
    const pattern = patternOf(own.pattern);
    specs.set(field, {
      field,
      keys,
      types,
      ...(Array.isArray(own.enum) ? { vocabulary: new Set(own.enum.filter((v): v is string => typeof v === 'string')) } : {}),
      ...(target ? { refIds: idsOf(m, target) } : {}),
      ...(pattern ? { pattern } : {}),
    });
  }
  return [...specs.values()];
}

/** `profile: {fields: {vms: {ssh_target: [ssh_target, ssh_host]}}}`: one line of driftgate.config.yaml. */
function declareLine(kind: EntityKind, field: string, keys: readonly string[], key: string): string {
  return `profile: {fields: {${kind}: {${field}: [${[...keys, key].join(', ')}]}}}`;
}

/** Every suspected rename of the loaded binding files. */
export function findSuspects(m: Model, config: ResolvedConfig, profile: Profile): UncertainField[] {
  const out: UncertainField[] = [];
  for (const [kind, place] of Object.entries(ENTITY_PLACES) as Array<[EntityKind, (typeof ENTITY_PLACES)[EntityKind]]>) {
    if (m.inputs[place.binding]?.status !== 'ok') continue;
    const file = m.paths[place.binding];
    const data = m.files.get(file)?.data;
    const schemas = bindingSchemas(place.binding, config).filter(isSchema);
    const items = schemas.map((s) => schemaAt(s, place.path)).filter((s): s is Schema => s !== undefined && isSchema(s.properties));
    if (items.length === 0 || data === undefined) continue;
    const known = new Set(items.flatMap((i) => Object.keys(i.properties as Schema)));
    const entries = entriesAt(data, place.path);
    const unknown = new Set(entries.flatMap((e) => Object.keys(e.data)).filter((k) => !known.has(k)));
    if (unknown.size === 0) continue;
    const specs = fieldSpecs(m, profile, kind, items[0]!);
    for (const s of suspectRenames(entries, unknown, specs)) {
      const keysOfField = (f: string): readonly string[] => specs.find((x) => x.field === f)?.keys ?? [f];
      out.push({
        kind,
        file,
        key: s.key,
        fields: s.fields,
        confident: s.confident,
        evidence: s.evidence,
        entries: s.entries.map((pointer) => ({ file, pointer })),
        first: { file, pointer: `${s.entries[0]!}${pointerOf([s.key])}` },
        declare: s.fields.map((f) => declareLine(kind, f, keysOfField(f), s.key)),
      });
    }
  }
  return out;
}

/** The profile with each confident suspect read as its field (`ssh_target: [ssh_target, ssh_host]`). */
export function tentativeProfile(profile: Profile, uncertain: readonly UncertainField[]): Profile {
  const fields: Record<string, Record<string, readonly string[]>> = {};
  for (const u of uncertain.filter((x) => x.confident)) {
    const field = u.fields[0]!;
    const scope = (fields[u.kind] ??= { ...(profile.fields[u.kind] ?? {}) });
    scope[field] = [...(scope[field] ?? keysOf(profile.fields, u.kind, field)), u.key];
  }
  return Object.keys(fields).length === 0 ? profile : { ...profile, fields: { ...profile.fields, ...fields } };
}
