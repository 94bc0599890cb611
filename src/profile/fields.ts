// Field names as data: each model field of an entity is read from one or more keys, the preferred
// spelling first (`vmid` | `id`). A team that renames a key adds the new spelling to the profile
// (config `profile.fields`), and the model, the built-in schemas and the messages follow. Aliases
// under `*` apply to any mapping of a binding file whose schema knows one spelling (`notes` |
// `description`, `updated` | `updated_at`).
import type { EntityKind } from '../bindings/types.js';

/** Model field (or schema key) → the keys it is read from, preferred first. */
export type FieldAliases = Readonly<Record<string, readonly string[]>>;

/** Per entity kind, and `*` for every mapping of every binding file. */
export type ProfileFields = Readonly<Partial<Record<EntityKind | '*', FieldAliases>>>;

/** The built-in `spine` profile: the renames seen in the team's files (vm.lifecycle `vmid` → `id`, ...). */
export const SPINE_FIELDS: ProfileFields = {
  vms: { vmid: ['vmid', 'id'] },
  '*': { notes: ['notes', 'description'], updated: ['updated', 'updated_at'] },
};

/** The keys of a field of an entity kind (its own name alone when the profile has no aliases for it). */
export function keysOf(fields: ProfileFields, kind: EntityKind, field: string): readonly string[] {
  return fields[kind]?.[field] ?? fields['*']?.[field] ?? [field];
}

/**
 * Merges a team's per-scope settings over the built-in ones (`profile.fields`, `profile.references`):
 * per scope, a name the team gives (a field) gets exactly the team's value, the others keep theirs.
 */
export function mergeScopes<S extends string, V>(
  base: Readonly<Partial<Record<S, Readonly<Record<string, V>>>>>,
  extra: Readonly<Partial<Record<S, Readonly<Record<string, V>>>>>,
): Readonly<Partial<Record<S, Readonly<Record<string, V>>>>> {
  const out: Partial<Record<S, Readonly<Record<string, V>>>> = { ...base };
  for (const [scope, values] of Object.entries(extra) as Array<[S, Readonly<Record<string, V>>]>) {
    out[scope] = { ...(base[scope] ?? {}), ...values };
  }
  return out;
}

/** Reads the fields of one entry through the profile, remembering which key each came from. */
export interface FieldReader {
  /** the value of the first key of the field that the entry has (undefined when it has none) */
  value(field: string): unknown;
  /** whether the entry has any key of the field */
  has(field: string): boolean;
  /** fields read from a key other than their own name: field → key (for refs, see Ref.keys) */
  readonly renamed: Record<string, string>;
  /** the keys of a field, preferred first */
  keys(field: string): readonly string[];
}

export function fieldReader(fields: ProfileFields, kind: EntityKind, entry: Readonly<Record<string, unknown>>): FieldReader {
  const renamed: Record<string, string> = {};
  const keyOf = (field: string): string | undefined => keysOf(fields, kind, field).find((k) => Object.hasOwn(entry, k) && entry[k] !== undefined);
  return {
    value(field) {
      const key = keyOf(field);
      if (key === undefined) return undefined;
      if (key !== field) renamed[field] = key;
      return entry[key];
    },
    has: (field) => keyOf(field) !== undefined,
    renamed,
    keys: (field) => keysOf(fields, kind, field),
  };
}

/** `"vmid"`, `"vmid" or "id"`: a field's keys for messages. */
export function keysText(keys: readonly string[]): string {
  const quoted = keys.map((k) => `"${k}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
