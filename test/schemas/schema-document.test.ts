// The repo's own schema files: JSON Schema in JSON or YAML, or the field-list dialect, told apart by
// their shape (never by a file name) and translated into JSON Schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/bindings/parse-yaml.js';
import { createSchemaValidator } from '../../src/bindings/validate-schema.js';
import { fieldListToJsonSchema, isFieldList } from '../../src/schemas/field-list.js';
import { parseSchemaText, splitSchemaRef, toJsonSchema } from '../../src/schemas/schema-document.js';
import { SHARED_DIR } from '../support/paths.js';

const NEXT_BINDINGS = join(SHARED_DIR, 'spine-next/ops/bindings');

function schemaOf(text: string, path = 'x.schema.yaml', fragment = ''): Record<string, unknown> {
  const parsed = parseSchemaText(text, path);
  if ('error' in parsed) throw new Error(parsed.error);
  const converted = toJsonSchema(parsed.doc, fragment);
  if ('error' in converted) throw new Error(converted.error);
  return converted.schema;
}

function check(schema: object, yaml: string): string[] {
  const { file } = parseYamlText(yaml, 'f.yaml', 'config');
  return createSchemaValidator().validate(file, { ...schema, $id: `urn:test:${Math.random()}` }).map((p) => `${p.location.pointer} ${p.message}`);
}

describe('the field-list dialect', () => {
  it('is recognised by its shape', () => {
    expect(isFieldList({ required_fields: [{ name: 'id' }], optional_fields: ['notes'] })).toBe(true);
    expect(isFieldList({ required_fields: ['id'] })).toBe(true);
    expect(isFieldList({ type: 'object', required_fields: ['id'] })).toBe(false);
    expect(isFieldList({ required_fields: [{ type: 'string' }] })).toBe(false); // an entry without a name
    expect(isFieldList({ graph_contract: { required_fields: ['id'] } })).toBe(false);
  });

  it('translates the team gap schema: required and optional fields, enums, patterns, a YYYY-MM-DD picture', () => {
    const schema = schemaOf(readFileSync(join(NEXT_BINDINGS, 'gap.schema.yaml'), 'utf8'));
    expect(schema.required).toEqual(['id', 'discovered_by', 'discovered_at', 'type', 'description', 'severity', 'status']);
    expect(schema.additionalProperties).toBe(false);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.id).toEqual({ type: 'string', pattern: 'GAP-OP-\\d+', description: 'Unique gap identifier' });
    expect(props.discovered_at).toMatchObject({ type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
    expect(props.severity).toMatchObject({ enum: ['low', 'medium', 'high', 'critical'] });
    expect(props.parent_loop).toMatchObject({ type: ['string', 'null'], pattern: 'LOOP-.*' }); // optional: may be null
    const gap = 'id: GAP-OP-1\ndiscovered_by: audit\ndiscovered_at: "2026-02-07"\ntype: stale-ssot\ndescription: d\nseverity: low\nstatus: open\n';
    expect(check(schema, gap)).toEqual([]);
    expect(check(schema, `${gap}doc: null\nowner: x\n`)).toEqual(['/owner unknown key "owner" at the top level']);
    expect(check(schema, gap.replace('"2026-02-07"', '"07.02.2026"').replace('open', 'opn'))).toEqual([
      '/discovered_at "discovered_at" value "07.02.2026" is not allowed: it does not match the pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      '/status "status" has unknown value "opn"; did you mean "open"?',
    ]);
  });

  it('knows the common type names, JSON Schema formats and nullable', () => {
    const result = fieldListToJsonSchema({
      required_fields: [
        { name: 'n', type: 'int' },
        { name: 'on', type: 'bool' },
        { name: 'tags', type: 'list' },
        { name: 'at', type: 'string', format: 'date-time' },
        { name: 'maybe', type: 'string', nullable: true },
      ],
    });
    expect(result).toEqual({
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['n', 'on', 'tags', 'at', 'maybe'],
        properties: {
          n: { type: 'integer' },
          on: { type: 'boolean' },
          tags: { type: 'array' },
          at: { type: 'string', format: 'date-time' },
          maybe: { type: ['string', 'null'] },
        },
      },
    });
  });

  it.each([
    [{ required_fields: [{ name: 'a', type: 'colour' }] }, 'field "a" has type "colour"'],
    [{ required_fields: [{ name: 'a', type: 'enum' }] }, 'field "a" has type enum but no values'],
    [{ required_fields: [{ name: 'a', pattern: '(' }] }, 'field "a": pattern "(" is not a valid regular expression'],
    [{ required_fields: [{ name: 'a', format: 'dd/mm/yy' }] }, 'field "a" has format "dd/mm/yy"'],
    [{ required_fields: ['a'], optional_fields: ['a'] }, 'field "a" is listed twice'],
  ])('refuses what it cannot translate: %j', (doc, message) => {
    const result = fieldListToJsonSchema(doc);
    expect('error' in result && result.error).toContain(message);
  });
});

describe('schema documents', () => {
  it('keeps JSON Schema written in YAML (extra top-level keys of the team are ignored by Ajv)', () => {
    const schema = schemaOf(readFileSync(join(NEXT_BINDINGS, 'identity.contract.schema.yaml'), 'utf8'));
    expect(schema.type).toBe('object');
    expect(check(schema, 'version: "1.0"\nidentity:\n  node_id: Bad Name\n  deployed_at: "2026-02-15T00:00:00Z"\n  spine_version: v1.2.3\n')).toEqual([
      '/identity/node_id "node_id" value "Bad Name" is not allowed: it does not match the pattern ^[a-z0-9-]+$',
    ]);
  });

  it('selects one part of a file with #/pointer, and refuses a document that is neither', () => {
    const text = 'graph:\n  node:\n    required_fields: [id, type]\n';
    expect(schemaOf(text, 'g.yaml', '/graph/node')).toMatchObject({ required: ['id', 'type'] });
    const parsed = parseSchemaText(text, 'g.yaml');
    expect('doc' in parsed && toJsonSchema(parsed.doc)).toMatchObject({ error: expect.stringContaining('is neither a JSON Schema') });
    expect('doc' in parsed && toJsonSchema(parsed.doc, '/graph/edge')).toEqual({ error: 'has nothing at #/graph/edge' });
    expect(splitSchemaRef('a/b.yaml#/x/y')).toEqual({ path: 'a/b.yaml', fragment: '/x/y' });
    expect(splitSchemaRef('a/b.json')).toEqual({ path: 'a/b.json', fragment: '' });
  });

  it('reads .json as JSON and anything else as YAML, with one clear error', () => {
    expect(parseSchemaText('{ type: object', 'a.json')).toMatchObject({ error: expect.stringMatching(/^is not valid JSON/) });
    expect(parseSchemaText('a: [1,\n', 'a.yaml')).toMatchObject({ error: expect.stringMatching(/^is not valid YAML/) });
  });
});
