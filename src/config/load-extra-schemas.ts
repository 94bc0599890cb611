// The `schemas:` section of driftgate.config.yaml: each entry's schema is read (relative to the
// root), turned into JSON Schema (JSON, JSON Schema in YAML, or the field-list dialect; optionally
// one part of the file, `file.yaml#/node`), wrapped for `each` and compiled once, so a missing or
// broken schema is a config error (exit 2) naming the config line, never a crash in the middle of a
// run. `replace: true` makes the entry the schema of a binding file instead of the built-in one.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { LineCounter } from 'yaml';
import { parsePointer } from '../bindings/locate.js';
import { createSchemaValidator } from '../bindings/validate-schema.js';
import type { Location } from '../bindings/types.js';
import { parseSchemaText, splitSchemaRef, toJsonSchema } from '../schemas/schema-document.js';
import type { ExtraSchema, ResolvedConfig } from './types.js';

export interface RawExtraSchema {
  file: string;
  schema: string;
  replace?: boolean;
  each?: string;
}
/** A problem with one entry; the caller turns it into the config's UserError. */
export interface ExtraSchemaProblem {
  message: string;
  location: Location;
}

const DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;

/** True when a configured path is absolute or climbs out of the root. */
export function outside(path: string): boolean {
  return isAbsolute(path) || path.split(/[\\/]/).includes('..');
}

function compileError(definition: object): string | undefined {
  const probe = { kind: 'config' as const, path: '', absPath: '', text: '', data: null, lineCounter: new LineCounter() };
  try {
    createSchemaValidator().validate(probe, definition);
    return undefined;
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
  }
}

/**
 * The schema of `each`: the collection (list or map) at the pointer must exist, and each of its
 * entries must match `inner` (which keeps an own $id, so its local `#/...` refs still resolve).
 */
function wrapEach(each: string, inner: Record<string, unknown>, id: string): Record<string, unknown> {
  const own: Record<string, unknown> = { ...inner, $id: `${id}/each` };
  delete own.$schema;
  const entry = { $ref: '#/$defs/each' };
  let schema: Record<string, unknown> = { type: ['array', 'object'], items: entry, additionalProperties: entry };
  for (const seg of parsePointer(each).reverse()) schema = { type: 'object', required: [seg], properties: { [seg]: schema } };
  return { ...schema, $defs: { each: own } };
}

/** The binding kind whose file `path` is, when it is one. */
function bindingKindAt(paths: ResolvedConfig['paths'], path: string): string | undefined {
  return Object.entries(paths).find(([kind, p]) => p === path && kind !== 'caddyfile' && kind !== 'workflows')?.[0];
}

/** Reads, parses and compiles the extra schemas; returns them, or the problems found. */
export async function loadExtraSchemas(
  root: string,
  entries: readonly RawExtraSchema[],
  locate: (pointer: string) => Location,
  paths?: ResolvedConfig['paths'],
): Promise<{ schemas: ExtraSchema[]; problems: ExtraSchemaProblem[] }> {
  const schemas: ExtraSchema[] = [];
  const problems: ExtraSchemaProblem[] = [];
  for (const [i, entry] of entries.entries()) {
    const at = locate(`/schemas/${i}`);
    const fail = (field: 'file' | 'schema' | 'replace' | 'each', message: string): void => {
      problems.push({ message, location: locate(`/schemas/${i}/${field}`) });
    };
    const { path, fragment } = splitSchemaRef(entry.schema);
    if (outside(entry.file)) {
      fail('file', `schemas[${i}].file "${entry.file}" must be relative to the root and stay inside it`);
      continue;
    }
    if (outside(path)) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" must be relative to the root and stay inside it`);
      continue;
    }
    if (entry.replace && paths && bindingKindAt(paths, entry.file) === undefined) {
      const known = Object.entries(paths).filter(([k]) => k !== 'caddyfile' && k !== 'workflows').map(([, p]) => p);
      fail('replace', `schemas[${i}] replaces the schema of "${entry.file}", which is not a binding file (${known.join(', ')}); name one of them exactly, or drop replace to add a schema`);
      continue;
    }
    let text: string;
    try {
      text = await readFile(resolve(root, path), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      fail('schema', `schemas[${i}].schema "${entry.schema}" cannot be read (${code === 'ENOENT' ? 'no such file under the root' : (code ?? 'read error')}); fix the path`);
      continue;
    }
    const parsed = parseSchemaText(text, path);
    if ('error' in parsed) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" ${parsed.error}`);
      continue;
    }
    const converted = toJsonSchema(parsed.doc, fragment);
    if ('error' in converted) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" ${converted.error}`);
      continue;
    }
    let schema = converted.schema;
    // draft-07 and older schemas mostly mean the same under 2020-12; their meta-schema is not bundled
    if (typeof schema.$schema === 'string' && !DRAFT_2020.test(schema.$schema)) delete schema.$schema;
    // an own $id per entry, so two extra schemas (or one of ours) never share a compiled validator
    const id = `urn:driftgate:config-schema:${i}:${encodeURIComponent(entry.schema)}`;
    if (entry.each !== undefined) schema = { $id: id, ...wrapEach(entry.each, schema, id) };
    else if (typeof schema.$id !== 'string') schema.$id = id;
    const invalid = compileError(schema);
    if (invalid !== undefined) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" is not a valid JSON Schema: ${invalid}`);
      continue;
    }
    schemas.push({
      file: entry.file,
      schema: entry.schema,
      definition: schema,
      line: at.line,
      column: at.column,
      ...(entry.replace ? { replace: true } : {}),
      ...(entry.each !== undefined ? { each: entry.each } : {}),
      ...(converted.dialect === 'field-list' ? { dialect: 'field-list' as const } : {}),
    });
  }
  return { schemas, problems };
}
