// What a live run sends to each host, exactly as the plan would send it (the fixed templates of
// src/probes/commands.ts), the user it logs in as and the privileges each command needs: the
// input for a least-privilege account and for the forced-command wrapper's allowlist.
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { backupListCommand, composePsCommand, HYPERVISOR_COMMAND } from '../probes/commands.js';
import type { ConnectMap } from '../probes/connect-map.js';
import { planProbes } from '../probes/plan.js';
import { sshEndpointOf } from '../probes/ssh-endpoint.js';

export interface RemoteCommand {
  /** what the command reads: "stack shop", "backup vm-110", "hypervisor" */
  purpose: string;
  /** the exact command line, or undefined when a value was refused */
  command?: string;
  /** the privilege it needs on the host */
  needs: string;
  /** why the command would not be sent (a value that fails validation) */
  refused?: string;
}

export interface HostCommands {
  id: string;
  /** `user@host:port` as driftgate logs in */
  login: string;
  /** set when the host is not contacted */
  skipped?: string;
  commands: RemoteCommand[];
}

const DOCKER_NEEDS =
  'the Docker socket (membership of the "docker" group, which is root-equivalent) and read access to the stack directory';
const QM_NEEDS = 'qm list and qm config (root, or a narrow sudoers line for exactly those two; see docs/least-privilege.md)';

function attempt(purpose: string, needs: string, build: () => string): RemoteCommand {
  try {
    return { purpose, needs, command: build() };
  } catch (error) {
    return { purpose, needs, refused: (error as Error).message };
  }
}

export function remoteCommands(model: Model, config: ResolvedConfig, connectMap?: ConnectMap): HostCommands[] {
  const plan = planProbes(model, config, connectMap);
  return plan.hosts.map((h) => {
    const endpoint = h.target ? sshEndpointOf(h.target, config.probe) : undefined;
    const login = endpoint ? `${endpoint.user}@${endpoint.host}:${endpoint.port}` : '(not declared)';
    const commands: RemoteCommand[] = [
      ...h.stacks.map((s) => attempt(`stack ${s.name} (${s.path})`, DOCKER_NEEDS, () => composePsCommand(s.path))),
      ...h.backups.map((b) =>
        attempt(`backup ${b.name} (${b.basePath})`, `read and list ${b.basePath} (find, stat; no write)`, () => backupListCommand(b.basePath, b.glob)),
      ),
      ...(h.hypervisor ? [{ purpose: 'hypervisor (the VM list and each VM\'s config)', needs: QM_NEEDS, command: HYPERVISOR_COMMAND }] : []),
    ];
    const out: HostCommands = { id: h.id, login, commands };
    if (h.skip) out.skipped = h.skip.error;
    return out;
  });
}

/** The text of `driftgate hosts commands`: per host, each command with its purpose and privilege. */
export function renderCommandsText(hosts: readonly HostCommands[]): string {
  const out: string[] = [];
  for (const h of hosts) {
    out.push(`host ${h.id} (${h.login})${h.skipped ? `: not contacted (${h.skipped})` : ''}`);
    for (const c of h.commands) {
      out.push(`  # ${c.purpose}; needs ${c.needs}`);
      out.push(c.command ? `  ${c.command}` : `  (refused, never sent: ${c.refused})`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** One exact command per line, for the forced-command wrapper's allowlist (examples/least-privilege). */
export function renderAllowlist(hosts: readonly HostCommands[]): string {
  const lines = hosts.filter((h) => !h.skipped).flatMap((h) => h.commands.flatMap((c) => (c.command ? [c.command] : [])));
  return lines.length > 0 ? `${[...new Set(lines)].join('\n')}\n` : '';
}
