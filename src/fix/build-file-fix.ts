// One file's edits, applied and proven: the values read back, only the named lines changed (and
// the whole lines an added key inserted), nothing else in the data changed, the file still
// validates; and the fingerprint of a plan's edits.
import { createHash } from 'node:crypto';
import { guardDiff, guardValues, unifiedDiff } from './diff-guard.js';
import { editYaml, type EditValue, type YamlEdit } from './edit-yaml.js';
import { FixRefusedError } from './fix-error.js';
import type { FileFix, RefusedEdit, Revalidate } from './plan-fixes.js';

export function planFingerprint(edits: Array<{ file: string; pointer: string; value: EditValue }>): string {
  if (edits.length === 0) return '';
  const keyed = edits.map((e) => JSON.stringify([e.file, e.pointer, e.value])).sort();
  return createHash('sha256').update(keyed.join('\n')).digest('hex').slice(0, 16);
}

/**
 * Apply `edits` to `text` and prove the result: values read back, only the named lines changed,
 * nothing else in the data changed, and the file still validates. Edits whose value is already
 * in place are dropped. Returns undefined when nothing is left to change.
 */
export function buildFileFix(file: string, text: string, edits: YamlEdit[], revalidate?: Revalidate): FileFix | undefined {
  const { text: after, applied } = editYaml(text, edits);
  const changed = applied.filter((a) => a.changed);
  if (changed.length === 0) return undefined;
  const kept = edits.filter((e) => changed.some((a) => a.pointer === e.pointer));
  const lines = changed.map((a) => a.line);
  const replaced = changed.filter((a) => a.op !== 'add').map((a) => a.line);
  guardDiff(file, text, after, replaced, changed.flatMap((a) => (a.inserted ? [a.inserted] : [])));
  guardValues(file, text, after, kept);
  const problems = revalidate?.(file, after, text) ?? [];
  if (problems.length > 0) {
    throw new FixRefusedError('SCHEMA', `${file}: the edited file no longer validates: ${problems.slice(0, 3).join('; ')}`);
  }
  return { file, edits: kept, lines: [...lines].sort((a, b) => a - b), changes: changed, before: text, after, diff: unifiedDiff(file, text, after) };
}

/**
 * buildFileFix, but an edit refused by pointer is set aside (with its reason) and the others are
 * tried again; a refusal of the whole file refuses every edit of it.
 */
export function buildWithRefusals(
  file: string,
  text: string,
  edits: YamlEdit[],
  revalidate?: Revalidate,
  prefix = '',
): { fix?: FileFix; refused: RefusedEdit[] } {
  const refused: RefusedEdit[] = [];
  let left = edits;
  while (left.length > 0) {
    try {
      return { fix: buildFileFix(file, text, left, revalidate), refused };
    } catch (e) {
      if (!(e instanceof FixRefusedError)) throw e;
      const bad = e.pointer && left.some((x) => x.pointer === e.pointer) ? e.pointer : undefined;
      for (const x of left.filter((y) => !bad || y.pointer === bad)) refused.push({ file, pointer: x.pointer, reason: `${prefix}${errorText(e)}` });
      left = bad ? left.filter((x) => x.pointer !== bad) : [];
    }
  }
  return { refused };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
