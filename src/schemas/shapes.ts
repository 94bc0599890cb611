// The shape of a YAML file, for `schemas diff`: every mapping of the document with its keys (in
// order, duplicates kept, with their values and positions), grouped by its shape path: the JSON
// pointer with list indexes, and the ids of a keyed collection (a map whose values are records
// sharing keys, like the registry's `services`), replaced by `*`. `/vms/*` is every VM.
import { isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, YAMLMap } from 'yaml';
import { pointerOf } from '../bindings/locate.js';

export interface Pair {
  key: string;
  value: unknown;
  line: number;
  column: number;
}

export interface Entry {
  /** JSON pointer of the mapping */
  pointer: string;
  /** false when the pointer has a list index (the same entry may sit elsewhere in another revision) */
  stable: boolean;
  /** true when its keys are ids or data (a keyed collection, a map of names), not field names */
  keyed: boolean;
  /** how a message names it: its id, name or map key, else its pointer */
  label: string;
  line: number;
  column: number;
  pairs: Pair[];
}

export interface Group {
  /** the shape path, e.g. `/vms/*` */
  shape: string;
  /** what the last `*` of the shape stands for: list items, entries of a keyed map, or one record */
  of: 'items' | 'entries' | 'record';
  entries: Entry[];
}

export type FileShape = Map<string, Group>;

const NAMING_KEYS = ['id', 'name', 'stack_id', 'hostname', 'vmid'];

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? undefined : String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function plain(node: unknown, doc: Document.Parsed): unknown {
  if (isAlias(node)) return plain(node.resolve(doc), doc);
  if (isNode(node)) {
    try {
      return node.toJS(doc, { maxAliasCount: 100 });
    } catch {
      return undefined;
    }
  }
  return node ?? null;
}

const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * A map keyed by ids or data, not by field names: its values are all maps that share a key (the
 * registry's `services`), or most of its keys are not snake_case names (`docker-host`,
 * `GRAFANA_ADMIN_PASSWORD`, `spine.verify`).
 */
function isCollection(map: YAMLMap, doc: Document.Parsed): boolean {
  const keys = map.items.map((p) => keyOf(p.key)).filter((k): k is string => k !== undefined);
  if (keys.length >= 2 && keys.filter((k) => !FIELD_NAME.test(k)).length * 2 > keys.length) return true;
  const values = map.items.map((p) => (isAlias(p.value) ? p.value.resolve(doc) : p.value));
  if (values.length < 2 || !values.every((v) => isMap(v))) return false;
  const seen = new Map<string, number>();
  for (const v of values as YAMLMap[]) {
    for (const k of new Set(v.items.map((p) => keyOf(p.key)))) if (k !== undefined) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen.values()].some((n) => n * 2 > values.length);
}

function labelOf(pairs: Pair[], fallback: string): string {
  for (const k of NAMING_KEYS) {
    const p = pairs.find((x) => x.key === k && (typeof x.value === 'string' || typeof x.value === 'number'));
    if (p) return `${k} ${JSON.stringify(p.value)}`;
  }
  return fallback;
}

export function fileShape(doc: Document.Parsed, lineCounter: LineCounter): FileShape {
  const groups: FileShape = new Map();
  const pos = (node: unknown): { line: number; column: number } => {
    const start = isNode(node) && node.range ? node.range[0] : 0;
    const p = lineCounter.linePos(start);
    return { line: p.line, column: p.col };
  };
  const walk = (node: unknown, path: Array<string | number>, shape: string[], of: Group['of'], name: string): void => {
    if (isAlias(node)) return; // an alias repeats a mapping declared elsewhere
    if (isMap(node)) {
      const pairs: Pair[] = [];
      for (const p of node.items) {
        const key = keyOf(p.key);
        if (key !== undefined) pairs.push({ key, value: plain(p.value, doc), ...pos(p.key) });
      }
      const pointer = pointerOf(path);
      const shapePath = shape.map((s) => `/${s}`).join('');
      const group = groups.get(shapePath) ?? { shape: shapePath, of, entries: [] };
      const stable = !path.some((seg) => typeof seg === 'number');
      const keyed = isCollection(node, doc);
      group.entries.push({ pointer, stable, keyed, label: labelOf(pairs, name), ...pos(node), pairs });
      groups.set(shapePath, group);
      for (const p of node.items) {
        const key = keyOf(p.key);
        if (key === undefined) continue;
        const seg = keyed ? '*' : key.replace(/~/g, '~0').replace(/\//g, '~1');
        walk(p.value, [...path, key], [...shape, seg], keyed ? 'entries' : 'record', keyed ? `"${key}"` : pointerOf([...path, key]));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i], [...shape, '*'], 'items', `item ${i} of ${pointerOf(path) || '/'}`));
    }
  };
  walk(doc.contents as Node | null, [], [], 'record', 'the top level');
  return groups;
}
