// Re-apply a topic's edits on the base branch as it is now. The edits are by pointer, so they
// re-apply on fresh text: an edit whose value is already in place is dropped (someone fixed it),
// an edit whose node vanished is refused with a reason, the rest is guarded again.
import { buildWithRefusals, planFingerprint, type FileFix, type RefusedEdit, type Revalidate, type TopicPlan } from './plan-fixes.js';

export type ReadBase = (file: string) => Promise<{ text: string; sha: string } | undefined>;

export interface RebasedPlan {
  plan: TopicPlan;
  /** blob sha of each file on the base (for the contents API) */
  shas: Record<string, string>;
  /** what changed against the original plan, one line each */
  notes: string[];
}

export async function rebasePlan(plan: TopicPlan, readBase: ReadBase, revalidate?: Revalidate): Promise<RebasedPlan> {
  const files: FileFix[] = [];
  const refused: RefusedEdit[] = [...plan.refused];
  const shas: Record<string, string> = {};
  const notes: string[] = [];
  for (const file of plan.files) {
    const fresh = await readBase(file.file);
    if (!fresh) {
      for (const e of file.edits) refused.push({ file: file.file, pointer: e.pointer, reason: `${file.file} no longer exists on the base branch` });
      notes.push(`${file.file} no longer exists on the base branch`);
      continue;
    }
    shas[file.file] = fresh.sha;
    if (fresh.text === file.before) {
      files.push(file);
      continue;
    }
    notes.push(`${file.file} changed on the base branch since the plan was made; edits re-applied`);
    const result = buildWithRefusals(file.file, fresh.text, file.edits, revalidate, 'on the current base: ');
    refused.push(...result.refused);
    const built = result.fix;
    const before = new Set(file.edits.map((e) => e.pointer));
    const after = new Set(built?.edits.map((e) => e.pointer) ?? []);
    for (const p of before) {
      if (!after.has(p) && !refused.some((r) => r.file === file.file && r.pointer === p)) notes.push(`${file.file} ${p} already has its value on the base branch; dropped`);
    }
    if (built) files.push(built);
  }
  const kept = new Set(files.flatMap((f) => f.edits.map((e) => `${f.file}\0${e.pointer}`)));
  const findings = plan.findings.filter((f) => f.fix && kept.has(`${f.fix.file}\0${f.fix.pointer}`));
  const all = files.flatMap((f) => f.edits.map((e) => ({ file: f.file, ...e })));
  return { plan: { ...plan, files, findings, refused, fingerprint: planFingerprint(all) }, shas, notes };
}
