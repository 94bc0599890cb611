// Byte-exact scalar edits: find the node by JSON pointer, rewrite only its source token (same
// quoting style), splice it into the original text. Comments, blank lines, key order, folded
// blocks, CRLF and the BOM are never touched because nothing else is re-serialised.
import { CST, isAlias, isMap, isScalar, isSeq, LineCounter, parse, parseDocument } from 'yaml';
import type { Node, Scalar } from 'yaml';
import { FixRefusedError, parsePointer } from './fix-error.js';

export type EditValue = string | number | boolean | null;

export interface YamlEdit {
  pointer: string;
  value: EditValue;
}

export interface AppliedEdit {
  pointer: string;
  /** 1-based line of the edited scalar (same before and after: single-line edits only) */
  line: number;
  before: unknown;
  after: EditValue;
  /** false when the value already equalled the target (nothing written) */
  changed: boolean;
}

export interface EditResult {
  text: string;
  applied: AppliedEdit[];
}

interface Located {
  node: Scalar;
  inFlow: boolean;
}

function locateScalar(contents: unknown, pointer: string): Located {
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
  if (!isScalar(node)) throw new FixRefusedError('NOT_SCALAR', `"${pointer}" is not a scalar value`, pointer);
  if (node.anchor) throw new FixRefusedError('ANCHOR', `"${pointer}" carries the anchor "&${node.anchor}"; editing it would change its aliases too`, pointer);
  return { node, inFlow };
}

function plainSource(value: EditValue): string {
  if (value === null) return 'null';
  return String(value);
}

/** The new source of the token: same style as before where the value allows it. */
function newSource(token: CST.FlowScalar, value: EditValue, inFlow: boolean): string {
  if (typeof value !== 'string') return plainSource(value);
  const copy: CST.FlowScalar = { ...token };
  CST.setScalarValue(copy, value, { implicitKey: true, inFlow });
  let source = copy.source;
  if (copy.type === 'scalar' && parse(source) !== value) {
    // a plain "true"/"123" would change type: quote it
    CST.setScalarValue(copy, value, { implicitKey: true, inFlow, type: 'QUOTE_DOUBLE' });
    source = copy.source;
  }
  return source;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a == null && b == null);
}

/** Edit every pointer in place; refuse (FixRefusedError) rather than reformat anything. */
export function editYaml(text: string, edits: YamlEdit[]): EditResult {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError('PARSE', `the file does not parse: ${first.message.split('\n')[0]}`);
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);

  const splices: Array<{ start: number; end: number; source: string }> = [];
  const applied: AppliedEdit[] = [];
  const seen = new Set<string>();
  for (const edit of edits) {
    if (seen.has(edit.pointer)) throw new FixRefusedError('CONFLICT', `"${edit.pointer}" is edited twice`, edit.pointer);
    seen.add(edit.pointer);
    const { node, inFlow } = locateScalar(doc.contents as Node | null, edit.pointer);
    const token = node.srcToken;
    const start = node.range?.[0] ?? -1;
    const line = lc.linePos(start).line;
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
    if (sameValue(node.value, edit.value)) {
      applied.push({ pointer: edit.pointer, line, before: node.value, after: edit.value, changed: false });
      continue;
    }
    const source = newSource(flow, edit.value, inFlow);
    splices.push({ start: flow.offset, end: flow.offset + flow.source.length, source });
    applied.push({ pointer: edit.pointer, line, before: node.value, after: edit.value, changed: true });
  }
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, s.start) + s.source + out.slice(s.end);
  }
  verifyValues(out, edits);
  return { text: out, applied };
}

/** Re-parse the edited text: each pointer must now hold exactly its target value. */
function verifyValues(text: string, edits: YamlEdit[]): void {
  const doc = parseDocument(text, { uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new FixRefusedError('PARSE', `the edited file does not parse: ${first.message.split('\n')[0]}`);
  for (const edit of edits) {
    const { node } = locateScalar(doc.contents as Node | null, edit.pointer);
    if (!sameValue(node.value, edit.value)) {
      throw new FixRefusedError('CONFLICT', `"${edit.pointer}" reads back as ${JSON.stringify(node.value)}, not ${JSON.stringify(edit.value)}`, edit.pointer);
    }
  }
}

/** The brief's contract: the edited text, or a FixRefusedError. */
export function applyEdits(text: string, edits: YamlEdit[]): string {
  return editYaml(text, edits).text;
}
