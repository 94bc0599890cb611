// Byte-exact edits: find the node by JSON pointer, rewrite only its source token (same quoting
// style), splice it into the original text. Comments, blank lines, key order, folded blocks, CRLF
// and the BOM are never touched because nothing else is re-serialised. Two operations:
// - replace (the default): a single-line scalar gets a new value; a list value is written as a flow
//   sequence over a single-line scalar or flow sequence (`expect: 200` -> `expect: [200, 302]`);
// - add: a new key in a block mapping (yaml-insert.ts), inserted as whole lines after a sibling.
import { CST, isScalar, isSeq, LineCounter, parse, parseDocument } from 'yaml';
import type { Node, Scalar } from 'yaml';
import { FixRefusedError } from './fix-error.js';
import { planInsert } from './yaml-insert.js';
import { type AppliedEdit, type EditResult, type EditScalar, type Splice, type YamlEdit, locateNode, plainSource, sameValue } from './yaml-node.js';

export type { AppliedEdit, EditResult, EditScalar, EditValue, Splice, YamlEdit } from './yaml-node.js';

function locateScalar(contents: unknown, pointer: string): { node: Scalar; inFlow: boolean } {
  const { node, inFlow } = locateNode(contents, pointer);
  if (!isScalar(node)) throw new FixRefusedError('NOT_SCALAR', `"${pointer}" is not a scalar value`, pointer);
  if (node.anchor) throw new FixRefusedError('ANCHOR', `"${pointer}" carries the anchor "&${node.anchor}"; editing it would change its aliases too`, pointer);
  return { node, inFlow };
}

/**
 * The new source of the token: same style as before where the value allows it. A string where a
 * number or boolean stood is quoted (`expect: 200` -> `expect: "401,403"`), so its type shows.
 */
function newSource(token: CST.FlowScalar, value: EditScalar, inFlow: boolean, wasString: boolean): string {
  if (typeof value !== 'string') return plainSource(value);
  const copy: CST.FlowScalar = { ...token };
  CST.setScalarValue(copy, value, { implicitKey: true, inFlow });
  let source = copy.source;
  if (copy.type === 'scalar' && (parse(source) !== value || !wasString)) {
    // a plain "true"/"123" would change type: quote it
    CST.setScalarValue(copy, value, { implicitKey: true, inFlow, type: 'QUOTE_DOUBLE' });
    source = copy.source;
  }
  return source;
}

/** `[401, 403]`, spaced like an existing flow sequence (`[200,302]` stays without spaces). */
function flowSequence(values: EditScalar[], like?: string): string {
  const sep = like !== undefined && /,\S/.test(like) && !/,\s/.test(like) ? ',' : ', ';
  return `[${values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : plainSource(v))).join(sep)}]`;
}

