// `driftgate fix --write`: the planned edits applied to the working tree, for people who fix by
// hand. The same guards as a fix PR: each file is read again and the edits are re-applied by
// pointer on what is there now (a file edited since the plan was made is re-guarded, not
// clobbered), only the named values change, the file must re-validate; then it is written
// atomically (temp file + rename, the file's mode kept, through a symlink to its target). Topics
// that edit one file are applied in turn, each on what the one before wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.js';
import { plural } from '../report/format-values.js';
import { replaceFileAtomic } from '../report/write-report.js';
import type { AppliedEdit } from './edit-yaml.js';
import type { FixPlan, RefusedEdit, Revalidate, TopicPlan } from './plan-fixes.js';
import { rebasePlan } from './rebase-plan.js';
import { changeLine } from './render-plan.js';

export interface WrittenFile {
  file: string;
  changes: AppliedEdit[];
}

export interface LocalApplyResult {
  written: WrittenFile[];
  /** edits not applied, with the reason (refused by a guard, the file vanished, writing failed) */
  refused: RefusedEdit[];
  notes: string[];
}

/** Renumbers `lines` counted before whole-line insertions (numbered after them) as they are after them. */
function shiftPast(lines: Array<{ line: number }>, inserted: ReadonlyArray<{ from: number; count: number }>): void {
  const blocks = [...inserted].sort((a, b) => a.from - b.from);
  for (const c of lines) for (const b of blocks) if (c.line >= b.from) c.line += b.count;
}

/** The run's state over its topics: what it wrote to each file (text, and the changes as lines of that text). */
interface Applying {
  root: string;
  revalidate?: Revalidate;
  out: LocalApplyResult;
  texts: Map<string, string>;
  files: Map<string, WrittenFile>;
}

/** One file written: its changes join the file's earlier ones, all numbered as lines of the text now written. */
function noteWritten(run: Applying, file: string, text: string, applied: AppliedEdit[]): void {
  const changes = applied.map((c) => ({ ...c }));
  const earlier = run.files.get(file);
  shiftPast([...(earlier?.changes ?? []), ...changes.filter((c) => c.op !== 'add')], changes.flatMap((c) => (c.inserted ? [c.inserted] : [])));
  run.texts.set(file, text);
  if (earlier) earlier.changes.push(...changes);
  else {
    const written = { file, changes };
    run.files.set(file, written);
    run.out.written.push(written);
  }
}

async function applyTopic(topic: TopicPlan, run: Applying): Promise<void> {
  const read = async (file: string) => {
    try {
      return { text: readFileSync(join(run.root, file), 'utf8'), sha: '' };
    } catch {
      return undefined;
    }
  };
  // a topic after another that wrote the same file re-applies on that text: no note for it
  const fresh = await rebasePlan(topic, read, run.revalidate, run.texts);
  run.out.notes.push(...fresh.notes.map((n) => n.replace('on the base branch', 'in the working tree')));
  // refusals the plan already had are the plan's; only those found now are new
  run.out.refused.push(...fresh.plan.refused.slice(topic.refused.length));
  for (const f of fresh.plan.files) {
    try {
      replaceFileAtomic(join(run.root, f.file), f.after);
      noteWritten(run, f.file, f.after, f.changes);
    } catch (error) {
      for (const e of f.edits) run.out.refused.push({ file: f.file, pointer: e.pointer, reason: `cannot write ${f.file}: ${errorMessage(error)}` });
    }
  }
}

/**
 * Applies the topics one after another (a file several topics edit gets each topic's edits
 * re-applied on what the one before wrote); each written file is listed once, with every change
 * at its line in the file as written.
 */
export async function applyPlanLocally(plan: FixPlan, root: string, revalidate?: Revalidate): Promise<LocalApplyResult> {
  const run: Applying = { root, revalidate, out: { written: [], refused: [], notes: [] }, texts: new Map(), files: new Map() };
  for (const topic of plan.topics) await applyTopic(topic, run);
  return run.out;
}

/** What --write prints after the plan: one line per written value, then what was not applied. */
export function renderApplied(result: LocalApplyResult): string {
  const lines: string[] = [];
  for (const w of result.written) {
    const added = w.changes.filter((c) => c.op === 'add').length;
    const changed = w.changes.length - added;
    const what = [changed > 0 ? `${plural(changed, 'value')} changed` : '', added > 0 ? `${plural(added, 'key')} added` : ''].filter(Boolean).join(', ');
    lines.push(`wrote ${w.file}: ${what}`);
    for (const c of w.changes) lines.push(`  ${changeLine(w.file, c)}`);
  }
  for (const n of result.notes) lines.push(`note: ${n}`);
  for (const r of result.refused) lines.push(`not written ${r.file} ${r.pointer}: ${r.reason}`);
  if (result.written.length === 0 && result.refused.length === 0) lines.push('nothing to write: the working tree already has every planned value');
  return `${lines.join('\n')}\n`;
}
