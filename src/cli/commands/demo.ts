// `driftgate demo`: the whole pipeline on the bundled example spine, against the lab running
// examples/scenarios/demo.yaml; prints the report, then the fix plan. No set-up, no network.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { runCheck } from '../../core/check.js';
import { errorMessage } from '../../core/errors.js';
import { EXIT_DRIFT, EXIT_ERROR, EXIT_INCONCLUSIVE, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { planFixes } from '../../fix/plan-fixes.js';
import { renderPlan } from '../../fix/render-plan.js';
import { createRevalidate } from '../../fix/revalidate.js';
import type { Finding } from '../../gates/types.js';
import { packageRoot } from '../../lab/package-root.js';
import { startLab } from '../../lab/start-lab.js';
import type { Format } from '../options.js';

/** What examples/scenarios/demo.yaml stages: each must come back as a finding of that gate naming that subject. */
export const DEMO_STAGED: ReadonlyArray<{ gate: string; subject: string; what: string }> = [
  { gate: 'registry-status', subject: 'bazarr', what: 'bazarr runs while the registry says "stopped" (fixable)' },
  { gate: 'registry-status', subject: 'radarr', what: 'radarr exited (137) while declared active (fixable: declare it stopped, or start it)' },
  { gate: 'health', subject: 'jellyfin', what: 'jellyfin answers 503' },
  { gate: 'health', subject: 'radarr', what: "radarr's port refuses connections" },
  { gate: 'unmanaged-containers', subject: 'uptime-kuma', what: 'an undeclared uptime-kuma publishes :3001 on apps (fixable: a registry entry to complete)' },
  { gate: 'backup-freshness', subject: 'vm-103-media', what: "the media VM's backup is 38 h old" },
  { gate: 'vm-inventory', subject: 'apps', what: 'VM 102 has 8 cores, 4 declared (fixable)' },
  { gate: 'deployed-compose', subject: 'radarr', what: 'radarr was killed for lack of memory (exit 137, OOMKilled)' },
  { gate: 'disk-usage', subject: 'media', what: "the media VM's root file system is 94% used" },
];

function names(f: Finding, subject: string): boolean {
  return f.subject.id === subject || f.message.includes(`"${subject}"`) || new RegExp(`\\b${subject}\\b`).test(f.message);
}

export interface DemoPaths {
  spine: string;
  scenario: string;
}

export function demoPaths(root: string = packageRoot()): DemoPaths {
  return { spine: join(root, 'examples', 'spine'), scenario: join(root, 'examples', 'scenarios', 'demo.yaml') };
}

export async function demoCommand(opts: { format: Format }, io: Io, paths: DemoPaths = demoPaths()): Promise<number> {
  const show = (p: string): string => {
    const rel = relative(io.cwd, p);
    return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? p : rel;
  };
  const shownRoot = show(paths.spine);
  io.stderr(`driftgate demo: starting the lab for ${show(paths.scenario)} ...\n`);
  const lab = await startLab({ root: paths.spine, scenario: paths.scenario, now: io.now() });
  let result;
  try {
    const quiet: Io = { ...io, stdout: () => undefined };
    result = await runCheck({ root: shownRoot, format: opts.format, offline: false }, quiet, {
      connectMap: lab.connectMap,
      knownHostsText: lab.knownHosts,
      identity: lab.identity,
    });
  } catch (error) {
    io.stderr(`driftgate demo: the pipeline failed to run: ${errorMessage(error)}\n`);
    return EXIT_ERROR;
  } finally {
    await lab.close();
  }
  const { report } = result;
  io.stdout(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
  if (report.result === 'error' || report.result === 'inconclusive') {
    io.stderr(`driftgate demo: the pipeline did not complete (result ${report.result}); see the report above\n`);
    return report.result === 'error' ? EXIT_ERROR : EXIT_INCONCLUSIVE;
  }
  const say = opts.format === 'text' ? io.stdout : io.stderr;
  if (opts.format === 'text') {
    const readFile = (file: string): string | undefined => {
      try {
        return readFileSync(join(paths.spine, file), 'utf8');
      } catch {
        return undefined;
      }
    };
    const ranGates = report.gates.filter((g) => g.result === 'pass' || g.result === 'fail' || g.result === 'warn').map((g) => g.id);
    const plan = planFixes(report.findings, result.config, readFile, { ranGates, revalidate: createRevalidate(result.config) });
    say('\n── fix plan (what `driftgate fix --pr` would propose; nothing is written) ──\n');
    say(renderPlan(plan));
  }
  const missed = DEMO_STAGED.filter((s) => !report.findings.some((f) => f.gate === s.gate && names(f, s.subject)));
  const found = DEMO_STAGED.length - missed.length;
  if (missed.length > 0) {
    say(`\ndriftgate demo: found ${found} of the ${DEMO_STAGED.length} staged drifts; missed:\n${missed.map((m) => `  - [${m.gate}] ${m.what}`).join('\n')}\n`);
    return EXIT_DRIFT;
  }
  say(`\ndriftgate demo: the demo found ${found} drifts, as staged:\n${DEMO_STAGED.map((s) => `  - [${s.gate}] ${s.what}`).join('\n')}\n`);
  say('Run it on your own spine: driftgate check --root <spine> (add --offline for the static gates only).\n');
  return EXIT_OK;
}