function lineCounter(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

/** A replace edit: the splice of a single-line scalar (or of a single-line flow sequence, for a list value). */
function planReplace(text: string, contents: unknown, lc: LineCounter, edit: YamlEdit): { splice?: Splice; applied: AppliedEdit } {
  const list = Array.isArray(edit.value);
  if (edit.value !== null && typeof edit.value === 'object' && !list) {
    throw new FixRefusedError('NOT_SCALAR', `"${edit.pointer}": a mapping can only be added (op add), not written over a value`, edit.pointer);
  }
  const found = list ? locateNode(contents, edit.pointer) : locateScalar(contents, edit.pointer);
  const node = found.node as Node;
  const start = node.range?.[0] ?? -1;
  const line = lc.linePos(start).line;
  const current = isScalar(node) ? node.value : (node as { toJSON(): unknown }).toJSON();
  if (sameValue(current, edit.value)) return { applied: { pointer: edit.pointer, line, before: current, after: edit.value, changed: false } };
  if (list) {
    if (node.anchor) throw new FixRefusedError('ANCHOR', `"${edit.pointer}" carries the anchor "&${node.anchor}"; editing it would change its aliases too`, edit.pointer);
    const flowSeq = isSeq(node) && node.flow;
    const end = node.range?.[1] ?? -1;
    const old = text.slice(start, end);
    if (!(isScalar(node) || flowSeq) || /[\r\n]/.test(old) || start < 0) {
      throw new FixRefusedError('MULTILINE', `"${edit.pointer}" (line ${line}) is not a single-line value; driftgate writes a list only over a single-line scalar or flow sequence`, edit.pointer, line);
    }
    const source = flowSequence(edit.value as EditScalar[], flowSeq ? old : undefined);
    return { splice: { start, end, source }, applied: { pointer: edit.pointer, line, before: current, after: edit.value, changed: true } };
  }
  const scalar = node as Scalar;
  const token = scalar.srcToken;
  if (!token || !('source' in token) || token.type === 'block-scalar') {
    throw new FixRefusedError('MULTILINE', `"${edit.pointer}" (line ${line}) is a block scalar; driftgate edits single-line values only`, edit.pointer, line);
  }
  const flow = token as CST.FlowScalar;
  if (/[\r\n]/.test(flow.source)) {
    throw new FixRefusedError('MULTILINE', `"${edit.pointer}" (line ${line}) spans several lines; driftgate edits single-line values only`, edit.pointer, line);
  }
  if (text.slice(flow.offset, flow.offset + flow.source.length) !== flow.source) {
    throw new FixRefusedError('PARSE', `"${edit.pointer}" (line ${line}): source offsets do not match the text`, edit.pointer, line);
  }
  const source = newSource(flow, edit.value as EditScalar, found.inFlow, typeof current === 'string' || current === null);
  return {
    splice: { start: flow.offset, end: flow.offset + flow.source.length, source },
    applied: { pointer: edit.pointer, line, before: current, after: edit.value, changed: true },
  };
}

/** Edit every pointer in place; refuse (FixRefusedError) rather than reformat anything. */
export function editYaml(text: string, edits: YamlEdit[]): EditResult {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError('PARSE', `the file does not parse: ${first.message.split('\n')[0]}`);
  const lc = lineCounter(text);
  const planned: Array<{ splice?: Splice; applied: AppliedEdit }> = [];
  const seen = new Set<string>();
  for (const edit of edits) {
    if (seen.has(edit.pointer)) throw new FixRefusedError('CONFLICT', `"${edit.pointer}" is edited twice`, edit.pointer);
    seen.add(edit.pointer);
    planned.push(edit.op === 'add' ? planInsert(text, doc.contents, lc, edit) : planReplace(text, doc.contents, lc, edit));
  }
  // inserted lines shift what follows: number every line in the edited text (stable order for equal offsets)
  const order = planned.map((p, i) => ({ ...p, i })).filter((p) => p.splice);
  const insertedBefore = (offset: number, upTo: number): number =>
    order.filter((p) => p.splice!.lines && (p.splice!.start < offset || (p.splice!.start === offset && p.i < upTo))).reduce((n, p) => n + (p.splice!.lines ?? 0), 0);
  for (const p of order) {
    const shift = insertedBefore(p.splice!.start, p.i);
    if (p.splice!.lines) {
      const from = lc.linePos(p.splice!.start).line + shift;
      p.applied.line = from + (p.splice!.keyLine ?? 0);
      p.applied.inserted = { from, count: p.splice!.lines };
    }
  }
  let out = text;
  for (const p of [...order].sort((a, b) => b.splice!.start - a.splice!.start || b.i - a.i)) {
    const s = p.splice!;
    out = out.slice(0, s.start) + s.source + out.slice(s.end);
  }
  verifyValues(out, edits);
  return { text: out, applied: planned.map((p) => p.applied) };
}

/** Re-parse the edited text: each pointer must now hold exactly its target value. */
function verifyValues(text: string, edits: YamlEdit[]): void {
  const doc = parseDocument(text, { uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError('PARSE', `the edited file does not parse: ${first.message.split('\n')[0]}`);
  for (const edit of edits) {
    const { node } = locateNode(doc.contents, edit.pointer);
    const value = isScalar(node) ? node.value : (node as { toJSON?: () => unknown } | null)?.toJSON?.();
    if (!sameValue(value, edit.value)) {
      throw new FixRefusedError('CONFLICT', `"${edit.pointer}" reads back as ${JSON.stringify(value)}, not ${JSON.stringify(edit.value)}`, edit.pointer);
    }
  }
}

/** The brief's contract: the edited text, or a FixRefusedError. */
export function applyEdits(text: string, edits: YamlEdit[]): string {
  return editYaml(text, edits).text;
}
