// Re-apply a topic's edits on the base branch as it is now. The edits are by pointer, so they
// re-apply on fresh text: an edit whose value is already in place is dropped (someone fixed it),
// an edit whose node vanished is refused with a reason, the rest is guarded again; a finding's
// edits still stand or fall together (planTopic).
import type { Finding } from '../gates/types.js';
import type { FileFix, RefusedEdit, Revalidate, TopicPlan } from './plan-fixes.js';
import { fixEdits, planTopic } from './plan-topic.js';

export type ReadBase = (file: string) => Promise<{ text: string; sha: string } | undefined>;

export interface RebasedPlan {
  plan: TopicPlan;
  /** blob sha of each file on the base (for the contents API) */
  shas: Record<string, string>;
  /** what changed against the original plan, one line each */
  notes: string[];
}

/**
 * `ownWrites`: texts the caller wrote itself since the plan was made (`fix --write` applying the
 * topics one after another to one file): re-applied on like any change, but not noted as one.
 */
export async function rebasePlan(plan: TopicPlan, readBase: ReadBase, revalidate?: Revalidate, ownWrites?: ReadonlyMap<string, string>): Promise<RebasedPlan> {
  const shas: Record<string, string> = {};
  const notes: string[] = [];
  const texts = new Map<string, string>();
  const unchanged: FileFix[] = [];
  const gone = new Set<string>();
  for (const file of plan.files) {
    const fresh = await readBase(file.file);
    if (!fresh) {
      notes.push(`${file.file} no longer exists on the base branch`);
      gone.add(file.file);
      continue;
    }
    shas[file.file] = fresh.sha;
    texts.set(file.file, fresh.text);
    if (fresh.text === file.before) unchanged.push(file);
    else if (ownWrites?.get(file.file) !== fresh.text) notes.push(`${file.file} changed on the base branch since the plan was made; edits re-applied`);
  }
  if (unchanged.length === plan.files.length) return { plan, shas, notes };
  // a file a finding's fix also names that the plan does not carry (its value was already in
  // place): read too, so that finding is re-planned whole rather than refused as unreadable
  const others = [...new Set(plan.findings.flatMap((f) => fixEdits(f).map((e) => e.file)))].filter((file) => !texts.has(file) && !gone.has(file));
  for (const file of others) {
    const fresh = await readBase(file);
    if (!fresh) continue;
    shas[file] = fresh.sha;
    texts.set(file, fresh.text);
  }
  // the plan's findings whose edits touch a file that is gone are refused whole
  const lost = (f: Finding): boolean => fixEdits(f).some((e) => gone.has(e.file));
  const refused: RefusedEdit[] = [...plan.refused];
  for (const f of plan.findings.filter(lost)) {
    for (const e of fixEdits(f)) refused.push({ file: e.file, pointer: e.pointer, reason: gone.has(e.file) ? `${e.file} no longer exists on the base branch` : 'not applied alone: another edit of the same fix was refused' });
  }
  const read = (file: string): string | undefined => texts.get(file);
  const fresh = planTopic(plan.topic, plan.gate, plan.findings.filter((f) => !lost(f)), read, revalidate);
  refused.push(...fresh.refused.map((r) => ({ ...r, reason: `on the current base: ${r.reason}` })));
  const after = new Set(fresh.files.flatMap((f) => f.edits.map((e) => `${f.file}\u0000${e.pointer}`)));
  for (const file of plan.files) {
    for (const e of file.edits) {
      const key = `${file.file}\u0000${e.pointer}`;
      if (!after.has(key) && !gone.has(file.file) && !refused.some((r) => r.file === file.file && r.pointer === e.pointer)) {
        notes.push(`${file.file} ${e.pointer} already has its value on the base branch; dropped`);
      }
    }
  }
  return { plan: { ...fresh, refused }, shas, notes };
}
