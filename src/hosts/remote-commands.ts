// What a live run sends to each host, exactly as it sends it: the one batched exec per host (or its
// parts, when it outgrows an SSH packet) built by the same plan and template as `probeHost`
// (src/probes/host-probe.ts, src/probes/host-batch.ts), the user it logs in as, the TCP channels
// it opens through the host (endpoints probed over SSH, targets it is the jump host of) and the
// privileges each part needs: the input for a least-privilege account, the forced-command
// wrapper's allowlist and the key's authorized_keys options.
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { ConnectMap } from '../probes/connect-map.js';
import { hostBatchCommand } from '../probes/host-batch.js';
import type { HostBatch } from '../probes/host-batch.js';
import { planHostExecs } from '../probes/host-probe.js';
import { type PlanOptions, planProbes } from '../probes/plan.js';
import { dialAddress } from '../probes/ssh-pool.js';
import { loginOf, sshEndpoints } from '../probes/transport/ssh-endpoint.js';

export interface RemoteCommand {
  /** what the exec reads: "the docker listing, 2 stack directories, 1 backup directory, the hypervisor" */
  purpose: string;
  /** the exact command text of one exec (several lines: one per probe) */
  command: string;
  /** the privileges its parts need, one line each */
  needs: string[];
}

/** A TCP channel (`direct-tcpip`) the run opens through the host's SSH connection. */
export interface Forward {
  host: string;
  port: number;
  /** "endpoint grafana (probe_via: ssh)", "jump host of ssh target switch" */
  purpose: string;
}

export interface HostCommands {
  id: string;
  /** `user@host:port` as driftgate logs in (`via JUMP` when reached through a jump host) */
  login: string;
  /** set when the host is not contacted */
  skipped?: string;
  /** the execs, in the order they are sent (none: the handshake is the host's only probe) */
  commands: RemoteCommand[];
  /** probes whose values are refused before anything is sent (a control character in a path or glob) */
  refused: Array<{ purpose: string; reason: string }>;
  forwards: Forward[];
  /** the options of driftgate's key in this host's authorized_keys (the recipe's wrapper as command=) */
  authorizedKeys: string;
}

const DOCKER_NEEDS =
  'docker ps -aq and docker inspect: the Docker socket (membership of the "docker" group, which is root-equivalent; see docs/least-privilege.md)';
const STACK_NEEDS = 'cd into each stack directory and test for its compose file (read and execute on the directories)';
const BACKUP_NEEDS = 'list the backup directories (find, stat; read and execute, no write)';
const HYPERVISOR_NEEDS =
  'qm list and pct list (root, or sudo for exactly those two) and reading /etc/pve/qemu-server/*.conf and /etc/pve/lxc/*.conf (root or the www-data group)';
const COMPOSE_FILE_NEEDS =
  'read each stack directory\'s compose file (sed prints it; read permission); driftgate keeps its services\' images, ports, mounts, healthchecks and environment variable NAMES, never a value';
const BACKUP_JOBS_NEEDS = 'pvesh get /cluster/backup (root, or sudo for exactly that command) and uname -n';
const DISK_NEEDS = 'timeout and df (no privileges)';
const DOCKER_ROOT_NEEDS = 'docker info for the docker data root: the Docker socket';

function describe(b: HostBatch): RemoteCommand {
  const parts: string[] = [];
  const needs: string[] = [];
  if (b.docker) {
    parts.push('the docker listing');
    needs.push(DOCKER_NEEDS);
  }
  if (b.stacks.length > 0) {
    parts.push(`${b.stacks.length} stack director${b.stacks.length === 1 ? 'y' : 'ies'} (${b.stacks.join(', ')})`);
    needs.push(STACK_NEEDS);
  }
  if (b.backups) {
    parts.push(`${b.backups.dirs.length} backup director${b.backups.dirs.length === 1 ? 'y' : 'ies'} (${b.backups.dirs.join(', ')})`);
    needs.push(BACKUP_NEEDS);
  }
  if (b.hypervisor) {
    parts.push('the hypervisor (node name, qm list, pct list, every guest config)');
    needs.push(HYPERVISOR_NEEDS);
  }
  const files = b.composeFiles ?? [];
  if (files.length > 0) {
    parts.push(`${files.length} compose file${files.length === 1 ? '' : 's'} (${files.join(', ')})`);
    needs.push(COMPOSE_FILE_NEEDS);
  }
  if (b.backupSizes) {
    parts.push(`the file sizes of ${b.backupSizes.dirs.length} backup director${b.backupSizes.dirs.length === 1 ? 'y' : 'ies'}`);
    if (!b.backups) needs.push(BACKUP_NEEDS);
  }
  if (b.backupJobs) {
    parts.push("the hypervisor's backup jobs (pvesh get /cluster/backup)");
    needs.push(BACKUP_JOBS_NEEDS);
  }
  if (b.disk) {
    parts.push(b.disk === 'docker' ? 'disk usage (df) and the docker data root' : 'disk usage (df)');
    needs.push(DISK_NEEDS);
    if (b.disk === 'docker') needs.push(DOCKER_ROOT_NEEDS);
  }
  return { purpose: parts.join(', '), command: hostBatchCommand(b), needs };
}

function portOf(url: string): number | undefined {
  try {
    const u = new URL(url);
    return Number(u.port) || (u.protocol === 'https:' ? 443 : 80);
  } catch {
    return undefined;
  }
}

/** Where docs/least-privilege.md installs the forced-command wrapper and its allowlist. */
export const WRAPPER_COMMAND = '/usr/local/lib/driftgate/driftgate-ssh-wrapper /etc/driftgate/allowed-commands';

