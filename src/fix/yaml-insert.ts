// An `add` edit: a new key in a block mapping, inserted as whole lines right after a sibling entry
// (after its value and the comment lines indented under it), with the mapping's own indentation,
// the file's indentation step for a nested mapping, its line endings, a blank line before the new
// entry where the mapping separates its entries by blank lines, and the quoting the sibling uses
// for the same key. Nothing else of the file is touched; refused when the place is not a block
// mapping or the key exists with another value.
import { isMap, isScalar, stringify } from 'yaml';
import type { LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { pointerOf } from '../bindings/locate.js';
import { FixRefusedError, parsePointer } from './fix-error.js';
import { type AppliedEdit, type EditScalar, type Splice, type YamlEdit, locateNode, plainSource, sameValue } from './yaml-node.js';

function keyName(p: Pair): string {
  return isScalar(p.key) ? String(p.key.value) : String(p.key);
}

/** Column (0-based) of an offset. */
function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** A scalar as YAML source on one line: plain where it reads back the same, else quoted like `quote`. */
function scalarSource(value: EditScalar, quote?: 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'): string {
  if (typeof value !== 'string') return plainSource(value);
  const options = { lineWidth: 0, ...(quote ? { defaultStringType: quote } : {}) } as const;
  const source = stringify(value, options).replace(/\r?\n$/, '');
  if (/[\r\n]/.test(source)) throw new FixRefusedError('MULTILINE', `the value ${JSON.stringify(value)} does not fit on one line`);
  return source;
}

function keySource(key: string): string {
  const plain = scalarSource(key);
  return /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/.test(key) ? key : plain;
}

/** How the sibling writes a key's string value: double or single quotes, else plain. */
function quoteOf(sibling: Node | null | undefined, key: string): 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | undefined {
  if (!isMap(sibling)) return undefined;
  const value = sibling.items.find((p) => keyName(p) === key)?.value;
  if (!isScalar(value)) return undefined;
  return value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE' ? value.type : undefined;
}

/** The indentation step of nested mappings in this mapping (2 when none is nested). */
function nestedStep(text: string, map: YAMLMap, indent: number): number {
  for (const p of map.items) {
    const inner = p.value;
    if (isMap(inner) && !inner.flow && inner.items[0]?.key && isScalar(inner.items[0].key)) {
      const col = column(text, inner.items[0].key.range?.[0] ?? 0);
      if (col > indent) return col - indent;
    }
  }
  return 2;
}

/** The start of the line after the one `offset` is on (`offset` itself when it starts a line). */
function nextLineStart(text: string, offset: number): number {
  return offset === 0 || text[offset - 1] === '\n' ? offset : text.indexOf('\n', offset) + 1;
}

/** Whether most entries of the mapping are preceded by a blank line (between the previous value and the key). */
function blankSeparated(text: string, map: YAMLMap): boolean {
  let spaced = 0;
  for (let i = 1; i < map.items.length; i++) {
    const prev = (map.items[i - 1]!.value ?? map.items[i - 1]!.key) as Node;
    const key = map.items[i]!.key as Node;
    const from = nextLineStart(text, prev.range?.[1] ?? 0);
    const to = text.lastIndexOf('\n', (key.range?.[0] ?? 0) - 1) + 1;
    if (from > 0 && to > from && text.slice(from, to).split('\n').some((l) => l.trim() === '')) spaced++;
  }
  return map.items.length > 1 && spaced * 2 > map.items.length - 1;
}

/** Where the lines of the new entry go: the start of the line after the anchor's value and its indented comments. */
function insertionOffset(text: string, anchor: Pair, indent: number, pointer: string): number {
  const node = (anchor.value ?? anchor.key) as Node;
  const end = node.range?.[1] ?? -1;
  if (end < 0) throw new FixRefusedError('PARSE', `"${pointer}": the place after the sibling entry cannot be found`, pointer);
  let at = nextLineStart(text, end);
  if (at === 0) throw new FixRefusedError('INSERT', `"${pointer}": the file does not end with a line break; driftgate inserts whole lines only`, pointer);
  for (;;) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    const lead = line.length - line.trimStart().length;
    if (next < 0 || !/^\s*#/.test(line) || lead <= indent) return at;
    at = next + 1;
  }
}

/** Plans an add edit as a whole-line insertion. */
export function planInsert(text: string, contents: unknown, lc: LineCounter, edit: YamlEdit): { splice?: Splice; applied: AppliedEdit } {
  const path = parsePointer(edit.pointer);
  const key = path.pop();
  if (key === undefined) throw new FixRefusedError('NOT_FOUND', 'an added key needs a pointer below the document', edit.pointer);
  const parentPointer = pointerOf(path);
  const { node: parent, inFlow } = locateNode(contents, parentPointer);
  if (!isMap(parent) || inFlow || parent.flow) {
    throw new FixRefusedError('INSERT', `"${edit.pointer}": its parent is not a block mapping; driftgate adds keys to block mappings only`, edit.pointer);
  }
  const existing = parent.items.find((p) => keyName(p) === key);
  const line = lc.linePos(parent.range?.[0] ?? 0).line;
  if (existing) {
    const value = isScalar(existing.value) ? existing.value.value : (existing.value as { toJSON?: () => unknown } | null)?.toJSON?.();
    if (sameValue(value, edit.value)) return { applied: { pointer: edit.pointer, line, before: value, after: edit.value, changed: false, op: 'add' } };
    throw new FixRefusedError('CONFLICT', `"${edit.pointer}" exists already (with ${JSON.stringify(value)}); driftgate adds new keys only`, edit.pointer);
  }
  const first = parent.items[0];
  if (!first || !isScalar(first.key)) throw new FixRefusedError('INSERT', `"${edit.pointer}": the mapping has no entry to take the indentation from`, edit.pointer);
  const indent = column(text, first.key.range?.[0] ?? 0);
  const wanted = new Set(edit.after ?? []);
  const anchors = parent.items.filter((p) => wanted.has(keyName(p)));
  const anchor = anchors[anchors.length - 1] ?? parent.items[parent.items.length - 1]!;
  const at = insertionOffset(text, anchor, indent, edit.pointer);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const nested = edit.value !== null && typeof edit.value === 'object' && !Array.isArray(edit.value);
  if (nested && blankSeparated(text, parent)) lines.push('');
  if (edit.comment) lines.push(`${pad}# ${edit.comment.replace(/[\r\n]+/g, ' ')}`);
  const keyLine = lines.length;
  if (nested) {
    const step = ' '.repeat(nestedStep(text, parent, indent));
    lines.push(`${pad}${keySource(key)}:`);
    for (const [k, v] of Object.entries(edit.value as Record<string, EditScalar>)) {
      lines.push(`${pad}${step}${keySource(k)}: ${scalarSource(v, quoteOf(anchor.value as Node, k))}`);
    }
  } else if (Array.isArray(edit.value)) {
    lines.push(`${pad}${keySource(key)}: [${edit.value.map((v) => scalarSource(v)).join(', ')}]`);
  } else {
    lines.push(`${pad}${keySource(key)}: ${scalarSource(edit.value as EditScalar)}`);
  }
  const source = lines.map((l) => `${l}${eol}`).join('');
  return {
    splice: { start: at, end: at, source, lines: lines.length, keyLine },
    applied: { pointer: edit.pointer, line: lc.linePos(at).line + keyLine, before: undefined, after: edit.value, changed: true, op: 'add' },
  };
}
