// What the edits of a fix are made of: the edit and its value, what applying it did, a splice of
// new source, and the lookups both edit operations share (a node by JSON pointer, deep equality).
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { FixRefusedError, parsePointer } from './fix-error.js';

export type EditScalar = string | number | boolean | null;
/** A scalar, a list of scalars (a flow sequence), or a flat mapping (added as a block, see yaml-insert.ts) */
export type EditValue = EditScalar | EditScalar[] | { [key: string]: EditScalar };

export interface YamlEdit {
  pointer: string;
  value: EditValue;
  /** `add`: a new key (the pointer's last segment) in the block mapping at the pointer's parent. Default: replace */
  op?: 'replace' | 'add';
  /** `add`: sibling keys; the new key goes after the last of them the mapping has (default: after its last key) */
  after?: string[];
  /** `add`: a comment line written above the new key, in the file's comment style */
  comment?: string;
}

export interface AppliedEdit {
  pointer: string;
  /** 1-based line: replace, of the edited value in the original text; add, of the new key in the edited text */
  line: number;
  before: unknown;
  after: EditValue;
  /** false when the value already equalled the target (nothing written) */
  changed: boolean;
  op?: 'add';
  /** add: the whole lines inserted, numbered in the edited text */
  inserted?: { from: number; count: number };
}

export interface EditResult {
  text: string;
  applied: AppliedEdit[];
}

/** A piece of new source: `source` replaces `[start, end)` of the original text. */
export interface Splice {
  start: number;
  end: number;
  source: string;
  /** add: lines inserted (a whole-line insertion at a line start) */
  lines?: number;
  /** add: index of the new key's line among the inserted lines (after a blank separator, a comment) */
  keyLine?: number;
}

/** The node at a pointer (any kind), refusing aliases on the way. */
export function locateNode(contents: unknown, pointer: string): { node: unknown; inFlow: boolean } {
  let node: unknown = contents;
  let inFlow = false;
  for (const segment of parsePointer(pointer)) {
    if (isAlias(node)) throw new FixRefusedError('ALIAS', `"${pointer}" passes through an alias; driftgate does not edit aliased values`, pointer);
    if (isMap(node)) {
      inFlow = inFlow || Boolean(node.flow);
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) throw new FixRefusedError('NOT_FOUND', `"${pointer}" does not exist (no key "${segment}")`, pointer);
      node = pair.value;
    } else if (isSeq(node)) {
      inFlow = inFlow || Boolean(node.flow);
      const index = /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
      if (index < 0 || index >= node.items.length) throw new FixRefusedError('NOT_FOUND', `"${pointer}" does not exist (no item ${segment})`, pointer);
      node = node.items[index];
    } else {
      throw new FixRefusedError('NOT_FOUND', `"${pointer}" does not exist (no collection at "${segment}")`, pointer);
    }
  }
  if (isAlias(node)) throw new FixRefusedError('ALIAS', `"${pointer}" is an alias; driftgate does not edit aliased values`, pointer);
  return { node, inFlow };
}

/** The plain source of a non-string scalar. */
export function plainSource(value: EditScalar): string {
  return value === null ? 'null' : String(value);
}

/** Deep equality of plain data (parsed YAML against an edit value). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (a == null && b == null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
