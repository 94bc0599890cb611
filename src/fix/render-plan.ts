// The plan as a person reads it in a terminal: per topic the edits, what was refused and why,
// then the unified diff that a PR would carry.
import type { AppliedEdit } from './edit-yaml.js';
import type { FixPlan, TopicPlan } from './plan-fixes.js';
import type { SkippedTopic } from './skipped-topics.js';

function show(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/** `file:line pointer: "stopped" -> "active"`, or `file:line pointer: added {…}` for a new key. */
export function changeLine(file: string, c: AppliedEdit): string {
  return c.op === 'add' ? `${file}:${c.line} ${c.pointer}: added ${show(c.after)}` : `${file}:${c.line} ${c.pointer}: ${show(c.before)} -> ${show(c.after)}`;
}

function renderTopic(t: TopicPlan): string {
  const out: string[] = [];
  const edits = t.files.reduce((n, f) => n + f.edits.length, 0);
  if (edits === 0) {
    out.push(`topic ${t.topic}: nothing to fix`);
  } else {
    out.push(`topic ${t.topic}: ${edits} edit${edits === 1 ? '' : 's'} in ${t.files.length} file${t.files.length === 1 ? '' : 's'} (plan ${t.fingerprint})`);
    for (const f of t.files) {
      for (const c of f.changes) out.push(`  ${changeLine(f.file, c)}`);
    }
  }
  for (const r of t.refused) out.push(`  refused ${r.file} ${r.pointer}: ${r.reason}`);
  for (const f of t.files) out.push('', f.diff.trimEnd());
  return out.join('\n');
}

/** Topics not planned for one reason, one line: `topic a: …`, or `topics a, b: …` when several share it. */
function skippedLines(skipped: SkippedTopic[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.topic]);
  return [...byReason].map(([reason, topics]) => `topic${topics.length === 1 ? '' : 's'} ${topics.join(', ')}: not planned: ${reason}`);
}

/**
 * The plan: each topic with edits as a block with its diff; then one line per topic with nothing
 * to fix, per topic held back by damping, and per reason topics of `fix.gates` were not planned.
 */
export function renderPlan(plan: FixPlan, skipped: SkippedTopic[] = []): string {
  const edited = plan.topics.filter((t) => t.files.length > 0 || t.refused.length > 0);
  const parts = edited.map(renderTopic);
  const lines = [
    ...plan.topics.filter((t) => !edited.includes(t)).map((t) => `topic ${t.topic}: nothing to fix`),
    ...(plan.held ?? []).map((h) => `topic ${h.topic}: held: ${h.reason}`),
    ...skippedLines(skipped),
  ];
  if (lines.length > 0) parts.push(lines.join('\n'));
  if (parts.length === 0) return 'no fix topics: config fix.gates lists no gate\n';
  return `${parts.join('\n\n')}\n`;
}

/** Number of edits over all topics. */
export function planSize(plan: FixPlan): number {
  return plan.topics.reduce((n, t) => n + t.files.reduce((m, f) => m + f.edits.length, 0), 0);
}
