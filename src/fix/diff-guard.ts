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

/** `text` without the given whole lines (1-based, numbered in `text`). */
function withoutLines(text: string, ranges: ReadonlyArray<{ from: number; count: number }>): string {
  if (ranges.length === 0) return text;
  const drop = new Set(ranges.flatMap((r) => Array.from({ length: r.count }, (_, i) => r.from + i)));
  const lines = text.split(/(?<=\n)/);
  return lines.filter((_, i) => !drop.has(i + 1)).join('');
}

/**
 * Refuse unless exactly the allowed lines changed (each replaced in place, none added or removed),
 * apart from the whole lines an `add` inserted (`inserted`, numbered in `after`): with those taken
 * out again, the text must be the original with only the allowed lines changed.
 */
export function guardDiff(file: string, before: string, after: string, allowedLines: number[], inserted: ReadonlyArray<{ from: number; count: number }> = []): void {
  const allowed = new Set(allowedLines);
  const { removed, added } = changedLines(before, withoutLines(after, inserted));
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
    throw new FixRefusedError('DIFF_GUARD', `${file}: the edit would add or remove lines other than the new entries; refused`);
  }
}

type Data = Record<string, unknown>;

function parentOf(data: unknown, path: string[]): Data {
  let node = data as Data;
  for (const key of path.slice(0, -1)) node = node[key] as Data;
  return node;
}

function setAt(data: unknown, pointer: string, value: unknown): unknown {
  const path = parsePointer(pointer);
  if (path.length === 0) return value;
  parentOf(data, path)[path[path.length - 1] as string] = value;
  return data;
}

/** Adds a key after the last of `after` the mapping has (after keys added there before it), else at the end. */
function addAt(data: unknown, edit: YamlEdit, added: Map<Data, Set<string>>): void {
  const path = parsePointer(edit.pointer);
  const parent = parentOf(data, path);
  const key = path[path.length - 1] as string;
  const mine = added.get(parent) ?? new Set<string>();
  added.set(parent, mine);
  const entries = Object.entries(parent);
  const wanted = new Set(edit.after ?? []);
  let at = entries.reduce((last, [k], i) => (wanted.has(k) && !mine.has(k) ? i : last), -1);
  if (at < 0) at = entries.length - 1;
  while (at + 1 < entries.length && mine.has(entries[at + 1]![0])) at++;
  entries.splice(at + 1, 0, [key, edit.value]);
  mine.add(key);
  for (const k of Object.keys(parent)) delete parent[k];
  for (const [k, v] of entries) parent[k] = v;
}

/** Refuse unless the parsed data of `after` equals `before` with exactly the edits applied (added keys in their place). */
export function guardValues(file: string, before: string, after: string, edits: YamlEdit[]): void {
  let expected: unknown = parse(before);
  const added = new Map<Data, Set<string>>();
  for (const e of edits) {
    if (e.op === 'add') addAt(expected, e, added);
    else expected = setAt(expected, e.pointer, e.value);
  }
  if (JSON.stringify(expected) !== JSON.stringify(parse(after))) {
    throw new FixRefusedError('DIFF_GUARD', `${file}: the edited file differs from the original in more than the named values; refused`);
  }
}
