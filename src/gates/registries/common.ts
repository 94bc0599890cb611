// What the registry-parity checks share: the raw entries of an optional registry file with their
// refs, and the spine's hosts, stacks and VMs to resolve its references against.
import { hostInScope, hostsOf } from '../../bindings/model/scopes.js';
import type { HostIndex } from '../../bindings/model/host-index.js';
import type { BindingKind, Model, Ref, Stack, Vm } from '../../bindings/types.js';
import type { Profile } from '../../profile/profile.js';
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

/** The map entries of a list at `path` of a binding file (non-maps skipped: the schema gate reports them). */
export function listEntries(m: Model, kind: BindingKind, ...path: string[]): Entry[] {
  const list = rawAt(m, at(m.paths[kind], ...path));
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, i) => {
    const data = obj(raw);
    return data ? [{ data, ref: at(m.paths[kind], ...path, i) }] : [];
  });
}

/** The map entries of a map at `path` of a binding file, with their keys. */
export function mapEntries(m: Model, kind: BindingKind, ...path: string[]): Entry[] {
  const map = obj(rawAt(m, at(m.paths[kind], ...path)));
  if (!map) return [];
  return Object.entries(map).flatMap(([key, raw]) => {
    const data = obj(raw) ?? {};
    return [{ data, ref: at(m.paths[kind], ...path, key), key }];
  });
}

/** Whether an optional registry file was read (present and loaded). */
export function present(m: Model, kind: BindingKind): boolean {
  return m.inputs[kind]?.status === 'ok';
}

/** The spine's facts a registry is checked against. */
export interface Spine {
  m: Model;
  profile: Profile;
  hosts: HostIndex;
  /** VMs in service (not inert, template or unknown) by vmid */
  vm(vmid: number): Vm | undefined;
  /** any VM by vmid, gone or not */
  anyVm(vmid: number): Vm | undefined;
  /** declared stacks of that name (every compose target) */
  stacksNamed(name: string): Stack[];
}

export function spineOf(m: Model, profile: Profile): Spine {
  const live = m.vms.filter((v) => v.meaning !== 'inert' && v.meaning !== 'template' && v.meaning !== 'unknown');
  return {
    m,
    profile,
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
