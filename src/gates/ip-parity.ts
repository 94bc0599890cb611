// Gate `ip-parity` (D54): every address a file gives a host is an address of THAT host in its plane.
// A host has a set of addresses with roles (LAN, Tailscale, public; the address book of
// src/bindings/model/address-book.ts), so a health URL on the host's LAN address and an ssh target on
// its Tailscale address are both right. Flagged: a key whose address lies in another plane (a LAN IP
// written as the Tailscale IP), files that disagree on a host's address in one plane, a reference to
// an address of another host or of no host, and one address declared for two hosts.
import { addressBook, planeName, type AddressClaim } from '../bindings/model/address-book.js';
import { hostsOf } from '../bindings/model/scopes.js';
import type { Model } from '../bindings/types.js';
import { resolveProfile, type AddressRole, type Profile } from '../profile/profile.js';
import { where } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft } from './types.js';

const DECLARED: ReadonlySet<AddressClaim['role']> = new Set(['lan', 'tailscale', 'public']);

function networks(profile: Profile, role: AddressRole): string {
  return profile.addresses[role].networks.map((n) => n.text).join(', ');
}

/** A key of one plane holding an address of another: `tailscale_ip: 192.168.1.209`. */
function wrongPlane(m: Model, profile: Profile, claims: AddressClaim[], out: FindingDraft[]): Set<AddressClaim> {
  const flagged = new Set<AddressClaim>();
  for (const c of claims) {
    if (!DECLARED.has(c.role) || c.plane === undefined || c.plane === c.role) continue;
    const role = c.role as AddressRole;
    flagged.add(c);
    // the host's own address of the other plane, written under this key too
    const own = claims.find((o) => o !== c && o.group === c.group && o.role === c.plane && o.value === c.value);
    out.push({
      message: `${c.what} is "${c.value}", an address of the ${planeName(c.plane)} plane (${networks(profile, c.plane)}), not of the ${planeName(role)} plane (${networks(profile, role) || 'no network declared'})${own ? `; it is the ${planeName(c.plane)} address of host "${c.group.id}" (${own.what}, ${where(m, own.ref)}): a ${planeName(c.plane)} address written as the ${planeName(role)} one` : ''}`,
      subject: { kind: 'host', id: c.group.id },
      at: own ? [c.ref, own.ref] : [c.ref],
      kind: own ? `address-roles-swapped:${role}` : `address-wrong-plane:${role}`,
      expected: `an address in ${networks(profile, role) || `the ${planeName(role)} plane`}`,
      observed: c.value,
    });
  }
  return flagged;
}

/** Two planes of one host with the same address, where no network tells which one is wrong. */
function twoRoles(m: Model, claims: AddressClaim[], flagged: Set<AddressClaim>, out: FindingDraft[]): void {
  for (const c of claims) {
    if (!DECLARED.has(c.role) || flagged.has(c)) continue;
    const other = claims.find((o) => o.group === c.group && DECLARED.has(o.role) && o.role !== c.role && o.value === c.value && claims.indexOf(o) < claims.indexOf(c));
    if (!other || flagged.has(other)) continue;
    flagged.add(c);
    out.push({
      message: `${c.what} is "${c.value}", the same address as ${other.what} (${where(m, other.ref)}): host "${c.group.id}" cannot have one address as its ${planeName(c.role as AddressRole)} and its ${planeName(other.role as AddressRole)} address; one of the two keys holds the wrong one`,
      subject: { kind: 'host', id: c.group.id },
      at: [c.ref, other.ref],
      kind: `address-two-roles:${c.role}`,
      observed: c.value,
    });
  }
}

/** The addresses the files declare (keys of the planes and ssh hosts), without those of the wrong plane. */
function declared(claims: AddressClaim[], flagged: Set<AddressClaim>): AddressClaim[] {
  return claims.filter((c) => !flagged.has(c) && c.role !== 'url');
}

/**
 * Each address checked against its own host: a key of a plane against the host's first key of that
 * plane (registry, ssh.targets, vm.lifecycle, in that order); an ssh host or a URL host against the
 * host's address in the plane its network puts it in. Returns the claims reported here.
 */
