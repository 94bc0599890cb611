// The collections of a binding file (a list of VMs, a map of services, …) and the entries that
// cannot be read from them. Nothing is dropped silently: an entry or a whole collection that is
// absent or of the wrong shape becomes an Unreadable with its place and why.
import { parsePointer, pointerOf } from '../locate.js';
import type { EntityKind, Model, Ref, Unreadable } from '../types.js';
import { fieldReader, type FieldReader } from '../../profile/fields.js';
import type { AddressRole, Profile } from '../../profile/profile.js';
import { arr, obj } from './values.js';
import type { Obj } from './values.js';

/** Where the builders of one file put what they could not read, and the profile's field names. */
export interface Reader {
  file: string;
  bad: Unreadable[];
  profile: Profile;
}

export function refIn(file: string, ...path: Array<string | number>): Ref {
  return { file, pointer: pointerOf(path) };
}

/** Reads one entry's fields through the profile (aliases), e.g. `vmid` from `id`. */
export function fieldsOf(r: Reader, kind: EntityKind, entry: Obj): FieldReader {
  return fieldReader(r.profile.fields, kind, entry);
}

/** An entry's address in one plane: the value of the first key of the profile's plane it has (`lan_ip`, or the team's `profile.addresses` keys). */
export function planeValue(r: Reader, f: FieldReader, role: AddressRole): unknown {
  const key = r.profile.addresses[role].keys.find((k) => f.has(k));
  return key === undefined ? undefined : f.value(key);
}

/** The ref of an entry, with the aliased keys its fields were read from (see Ref.keys). */
export function entryRef(ref: Ref, f: FieldReader): Ref {
  return Object.keys(f.renamed).length > 0 ? { ...ref, keys: { ...f.renamed } } : ref;
}

export function unreadable(r: Reader, kind: EntityKind, ref: Ref, reason: string, id?: string, more: Pick<Unreadable, 'names' | 'anyName'> = {}): void {
  r.bad.push({ kind, ref, reason, ...(id !== undefined && id !== '' ? { id } : {}), ...more });
}

function valueAt(root: Obj, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const seg of path) node = obj(node)?.[seg];
  return node;
}

/** Where a collection is: its path below `data`, and the path of `data` in the file (for nested lists). */
export interface CollectionAt {
  path: readonly string[];
  /** the path of `data` itself in the file ([] for the top level) */
  within?: ReadonlyArray<string | number>;
  /** a required collection that is absent is unreadable; an optional one is empty */
  required?: boolean;
}

function shapeProblem(r: Reader, root: Obj | undefined, at: CollectionAt, kind: EntityKind, want: string): void {
  if (!root) return; // no document (the input did not load) or not a map: reported per input
  const value = valueAt(root, at.path);
  const name = at.path.join('.');
  const ref = refIn(r.file, ...(at.within ?? []), ...at.path);
  if (value === undefined || value === null) {
    if (at.required ?? true) unreadable(r, kind, ref, `it has no "${name}" ${want}`);
    return;
  }
  unreadable(r, kind, ref, `its "${name}" is not a ${want}`);
}

/** The entries of the list at `at.path`; [] and one unreadable when it is no list. */
export function listAt(r: Reader, data: unknown, at: CollectionAt, kind: EntityKind): unknown[] {
  const root = obj(data);
  const list = root ? arr(valueAt(root, at.path)) : undefined;
  if (list) return list;
  shapeProblem(r, root, at, kind, 'list');
  return [];
}

/** The entries of the map at `at.path`; {} and one unreadable when it is no map. */
export function mapAt(r: Reader, data: unknown, at: CollectionAt, kind: EntityKind): Obj {
  const root = obj(data);
  const map = root ? obj(valueAt(root, at.path)) : undefined;
  if (map) return map;
  shapeProblem(r, root, at, kind, 'map');
  return {};
}

/** An entry that should be a map but is a scalar or a list. */
export function notAMap(raw: unknown): string {
  if (raw === null || raw === undefined) return 'it is empty';
  return Array.isArray(raw) ? 'it is a list, not a map' : `it is ${JSON.stringify(raw)}, not a map`;
}

/** The raw map an entity's ref points at (its keys as written, aliases and all), or undefined. */
export function rawEntry(m: Pick<Model, 'files'>, ref: Ref): Obj | undefined {
  let node: unknown = m.files.get(ref.file)?.data;
  for (const seg of parsePointer(ref.pointer)) node = Array.isArray(node) ? node[Number(seg)] : obj(node)?.[seg];
  return obj(node);
}
