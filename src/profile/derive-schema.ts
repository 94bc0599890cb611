// The built-in schema of a binding kind as the profile reads it: status enums are the profile's
// vocabularies, and every field with aliases accepts each spelling (a required field any one of
// them). A mapping with two spellings of one field is an error at the less preferred key: the
// rename left both, and readers silently use one value. Computed at validation time, so a status or
// an alias declared in the config is never a schema error; the schema object itself is returned
// when nothing changes (the precompiled validator of the built-in profile then applies).
import type { BindingKind, EntityKind } from '../bindings/types.js';
import type { FieldAliases } from './fields.js';
import { SPINE_PROFILE, type AddressRole, type Profile } from './profile.js';
import { VOCABULARY_PLACES, type VocabularyKind } from './status-vocabulary.js';

/** Where the entries of each entity kind stand in their binding file (`*` = every item or entry). */
export const ENTITY_PLACES: Record<EntityKind, { binding: BindingKind; path: readonly string[] }> = {
  services: { binding: 'registry', path: ['services', '*'] },
  hosts: { binding: 'registry', path: ['hosts', '*'] },
  endpoints: { binding: 'health', path: ['endpoints', '*'] },
  composeTargets: { binding: 'compose', path: ['targets', '*'] },
  stacks: { binding: 'compose', path: ['targets', '*', 'stacks', '*'] },
  vms: { binding: 'vms', path: ['vms', '*'] },
  sshTargets: { binding: 'ssh', path: ['ssh', 'targets', '*'] },
  backups: { binding: 'backups', path: ['targets', '*'] },
  routes: { binding: 'routing', path: ['zones', '*', 'hostnames', '*'] },
  deployDependencies: { binding: 'deploy', path: ['chains', '*', 'affected', '*'] },
};

type Schema = Record<string, unknown>;

