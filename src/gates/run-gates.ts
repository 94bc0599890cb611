// Runs the selected gates over one context: each gate timed, its drafts finalised, a gate that
// throws recorded as `error` (never as a finding), everything sorted and deduplicated once.
// Coverage is part of every result: a gate whose inputs did not load does not run and is
// `inconclusive` with one line saying why; unreadable entries of the files it reads or the kinds it
// judges, and entities of judged kinds whose status is unknown, are one inconclusive line each.
// What makes an input unusable always reaches the report: when `schema` is not selected, it runs
// anyway over those problems (files that did not load, entries that could not be read, unknown
// statuses).
import { BINDING_KINDS, isBroken } from '../bindings/input-states.js';
import { atOrBelow } from '../bindings/locate.js';
import type { InputState, LoadProblem, Ref } from '../bindings/types.js';
import { errorMessage } from '../core/errors.js';
import { brokenInputs, COVERAGE_DETAIL, notEvaluatedDraft, unknownStatusDrafts, unreadableDrafts } from './coverage.js';
import { finalizeDraft, gateSetting } from './finalize.js';
import { sub } from './gate-helpers.js';
import schema from './schema.js';
import { sortFindings } from './sort-findings.js';
import type { Finding, FindingDraft, GateContext, GateDef, GateResult, GateRun } from './types.js';
import { withUncertainFields } from './uncertain-fields.js';

/** A gate's result from its findings: fail on an error, inconclusive on an unchecked input, warn on a warning. */
export function resultOf(findings: readonly Finding[]): GateResult {
  if (findings.some((f) => f.severity === 'error' && !f.inconclusive)) return 'fail';
  if (findings.some((f) => f.inconclusive)) return 'inconclusive';
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  // notices inform (e.g. "21/24 running, all exited ones expected"); they never turn a gate yellow
  return findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass';
}

/** The note of an inconclusive gate: the first place it could not use. */
function coverageNote(findings: readonly Finding[]): string | undefined {
  const unchecked = findings.filter((f) => f.details?.[COVERAGE_DETAIL] !== undefined);
  const first = unchecked[0]?.locations[0];
  if (!first) return undefined;
  const more = unchecked.length > 1 ? ` and ${unchecked.length - 1} more` : '';
  const what = unchecked[0]!.details?.[COVERAGE_DETAIL] === 'input-not-loaded' ? 'not evaluated: could not use' : 'could not use';
  return `${what} ${first.file}:${first.line}:${first.column}${more}`;
}

function run(gate: GateDef, ctx: GateContext, forced?: string): { run: GateRun; findings: Finding[] } {
  const base = { id: gate.id, aliases: [...gate.aliases], kind: gate.kind, checked: {} };
  const setting = gateSetting(gate, ctx.config.gates);
  if (setting === 'off' && !forced) {
    return { run: { ...base, result: 'skipped', findings: 0, durationMs: 0, note: 'off in config' }, findings: [] };
  }
  const weight = setting === 'off' ? undefined : setting;
  if (gate.kind === 'live' && ctx.observations === undefined) {
    return { run: { ...base, result: 'skipped', findings: 0, durationMs: 0, note: 'offline' }, findings: [] };
  }
  const started = performance.now();
  const finish = (drafts: FindingDraft[], checked: GateRun['checked']): { run: GateRun; findings: Finding[] } => {
    const findings = drafts.map((d) => finalizeDraft(gate, d, ctx.model, weight));
    const durationMs = Math.round(performance.now() - started);
    const result = resultOf(findings);
    const note = forced ?? (result === 'inconclusive' ? coverageNote(findings) : undefined);
    return { run: { ...base, checked, result, findings: findings.length, durationMs, ...(note ? { note } : {}) }, findings };
  };
  const broken = brokenInputs(gate, ctx.model);
  if (broken.length > 0) return finish([notEvaluatedDraft(broken)], {});
  try {
    const out = gate.run(ctx);
    const own = gate.id === schema.id ? out.findings : withUncertainFields(gate, ctx.model, out.findings);
    return finish([...own, ...unreadableDrafts(gate, ctx.model), ...unknownStatusDrafts(gate, ctx.model)], out.checked);
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const note = `gate crashed: ${errorMessage(error)}`;
    return { run: { ...base, result: 'error', findings: 0, durationMs, note }, findings: [] };
  }
}

