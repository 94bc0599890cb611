// How the run history reads in the text and Markdown reports and the fix PR body: one line per
// finding ("open for 3 runs since 2026-02-09; pending: …"), the findings resolved since the last
// run, and the evidence behind a fix. Plain text; the Markdown renderer escapes it.
import type { Finding } from '../gates/types.js';
import type { Report } from '../report/types.js';
import { utcMinute } from './heartbeat.js';
import type { FindingHistory, ResolvedFinding } from './types.js';

/** "2026-02-09" of an ISO time. */
export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '?';
}

function runs(n: number): string {
  return `${n} run${n === 1 ? '' : 's'}`;
}

function status(h: FindingHistory): string {
  if (h.status === 'flapping') return `flapping: ${h.flips} changes in the last ${runs(h.of)} (seen in ${h.seen})`;
  if (h.status === 'new') return h.runs === 0 ? 'new: not seen by the last live run' : 'new';
  const first = h.firstSeen && h.firstSeen !== h.since ? `, first seen ${day(h.firstSeen)}` : '';
  return `open for ${runs(h.runs)} since ${day(h.since)}${first}`;
}

/** One line: "open for 3 runs since 2026-02-09; pending: seen in 1 of the last 3 runs, blocks at 2 of 3". */
export function historyText(h: FindingHistory): string {
  const parts = [status(h)];
  if (h.evidence) parts.push('evidence: this run only (no earlier live run recorded)');
  if (h.damped === 'pending' && h.blocksAt) {
    parts.push(`pending: seen in ${h.seen} of the last ${runs(h.of)}, ${h.severity ?? 'error'} from ${h.blocksAt.seen} of ${h.blocksAt.of}`);
  }
  if (h.damped === 'flapping') parts.push(`reported as a warning instead of ${h.severity ?? 'error'}`);
  if (h.fix?.state === 'never') parts.push('never fixed while it flaps');
  else if (h.fix?.state === 'pending') parts.push(`fix waits: the same value in ${h.fix.runs} of ${h.fix.need} consecutive runs`);
  return parts.join('; ');
}

/** The evidence behind a fix, for the fix PR body. */
export function evidenceText(f: Finding): string {
  const h = f.history;
  if (!h || h.evidence || !h.fix) return 'this run only';
  const since = h.since ? ` since ${day(h.since)}` : '';
  return `same value in ${runs(h.fix.runs)} in a row (seen ${runs(h.runs)}${since})`;
}

export function resolvedText(r: ResolvedFinding): string {
  return `${r.message} (open since ${day(r.firstSeen)}, last seen ${day(r.lastSeen)}, ${runs(r.runs)}) [${r.gate}]`;
}

/** The report's history in one line: where it lives and the last live run. */
export function historySummary(report: Report): string | undefined {
  const h = report.history;
  if (!h) return undefined;
  if (h.unavailable) return `run history: unavailable (${h.unavailable})`;
  const last = h.lastLiveRun ? `last live run ${utcMinute(h.lastLiveRun)}` : 'no live run recorded yet';
  const what = h.mode === 'recorded' ? `this run recorded in ${h.source}` : `read from ${h.source}`;
  return `run history: ${what}, ${runs(h.runs)} kept, ${last}`;
}
