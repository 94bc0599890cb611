// The `schemas:` section of driftgate.config.yaml: each entry's JSON Schema is read (relative to the
// root), parsed and compiled once, so a missing or broken schema is a config error (exit 2) naming
// the config line, never a crash in the middle of a run.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { LineCounter } from 'yaml';
import { createSchemaValidator } from '../bindings/validate-schema.js';
import type { Location } from '../bindings/types.js';
import type { ExtraSchema } from './types.js';

export interface RawExtraSchema {
  file: string;
  schema: string;
}

/** A problem with one entry; the caller turns it into the config's UserError. */
export interface ExtraSchemaProblem {
  message: string;
  location: Location;
}

const DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;

function outside(path: string): boolean {
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

/** Reads, parses and compiles the extra schemas; returns them, or the problems found. */
export async function loadExtraSchemas(
  root: string,
  entries: readonly RawExtraSchema[],
  locate: (pointer: string) => Location,
): Promise<{ schemas: ExtraSchema[]; problems: ExtraSchemaProblem[] }> {
  const schemas: ExtraSchema[] = [];
  const problems: ExtraSchemaProblem[] = [];
  for (const [i, entry] of entries.entries()) {
    const at = locate(`/schemas/${i}`);
    const fail = (field: 'file' | 'schema', message: string): void => {
      problems.push({ message, location: locate(`/schemas/${i}/${field}`) });
    };
    if (outside(entry.file)) {
      fail('file', `schemas[${i}].file "${entry.file}" must be relative to the root and stay inside it`);
      continue;
    }
    if (outside(entry.schema)) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" must be relative to the root and stay inside it`);
      continue;
    }
    let text: string;
    try {
      text = await readFile(resolve(root, entry.schema), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      fail('schema', `schemas[${i}].schema "${entry.schema}" cannot be read (${code === 'ENOENT' ? 'no such file under the root' : (code ?? 'read error')}); fix the path`);
      continue;
    }
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch (error) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" is not valid JSON (${(error as Error).message}); a schema file is JSON`);
      continue;
    }
    if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" is not a JSON Schema object`);
      continue;
    }
    const schema = { ...(definition as Record<string, unknown>) };
    // draft-07 and older schemas mostly mean the same under 2020-12; their meta-schema is not bundled
    if (typeof schema.$schema === 'string' && !DRAFT_2020.test(schema.$schema)) delete schema.$schema;
    // an own $id per entry, so two extra schemas (or one of ours) never share a compiled validator
    if (typeof schema.$id !== 'string') schema.$id = `urn:driftgate:config-schema:${i}:${encodeURIComponent(entry.schema)}`;
    const invalid = compileError(schema);
    if (invalid !== undefined) {
      fail('schema', `schemas[${i}].schema "${entry.schema}" is not a valid JSON Schema: ${invalid}`);
      continue;
    }
    schemas.push({ file: entry.file, schema: entry.schema, definition: schema, line: at.line, column: at.column });
  }
  return { schemas, problems };
}