/** Binding files (and the Caddyfile) that exist but did not load, or are required and missing. */
export function brokenBindings(ctx: GateContext): InputState[] {
  return [...BINDING_KINDS, 'caddyfile' as const].map((k) => ctx.model.inputs[k]).filter((s): s is InputState => s !== undefined && isBroken(s));
}

/** Whether a problem concerns a place: at it or below it, or a required field missing above it. */
function concerns(p: LoadProblem, at: Ref): boolean {
  return atOrBelow(p.location, at) || (p.code === 'SCHEMA_REQUIRED' && atOrBelow(at, p.location));
}

/**
 * What makes the run fail even when `schema` is not selected: binding files that did not load,
 * entries that could not be read, and statuses no vocabulary knows. Their problems, and why.
 */
function unusable(ctx: GateContext): { problems: LoadProblem[]; why: string[] } {
  const m = ctx.model;
  const broken = brokenBindings(ctx);
  const files = new Set(broken.map((s) => s.path));
  const unknown = [...m.services, ...m.vms].filter((e) => e.meaning === 'unknown').map((e) => sub(e.ref, 'status'));
  const places: Ref[] = [...m.unreadable.map((u) => u.ref), ...unknown];
  const problems = ctx.problems.filter((p) => files.has(p.location.file) || places.some((r) => concerns(p, r)));
  const why = [
    broken.length === 1 ? `${broken[0]!.path} did not load` : broken.length > 1 ? `${broken.length} binding files did not load` : '',
    m.unreadable.length > 0 ? `${m.unreadable.length} ${m.unreadable.length === 1 ? 'entry' : 'entries'} could not be read` : '',
    unknown.length > 0 ? `${unknown.length} ${unknown.length === 1 ? 'status is' : 'statuses are'} unknown` : '',
  ].filter(Boolean);
  return { problems, why };
}

/**
 * The gates to run: the selection, plus `schema` over the problems that make inputs unusable
 * (a binding file that did not load, an entry that could not be read, an unknown status) when the
 * selection leaves it out: such a problem always fails the run, whatever --gates selects.
 */
function plan(gates: readonly GateDef[], ctx: GateContext): Array<{ gate: GateDef; ctx: GateContext; forced?: string }> {
  const planned: Array<{ gate: GateDef; ctx: GateContext; forced?: string }> = gates.map((gate) => ({ gate, ctx }));
  if (gates.some((g) => g.id === schema.id)) return planned;
  const { problems, why } = unusable(ctx);
  if (why.length === 0) return planned;
  planned.unshift({ gate: schema, ctx: { ...ctx, problems }, forced: `not selected; runs because ${why.join(', ')}` });
  return planned;
}

export function runGates(gates: readonly GateDef[], ctx: GateContext): { runs: GateRun[]; findings: Finding[] } {
  const runs: GateRun[] = [];
  const all: Finding[] = [];
  for (const p of plan(gates, ctx)) {
    const { run: r, findings } = run(p.gate, p.ctx, p.forced);
    runs.push(r);
    all.push(...findings);
  }
  const findings = sortFindings(all);
  return { runs: settleRuns(runs, findings), findings };
}

/**
 * Gate runs agreeing with the findings the report lists (after deduplication, config exceptions,
 * root-cause folding and damping): count, suppressed count and result recomputed from them, so
 * text, Markdown, JSON and metrics say the same thing. `suppressed` undefined keeps the counts the
 * runs have; `folded` are findings folded into a root cause: not listed, still part of the result
 * (an inconclusive line folded into its host's host-key failure leaves its gate inconclusive).
 */
export function settleRuns(
  runs: readonly GateRun[],
  findings: readonly Finding[],
  suppressed?: readonly Finding[],
  folded: readonly Finding[] = [],
): GateRun[] {
  return runs.map((r) => {
    if (r.result === 'skipped' || r.result === 'error') return r;
    const own = findings.filter((f) => f.gate === r.id);
    const result = resultOf([...own, ...folded.filter((f) => f.gate === r.id)]);
    if (suppressed === undefined) return { ...r, findings: own.length, result };
    const hidden = suppressed.filter((f) => f.gate === r.id).length;
    const { suppressed: _old, ...rest } = r;
    return { ...rest, findings: own.length, result, ...(hidden > 0 ? { suppressed: hidden } : {}) };
  });
}
