// The config's `profile:` section (already schema-valid) → ProfileSettings, with the checks a schema
// cannot make: networks that are no IPv4 network, one key given to two fields, a unique collection
// in a file that is no binding file. Each problem names its config pointer (exit 2 with file:line).
import type { BindingKind, EntityKind, Location } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { ProfileFields } from './fields.js';
import { parseNetwork } from './networks.js';
import type { AddressRole, JoinKey, ProfileSettings, References, Scopes, UniqueCollection } from './profile.js';
import type { StatusEntry, StatusMeaning, VocabularyKind } from './status-vocabulary.js';

type Meaning = Exclude<StatusMeaning, 'unknown'>;
type RawEntry = Meaning | { meaning: Meaning; says?: string; contradiction?: 'error' | 'warning' };

export interface RawProfile {
  base?: 'spine';
  fields?: Partial<Record<EntityKind | '*', Record<string, string[]>>>;
  references?: References;
  statuses?: Partial<Record<VocabularyKind, Record<string, RawEntry>>>;
  addresses?: Partial<Record<AddressRole, { keys?: string[]; networks?: string[] }>>;
  joins?: JoinKey[];
  scopes?: Scopes;
  unique?: Array<{ file: string; collection: string; key: string }>;
}

export interface ProfileProblem {
  message: string;
  location: Location;
}

function entry(status: string, raw: RawEntry): StatusEntry {
  if (typeof raw === 'string') return { meaning: raw, says: status };
  return { meaning: raw.meaning, says: raw.says ?? status, ...(raw.contradiction ? { contradiction: raw.contradiction } : {}) };
}

/** One key named by two fields of one scope: the model could not tell which field it is. */
function sharedKeys(fields: RawProfile['fields'], problem: (pointer: string, message: string) => void): void {
  for (const [scope, aliases] of Object.entries(fields ?? {})) {
    const owner = new Map<string, string>();
    for (const [field, keys] of Object.entries(aliases ?? {})) {
      keys.forEach((key, i) => {
        const other = owner.get(key);
        if (other !== undefined && other !== field) {
          problem(`/profile/fields/${scope}/${field}/${i}`, `profile.fields.${scope}: key "${key}" is given to both "${other}" and "${field}"; a key spells one field`);
        }
        owner.set(key, field);
      });
    }
  }
}

export function loadProfile(
  raw: unknown,
  paths: ResolvedConfig['paths'],
  locate: (pointer: string) => Location,
): { settings?: ProfileSettings; problems: ProfileProblem[] } {
  if (raw === undefined || typeof raw === 'string') return { problems: [] };
  const p = raw as RawProfile;
  const problems: ProfileProblem[] = [];
  const problem = (pointer: string, message: string): void => {
    problems.push({ message, location: locate(pointer) });
  };
  sharedKeys(p.fields, problem);
  for (const [role, plane] of Object.entries(p.addresses ?? {})) {
    (plane?.networks ?? []).forEach((text, i) => {
      if (!parseNetwork(text)) problem(`/profile/addresses/${role}/networks/${i}`, `profile.addresses.${role}.networks: "${text}" is not an IPv4 network (a.b.c.d/n, n from 0 to 32)`);
    });
  }
  const byPath = new Map(Object.entries(paths).map(([kind, path]) => [path, kind as BindingKind]));
  const unique: UniqueCollection[] = [];
  (p.unique ?? []).forEach((u, i) => {
    const binding = byPath.get(u.file);
    if (!binding || binding === ('caddyfile' as BindingKind) || binding === ('workflows' as BindingKind)) {
      problem(`/profile/unique/${i}/file`, `profile.unique[${i}].file "${u.file}" is not a binding file of this spine (${Object.values(paths).slice(0, 12).join(', ')})`);
      return;
    }
    const at = locate(`/profile/unique/${i}`);
    unique.push({ binding, collection: u.collection, key: u.key, declared: { line: at.line, column: at.column } });
  });
  const statuses: NonNullable<ProfileSettings['statuses']> = {};
  for (const [kind, words] of Object.entries(p.statuses ?? {}) as Array<[VocabularyKind, Record<string, RawEntry>]>) {
    statuses[kind] = Object.fromEntries(Object.entries(words).map(([status, e]) => [status, entry(status, e)]));
  }
  const settings: ProfileSettings = {
    ...(p.fields ? { fields: p.fields as ProfileFields } : {}),
    ...(p.references ? { references: p.references } : {}),
    ...(p.statuses ? { statuses } : {}),
    ...(p.addresses ? { addresses: p.addresses } : {}),
    ...(p.joins ? { joins: p.joins } : {}),
    ...(p.scopes ? { scopes: p.scopes } : {}),
    ...(unique.length > 0 ? { unique } : {}),
  };
  return { settings, problems };
}