function agreement(m: Model, claims: AddressClaim[], flagged: Set<AddressClaim>, out: FindingDraft[]): Set<AddressClaim> {
  const known = declared(claims, flagged);
  const reported = new Set<AddressClaim>();
  for (const c of claims) {
    if (flagged.has(c)) continue;
    const plane = DECLARED.has(c.role) ? (c.role as AddressRole) : c.plane;
    const canonical = plane === undefined ? undefined : known.find((o) => o.group === c.group && o.role === plane);
    if (canonical === c || canonical?.value === c.value) continue;
    const mine = known.some((o) => o.group === c.group && o.value === c.value && o !== c);
    const other = known.find((o) => o.group !== c.group && o.value === c.value);
    const report = (draft: Omit<FindingDraft, 'subject'>): void => {
      reported.add(c);
      out.push({ ...draft, subject: { kind: 'host', id: c.group.id } });
    };
    if (other && !mine && c.role !== 'ssh' && !DECLARED.has(c.role)) {
      report({
        message: `${c.what} is "${c.value}", an address of host "${other.group.id}" (${other.what}, ${where(m, other.ref)}), not of host "${c.group.id}"${canonical ? `, whose ${planeName(plane!)} address is "${canonical.value}" (${where(m, canonical.ref)})` : ''}; it reaches the wrong machine`,
        at: canonical ? [c.ref, other.ref, canonical.ref] : [c.ref, other.ref],
        kind: `address-of-other-host:${c.role}`,
        ...(canonical ? { expected: canonical.value } : {}),
        observed: c.value,
      });
      continue;
    }
    if (canonical) {
      // one host, two addresses in one plane: the later file is stale, or the address is another host's
      report({
        message: `${c.what} is "${c.value}", but ${canonical.what} is "${canonical.value}" (${where(m, canonical.ref)}); host "${c.group.id}" has one ${planeName(plane!)} address${other ? `, and "${c.value}" is the address of host "${other.group.id}" (${where(m, other.ref)})` : ''}`,
        at: other ? [c.ref, canonical.ref, other.ref] : [c.ref, canonical.ref],
        kind: other ? `address-of-other-host:${c.role}` : `address-mismatch:${c.ref.file}`,
        expected: canonical.value,
        observed: c.value,
      });
      continue;
    }
    if (c.role === 'url' && plane !== undefined && !mine && !other) {
      report({
        message: `${c.what} is "${c.value}", an address of the ${planeName(plane)} plane that no file gives to host "${c.group.id}" or to any other host; declare it as the host's ${planeName(plane)} address, or fix the URL`,
        at: [c.ref],
        kind: `address-of-no-host:${plane}`,
        observed: c.value,
      });
    }
  }
  return reported;
}

/** One address declared for two hosts: a copy-paste error, or one machine the files do not join. */
function duplicates(m: Model, claims: AddressClaim[], flagged: Set<AddressClaim>, out: FindingDraft[]): void {
  const first = new Map<string, AddressClaim>();
  const reported = new Set<string>();
  for (const c of declared(claims, flagged)) {
    if (flagged.has(c)) continue;
    const prev = first.get(c.value);
    if (!prev) {
      first.set(c.value, c);
      continue;
    }
    if (prev.group === c.group || reported.has(`${c.value}\u0000${c.group.id}`)) continue;
    reported.add(`${c.value}\u0000${c.group.id}`);
    out.push({
      message: `${c.what} "${c.value}" equals ${prev.what} (${where(m, prev.ref)}): hosts "${c.group.id}" and "${prev.group.id}" with one address is a copy-paste error, or one machine the files do not tie together (join it by ssh_target or vmid), or needs an exception`,
      subject: { kind: 'host', id: c.value },
      at: [c.ref, prev.ref],
      kind: `duplicate-address:${c.role}`,
      severity: 'warning',
      observed: c.value,
    });
  }
}

export default defineGate({
  id: 'ip-parity',
  aliases: ['D54'],
  kind: 'static',
  severity: 'error',
  describe:
    "Every address the files give a host (registry hosts, ssh.targets, vm.lifecycle, health URLs) is an address of that host in its plane (LAN, Tailscale, public), no key holds an address of another plane, and no two hosts share one: a stale IP sends probes, SSH and backups to the wrong machine.",
  reads: ['registry', 'ssh', 'vms', 'health'],
  judges: ['hosts', 'sshTargets', 'vms', 'endpoints'],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const { claims } = addressBook(m, hostsOf(m, profile), profile);
    const out: FindingDraft[] = [];
    const flagged = wrongPlane(m, profile, claims, out);
    twoRoles(m, claims, flagged, out);
    for (const c of agreement(m, claims, flagged, out)) flagged.add(c);
    duplicates(m, claims, flagged, out);
    const vmsJudged = m.vms.filter((v) => v.meaning !== 'unknown').length;
    return { findings: out, checked: { hosts: m.hosts.length, sshTargets: m.sshTargets.length, vms: vmsJudged, endpoints: m.endpoints.length } };
  },
});
