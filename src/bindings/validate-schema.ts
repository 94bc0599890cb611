// JSON Schema validation (2020-12, ajv) of a parsed file, mapped to LoadProblems with the
// location of the offending node. Unknown keys (additionalProperties: false) are warnings
// with a did-you-mean, never errors. The schemas under schemas/ are precompiled
// (src/bindings/generated/validators.js, `npm run schemas`); any other schema, or one whose
// content no longer matches its precompiled fingerprint, is compiled at run time.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import formatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { didYouMean } from './did-you-mean.js';
import { AJV_OPTIONS, schemaFingerprint, type ValidateFn } from './generated/ajv-options.js';
import { validators as PRECOMPILED } from './generated/validators.js';
import { locateIn, locateKeyIn, parsePointer } from './locate.js';
import { SHELL_SAFE_PATTERN } from './shell-safe.js';
import type { LoadProblem, ProblemCode, SourceFile } from './types.js';

const addFormats: FormatsPlugin =
  (formatsImport as unknown as { default?: FormatsPlugin }).default ?? (formatsImport as unknown as FormatsPlugin);

export interface SchemaValidator {
  validate(file: SourceFile, schema: object): LoadProblem[];
}

/** The precompiled validator of `schema` when its `$id` is known and its content unchanged. */
function precompiled(schema: object): ValidateFn | undefined {
  const id = (schema as { $id?: unknown }).$id;
  const entry = typeof id === 'string' ? PRECOMPILED[id] : undefined;
  if (!entry) return undefined;
  return schemaFingerprint(schema) === entry.hash ? entry.validate : undefined;
}

/** A validator with its own (lazily created) Ajv instance; validators are cached per `$id`. */
export function createSchemaValidator(): SchemaValidator {
  let ajv: Ajv2020 | undefined;
  const runtime = (): Ajv2020 => {
    if (!ajv) {
      ajv = new Ajv2020({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code } });
      addFormats(ajv);
    }
    return ajv;
  };
  const cache = new Map<string, ValidateFn>();
  const compile = (schema: object): ValidateFn => {
    const id = (schema as { $id?: unknown }).$id;
    if (typeof id !== 'string') return runtime().compile(schema);
    let fn = cache.get(id);
    if (!fn) {
      fn = precompiled(schema) ?? runtime().getSchema(id) ?? runtime().compile(schema);
      cache.set(id, fn);
    }
    return fn;
  };
  return {
    validate(file, schema) {
      if (file.data === undefined) return [];
      const fn = compile(schema);
      if (fn(file.data)) return [];
      return mapErrors(file, fn.errors ?? []);
    },
  };
}

/** Validates one parsed file against a schema (a fresh validator unless one is passed in). */
export function validateAgainstSchema(file: SourceFile, schema: object, validator: SchemaValidator = createSchemaValidator()): LoadProblem[] {
  return validator.validate(file, schema);
}

/** Credentials in URLs (scheme://user:pass@host) never reach a message. */
function redact(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@"]+@/gi, '$1***@');
}

function show(value: unknown): string {
  const text = redact(JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fieldName(pointer: string): string {
  const segs = parsePointer(pointer);
  const last = segs[segs.length - 1];
  if (last === undefined) return 'the document';
  const named = [...segs].reverse().find((s) => !/^[0-9]+$/.test(s));
  return /^[0-9]+$/.test(last) ? `item ${last} of "${named ?? ''}"` : `"${last}"`;
}

/** ` (id "x")` for a list entry that names itself, so a message says which entry. */
function entityName(data: unknown): string {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return '';
  const o = data as Record<string, unknown>;
  for (const key of ['id', 'name', 'stack_id', 'hostname', 'canonical_name', 'zone']) {
    if (typeof o[key] === 'string' || typeof o[key] === 'number') return ` (${key} ${show(o[key])})`;
  }
  return '';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${show(value)}`;
}

function describeError(e: ErrorObject): { code: ProblemCode; message: string } {
  const field = fieldName(e.instancePath);
  switch (e.keyword) {
    case 'type': {
      const want = ([] as string[]).concat(e.params.type as string | string[]).join(' or ');
      return { code: 'SCHEMA_TYPE', message: `${field} must be ${want}, got ${typeName(e.data)}` };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      const tail = hint ? `; did you mean "${hint}"?` : `; allowed: ${allowed.join(', ')}`;
      return { code: 'SCHEMA_ENUM', message: `${field} has unknown value ${show(e.data)}${tail}` };
    }
    case 'const':
      return { code: 'SCHEMA_ENUM', message: `${field} must be ${show(e.params.allowedValue)}, got ${show(e.data)}` };
    case 'required':
      return { code: 'SCHEMA_REQUIRED', message: `${field}${entityName(e.data)} is missing the required field "${String(e.params.missingProperty)}"` };
    case 'pattern': {
      const why =
        e.params.pattern === SHELL_SAFE_PATTERN
          ? 'it contains a shell metacharacter or whitespace (; | & $ ` < > quotes ( ) \\), and it would reach a remote shell'
          : `it does not match the pattern ${String(e.params.pattern)}`;
      return { code: 'SCHEMA_PATTERN', message: `${field} value ${show(e.data)} is not allowed: ${why}` };
    }
    case 'format':
      return { code: 'SCHEMA_FORMAT', message: `${field} value ${show(e.data)} is not a valid ${String(e.params.format)}` };
    default:
      return { code: 'SCHEMA', message: `${field} ${e.message ?? 'is invalid'} (value ${show(e.data)})` };
  }
}

function unknownKey(file: SourceFile, e: ErrorObject): LoadProblem {
  const key = String(e.params.additionalProperty);
  const pointer = `${e.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const hint = didYouMean(key, Object.keys(props));
  const where = e.instancePath === '' ? 'at the top level' : `in ${fieldName(e.instancePath)}`;
  const message = `unknown key "${key}" ${where}${hint ? `; did you mean "${hint}"?` : ''}`;
  return { code: 'UNKNOWN_KEY', severity: 'warning', message, location: locateKeyIn(file, pointer) };
}

/** anyOf/oneOf: when every branch failed on its type, one SCHEMA_TYPE; else the errors of the branches that matched the type. */
function collapseBranches(errors: ErrorObject[]): ErrorObject[] {
  const branching = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  let out = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  for (const b of branching) {
    const prefix = `${b.schemaPath}/`;
    const inner = out.filter((e) => e.schemaPath.startsWith(prefix));
    out = out.filter((e) => !e.schemaPath.startsWith(prefix));
    const typeMatched = inner.filter((e) => !(e.keyword === 'type' && e.instancePath === b.instancePath));
    if (typeMatched.length > 0) out.push(...typeMatched);
    else {
      const types = inner.flatMap((e) => ([] as string[]).concat(e.params.type as string | string[]));
      out.push({ ...b, keyword: 'type', params: { type: [...new Set(types)] } });
    }
  }
  return out;
}

function mapErrors(file: SourceFile, errors: ErrorObject[]): LoadProblem[] {
  const seen = new Set<string>();
  const out: LoadProblem[] = [];
  for (const e of collapseBranches(errors)) {
    let problem: LoadProblem;
    if (e.keyword === 'additionalProperties') problem = unknownKey(file, e);
    else if (e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    else {
      const { code, message } = describeError(e);
      problem = { code, severity: 'error', message, location: locateIn(file, e.instancePath) };
    }
    const key = `${problem.location.pointer}\u0000${problem.code}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
