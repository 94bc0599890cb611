// The profile of a run: the built-in `spine` profile with the config's `profile:` section over it.
// Everything a repo may name differently lives here as data: field names and their aliases, status
// vocabularies, the keys and networks of each address plane, how hosts are joined, what each file
// covers, and the keyed collections whose keys must be unique.
import type { BindingKind, EntityKind } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { mergeScopes, SPINE_FIELDS, type ProfileFields } from './fields.js';
import { parseNetwork, type Network } from './networks.js';
import { SPINE_STATUSES, type StatusEntry, type Statuses, type VocabularyKind } from './status-vocabulary.js';

/** The address planes of a host. `ssh` is not a plane: an ssh `host` is in whichever plane its address is. */
export type AddressRole = 'lan' | 'tailscale' | 'public';
export const ADDRESS_ROLES: readonly AddressRole[] = ['lan', 'tailscale', 'public'];

export interface AddressPlane {
  /** keys of registry hosts, VMs and ssh targets that hold the host's address in this plane */
  keys: readonly string[];
  /** where addresses of this plane are (empty: unknown, nothing is classified into it by address) */
  networks: readonly Network[];
}

/** The declared references that tie a VM, a registry host, an ssh target and a compose target together. */
export type JoinKey = 'ssh_target' | 'vmid' | 'hostname';
const JOIN_KEYS: readonly JoinKey[] = ['ssh_target', 'vmid', 'hostname'];

/** What a binding file covers: per entity kind, key → the values an entry must have to be in scope. */
export type Scopes = Readonly<Partial<Record<BindingKind, Readonly<Partial<Record<EntityKind, Readonly<Record<string, ReadonlyArray<string | number | boolean>>>>>>>>>;

/** A keyed collection whose keys must be unique: a list (or nested lists, `*`) of maps in a binding file. */
export interface UniqueCollection {
  binding: BindingKind;
  /** JSON pointer of the list; `*` stands for every item of a list or entry of a map on the way */
  collection: string;
  key: string;
  /** where the config declares it (absent for built-ins) */
  declared?: { line: number; column: number };
}

/** The config's `profile:` section once it is validated (the raw keys, snake_case values kept). */
export interface ProfileSettings {
  fields?: ProfileFields;
  references?: References;
  statuses?: Partial<Record<VocabularyKind, Record<string, StatusEntry>>>;
  addresses?: Partial<Record<AddressRole, { keys?: string[]; networks?: string[] }>>;
  joins?: JoinKey[];
  scopes?: Scopes;
  unique?: UniqueCollection[];
}

/** Per entity kind, the optional fields whose values are ids of another kind (a VM's `ssh_target`). */
export type References = Readonly<Partial<Record<EntityKind, Readonly<Record<string, EntityKind>>>>>;

export interface Profile {
  name: 'spine';
  fields: ProfileFields;
  /** what the model joins: field → the kind whose ids its values are (a suspected rename is checked against them) */
  references: References;
  statuses: Statuses;
  addresses: Readonly<Record<AddressRole, AddressPlane>>;
  joins: readonly JoinKey[];
  scopes: Scopes;
  unique: readonly UniqueCollection[];
}

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
/** Tailscale hands out addresses of the shared address space (RFC 6598). */
const TAILSCALE_V4 = ['100.64.0.0/10'];

function networks(list: readonly string[]): Network[] {
  return list.map(parseNetwork).filter((n): n is Network => n !== undefined);
}

export const SPINE_PROFILE: Profile = {
  name: 'spine',
  fields: SPINE_FIELDS,
  references: {
    vms: { ssh_target: 'sshTargets', backup_target: 'backups' },
    composeTargets: { ssh_target: 'sshTargets' },
    services: { host: 'hosts' },
    backups: { service: 'services' },
    routes: { service: 'services' },
  },
  statuses: SPINE_STATUSES,
  addresses: {
    lan: { keys: ['lan_ip'], networks: networks(PRIVATE_V4) },
    tailscale: { keys: ['tailscale_ip'], networks: networks(TAILSCALE_V4) },
    public: { keys: ['public_ip'], networks: [] },
  },
  joins: JOIN_KEYS,
  scopes: {},
  unique: [
    { binding: 'stacks', collection: '/stacks', key: 'stack_id' },
    { binding: 'gaps', collection: '/gaps', key: 'id' },
    { binding: 'naming', collection: '/hosts', key: 'canonical_name' },
    { binding: 'deploy', collection: '/chains', key: 'id' },
  ],
};

function merge(base: Profile, s: ProfileSettings): Profile {
  const vocabularies = { ...base.statuses.vocabularies };
  for (const [kind, words] of Object.entries(s.statuses ?? {}) as Array<[VocabularyKind, Record<string, StatusEntry>]>) {
    vocabularies[kind] = { ...vocabularies[kind], ...words };
  }
  const addresses = { ...base.addresses };
  for (const [role, plane] of Object.entries(s.addresses ?? {}) as Array<[AddressRole, { keys?: string[]; networks?: string[] }]>) {
    addresses[role] = {
      keys: plane.keys ?? base.addresses[role].keys,
      networks: plane.networks ? networks(plane.networks) : base.addresses[role].networks,
    };
  }
  return {
    name: base.name,
    fields: mergeScopes(base.fields, s.fields ?? {}),
    references: mergeScopes(base.references, s.references ?? {}),
    statuses: { vocabularies, serviceDefault: base.statuses.serviceDefault },
    addresses,
    joins: s.joins ?? base.joins,
    scopes: { ...base.scopes, ...(s.scopes ?? {}) },
    unique: [...base.unique, ...(s.unique ?? [])],
  };
}

const resolved = new WeakMap<object, Profile>();

/** The profile of a config (the built-in one when the config declares nothing); computed once per config. */
export function resolveProfile(config: Pick<ResolvedConfig, 'profile' | 'profileSettings'>): Profile {
  const settings = config.profileSettings;
  if (!settings) return SPINE_PROFILE;
  const known = resolved.get(settings);
  if (known) return known;
  const profile = merge(SPINE_PROFILE, settings);
  resolved.set(settings, profile);
  return profile;
}
