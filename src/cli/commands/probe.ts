// `driftgate probe --out FILE`: probe live infrastructure and write an observation snapshot.
// Exit 0 when every probe answered, 3 when any failed (inconclusive), 2 on misuse.
import { resolve } from 'node:path';
import { loadSpine } from '../../bindings/load-spine.js';
import { loadConfig } from '../../config/load-config.js';
import { UserError } from '../../core/errors.js';
import { EXIT_ERROR, EXIT_INCONCLUSIVE, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { loadConnectMap } from '../../probes/connect-map.js';
import { resolveIdentity } from '../../probes/identity.js';
import { resolveKnownHosts } from '../../probes/known-hosts.js';
import { planProbes } from '../../probes/plan.js';
import { hasProbeFailures, probeAll } from '../../probes/probe-all.js';
import { writeObservations } from '../../probes/snapshot.js';
import { summarizeObservations } from '../../probes/summary.js';
import type { ProbeOptions } from '../options.js';

export async function probeCommand(opts: ProbeOptions, io: Io): Promise<number> {
  if (!opts.out) throw new UserError('probe needs --out FILE for the observation snapshot', EXIT_ERROR);
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === undefined ? undefined : resolve(io.cwd, opts.config));
  const connectMap = opts.connectMap ? loadConnectMap(resolve(io.cwd, opts.connectMap)) : undefined;
  const knownHosts = resolveKnownHosts(opts.knownHosts, undefined, io.env, io.cwd);
  const identity = resolveIdentity(opts.identity, io.env, io.cwd);
  const trustOnFirstUse = Boolean(opts.trustOnFirstUse) || config.probe.trustOnFirstUse;
  const { model, problems } = await loadSpine(root, config);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) io.stderr(`driftgate: warning: ${errors} binding problem(s); probing what could be read (run driftgate validate)\n`);
  if (knownHosts.size === 0 && !trustOnFirstUse) {
    io.stderr('driftgate: warning: no known_hosts (--known-hosts or DRIFTGATE_KNOWN_HOSTS): no SSH connection will be made\n');
  }
  if (trustOnFirstUse) io.stderr('driftgate: warning: trust on first use is on: unknown host keys are accepted for this run\n');

  let hostsDone = 0;
  const hostsTotal = planProbes(model, config, connectMap).hosts.filter((h) => !h.skip).length;
  const progress = io.isTty
    ? (done: number, total: number, label: string) => {
        io.stderr(`\r\u001b[2Kprobing: ${done}/${total} probes, hosts ${hostsDone}/${hostsTotal} - ${label.slice(0, 40)}`);
        if (done === total) io.stderr('\n');
      }
    : undefined;
  const obs = await probeAll(model, config, {
    connectMap,
    knownHosts,
    identity,
    trustOnFirstUse,
    now: io.now,
    onProgress: progress,
    onSshEvent: () => {
      hostsDone += 1;
    },
  });
  const out = resolve(io.cwd, opts.out);
  writeObservations(out, obs);
  for (const line of summarizeObservations(obs)) io.stdout(`${line}\n`);
  io.stdout(`observations written to ${opts.out}\n`);
  return hasProbeFailures(obs) ? EXIT_INCONCLUSIVE : EXIT_OK;
}
