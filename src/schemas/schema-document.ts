// A schema file of the repo, as JSON Schema: JSON, or YAML (JSON Schema written in YAML, or the
// field-list dialect, see field-list.ts), optionally one part of it (`file.yaml#/node`). The kind
// is told by the document's shape, never by the file's name.
import { parse } from 'yaml';
import { parsePointer } from '../bindings/locate.js';
import { fieldListToJsonSchema, isFieldList } from './field-list.js';

export type SchemaDialect = 'json-schema' | 'field-list';
export type SchemaDocument = { schema: Record<string, unknown>; dialect: SchemaDialect } | { error: string };

/** Keywords any JSON Schema object starts from; one of them marks a document as JSON Schema. */
const KEYWORDS = [
  '$schema', '$ref', '$defs', 'definitions', 'type', 'properties', 'patternProperties', 'additionalProperties',
  'items', 'prefixItems', 'required', 'enum', 'const', 'allOf', 'anyOf', 'oneOf', 'not', 'if',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Splits `path#/pointer` into the file and the fragment pointer ('' = the whole document). */
export function splitSchemaRef(ref: string): { path: string; fragment: string } {
  const hash = ref.indexOf('#');
  return hash < 0 ? { path: ref, fragment: '' } : { path: ref.slice(0, hash), fragment: ref.slice(hash + 1) };
}

/** Parses a schema file's text: `.json` as JSON, anything else as YAML (JSON is YAML too). */
export function parseSchemaText(text: string, path: string): { doc: unknown } | { error: string } {
  if (path.toLowerCase().endsWith('.json')) {
    try {
      return { doc: JSON.parse(text) as unknown };
    } catch (error) {
      return { error: `is not valid JSON (${(error as Error).message}); a .json schema file is JSON` };
    }
  }
  try {
    return { doc: parse(text, { schema: 'core', version: '1.2', maxAliasCount: 100, uniqueKeys: true, prettyErrors: true }) as unknown };
  } catch (error) {
    const first = ((error as Error).message.split('\n')[0] ?? '').trim();
    return { error: `is not valid YAML (${first})` };
  }
}

/** The JSON Schema a document stands for, by its shape: a field list is translated, a JSON Schema kept. */
export function toJsonSchema(doc: unknown, fragment = ''): SchemaDocument {
  let node = doc;
  for (const seg of parsePointer(fragment)) {
    node = isRecord(node) ? node[seg] : Array.isArray(node) ? node[Number(seg)] : undefined;
    if (node === undefined) return { error: `has nothing at #${fragment}` };
  }
  if (isFieldList(node)) {
    const translated = fieldListToJsonSchema(node);
    return 'error' in translated ? { error: `is a field list, but ${translated.error}` } : { schema: translated.schema, dialect: 'field-list' };
  }
  if (typeof node === 'boolean') return { schema: node ? {} : { not: {} }, dialect: 'json-schema' };
  if (isRecord(node) && KEYWORDS.some((k) => k in node)) return { schema: { ...node }, dialect: 'json-schema' };
  return {
    error:
      'is neither a JSON Schema (no type, properties, $ref, allOf, ... at its top) nor a field list (required_fields / optional_fields); name the part that is one with #/pointer',
  };
}
