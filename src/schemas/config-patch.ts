// Adds `schemas:` entries and `conventions.forbidden_keys` names to driftgate.config.yaml as text,
// so the proposed patch touches only the lines it adds: comments, order and layout stay. A list is
// extended after its last item (block) or rewritten in place (flow); a missing section is appended.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { yamlScalar } from '../config/yaml-scalar.js';

export interface ConfigAdditions {
  /** entries of `schemas:`, each a map of plain scalars */
  schemas: Array<Record<string, string | boolean>>;
  forbiddenKeys: string[];
}

function blockItem(entry: Record<string, string | boolean>, indent: string): string {
  return Object.entries(entry)
    .map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${yamlScalar(v)}\n`)
    .join('');
}

function pairOf(map: unknown, key: string): Pair<unknown, unknown> | undefined {
  return isMap(map) ? (map as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line that holds `offset - 1` (where a line inserted after a node goes). */
function afterLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(0, offset - 1));
  return nl < 0 ? text.length : nl + 1;
}

function withEol(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

function insert(text: string, at: number, added: string): string {
  const head = withEol(text.slice(0, at));
  return head + added + text.slice(at);
}

/** Extends the list at `pair` (or appends `section` when there is none). */
function extendList(text: string, pair: Pair<unknown, unknown> | undefined, items: string[], blockIndent: string, render: (indent: string) => string, fresh: string): string {
  if (!pair) return `${withEol(text)}${fresh}`;
  const value = pair.value as Node | null;
  const keyStart = (pair.key as Node).range?.[0] ?? 0;
  if (isSeq(value) && value.flow) {
    const [start, end] = value.range ?? [0, 0];
    const old = value.items.map((i) => {
      const r = (i as Node).range;
      return r ? text.slice(r[0], r[1]) : String(i);
    });
    return `${text.slice(0, start)}[${[...old, ...items].join(', ')}]${text.slice(end)}`;
  }
  if (isSeq(value) && value.items.length > 0) {
    const first = value.items[0] as Node;
    const dash = text.lastIndexOf('-', first.range?.[0] ?? 0);
    const indent = ' '.repeat(dash - lineStart(text, dash));
    const last = value.items[value.items.length - 1] as Node;
    return insert(text, afterLine(text, last.range?.[1] ?? text.length), render(indent));
  }
  // `key:` with nothing (or an empty flow list replaced above): the items go under the key
  const keyIndent = ' '.repeat(keyStart - lineStart(text, keyStart));
  const lineEnd = afterLine(text, (value?.range?.[1] ?? keyStart) + 1);
  const keyLine = text.slice(lineStart(text, keyStart), lineEnd).replace(/:\s*(\[\s*\])?\s*(#.*)?$/, ':\n');
  return text.slice(0, lineStart(text, keyStart)) + withEol(keyLine) + render(keyIndent + blockIndent) + text.slice(lineEnd);
}

/** The config text with the additions; names and entries already there are not added twice. */
export function addToConfig(text: string, add: ConfigAdditions): string {
  let out = text;
  if (add.schemas.length > 0) {
    const doc = parseDocument(out);
    const pair = pairOf(doc.contents, 'schemas');
    const render = (indent: string) => add.schemas.map((e) => blockItem(e, indent)).join('');
    const fresh = `schemas:\n${render('  ')}`;
    const flowItems = add.schemas.map((e) => `{${Object.entries(e).map(([k, v]) => `${k}: ${yamlScalar(v)}`).join(', ')}}`);
    out = extendList(out, pair, flowItems, '  ', render, fresh);
  }
  if (add.forbiddenKeys.length > 0) {
    const doc = parseDocument(out);
    const conventions = pairOf(doc.contents, 'conventions');
    const names = add.forbiddenKeys.map((k) => yamlScalar(k));
    const flow = `forbidden_keys: [${names.join(', ')}]\n`;
    if (!conventions || !isMap(conventions.value)) {
      out = conventions ? out : `${withEol(out)}conventions:\n  ${flow}`;
      if (conventions) out = extendList(out, conventions, [], '  ', (indent) => `${indent}${flow}`, '');
    } else {
      const inner = pairOf(conventions.value, 'forbidden_keys');
      const render = (indent: string) => names.map((n) => `${indent}- ${n}\n`).join('');
      const firstKey = (conventions.value as YAMLMap).items[0]?.key as Node | undefined;
      const start = firstKey?.range?.[0] ?? 0;
      const indent = ' '.repeat(start - lineStart(out, start));
      out = inner ? extendList(out, inner, names, '  ', render, '') : insert(out, lineStart(out, start), `${indent}${flow}`);
    }
  }
  return out;
}
