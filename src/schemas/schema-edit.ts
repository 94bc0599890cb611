// Edits a JSON Schema the way `schemas diff` proposes: at the place a shape path (`/vms/*`) leads
// to, a renamed key becomes the property (required where the old one was; the old one stays while
// entries still use it), a new key is declared with the types its values have, a new value joins
// the field's enum. The schema is a copy; properties keep their order so the diff stays readable.
import { parsePointer } from '../bindings/locate.js';
import type { KeyChange, NewValue, Rename } from './compare-shapes.js';

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deref(root: Schema, node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const seg of parsePointer(ref.slice(1))) target = isSchema(target) ? target[seg] : undefined;
  return isSchema(target) ? target : node;
}

/** The object schema of a branch of anyOf/oneOf/allOf that describes mappings. */
function objectBranch(root: Schema, node: Schema): Schema {
  if (node.properties || node.additionalProperties !== undefined || node.items) return node;
  for (const k of ['anyOf', 'oneOf', 'allOf']) {
    const branches = Array.isArray(node[k]) ? (node[k] as unknown[]).filter(isSchema).map((b) => deref(root, b)) : [];
    const hit = branches.find((b) => b.properties || b.items || isSchema(b.additionalProperties));
    if (hit) return hit;
  }
  return node;
}

/** The schema at a shape path, or undefined where the schema says nothing about it. */
export function subschemaAt(root: Schema, shape: string): Schema | undefined {
  let node: Schema | undefined = objectBranch(root, deref(root, root));
  for (const seg of parsePointer(shape)) {
    if (!node) return undefined;
    let next: unknown;
    if (seg === '*') {
      const pattern = isSchema(node.patternProperties) ? Object.values(node.patternProperties)[0] : undefined;
      next = node.items ?? (isSchema(node.additionalProperties) ? node.additionalProperties : pattern);
    } else {
      next = isSchema(node.properties) ? node.properties[seg] : undefined;
      if (next === undefined && isSchema(node.additionalProperties)) next = node.additionalProperties;
    }
    node = isSchema(next) ? objectBranch(root, deref(root, next)) : undefined;
  }
  return node;
}

/** The keys a schema gives an enum at a shape path. */
export function enumKeysAt(root: object, shape: string): Set<string> {
  const node = subschemaAt(root as Schema, shape);
  const props = node && isSchema(node.properties) ? node.properties : {};
  return new Set(Object.entries(props).filter(([, v]) => isSchema(v) && Array.isArray(v.enum)).map(([k]) => k));
}

function withRenamed(props: Schema, from: string, to: string, keepOld: boolean): Schema {
  const out: Schema = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === from) {
      if (keepOld) out[from] = v;
      const base = isSchema(v) ? v : {};
      out[to] = { ...base, description: `${typeof base.description === 'string' ? `${base.description} ` : ''}(was \`${from}\`)` };
    } else if (k !== to) out[k] = v;
  }
  return out;
}

export interface SchemaChanges {
  renames: Rename[];
  newKeys: KeyChange[];
  newValues: NewValue[];
}

/** A copy of `schema` with the changes applied; `since` is quoted in the descriptions it adds. */
export function applyChanges(schema: object, changes: SchemaChanges, since: string): object {
  const root = structuredClone(schema) as Schema;
  for (const r of changes.renames) {
    const node = subschemaAt(root, r.shape);
    if (!node || !isSchema(node.properties) || !(r.from in node.properties) || r.to in node.properties) continue;
    const keepOld = r.still > 0;
    node.properties = withRenamed(node.properties, r.from, r.to, keepOld);
    if (Array.isArray(node.required) && node.required.includes(r.from)) {
      // while entries still use the old name, neither spelling can be required
      node.required = keepOld ? node.required.filter((k) => k !== r.from) : node.required.map((k) => (k === r.from ? r.to : k));
    }
  }
  for (const k of changes.newKeys) {
    const node = subschemaAt(root, k.shape);
    if (!node || (node.properties === undefined && node.additionalProperties !== false)) continue;
    const props = isSchema(node.properties) ? node.properties : {};
    if (k.key in props) continue;
    const types = k.types ?? [];
    const type = types.length === 1 ? types[0] : types.length > 1 ? types : undefined;
    const share = k.count === k.total ? `all ${k.total}` : `${k.count} of ${k.total}`;
    props[k.key] = { ...(type ? { type } : {}), description: `New since ${since} (in ${share} entries); say what it means.` };
    node.properties = props;
  }
  for (const v of changes.newValues) {
    const node = subschemaAt(root, v.shape);
    const prop = node && isSchema(node.properties) ? node.properties[v.key] : undefined;
    if (isSchema(prop) && Array.isArray(prop.enum) && !prop.enum.includes(v.value)) prop.enum = [...prop.enum, v.value];
  }
  return root;
}
