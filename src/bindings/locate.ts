// RFC 6901 JSON pointers → 1-based line:column through each file's LineCounter.
// A scalar resolves to its value; a collection to its key (map member) or its start;
// a pointer that does not exist to its nearest existing ancestor; a missing file to 1:1.
import { isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Location, Model, Ref, SourceFile } from './types.js';

/** Builds a JSON pointer from path segments, escaping `~` as `~0` and `/` as `~1`. */
export function pointerOf(path: ReadonlyArray<string | number>): string {
  return path.map((seg) => `/${String(seg).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Splits a JSON pointer into its unescaped segments ('' → []). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  const body = pointer.startsWith('/') ? pointer.slice(1) : pointer;
  return body.split('/').map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Whether a place is the one at `ref` or below it: same file, the same pointer or one under it. */
export function atOrBelow(place: { file: string; pointer: string }, ref: { file: string; pointer: string }): boolean {
  return place.file === ref.file && (place.pointer === ref.pointer || place.pointer.startsWith(`${ref.pointer}/`));
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return typeof key === 'object' ? undefined : String(key);
}

function startOf(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/** The source offset a pointer resolves to in a parsed file (undefined = no document). */
function offsetOf(file: SourceFile, segments: string[]): number | undefined {
  const doc = file.doc;
  if (!doc) return undefined;
  let node: unknown = doc.contents;
  // offset of the best place found so far: the key of a map member, or the node start
  let best = startOf(node) ?? 0;
  for (const seg of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === seg);
      if (!pair) return best;
      const value = pair.value as Node | null;
      const keyStart = startOf(pair.key);
      node = value;
      const emptyValue = value === null || (isScalar(value) && value.value === null && value.source === '');
      if (emptyValue) best = keyStart ?? best;
      else if (isScalar(value) || isAlias(value)) best = startOf(value) ?? keyStart ?? best;
      else best = keyStart ?? startOf(value) ?? best;
    } else if (isSeq(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(seg)) return best;
      const item = node.items[Number(seg)];
      if (item === undefined) return best;
      node = item;
      best = startOf(item) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** Resolves a JSON pointer inside one file to a Location. */
export function locateIn(file: SourceFile, pointer: string): Location {
  const offset = offsetOf(file, parsePointer(pointer));
  if (offset === undefined) return { file: file.path, line: 1, column: 1, pointer };
  const pos = file.lineCounter.linePos(offset);
  return { file: file.path, line: pos.line, column: pos.col, pointer };
}

/** Like locateIn, but a map member resolves to its key even when its value is a scalar (unknown keys). */
export function locateKeyIn(file: SourceFile, pointer: string): Location {
  const segments = parsePointer(pointer);
  const last = segments.pop();
  const parent = file.doc ? nodeAt(file, segments) : undefined;
  if (last !== undefined && isMap(parent)) {
    const pair = parent.items.find((p) => keyText(p.key) === last);
    const start = startOf(pair?.key);
    if (start !== undefined) {
      const pos = file.lineCounter.linePos(start);
      return { file: file.path, line: pos.line, column: pos.col, pointer };
    }
  }
  return locateIn(file, pointer);
}

function nodeAt(file: SourceFile, segments: string[]): unknown {
  let node: unknown = file.doc?.contents;
  for (const seg of segments) {
    if (isAlias(node) && file.doc) node = node.resolve(file.doc);
    if (isMap(node)) node = node.items.find((p) => keyText(p.key) === seg)?.value;
    else if (isSeq(node)) node = node.items[Number(seg)];
    else return undefined;
  }
  return isAlias(node) && file.doc ? node.resolve(file.doc) : node;
}

/** Resolves a ref against the model's files; a file that was not read resolves to 1:1. */
export function locate(model: Model, ref: Ref): Location {
  const file = model.files.get(ref.file);
  if (!file) return { file: ref.file, line: 1, column: 1, pointer: ref.pointer };
  return locateIn(file, ref.pointer);
}
