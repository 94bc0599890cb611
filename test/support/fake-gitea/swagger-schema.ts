// Swagger 2.0 (Gitea's API spec) → JSON Schema for ajv. Definitions are added once per validator
// under a root `$id`; `#/definitions/X` refs then resolve inside it. Request bodies are checked
// strictly (unknown properties rejected, as a typo would be silently ignored by Gitea).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { GITEA_SWAGGER } from '../paths.js';

export interface SwaggerParameter {
  name: string;
  in: 'path' | 'query' | 'body' | 'header' | 'formData';
  type?: string;
  format?: string;
  required?: boolean;
  enum?: unknown[];
  items?: { type?: string; enum?: unknown[] };
  collectionFormat?: string;
  schema?: Record<string, unknown>;
}

export interface SwaggerOperation {
  operationId?: string;
  parameters?: SwaggerParameter[];
  responses?: Record<string, { $ref?: string; schema?: Record<string, unknown> }>;
}

export interface SwaggerDoc {
  basePath: string;
  paths: Record<string, Record<string, SwaggerOperation>>;
  definitions: Record<string, Record<string, unknown>>;
  responses: Record<string, { schema?: Record<string, unknown> }>;
}

export function loadSwagger(file: string = GITEA_SWAGGER): SwaggerDoc {
  return JSON.parse(readFileSync(file, 'utf8')) as SwaggerDoc;
}

type Json = unknown;

/** Converts a Swagger 2.0 schema node: drops `x-*`, maps `x-nullable`, optionally closes objects. */
export function toJsonSchema(node: Json, strictObjects: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, strictObjects));
  if (node === null || typeof node !== 'object') return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(src)) {
    if (key.startsWith('x-') || key === 'example' || key === 'discriminator' || key === 'readOnly') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJsonSchema(v, strictObjects)]),
      );
      continue;
    }
    out[key] = toJsonSchema(value, strictObjects);
  }
  if (strictObjects && out.properties && out.additionalProperties === undefined && !out.allOf) {
    out.additionalProperties = false;
  }
  if (src['x-nullable'] === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.$ref) return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

const KNOWN_EXTRA_FORMATS = ['int32', 'int64', 'uint64', 'float', 'double', 'byte', 'binary', 'password'];

export interface SchemaValidator {
  /** validates a request body against a swagger schema node (strict objects) */
  request(schema: Record<string, unknown>, value: unknown): string[];
  /** validates a response body against a swagger schema node */
  response(schema: Record<string, unknown>, value: unknown): string[];
}

export function createSchemaValidator(doc: SwaggerDoc): SchemaValidator {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormatsModule.default(ajv);
  for (const f of KNOWN_EXTRA_FORMATS) ajv.addFormat(f, true);
  const strictRoot = { $id: 'gitea-request', definitions: toJsonSchema(doc.definitions, true) };
  const looseRoot = { $id: 'gitea-response', definitions: toJsonSchema(doc.definitions, false) };
  ajv.addSchema(strictRoot);
  ajv.addSchema(looseRoot);
  const cache = new Map<string, ValidateFunction>();

  const check = (rootId: string, strict: boolean, schema: Record<string, unknown>, value: unknown): string[] => {
    const key = `${rootId}:${JSON.stringify(schema)}`;
    let validate = cache.get(key);
    if (!validate) {
      const converted = rewriteRefs(toJsonSchema(schema, strict), rootId) as Record<string, unknown>;
      validate = ajv.compile(converted);
      cache.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
      return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra}`;
    });
  };

  return {
    request: (schema, value) => check('gitea-request', true, schema, value),
    response: (schema, value) => check('gitea-response', false, schema, value),
  };
}

function rewriteRefs(node: Json, rootId: string): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, rootId));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${rootId}${value}` : rewriteRefs(value, rootId);
  }
  return out;
}