function isSchema(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The subschema at a data path: `properties` for a key, `items` or `additionalProperties` for `*`. */
export function schemaAt(schema: Schema, path: readonly string[]): Schema | undefined {
  let node: Schema | undefined = schema;
  for (const seg of path) {
    if (!node) return undefined;
    const next: unknown = seg === '*' ? (node.items ?? node.additionalProperties) : (node.properties as Schema | undefined)?.[seg];
    node = isSchema(next) ? next : undefined;
  }
  return node;
}

/** Every object schema below (and with) `schema`, through properties, items and additionalProperties. */
function objectSchemas(schema: Schema, out: Schema[] = []): Schema[] {
  if (isSchema(schema.properties)) {
    out.push(schema);
    for (const p of Object.values(schema.properties)) if (isSchema(p)) objectSchemas(p, out);
  }
  for (const key of ['items', 'additionalProperties'] as const) if (isSchema(schema[key])) objectSchemas(schema[key] as Schema, out);
  return out;
}

/** Makes one object schema accept every spelling of a field it knows by one spelling. */
function aliasField(object: Schema, keys: readonly string[]): void {
  const props = object.properties as Schema;
  const present = keys.filter((k) => Object.hasOwn(props, k));
  // none: not this schema's field; all: already aliased, or separate fields of this schema
  if (present.length === 0 || present.length === keys.length) return;
  const model = props[present[0]!];
  for (const k of keys) if (!Object.hasOwn(props, k)) props[k] = structuredClone(model);
  const required = Array.isArray(object.required) ? (object.required as string[]) : [];
  if (required.some((k) => keys.includes(k))) {
    object.required = required.filter((k) => !keys.includes(k));
    object.allOf = [...(Array.isArray(object.allOf) ? object.allOf : []), { anyOf: keys.map((k) => ({ required: [k] })) }];
  }
  const dependent = (isSchema(object.dependentSchemas) ? object.dependentSchemas : {}) as Schema;
  keys.forEach((k, i) => {
    const later = keys.slice(i + 1);
    if (later.length === 0) return;
    const own = (isSchema(dependent[k]) ? dependent[k] : {}) as Schema;
    dependent[k] = { ...own, properties: { ...((own.properties as Schema | undefined) ?? {}), ...Object.fromEntries(later.map((l) => [l, false])) } };
  });
  object.dependentSchemas = dependent;
}

function aliasAll(object: Schema, aliases: FieldAliases | undefined): void {
  for (const keys of Object.values(aliases ?? {})) if (keys.length > 1) aliasField(object, keys);
}

/** Entities whose addresses the address book reads (src/bindings/model/address-book.ts). */
const ADDRESSED: readonly EntityKind[] = ['hosts', 'vms', 'sshTargets'];

/**
 * The address keys of the profile's planes (`profile.addresses`) that an entity's schema lacks are
 * declared, as the model reads them; a required address key (the registry's `tailscale_ip`) is
 * satisfied by any key of its plane (`ts_ip` when the profile names it).
 */
function addressKeys(object: Schema, profile: Profile): void {
  const props = object.properties as Schema;
  for (const [role, plane] of Object.entries(profile.addresses) as Array<[AddressRole, Profile['addresses'][AddressRole]]>) {
    const builtIn = SPINE_PROFILE.addresses[role].keys;
    const model = [...plane.keys, ...builtIn].map((k) => props[k]).find(isSchema);
    for (const key of plane.keys) {
      if (Object.hasOwn(props, key)) continue;
      props[key] = model ? structuredClone(model) : { type: ['string', 'null'], description: `An address of the ${role} plane (profile.addresses.${role}).` };
    }
    const required = Array.isArray(object.required) ? (object.required as string[]) : [];
    const wanted = required.filter((k) => builtIn.includes(k) || plane.keys.includes(k));
    const keys = [...new Set([...wanted, ...plane.keys])];
    if (wanted.length === 0 || keys.length === wanted.length) continue;
    object.required = required.filter((k) => !wanted.includes(k));
    object.allOf = [...(Array.isArray(object.allOf) ? object.allOf : []), { anyOf: keys.map((k) => ({ required: [k] })) }];
  }
}

/** The schema of a binding kind with the profile's vocabularies, aliases and address keys; `schema` itself when unchanged. */
export function deriveSchema(kind: BindingKind, schema: object, profile: Profile): object {
  const copy = structuredClone(schema) as Schema;
  for (const [vocabulary, place] of Object.entries(VOCABULARY_PLACES) as Array<[VocabularyKind, (typeof VOCABULARY_PLACES)[VocabularyKind]]>) {
    if (place.binding !== kind) continue;
    const field = schemaAt(copy, place.path);
    if (field && Array.isArray(field.enum)) field.enum = Object.keys(profile.statuses.vocabularies[vocabulary]);
  }
  for (const [entity, place] of Object.entries(ENTITY_PLACES) as Array<[EntityKind, (typeof ENTITY_PLACES)[EntityKind]]>) {
    if (place.binding !== kind) continue;
    const object = schemaAt(copy, place.path);
    if (object && isSchema(object.properties)) aliasAll(object, profile.fields[entity]);
  }
  for (const object of objectSchemas(copy)) aliasAll(object, profile.fields['*']);
  for (const entity of ADDRESSED) {
    const place = ENTITY_PLACES[entity];
    const object = place.binding === kind ? schemaAt(copy, place.path) : undefined;
    if (object && isSchema(object.properties)) addressKeys(object, profile);
  }
  return JSON.stringify(copy) === JSON.stringify(schema) ? schema : copy;
}

/** `.../dependentSchemas/id/properties/vmid/false schema` → the two spellings, preferred first. */
export function spellingClash(schemaPath: string): { kept: string; extra: string } | undefined {
  const m = /\/dependentSchemas\/([^/]+)\/properties\/([^/]+)\/false schema$/.exec(schemaPath);
  if (!m) return undefined;
  const unescape = (s: string): string => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~');
  return { kept: unescape(m[1]!), extra: unescape(m[2]!) };
}
