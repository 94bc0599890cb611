// The plan as a person reads it in a terminal: per topic the edits, what was refused and why,
// then the unified diff that a PR would carry.
import type { FixPlan, TopicPlan } from './plan-fixes.js';
import type { SkippedTopic } from './skipped-topics.js';

function show(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

function renderTopic(t: TopicPlan): string {
  const out: string[] = [];
  const edits = t.files.reduce((n, f) => n + f.edits.length, 0);
  if (edits === 0) {
    out.push(`topic ${t.topic}: nothing to fix`);
  } else {
    out.push(`topic ${t.topic}: ${edits} edit${edits === 1 ? '' : 's'} in ${t.files.length} file${t.files.length === 1 ? '' : 's'} (plan ${t.fingerprint})`);
    for (const f of t.files) {
      for (const c of f.changes) out.push(`  ${f.file}:${c.line} ${c.pointer}: ${show(c.before)} -> ${show(c.after)}`);
    }
  }
  for (const r of t.refused) out.push(`  refused ${r.file} ${r.pointer}: ${r.reason}`);
  for (const f of t.files) out.push('', f.diff.trimEnd());
  return out.join('\n');
}

/** The plan, then one line per topic held back by damping and per topic of `fix.gates` not planned, and why. */
export function renderPlan(plan: FixPlan, skipped: SkippedTopic[] = []): string {
  const parts = plan.topics.map(renderTopic);
  parts.push(...(plan.held ?? []).map((h) => `topic ${h.topic}: held: ${h.reason}`));
  parts.push(...skipped.map((s) => `topic ${s.topic}: not planned: ${s.reason}`));
  if (parts.length === 0) return 'no fix topics: config fix.gates lists no gate\n';
  return `${parts.join('\n\n')}\n`;
}

/** Number of edits over all topics. */
export function planSize(plan: FixPlan): number {
  return plan.topics.reduce((n, t) => n + t.files.reduce((m, f) => m + f.edits.length, 0), 0);
}
