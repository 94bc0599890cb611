// Runs the selected gates over one context: each gate timed, its drafts finalised, a gate
// that throws recorded as `error` (never as a finding), everything sorted and deduplicated once.
import { errorMessage } from '../core/errors.js';
import { finalizeDraft, gateSetting } from './finalize.js';
import { sortFindings } from './sort-findings.js';
import type { Finding, GateContext, GateDef, GateResult, GateRun } from './types.js';

export function resultOf(findings: readonly Finding[]): GateResult {
  if (findings.length === 0) return 'pass';
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.inconclusive)) return 'inconclusive';
  // notices inform (e.g. "21/24 running, all exited ones expected"); they never turn a gate yellow
  return findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass';
}

function run(gate: GateDef, ctx: GateContext): { run: GateRun; findings: Finding[] } {
  const base = { id: gate.id, aliases: [...gate.aliases], kind: gate.kind };
  const setting = gateSetting(gate, ctx.config.gates);
  if (setting === 'off') {
    return { run: { ...base, result: 'skipped', findings: 0, durationMs: 0, note: 'off in config' }, findings: [] };
  }
  if (gate.kind === 'live' && ctx.observations === undefined) {
    return { run: { ...base, result: 'skipped', findings: 0, durationMs: 0, note: 'offline' }, findings: [] };
  }
  const started = performance.now();
  try {
    const drafts = gate.run(ctx);
    const findings = drafts.map((d) => finalizeDraft(gate, d, ctx.model, setting));
    const durationMs = Math.round(performance.now() - started);
    return { run: { ...base, result: resultOf(findings), findings: findings.length, durationMs }, findings };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const note = `gate crashed: ${errorMessage(error)}`;
    return { run: { ...base, result: 'error', findings: 0, durationMs, note }, findings: [] };
  }
}

export function runGates(gates: readonly GateDef[], ctx: GateContext): { runs: GateRun[]; findings: Finding[] } {
  const runs: GateRun[] = [];
  const all: Finding[] = [];
  for (const gate of gates) {
    const { run: r, findings } = run(gate, ctx);
    runs.push(r);
    all.push(...findings);
  }
  const findings = sortFindings(all);
  // after dedup the per-gate counts must match what the report lists
  for (const r of runs) {
    if (r.result === 'skipped' || r.result === 'error') continue;
    r.findings = findings.filter((f) => f.gate === r.id).length;
  }
  return { runs, findings };
}
