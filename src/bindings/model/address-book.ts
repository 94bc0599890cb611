// Every address the files give a host, with its role and where it is written: the address planes of
// the profile (`lan_ip`, `tailscale_ip`, `public_ip` of registry hosts, VMs and ssh targets), each ssh
// target's `host`, and the URL hosts of the enabled health probes. `plane` is where the address is by
// its network (a 100.x address is in the Tailscale plane), whatever key holds it.
import { inNetwork } from '../../profile/networks.js';
import { ADDRESS_ROLES, type AddressRole, type Profile } from '../../profile/profile.js';
import type { Model, Ref } from '../types.js';
import type { HostGroup, HostIndex } from './host-index.js';
import { rawEntry } from './collections.js';
import { str } from './values.js';

export interface AddressClaim {
  value: string;
  /** the plane its key names (`tailscale_ip` → tailscale); `ssh` for an ssh target's host, `url` for a probe's URL host */
  role: AddressRole | 'ssh' | 'url';
  /** the plane its network puts it in (undefined: a name, or in no network of the profile) */
  plane?: AddressRole;
  group: HostGroup;
  ref: Ref;
  /** how messages name it: `VM 209 tailscale_ip`, `ssh target "nas" host` */
  what: string;
}

export interface AddressBook {
  claims: AddressClaim[];
  /** the plane of an address by its network */
  planeOf(value: string): AddressRole | undefined;
}

function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}


export function addressBook(m: Model, hosts: HostIndex, profile: Profile): AddressBook {
  const planeOf = (value: string): AddressRole | undefined =>
    (['tailscale', 'lan', 'public'] as const).find((r) => profile.addresses[r].networks.some((n) => inNetwork(value, n)));
  const claims: AddressClaim[] = [];
  const add = (value: string, role: AddressClaim['role'], group: HostGroup, ref: Ref, what: string): void => {
    claims.push({ value, role, plane: planeOf(value), group, ref, what });
  };
  const planes = (entry: Record<string, unknown> | undefined, group: HostGroup, ref: Ref, what: string): void => {
    for (const role of ADDRESS_ROLES) {
      for (const key of profile.addresses[role].keys) {
        const value = str(entry?.[key]);
        if (value) add(value, role, group, { file: ref.file, pointer: `${ref.pointer}/${key}` }, `${what} ${key}`);
      }
    }
  };
  const registry = m.paths.registry.slice(m.paths.registry.lastIndexOf('/') + 1);
  for (const h of m.hosts) planes(rawEntry(m, h.ref), hosts.ofHost(h), h.ref, `${registry} host "${h.id}"`);
  for (const t of m.sshTargets) {
    add(t.host, 'ssh', hosts.ofSshTarget(t), { file: t.ref.file, pointer: `${t.ref.pointer}/host` }, `ssh target "${t.id}" host`);
    planes(rawEntry(m, t.ref), hosts.ofSshTarget(t), t.ref, `ssh target "${t.id}"`);
  }
  for (const v of m.vms) {
    const group = hosts.ofVm(v);
    if (group) planes(rawEntry(m, v.ref), group, v.ref, `VM ${v.vmid}`);
  }
  for (const e of m.endpoints) {
    const group = e.enabled ? hosts.byName(e.host) : undefined;
    const value = urlHost(e.url);
    if (group && value) add(value, 'url', group, { file: e.ref.file, pointer: `${e.ref.pointer}/url` }, `health endpoint "${e.id}" URL host`);
  }
  return { claims, planeOf };
}

/** "the Tailscale plane", for messages. */
export function planeName(role: AddressRole): string {
  return { lan: 'LAN', tailscale: 'Tailscale', public: 'public' }[role];
}
