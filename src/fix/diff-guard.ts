// The guard between an edit and a commit: the unified diff may touch only the lines of the named
// values, and the data may differ only at the named pointers. Otherwise the fix is refused.
import { createTwoFilesPatch, structuredPatch } from 'diff';
import { parse } from 'yaml';
import { FixRefusedError, parsePointer } from './fix-error.js';
import type { YamlEdit } from './edit-yaml.js';

/** `diff -u` of one file with a/ b/ prefixes (empty string when nothing changed). */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  // git's form: no "Index:"/"====" preamble
  return patch.replace(/^(?:Index: .*\n)?=+\n/, '');
}

/** Lines (1-based) removed from `before` and added to `after`, per the `diff` package. */
export function changedLines(before: string, after: string): { removed: number[]; added: number[] } {
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 0 });
  const removed: number[] = [];
  const added: number[] = [];
  for (const hunk of patch.hunks) {
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const l of hunk.lines) {
      if (l.startsWith('-')) removed.push(oldLine++);
      else if (l.startsWith('+')) added.push(newLine++);
      else if (l.startsWith(' ')) {
        oldLine++;
        newLine++;
      }
    }
  }
  return { removed, added };
}

/** Refuse unless exactly the allowed lines changed (each replaced in place, none added or removed). */
export function guardDiff(file: string, before: string, after: string, allowedLines: number[]): void {
  const allowed = new Set(allowedLines);
  const { removed, added } = changedLines(before, after);
  const stray = [...removed, ...added].filter((l) => !allowed.has(l));
  if (stray.length > 0) {
    throw new FixRefusedError(
      'DIFF_GUARD',
      `${file}: the edit would change line ${[...new Set(stray)].sort((a, b) => a - b).join(', ')}, which holds no value it was asked to change; refused`,
      undefined,
      stray[0],
    );
  }
  if (removed.join(',') !== added.join(',')) {
    throw new FixRefusedError('DIFF_GUARD', `${file}: the edit would add or remove lines; refused`);
  }
}

function setAt(data: unknown, pointer: string, value: unknown): unknown {
  const path = parsePointer(pointer);
  if (path.length === 0) return value;
  let node = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return data;
}

/** Refuse unless the parsed data of `after` equals `before` with exactly the edits applied. */
export function guardValues(file: string, before: string, after: string, edits: YamlEdit[]): void {
  let expected: unknown = parse(before);
  for (const e of edits) expected = setAt(expected, e.pointer, e.value);
  if (JSON.stringify(expected) !== JSON.stringify(parse(after))) {
    throw new FixRefusedError('DIFF_GUARD', `${file}: the edited file differs from the original in more than the named values; refused`);
  }
}
