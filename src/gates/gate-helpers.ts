// Small pure helpers the static gates share: sub-refs, raw values behind a ref, "file:line:col"
// for messages, did-you-mean, placeholders. No I/O, no clock.
import { posix } from 'node:path';
import { locate, parsePointer, pointerOf } from '../bindings/locate.js';
import type { Location, Model, Ref } from '../bindings/types.js';

/** The ref of a member below an entity: sub(vm.ref, 'backup_target'); a field read through an alias names the key the file has. */
export function sub(ref: Ref, ...path: Array<string | number>): Ref {
  const [first, ...rest] = path;
  const key = typeof first === 'string' && ref.keys && Object.hasOwn(ref.keys, first) ? ref.keys[first]! : first;
  return { file: ref.file, pointer: ref.pointer + pointerOf(key === undefined ? [] : [key, ...rest]) };
}

/** The ref of a whole top-level collection of a file: at(model.paths.backups, 'targets'). */
export function at(file: string, ...path: Array<string | number>): Ref {
  return { file, pointer: pointerOf(path) };
}

/** The plain value a ref points at in its file's parsed data (undefined if absent). */
export function rawAt(model: Model, ref: Ref): unknown {
  let node: unknown = model.files.get(ref.file)?.data;
  for (const seg of parsePointer(ref.pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (node !== null && typeof node === 'object') node = (node as Record<string, unknown>)[seg];
    else return undefined;
  }
  return node;
}

/** Index of `value` in the list at `ref` (raw data, so filtered entries cannot shift it), or -1. */
export function indexIn(model: Model, ref: Ref, value: string): number {
  const list = rawAt(model, ref);
  return Array.isArray(list) ? list.indexOf(value) : -1;
}

/** "backup.inventory.yaml:87:5": the other place, for messages. */
export function where(model: Model, ref: Ref | Location): string {
  const loc = 'line' in ref ? ref : locate(model, ref);
  return `${posix.basename(loc.file)}:${loc.line}:${loc.column}`;
}

/** Base name of a binding file, for messages ("vm.lifecycle.yaml"). */
export function fileName(path: string): string {
  return posix.basename(path);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The closest candidate within a third of the name's length (prefix/suffix containment counts too). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(name) || name.startsWith(c) || c.endsWith(name) ? 1 : distance(name, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export function didYouMean(name: string, candidates: Iterable<string>): string {
  const best = closestName(name, candidates);
  return best ? `; did you mean "${best}"?` : '';
}

const PLACEHOLDER = /^(PENDING(_[A-Z0-9_]*)?|TBD|TODO|FIXME|CHANGEME|XXX)$/;

/** A value someone meant to fill in later: PENDING_*, TBD, TODO, FIXME, CHANGEME. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value.trim());
}

/** Every placeholder string below a raw value, with its path relative to it. */
export function findPlaceholders(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; value: string }> {
  if (isPlaceholder(value)) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  }
  return [];
}
