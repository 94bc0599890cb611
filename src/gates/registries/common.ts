// What the registry-parity checks share: the raw entries of an optional registry file with their
// refs, and the spine's hosts, stacks and VMs to resolve its references against.
import { hostInScope, hostsOf } from '../../bindings/model/scopes.js';
import { atOrBelow } from '../../bindings/locate.js';
import type { HostIndex } from '../../bindings/model/host-index.js';
import type { BindingKind, LoadProblem, Model, Ref, Stack, Vm } from '../../bindings/types.js';
import type { Profile } from '../../profile/profile.js';
import { mayBeUnreadable } from '../coverage.js';
import { at, rawAt } from '../gate-helpers.js';
import type { FindingDraft } from '../types.js';

export type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
export const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

export interface Entry {
  data: Obj;
  ref: Ref;
  /** the map key, for map entries */
  key?: string;
}

/** An entry of a registry that could not be read (not a map, or a schema error at or below it), with why. */
export interface UnreadEntry {
  ref: Ref;
  why: string;
}

/** Why an entry of a registry file cannot be used: not a map, or an error the schema found in it. */
function unreadWhy(s: Spine, ref: Ref, raw: unknown): string | undefined {
  if (!obj(raw)) return 'it is not a map';
  const p = s.problems.find((q) => q.severity === 'error' && atOrBelow(q.location, ref));
  return p ? `the schema rejects it (${p.message.split('; ')[0]})` : undefined;
}

/** Keeps the entries that can be read; the others are recorded in `s.unread` (one inconclusive line each) and counted per file. */
function readable(s: Spine, kind: BindingKind, entries: Array<{ raw: unknown; ref: Ref; key?: string }>): Entry[] {
  return entries.flatMap(({ raw, ref, key }) => {
    const why = unreadWhy(s, ref, raw);
    if (why === undefined) return [{ data: obj(raw)!, ref, ...(key !== undefined ? { key } : {}) }];
    if (!s.unread.some((u) => u.ref.file === ref.file && u.ref.pointer === ref.pointer)) s.unread.push({ ref, why });
    s.incomplete.add(kind);
    return [];
  });
}

/** The entries of a list at `path` of a binding file that can be read. */
export function listEntries(s: Spine, kind: BindingKind, ...path: string[]): Entry[] {
  const list = rawAt(s.m, at(s.m.paths[kind], ...path));
  if (!Array.isArray(list)) return [];
  return readable(s, kind, list.map((raw, i) => ({ raw, ref: at(s.m.paths[kind], ...path, i) })));
}

/** The entries of a map at `path` of a binding file that can be read, with their keys. */
export function mapEntries(s: Spine, kind: BindingKind, ...path: string[]): Entry[] {
  const map = obj(rawAt(s.m, at(s.m.paths[kind], ...path)));
  if (!map) return [];
  // an entry whose value is empty (`host:` with nothing under it) is a key without data, not unreadable
  return readable(s, kind, Object.entries(map).map(([key, raw]) => ({ raw: raw ?? {}, ref: at(s.m.paths[kind], ...path, key), key })));
}

/** Whether an optional registry file was read (present and loaded). */
export function present(m: Model, kind: BindingKind): boolean {
  return m.inputs[kind]?.status === 'ok';
}

/** The spine's facts a registry is checked against. */
export interface Spine {
  m: Model;
  profile: Profile;
  /** what the loader found: an entry with a schema error is not read */
  problems: readonly LoadProblem[];
  /** registry entries that could not be read (each one inconclusive line) */
  unread: UnreadEntry[];
  /** registry files with an entry that could not be read: "X is in none of its entries" cannot be said of them */
  incomplete: Set<BindingKind>;
  hosts: HostIndex;
  /** VMs in service (not inert, template or unknown) by vmid */
  vm(vmid: number): Vm | undefined;
  /** any VM by vmid, gone or not */
  anyVm(vmid: number): Vm | undefined;
  /** declared stacks of that name (every compose target) */
  stacksNamed(name: string): Stack[];
}

export function spineOf(m: Model, profile: Profile, problems: readonly LoadProblem[] = []): Spine {
  const live = m.vms.filter((v) => v.meaning !== 'inert' && v.meaning !== 'template' && v.meaning !== 'unknown');
  return {
    m,
    profile,
    problems,
    unread: [],
    incomplete: new Set(),
    hosts: hostsOf(m, profile),
    vm: (id) => live.find((v) => v.vmid === id),
    anyVm: (id) => m.vms.find((v) => v.vmid === id),
    stacksNamed: (name) => m.stacks.filter((s) => s.name === name),
  };
}

/**
 * VMs in service that a registry does not list under any of their names (hostname, joined ssh
 * target, registry host, compose target), unless its scope (`profile.scopes`) leaves them out.
 */
export function unlistedVms(s: Spine, listed: ReadonlySet<string>, binding: BindingKind): Vm[] {
  return s.m.vms.filter((vm) => {
    if (vm.meaning !== 'running') return false;
    const group = s.hosts.ofVm(vm);
    const names = [vm.hostname, ...(group ? [group.id, ...group.sshTargets.map((t) => t.id), ...group.hosts.map((x) => x.id), ...group.composeTargets.map((t) => t.id)] : [])];
    return !names.some((n) => listed.has(n)) && hostInScope(s.m, s.profile, binding, group);
  });
}

/** One check of registry-parity: its findings go to `out`, it returns how many entries it judged. */
export type RegistryCheck = (s: Spine, out: FindingDraft[]) => number;

/** A host name (of a placement, a naming surface, a startup phase) may be an entry that could not be read. */
export function mayBeUnreadHost(s: Spine, name: string): boolean {
  return (['hosts', 'sshTargets', 'composeTargets', 'vms'] as const).some((kind) => mayBeUnreadable(s.m, kind, name));
}
