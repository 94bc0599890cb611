// One root-cause line per suspected rename: the schema gate's warning about the key names the gates
// that did not judge its entries, and their inconclusive "use `K` where `F` is expected" lines are
// folded into it (one renamed key was one line per gate that uses the kind). Like the host-key
// root causes, the gates keep their inconclusive results. Without the schema gate's warning (a
// `--gates` selection without `schema`) each gate keeps its own line.
import { settleRuns } from '../gates/run-gates.js';
import { COVERAGE_DETAIL } from '../gates/coverage.js';
import type { Finding } from '../gates/types.js';
import type { FoldedFindings } from './root-causes.js';

const placeKey = (f: Finding): string | undefined => {
  const at = f.locations[0];
  return at?.pointer === undefined ? undefined : `${at.file}\u0000${at.pointer}`;
};

const isSuspectWarning = (f: Finding): boolean => f.gate === 'schema' && f.details?.code === 'UNKNOWN_KEY';
const isUncertainLine = (f: Finding): boolean => f.inconclusive === true && f.details?.[COVERAGE_DETAIL] === 'uncertain-field';

/** Folds the per-gate lines of each suspected rename into the schema warning at the same key (after the host-key fold). */
export function foldSuspectedRenames(prior: FoldedFindings): FoldedFindings {
  const roots = new Set(prior.findings.filter(isSuspectWarning).map(placeKey).filter((k): k is string => k !== undefined));
  if (roots.size === 0) return prior;
  const affected = new Map<string, string[]>(); // place of the key -> gates
  const removed: Finding[] = [];
  const kept = prior.findings.filter((f) => {
    const place = isUncertainLine(f) ? placeKey(f) : undefined;
    if (place === undefined || !roots.has(place)) return true;
    affected.set(place, [...(affected.get(place) ?? []), f.gate]);
    removed.push(f);
    return false;
  });
  if (removed.length === 0) return prior;
  const findings = kept.map((f) => {
    const gates = isSuspectWarning(f) ? affected.get(placeKey(f) ?? '') : undefined;
    if (!gates) return f;
    return { ...f, message: `${f.message}. Not judged because of it: ${gates.join(', ')}`, details: { ...f.details, affectedGates: gates } };
  });
  const allRemoved = [...prior.removed, ...removed];
  return { findings, runs: settleRuns(prior.runs, findings, undefined, allRemoved), removed: allRemoved };
}
