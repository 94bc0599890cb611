// `driftgate probe --out FILE`: probe live infrastructure and write an observation snapshot.
// `--gates` limits probing to what those live gates read; `--shard K/N` probes one shard.
// Exit 0 when every probe answered, 3 when any failed (inconclusive), 2 on misuse.
import { resolve } from 'node:path';
import { loadSpine } from '../../bindings/load-spine.js';
import { loadConfig } from '../../config/load-config.js';
import { UserError } from '../../core/errors.js';
import { EXIT_ERROR, EXIT_INCONCLUSIVE, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { probeLive } from '../../core/live-probe.js';
import { GATES } from '../../gates/index.js';
import { selectedLiveGates } from '../../gates/select-gates.js';
import { parseShard } from '../../probes/shard.js';
import { hasProbeFailures } from '../../probes/probe-all.js';
import { writeObservations } from '../../probes/snapshot.js';
import { summarizeObservations } from '../../probes/summary.js';
import type { ProbeOptions } from '../options.js';

export async function probeCommand(opts: ProbeOptions, io: Io): Promise<number> {
  if (!opts.out) throw new UserError('probe needs --out FILE for the observation snapshot', EXIT_ERROR);
  if (opts.shard !== undefined) parseShard(opts.shard); // misuse is exit 2 before anything is read
  const liveGates = selectedLiveGates(GATES, opts.gates);
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === undefined ? undefined : resolve(io.cwd, opts.config));
  const { model, problems } = await loadSpine(root, config);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) io.stderr(`driftgate: warning: ${errors} binding problem(s); probing what could be read (run driftgate validate)\n`);
  const obs = await probeLive(model, config, { ...opts, ...(liveGates ? { liveGates } : {}) }, io);
  writeObservations(resolve(io.cwd, opts.out), obs);
  for (const line of summarizeObservations(obs)) io.stdout(`${line}\n`);
  io.stdout(`observations written to ${opts.out}\n`);
  const optional = new Set(model.sshTargets.filter((t) => t.optional).map((t) => t.id));
  return hasProbeFailures(obs, optional) ? EXIT_INCONCLUSIVE : EXIT_OK;
}
