// What a binding file covers (`profile.scopes`): the registry may cover one site's machines only, so
// a VM of another site is not "missing from the registry". A scope filters entries by the values of
// their keys (a VM's `proxmox_host: [pve]`; an absent key is read from the file's `defaults`); a host
// is out of a file's scope when an entry of it fails that file's filter.
import type { Profile } from '../../profile/profile.js';
import type { BindingKind, EntityKind, Model, Ref } from '../types.js';
import { hostIndex, type HostGroup, type HostIndex } from './host-index.js';
import { rawEntry } from './collections.js';
import { obj } from './values.js';


/** Whether one entry (by its ref) passes the filter `binding` declares for its kind; true without a filter. */
function entryInScope(m: Model, profile: Profile, binding: BindingKind, kind: EntityKind, ref: Ref): boolean {
  const filter = profile.scopes[binding]?.[kind];
  if (!filter) return true;
  const entry = rawEntry(m, ref);
  const defaults = obj(obj(m.files.get(ref.file)?.data)?.defaults);
  return Object.entries(filter).every(([key, values]) => {
    const value = entry?.[key] ?? defaults?.[key];
    return values.some((v) => v === value);
  });
}

/**
 * Whether a host is covered by a binding file: every entry of it passes that file's filters. When the
 * host has no entry of a filtered kind while an entry of that kind could not be read, that entry may
 * be the host's: whether the file covers it is unknown, and it is not in scope (nothing is reported
 * missing from the file; the unreadable entry is its own line).
 */
export function hostInScope(m: Model, profile: Profile, binding: BindingKind, group: HostGroup | undefined): boolean {
  const filters = profile.scopes[binding];
  if (!filters) return true;
  const unknown = (Object.keys(filters) as EntityKind[]).some((kind) => m.unreadable.some((u) => u.kind === kind) && !(group && kind in group && (group[kind as keyof HostGroup] as unknown[]).length > 0));
  if (unknown) return false;
  if (!group) return true;
  const entries: Array<[EntityKind, Ref]> = [
    ...group.hosts.map((h) => ['hosts', h.ref] as [EntityKind, Ref]),
    ...group.sshTargets.map((t) => ['sshTargets', t.ref] as [EntityKind, Ref]),
    ...group.vms.map((v) => ['vms', v.ref] as [EntityKind, Ref]),
    ...group.composeTargets.map((t) => ['composeTargets', t.ref] as [EntityKind, Ref]),
  ];
  return entries.every(([kind, ref]) => entryInScope(m, profile, binding, kind, ref));
}

const indexes = new WeakMap<Model, Map<Profile, HostIndex>>();

/** The host index of a model under a profile's joins, computed once per model and profile. */
export function hostsOf(m: Model, profile: Profile): HostIndex {
  let byProfile = indexes.get(m);
  if (!byProfile) indexes.set(m, (byProfile = new Map()));
  let index = byProfile.get(profile);
  if (!index) byProfile.set(profile, (index = hostIndex(m, profile.joins)));
  return index;
}
