// Why a topic of `fix.gates` was not planned this run, in words a person can act on: its gate was
// not selected, was off or offline, crashed, or saw only part of reality (a probe was
// inconclusive: planning it would close its PR as "drift gone" or push a partial plan).
import type { ResolvedConfig } from '../config/types.js';
import type { Report } from '../report/types.js';
import { topicsOfGate } from '../gates/fix-kinds.js';

export interface SkippedTopic {
  topic: string;
  reason: string;
}

const RAN = new Set(['pass', 'fail', 'warn']);

/** The gates whose topics can be planned: they ran and saw everything they judge. */
export function plannableGates(report: Report): string[] {
  const partial = new Set(report.findings.filter((f) => f.inconclusive).map((f) => f.gate));
  return report.gates.filter((g) => RAN.has(g.result) && !partial.has(g.id)).map((g) => g.id);
}

/** The topics (fix kinds) of `fix.gates` whose gate cannot be planned this run, each with why. */
export function skippedTopics(report: Report, config: ResolvedConfig): SkippedTopic[] {
  const plannable = new Set(plannableGates(report));
  const out: SkippedTopic[] = [];
  for (const gate of config.fix.gates.filter((g) => !plannable.has(g))) {
    const run = report.gates.find((g) => g.id === gate);
    const gap = report.findings.find((f) => f.gate === gate && f.inconclusive);
    let reason: string;
    if (!run) reason = 'its gate did not run (not selected with --gates)';
    else if (gap || run.result === 'inconclusive') {
      reason = `probes were inconclusive${gap ? ` (${gap.message})` : ''}, so no fix is planned and its PR is left alone`;
    } else if (run.result === 'skipped') reason = `its gate was skipped${run.note ? ` (${run.note})` : ''}`;
    else reason = `its gate could not evaluate${run.note ? ` (${run.note})` : ''}`;
    for (const topic of topicsOfGate(gate, config)) out.push({ topic, reason });
  }
  return out;
}
