// `driftgate hosts pin`: writes the host keys of every declared ssh target into a reviewable plain
// known_hosts, showing added / unchanged / CHANGED keys; a changed key is never replaced without
// --accept-changed (exit 1, the file untouched). Targets are connected as a live run connects them
// (address planes, jump hosts, probe.users). `driftgate hosts commands`: the exact remote commands
// per host (the batched exec of a run), the channels a run opens through it and the privileges.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadSpine } from '../../bindings/load-spine.js';
import type { Model, SshTarget } from '../../bindings/types.js';
import { loadConfig } from '../../config/load-config.js';
import type { ResolvedConfig } from '../../config/types.js';
import { UserError } from '../../core/errors.js';
import { GATES } from '../../gates/index.js';
import { selectedLiveGates } from '../../gates/select-gates.js';
import { EXIT_DRIFT, EXIT_ERROR, EXIT_INCONCLUSIVE, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { sshAgent } from '../../core/live-probe.js';
import { readEntries } from '../../hosts/known-hosts-file.js';
import { type PinPlan, type PinRow, planPins } from '../../hosts/plan-pins.js';
import { remoteCommands, renderAllowlist, renderCommandsText } from '../../hosts/remote-commands.js';
import { scanHostKeys } from '../../hosts/scan-host-keys.js';
import { loadConnectMap } from '../../probes/connect-map.js';
import { resolveIdentity } from '../../probes/identity.js';
import { hostKeyName, KnownHosts } from '../../probes/known-hosts.js';
import { probeKindsFor } from '../../probes/probe-kinds.js';
import { identityNames } from '../../probes/transport/ssh-handshake.js';
import { sshEndpoints, unknownUserOverrides } from '../../probes/transport/ssh-endpoint.js';
import { writeFileAtomic } from '../../report/write-report.js';

export interface HostsOptions {
  root: string;
  config?: string;
  connectMap?: string;
}

export interface HostsPinOptions extends HostsOptions {
  knownHosts?: string;
  identity?: string;
  /** ssh target ids (or host names) whose changed key may be replaced */
  acceptChanged: string[];
  dryRun: boolean;
  format: 'text' | 'json';
}

export interface HostsCommandsOptions extends HostsOptions {
  targets?: string[];
  /** live gates whose probes to show (`check --gates`); default every probe */
  gates?: string[];
  format: 'text' | 'json' | 'allowlist';
}

async function load(opts: HostsOptions, io: Io): Promise<{ model: Model; config: ResolvedConfig }> {
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === undefined ? undefined : resolve(io.cwd, opts.config));
  const { model } = await loadSpine(root, config);
  if (model.sshTargets.length === 0) throw new UserError(`no ssh targets are declared in ${model.paths.ssh}`, EXIT_ERROR);
  for (const line of unknownUserOverrides(model, config.probe.users)) io.stderr(`driftgate: warning: ${line}\n`);
  return { model, config };
}

/** Target ids for --accept-changed values: an id, a host or a known_hosts name; anything else is misuse. */
function acceptedIds(values: readonly string[], targets: readonly SshTarget[]): Set<string> {
  const ids = new Set<string>();
  for (const value of values) {
    const hits = targets.filter((t) => t.id === value || t.host === value || hostKeyName(t.host, t.port) === value);
    if (hits.length === 0) throw new UserError(`--accept-changed "${value}" names no declared ssh target (give its id or host)`, EXIT_ERROR);
    hits.forEach((t) => ids.add(t.id));
  }
  return ids;
}

const SHOWN: Record<PinRow['status'], string> = {
  added: 'added',
  unchanged: 'unchanged',
  changed: 'CHANGED',
  replaced: 'replaced',
  revoked: 'REVOKED',
  unreachable: 'unreachable',
  skipped: 'skipped',
};

function detail(r: PinRow): string {
  const key = r.presented ? `${r.presented.algorithm} ${r.presented.fingerprint}` : '';
  switch (r.status) {
    case 'added':
      return key;
    case 'unchanged':
      return `${key}; ${r.note ?? ''}`;
    case 'changed':
      return r.presented ? `pinned ${r.pinned.join(', ')}, presented ${key}` : `pinned ${r.pinned.join(', ')}; ${r.note ?? ''}`;
    case 'replaced':
      return `pinned ${r.pinned.join(', ')} replaced by ${key}`;
    case 'revoked':
      return `presented ${key}, which the file revokes`;
    default:
      return r.note ?? '';
  }
}

export function renderPinRows(rows: readonly PinRow[]): string[] {
  const w1 = Math.max(...rows.map((r) => r.id.length));
  const w2 = Math.max(...rows.map((r) => r.name.length));
  return rows.map((r) => `  ${SHOWN[r.status].padEnd(11)} ${r.id.padEnd(w1)}  ${r.name.padEnd(w2)}  ${detail(r)}`.trimEnd());
}

function counts(plan: PinPlan): string {
  const n = (s: PinRow['status'][]) => plan.rows.filter((r) => s.includes(r.status)).length;
  return `${n(['added'])} added, ${n(['unchanged'])} unchanged, ${n(['changed', 'revoked'])} changed, ${n(['replaced'])} replaced, ${n(['unreachable'])} unreachable, ${n(['skipped'])} skipped`;
}

