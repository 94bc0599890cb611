// Shadow probes: what a live run also looks at although the files switched it off (a disabled health
// endpoint, backup target or compose target), so that one that works again can become a fix
// (health-enable, backup-enable, compose-enable). A shadow observation is marked `shadow: true`: it
// never blocks and never makes a run inconclusive. Off with `probe.shadow: false`, for a kind whose
// fix is off, and never for an entry whose host (or service, or backed-up VM) is declared gone.
import type { BackupTarget, ComposeTarget, Endpoint, Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { kindEnabled } from '../gates/fix-kinds.js';
import type { FixKind } from '../gates/types.js';
import type { Observations } from './types.js';

/** Whether a host name (registry host, ssh target, VM hostname) names only VMs declared gone (inert). */
export function inertHost(model: Model, name: string | undefined): boolean {
  if (!name) return false;
  const vmids = new Set(model.hosts.filter((h) => h.id === name && h.vmid !== undefined).map((h) => h.vmid));
  const vms = model.vms.filter((vm) => vm.hostname === name || vm.sshTarget === name || vmids.has(vm.vmid));
  return vms.length > 0 && vms.every((vm) => vm.meaning === 'inert');
}

function on(config: ResolvedConfig, kind: FixKind): boolean {
  return config.probe.shadow && kindEnabled(config, kind);
}

/** Disabled endpoints to shadow-probe: not of an inert host, not of a retired service. */
export function shadowEndpoints(model: Model, config: ResolvedConfig): Endpoint[] {
  if (!on(config, 'health-enable')) return [];
  const inertService = (id: string): boolean => model.services.some((s) => s.id === id && s.meaning === 'inert');
  return model.endpoints.filter((e) => !e.enabled && !inertHost(model, e.host) && !inertService(e.id));
}

/** Disabled backup targets to shadow-probe: not on an inert host, not the backup of a VM declared gone. */
export function shadowBackups(model: Model, config: ResolvedConfig): BackupTarget[] {
  if (!on(config, 'backup-enable')) return [];
  const ofInertVm = (name: string): boolean => model.vms.some((vm) => vm.backupTarget === name && vm.meaning === 'inert');
  return model.backups.filter((b) => !b.enabled && !inertHost(model, b.host) && !ofInertVm(b.name));
}

/** Disabled compose targets to shadow-probe: not on an inert host. */
export function shadowComposeTargets(model: Model, config: ResolvedConfig): ComposeTarget[] {
  if (!on(config, 'compose-enable')) return [];
  return model.composeTargets.filter((t) => !t.enabled && !inertHost(model, t.sshTarget ?? t.id) && !inertHost(model, t.id));
}

/** Marks the observations of disabled entries as shadow probes (in place). */
export function markShadow(obs: Pick<Observations, 'stacks' | 'endpoints' | 'backups'>, model: Model): void {
  const disabledTargets = new Set(model.composeTargets.filter((t) => !t.enabled).map((t) => t.id));
  const disabledBackups = new Set(model.backups.filter((b) => !b.enabled).map((b) => b.name));
  const disabledEndpoints = new Set(model.endpoints.filter((e) => !e.enabled).map((e) => e.id));
  for (const s of obs.stacks) if (disabledTargets.has(s.target)) s.shadow = true;
  for (const b of obs.backups) if (disabledBackups.has(b.name)) b.shadow = true;
  for (const e of obs.endpoints) if (disabledEndpoints.has(e.id)) e.shadow = true;
}
