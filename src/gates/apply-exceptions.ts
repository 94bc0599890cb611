// Known exceptions from driftgate.config.yaml, applied once after the gates ran (actionlint
// filterErrors). A live exception suppresses the findings of its gate and subject; an expired
// one suppresses nothing and becomes a warning itself, so exceptions cannot rot silently. An
// exception never hides that an input could not be read (the coverage findings of a gate).
import { basename, relative, sep } from 'node:path';
import type { Location } from '../bindings/types.js';
import type { GateException, ResolvedConfig } from '../config/types.js';
import { COVERAGE_DETAIL } from './coverage.js';
import { fingerprint } from './fingerprint.js';
import { GATES } from './index.js';
import { sortFindings } from './sort-findings.js';
import type { Finding, GateDef } from './types.js';

/** A finding an exception suppressed, with the exception's reason and expiry. */
export type Suppressed = Finding & { exception: { reason: string; expires: string } };

export interface ApplyExceptionsOptions {
  /** the gate catalog, to match aliases such as D51 (default: GATES) */
  gates?: readonly GateDef[];
  /** root of the spine, to report the config file relative to it */
  root?: string;
}

/** YYYY-MM-DD of `now` in UTC: an exception is valid through its expiry day. */
function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function configPath(config: ResolvedConfig, root?: string): string {
  if (!config.file) return 'driftgate.config.yaml';
  const rel = root ? relative(root, config.file) : basename(config.file);
  return rel.split(sep).join('/');
}

function gateMatches(ex: GateException, gateId: string, gates: readonly GateDef[]): boolean {
  const wanted = ex.gate.toLowerCase();
  if (wanted === gateId.toLowerCase()) return true;
  const def = gates.find((g) => g.id === gateId);
  return Boolean(def?.aliases.some((a) => a.toLowerCase() === wanted));
}

function expiredFinding(ex: GateException, index: number, file: string): Finding {
  const location: Location = {
    file,
    line: ex.line ?? 1,
    column: ex.column ?? 1,
    pointer: `/exceptions/${index}`,
  };
  const subject = { kind: 'file' as const, id: file };
  return {
    gate: 'config',
    severity: 'warning',
    fingerprint: fingerprint('config', subject, `expired-exception:${ex.gate}:${ex.subject}`),
    message: `exception for gate "${ex.gate}" and subject "${ex.subject}" expired on ${ex.expires} and no longer suppresses anything; renew it with a new reason or fix the finding (reason was: "${ex.reason}")`,
    subject,
    locations: [location],
    expected: `expires after ${ex.expires}`,
    observed: 'expired',
    direction: 'inconsistent',
  };
}

export function applyExceptions(
  findings: Finding[],
  config: ResolvedConfig,
  now: Date,
  opts: ApplyExceptionsOptions = {},
): { findings: Finding[]; suppressed: number; hidden: Suppressed[]; expired: Finding[] } {
  const gates = opts.gates ?? GATES;
  const day = today(now);
  const file = configPath(config, opts.root);
  const live: GateException[] = [];
  const expired: Finding[] = [];
  config.exceptions.forEach((ex, index) => {
    if (ex.expires < day) expired.push(expiredFinding(ex, index, file));
    else live.push(ex);
  });
  const kept: Finding[] = [];
  const hidden: Suppressed[] = [];
  for (const f of findings) {
    const ex = f.details?.[COVERAGE_DETAIL] === undefined ? live.find((e) => e.subject === f.subject.id && gateMatches(e, f.gate, gates)) : undefined;
    if (ex) hidden.push({ ...f, exception: { reason: ex.reason, expires: ex.expires } });
    else kept.push(f);
  }
  return {
    findings: sortFindings([...kept, ...expired]),
    suppressed: hidden.length,
    hidden,
    expired,
  };
}
