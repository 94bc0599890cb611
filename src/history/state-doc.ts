// The state document on disk or on the state branch: JSON, checked on read (a state that is not
// driftgate's, is damaged or comes from a newer version is an error and is never overwritten).
import type { RunResult } from '../report/types.js';
import { STATE_VERSION, type FindingRecord, type HistoryState } from './types.js';

/** The state cannot be used: unreadable, damaged, or of a newer version. Never overwritten. */
export class StateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateError';
  }
}

const RESULTS: ReadonlySet<RunResult> = new Set<RunResult>(['pass', 'drift', 'inconclusive', 'error']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function badFinding(fp: string, rec: unknown, runs: number): string | undefined {
  if (!isObject(rec)) return `finding ${fp} is not an object`;
  if (typeof rec.gate !== 'string' || typeof rec.message !== 'string' || typeof rec.firstSeen !== 'string') return `finding ${fp} lacks gate, message or firstSeen`;
  if (!isObject(rec.subject) || typeof rec.subject.id !== 'string') return `finding ${fp} has no subject`;
  if (typeof rec.seen !== 'string' || !/^[01?]*$/.test(rec.seen) || rec.seen.length !== runs) return `finding ${fp}: "seen" must hold one of 0, 1, ? per recorded run (${runs})`;
  if (rec.fixes !== undefined && (!Array.isArray(rec.fixes) || rec.fixes.length !== runs || rec.fixes.some((v) => typeof v !== 'string'))) {
    return `finding ${fp}: "fixes" must hold one string per recorded run`;
  }
  return undefined;
}

/** Parses and checks a state document; `source` names it in errors. */
export function parseState(text: string, source: string): HistoryState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StateError(`${source}: the run history is not valid JSON`);
  }
  if (!isObject(data)) throw new StateError(`${source}: the run history is not a JSON object`);
  if (typeof data.version === 'number' && data.version > STATE_VERSION) {
    throw new StateError(`${source}: the run history has version ${data.version}, written by a newer driftgate; this one reads version ${STATE_VERSION}`);
  }
  if (data.version !== STATE_VERSION || !Array.isArray(data.runs) || !isObject(data.findings)) {
    throw new StateError(`${source}: not a driftgate run history (version ${STATE_VERSION} with runs and findings)`);
  }
  for (const [i, run] of data.runs.entries()) {
    if (!isObject(run) || typeof run.id !== 'string' || typeof run.at !== 'string' || !Number.isFinite(Date.parse(run.at)) || !RESULTS.has(run.result as RunResult)) {
      throw new StateError(`${source}: run ${i + 1} of the run history needs an id, a valid time "at" and a result`);
    }
  }
  for (const [fp, rec] of Object.entries(data.findings)) {
    const problem = badFinding(fp, rec, data.runs.length);
    if (problem) throw new StateError(`${source}: ${problem}`);
  }
  return data as unknown as HistoryState;
}

/** The document as written: stable key order, one finding per line block (readable diffs on the branch). */
export function serializeState(state: HistoryState): string {
  const findings = Object.fromEntries(Object.entries(state.findings).sort(([a], [b]) => a.localeCompare(b)).map(([fp, r]) => [fp, ordered(r)]));
  return `${JSON.stringify({ version: state.version, runs: state.runs, findings }, null, 1)}\n`;
}

function ordered(r: FindingRecord): FindingRecord {
  const out: FindingRecord = { gate: r.gate, severity: r.severity, subject: r.subject, message: r.message, firstSeen: r.firstSeen, seen: r.seen };
  if (r.file !== undefined) out.file = r.file;
  if (r.line !== undefined) out.line = r.line;
  if (r.fixes) out.fixes = r.fixes;
  if (r.carried) out.carried = r.carried;
  return out;
}