/**
 * `restrict` (no forwarding, PTY or agent), port forwarding only to the channels the run opens
 * through the host, and every exec through the wrapper.
 */
function authorizedKeysOptions(forwards: readonly Forward[]): string {
  const open = [...new Set(forwards.map((f) => `permitopen="${f.host.includes(':') ? `[${f.host}]` : f.host}:${f.port}"`))];
  return ['restrict', ...(open.length > 0 ? ['port-forwarding', ...open] : []), `command="${WRAPPER_COMMAND}"`].join(',');
}

export function remoteCommands(model: Model, config: ResolvedConfig, connectMap?: ConnectMap, opts: PlanOptions = {}): HostCommands[] {
  const plan = planProbes(model, config, opts);
  const endpoints = sshEndpoints(model, config.probe.users);
  const forwards = new Map<string, Forward[]>();
  const add = (id: string, f: Forward): void => void forwards.set(id, [...(forwards.get(id) ?? []), f]);
  for (const h of plan.hosts) {
    for (const e of h.httpVia) {
      const port = portOf(e.url);
      if (port !== undefined) add(h.id, { host: '127.0.0.1', port, purpose: `endpoint ${e.id} (probe_via: ssh)` });
    }
  }
  // a jump host carries the connection of every target it is probe_via of (jump hosts of jump
  // hosts too), to each address the run dials
  const walked = new Set<string>();
  for (const h of plan.hosts) {
    if (h.skip) continue;
    for (let e = endpoints.get(h.id); e?.via && !e.invalid && !walked.has(e.id); e = e.via) {
      walked.add(e.id);
      for (const c of e.plan?.candidates ?? [{ plane: 'direct' as const, host: e.host }]) {
        const dial = dialAddress(e, c, connectMap);
        add(e.via.id, { host: dial.host, port: dial.port, purpose: `jump host of ssh target ${e.id}` });
      }
    }
  }
  const ids = [...plan.hosts.map((h) => h.id), ...[...forwards.keys()].filter((id) => !plan.hosts.some((h) => h.id === id))];
  return ids.map((id) => {
    const h = plan.hosts.find((x) => x.id === id);
    const endpoint = endpoints.get(id);
    const login = endpoint ? loginOf(endpoint) : '(not declared)';
    const execs = h && !h.skip ? planHostExecs(h) : undefined;
    const out: HostCommands = {
      id,
      login,
      commands: execs?.execs.map(describe) ?? [],
      refused: [
        ...(execs?.refusedStacks.map((r) => ({ purpose: `stack ${r.stack.name}`, reason: r.failure.error })) ?? []),
        ...(execs?.refusedBackups.map((r) => ({ purpose: `backup ${r.backup.name}`, reason: r.failure.error })) ?? []),
        ...(execs?.extras?.refusedCompose.map((r) => ({ purpose: `compose file of stack ${r.stack.name}`, reason: r.failure.error })) ?? []),
        ...(execs?.extras?.refusedSizes.map((r) => ({ purpose: `backup sizes ${r.backup.name}`, reason: r.failure.error })) ?? []),
      ],
      forwards: forwards.get(id) ?? [],
      authorizedKeys: authorizedKeysOptions(forwards.get(id) ?? []),
    };
    const skip = h?.skip ?? endpoint?.invalid;
    if (skip) out.skipped = skip.error;
    return out;
  });
}

/**
 * The text of `driftgate hosts commands`: per host, each exec's lines exactly as sent (unindented,
 * so they can be copied), with `#` lines saying what it reads and needs, its channels and the key's
 * authorized_keys options.
 */
export function renderCommandsText(hosts: readonly HostCommands[]): string {
  const out: string[] = [];
  for (const h of hosts) {
    out.push(`host ${h.id} (${h.login})${h.skipped ? `: not contacted (${h.skipped})` : ''}`);
    if (h.commands.length === 0 && !h.skipped) out.push('# no command: the SSH handshake and its host key are this host\'s probe');
    h.commands.forEach((c, i) => {
      out.push(`# ${h.commands.length > 1 ? `exec ${i + 1} of ${h.commands.length}` : 'one exec'}: ${c.purpose}`);
      for (const n of c.needs) out.push(`#   needs ${n}`);
      out.push(c.command);
    });
    for (const r of h.refused) out.push(`# ${r.purpose}: refused, never sent (${r.reason})`);
    for (const f of h.forwards) out.push(`# channel to ${f.host}:${f.port}: ${f.purpose}`);
    if (!h.skipped) out.push(`# authorized_keys options: ${h.authorizedKeys}`);
    out.push('');
  }
  return out.join('\n');
}

/** The line after each command of an allowlist (a command's own lines never look like it). */
export const END_OF_COMMAND = '@@end-of-command';

/**
 * The forced-command wrapper's allowlist (examples/least-privilege/driftgate-ssh-wrapper): each
 * exact command, its lines as sent, followed by an `@@end-of-command` line; `#` lines between
 * commands say which host and exec a command is.
 */
export function renderAllowlist(hosts: readonly HostCommands[]): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const h of hosts) {
    if (h.skipped) continue;
    h.commands.forEach((c, i) => {
      if (seen.has(c.command)) return;
      seen.add(c.command);
      out.push(`# host ${h.id}, ${h.commands.length > 1 ? `exec ${i + 1} of ${h.commands.length}` : 'its one exec'}: ${c.purpose}`, c.command, END_OF_COMMAND);
    });
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