export async function hostsPinCommand(opts: HostsPinOptions, io: Io): Promise<number> {
  const { model, config } = await load(opts, io);
  const file = opts.knownHosts ? resolve(io.cwd, opts.knownHosts) : config.probe.knownHosts;
  if (!file) throw new UserError('hosts pin needs the known_hosts file to write: --known-hosts FILE, or probe.known_hosts in driftgate.config.yaml', EXIT_ERROR);
  const shown = opts.knownHosts ?? relative(io.cwd, file);
  const accept = acceptedIds(opts.acceptChanged, model.sshTargets);
  const oldText = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const endpoints = sshEndpoints(model, config.probe.users);
  const hosts = model.sshTargets.flatMap((target) => {
    const endpoint = endpoints.get(target.id);
    return endpoint ? [{ target, endpoint }] : [];
  });
  // the pool verifies against the current pins, minus those of the hosts whose change is accepted
  // (under any of their declared names, as a run looks them up)
  const namesOf = (h: (typeof hosts)[number]): string[] => identityNames(h.endpoint).map((n) => hostKeyName(n, h.target.port));
  const acceptedNames = new Set(hosts.filter((h) => accept.has(h.target.id)).flatMap(namesOf));
  const poolText = readEntries(oldText, new Set(hosts.flatMap(namesOf)), shown)
    .filter((e) => !e.pins.some((n) => acceptedNames.has(n)))
    .map((e) => e.line)
    .join('\n');
  const connectMap = opts.connectMap ? loadConnectMap(resolve(io.cwd, opts.connectMap)) : undefined;
  const identity = resolveIdentity(opts.identity, io.env, io.cwd);
  const scanned = await scanHostKeys(hosts, {
    knownHosts: KnownHosts.parse(poolText, shown),
    identity,
    agent: identity ? undefined : sshAgent(io.env),
    connectMap,
    settings: config.probe,
  });
  const plan = planPins(scanned, oldText, shown, accept);
  const write = plan.refused.length === 0 && !opts.dryRun && plan.text !== oldText;
  if (write) writeFileAtomic(file, plan.text);
  const outcome = plan.refused.length > 0 ? 'not written (changed keys)' : opts.dryRun ? 'not written (dry run)' : write ? 'written' : 'unchanged';

  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, file: shown, outcome, rows: plan.rows }, null, 2)}\n`);
  } else {
    io.stdout(`host keys of ${plan.rows.length} ssh targets (${model.paths.ssh}):\n${renderPinRows(plan.rows).join('\n')}\n`);
    io.stdout(`${counts(plan)}; ${shown} ${outcome}\n`);
  }
  if (plan.refused.length > 0) {
    const changed = plan.refused.filter((r) => r.status === 'changed').map((r) => r.id);
    if (changed.length > 0) {
      io.stderr(
        `driftgate: the host key of ${changed.map((id) => `"${id}"`).join(', ')} changed, so ${shown} was left untouched. If the host was rebuilt, ` +
          `verify the new key out of band (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host) and re-run with --accept-changed ${changed.join(',')}; otherwise treat it as an attack\n`,
      );
    }
    const revoked = plan.refused.filter((r) => r.status === 'revoked').map((r) => r.id);
    if (revoked.length > 0) io.stderr(`driftgate: ${revoked.join(', ')} presented a key ${shown} revokes; it is never pinned\n`);
    return EXIT_DRIFT;
  }
  if (write && file !== config.probe.knownHosts && opts.format === 'text') {
    io.stdout(`next: review ${shown}, then pass it to check with --known-hosts ${shown} (or set probe.known_hosts in driftgate.config.yaml)\n`);
  }
  // targets behind a jump host whose key was only just added: reached on the next run, once reviewed
  const added = new Set(plan.rows.filter((r) => r.status === 'added').map((r) => r.id));
  const behind = scanned.filter((h) => h.endpoint.via && added.has(h.endpoint.via.id) && plan.rows.some((r) => r.id === h.target.id && r.status === 'unreachable'));
  if (write && behind.length > 0 && opts.format === 'text') {
    io.stdout(`then run hosts pin again: ${behind.map((h) => h.target.id).join(', ')} ${behind.length === 1 ? 'is' : 'are'} reached through a jump host whose key was just added\n`);
  }
  return plan.rows.some((r) => r.status === 'unreachable') ? EXIT_INCONCLUSIVE : EXIT_OK;
}

export async function hostsCommandsCommand(opts: HostsCommandsOptions, io: Io): Promise<number> {
  const { model, config } = await load(opts, io);
  const connectMap = opts.connectMap ? loadConnectMap(resolve(io.cwd, opts.connectMap)) : undefined;
  const liveGates = selectedLiveGates(GATES, opts.gates);
  let hosts = remoteCommands(model, config, connectMap, { kinds: probeKindsFor(liveGates) });
  if (opts.targets?.length) {
    const unknown = opts.targets.filter((t) => !hosts.some((h) => h.id === t));
    if (unknown.length > 0) throw new UserError(`--target ${unknown.join(',')}: no probe runs commands there (hosts: ${hosts.map((h) => h.id).join(', ')})`, EXIT_ERROR);
    hosts = hosts.filter((h) => opts.targets!.includes(h.id));
  }
  if (opts.format === 'json') io.stdout(`${JSON.stringify({ version: 1, hosts }, null, 2)}\n`);
  else if (opts.format === 'allowlist') io.stdout(renderAllowlist(hosts));
  else io.stdout(renderCommandsText(hosts));
  return EXIT_OK;
}
