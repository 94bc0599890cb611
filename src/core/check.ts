// The main job, one pipeline: bindings → gates (static) → probes → gates (live) → report.
// The CLI's `check`, the Action, `fix` and `demo` all run this one function.
import { resolve } from 'node:path';
import { loadSpine } from '../bindings/load-spine.js';
import type { CheckOptions } from '../cli/options.js';
import { loadConfig } from '../config/load-config.js';
import { applyExceptions } from '../gates/apply-exceptions.js';
import { GATES } from '../gates/index.js';
import { runGates, settleRuns } from '../gates/run-gates.js';
import { selectGates } from '../gates/select-gates.js';
import type { GateDef } from '../gates/types.js';
import { fileStore } from '../history/file-store.js';
import { applyRunHistory, saveRunHistory, type HistoryOptions, type HistoryOutcome } from '../history/run-history.js';
import { readObservations } from '../probes/snapshot.js';
import type { Observations } from '../probes/types.js';
import { buildReport } from '../report/build-report.js';
import { buildMatrix } from '../report/matrix.js';
import { renderMetrics } from '../report/metrics.js';
import { renderReport } from '../report/render.js';
import { foldSuspectedRenames } from '../report/fold-renames.js';
import { foldHostKeyFailures } from '../report/root-causes.js';
import { exitCode } from '../report/result.js';
import { resultLine } from '../report/text.js';
import type { Report } from '../report/types.js';
import { writeReport } from '../report/write-report.js';
import { type Io, useColor } from './io.js';
import type { LiveOverrides } from './live-probe.js';
import type { Model } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';

export interface CheckResult {
  report: Report;
  exitCode: number;
  /** the report rendered in the requested format */
  text: string;
  model: Model;
  config: ResolvedConfig;
  /** run history to save once the report is out (see saveCheckHistory) */
  history?: HistoryOutcome;
}

/** What the pipeline gets besides options and transport: the Action's run history store. */
export interface CheckExtras {
  /** default: `--state FILE` (strict: an unusable state is exit 2) */
  history?: HistoryOptions;
}

function historyOptions(opts: CheckOptions, io: Io, extras: CheckExtras): HistoryOptions | undefined {
  if (extras.history) return extras.history;
  return opts.state ? { store: fileStore(resolve(io.cwd, opts.state), opts.state), strict: true } : undefined;
}

async function observe(
  gates: GateDef[],
  opts: CheckOptions,
  model: Model,
  config: ResolvedConfig,
  io: Io,
  overrides: LiveOverrides,
): Promise<Observations | undefined> {
  if (opts.offline || !gates.some((g) => g.kind === 'live')) return undefined;
  if (opts.observations?.length) return readObservations(opts.observations.map((f) => resolve(io.cwd, f)));
  // imported here so an offline check never loads the SSH/HTTP probe code (a separate chunk)
  const { probeLive } = await import('./live-probe.js');
  const liveGates = gates.filter((g) => g.kind === 'live').map((g) => g.id);
  const observations = await probeLive(model, config, { ...opts, liveGates }, io, overrides);
  if (!io.isTty && io.env.CI && !opts.quiet) {
    // CI logs: what was probed, grouped by host, before the verdict (a TTY had the progress line)
    const { summarizeObservations } = await import('../probes/summary.js');
    io.stderr(`driftgate: probes\n${summarizeObservations(observations).map((l) => `  ${l}\n`).join('')}`);
  }
  return observations;
}

/** Runs the pipeline and renders the report; writes nothing (see `writeCheckOutputs`). */
export async function runCheck(opts: CheckOptions, io: Io, overrides: LiveOverrides = {}, extras: CheckExtras = {}): Promise<CheckResult> {
  const t0 = performance.now();
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === undefined ? undefined : resolve(io.cwd, opts.config));
  const gates = selectGates(GATES, opts.gates, { offline: opts.offline });
  const { model, problems, fileCount } = await loadSpine(root, config);
  const observations = await observe(gates, opts, model, config, io, overrides);
  const now = io.now();
  const ran = runGates(gates, { model, problems, observations, config, now, fileCount });
  const excepted = applyExceptions(ran.findings, config, now, { root });
  // one root-cause line per host whose key could not be verified, not one per host per gate
  // ... and one per suspected rename, not one per gate that uses the renamed key's entries
  const folded = foldSuspectedRenames(foldHostKeyFailures(excepted.findings, settleRuns(ran.runs, excepted.findings, excepted.hidden), observations));
  // the history judges the findings the report lists (damping settles the gate results again)
  const historyOpts = historyOptions(opts, io, extras);
  const judged = historyOpts
    ? await applyRunHistory(historyOpts, { raw: ran.findings, findings: folded.findings, folded: folded.removed, runs: folded.runs, config, now, observations }, io)
    : undefined;
  const report = buildReport({
    root: opts.root,
    durationMs: performance.now() - t0,
    fileCount,
    // results recomputed after exceptions, folding and damping, so every renderer says what the findings say
    runs: judged?.runs ?? folded.runs,
    findings: judged?.findings ?? folded.findings,
    suppressed: excepted.hidden,
    observations,
    matrix: observations ? buildMatrix(model, observations) : undefined,
    history: judged?.history,
    notSelected: GATES.filter((g) => !ran.runs.some((r) => r.id === g.id)).length,
  });
  const color = useColor(io) && !opts.out && opts.format === 'text';
  const text = renderReport(report, opts.format, { color, quiet: opts.quiet, showSuppressed: Boolean(opts.showSuppressed) });
  const result: CheckResult = { report, exitCode: exitCode(report), text, model, config };
  if (judged) result.history = judged.outcome;
  return result;
}

/** Writes the report (stdout, or --out and the one-line result on stderr) and the metrics file (--metrics-out). */
export async function writeCheckOutputs(result: CheckResult, opts: CheckOptions, io: Io): Promise<void> {
  if (opts.out) {
    await writeReport(resolve(io.cwd, opts.out), result.text);
    io.stderr(`${resultLine(result.report, useColor(io))}; report written to ${opts.out}\n`);
  } else io.stdout(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
  if (opts.metricsOut) await writeReport(resolve(io.cwd, opts.metricsOut), renderMetrics(result.report, io.now()));
  await saveCheckHistory(result, io);
}

/** Records a live run in the run history (nothing for a static-only run or without a state). */
export async function saveCheckHistory(result: Pick<CheckResult, 'history'>, io: Io): Promise<void> {
  if (!result.history) return;
  const line = await saveRunHistory(result.history, io);
  if (line) io.stderr(`driftgate: ${line}\n`);
}
