// `driftgate fix --write`: the planned edits applied to the working tree, for people who fix by
// hand. The same guards as a fix PR: each file is read again and the edits are re-applied by
// pointer on what is there now (a file edited since the plan was made is re-guarded, not
// clobbered), only the named values change, the file must re-validate; then it is written
// atomically (temp file + rename, the file's mode kept, through a symlink to its target).
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.js';
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

function writeKeepingMode(path: string, text: string): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode & 0o7777;
  const temp = `${target}.driftgate-${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

async function applyTopic(topic: TopicPlan, root: string, revalidate: Revalidate | undefined, out: LocalApplyResult): Promise<void> {
  const read = async (file: string) => {
    try {
      return { text: readFileSync(join(root, file), 'utf8'), sha: '' };
    } catch {
      return undefined;
    }
  };
  const fresh = await rebasePlan(topic, read, revalidate);
  out.notes.push(...fresh.notes.map((n) => n.replace('on the base branch', 'in the working tree')));
  // refusals the plan already had are the plan's; only those found now are new
  out.refused.push(...fresh.plan.refused.slice(topic.refused.length));
  for (const f of fresh.plan.files) {
    try {
      writeKeepingMode(join(root, f.file), f.after);
      out.written.push({ file: f.file, changes: f.changes });
    } catch (error) {
      for (const e of f.edits) out.refused.push({ file: f.file, pointer: e.pointer, reason: `cannot write ${f.file}: ${errorMessage(error)}` });
    }
  }
}

export async function applyPlanLocally(plan: FixPlan, root: string, revalidate?: Revalidate): Promise<LocalApplyResult> {
  const out: LocalApplyResult = { written: [], refused: [], notes: [] };
  for (const topic of plan.topics) await applyTopic(topic, root, revalidate, out);
  return out;
}

/** What --write prints after the plan: one line per written value, then what was not applied. */
export function renderApplied(result: LocalApplyResult): string {
  const lines: string[] = [];
  for (const w of result.written) {
    const added = w.changes.filter((c) => c.op === 'add').length;
    const changed = w.changes.length - added;
    const what = [changed > 0 ? `${changed} value${changed === 1 ? '' : 's'} changed` : '', added > 0 ? `${added} key${added === 1 ? '' : 's'} added` : ''].filter(Boolean).join(', ');
    lines.push(`wrote ${w.file}: ${what}`);
    for (const c of w.changes) lines.push(`  ${changeLine(w.file, c)}`);
  }
  for (const n of result.notes) lines.push(`note: ${n}`);
  for (const r of result.refused) lines.push(`not written ${r.file} ${r.pointer}: ${r.reason}`);
  if (result.written.length === 0 && result.refused.length === 0) lines.push('nothing to write: the working tree already has every planned value');
  return `${lines.join('\n')}\n`;
}
