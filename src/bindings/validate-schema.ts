// JSON Schema validation (2020-12, ajv) of a parsed file, mapped to LoadProblems with the
// location of the offending node. Unknown keys (additionalProperties: false) are never errors:
// a typo is a warning with a did-you-mean, any other unknown key a warning, or for binding files
// one notice per key per file (unknown-keys.ts). The schemas under schemas/ are precompiled
// (src/bindings/generated/validators.js, `npm run schemas`); any other schema, or one whose
// content no longer matches its precompiled fingerprint, is compiled at run time.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import formatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { didYouMean } from './did-you-mean.js';
import { fieldName } from './field-name.js';
import { AJV_OPTIONS, schemaFingerprint, type ValidateFn } from './generated/ajv-options.js';
import { validators as PRECOMPILED } from './generated/validators.js';
import { keysText } from '../profile/fields.js';
import { spellingClash } from '../profile/derive-schema.js';
import { locateIn, locateKeyIn } from './locate.js';
import { SHELL_SAFE_PATTERN } from './shell-safe.js';
import type { LoadProblem, ProblemCode, SourceFile } from './types.js';
import { unknownKeyProblems, type UnknownKeyOptions } from './unknown-keys.js';

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

/** How a validator reports unknown keys (see unknown-keys.ts); the default is one warning per key. */
export type ValidatorOptions = UnknownKeyOptions;

/** A validator with its own (lazily created) Ajv instance; validators are cached per `$id`. */
export function createSchemaValidator(options: ValidatorOptions = {}): SchemaValidator {
  let ajv: Ajv2020 | undefined;
  const runtime = (): Ajv2020 => {
    if (!ajv) {
      ajv = new Ajv2020({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code } });
      addFormats(ajv);
    }
    return ajv;
  };
  const bySchema = new WeakMap<object, ValidateFn>();
  const byContent = new Map<string, ValidateFn>();
  const compile = (schema: object): ValidateFn => {
    const known = bySchema.get(schema);
    if (known) return known;
    const id = (schema as { $id?: unknown }).$id;
    if (typeof id !== 'string') return runtime().compile(schema);
    // by $id and content: a repo's edited copy of a schema keeps the $id of the original
    const fp = schemaFingerprint(schema);
    let fn = byContent.get(`${id}\u0000${fp}`);
    if (!fn) {
      const pre = precompiled(schema);
      if (pre) fn = pre;
      else if (runtime().getSchema(id) === undefined) fn = runtime().compile(schema);
      else fn = runtime().compile({ ...schema, $id: `urn:driftgate:variant:${fp}:${encodeURIComponent(id)}` });
      byContent.set(`${id}\u0000${fp}`, fn);
    }
    bySchema.set(schema, fn);
    return fn;
  };
  return {
    validate(file, schema) {
      if (file.data === undefined) return [];
      const fn = compile(schema);
      if (fn(file.data)) return [];
      return mapErrors(file, fn.errors ?? [], options);
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
  // JSON has no Infinity or NaN (an unquoted 8e66283 is read as Infinity)
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : redact(JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
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
      const wanted = ([] as string[]).concat(e.params.type as string | string[]);
      const onlyText = wanted.includes('string') && wanted.every((t) => t === 'string' || t === 'null');
      const quote = onlyText && (typeof e.data === 'number' || typeof e.data === 'boolean') ? '; quote the value to keep it a string' : '';
      return { code: 'SCHEMA_TYPE', message: `${field} must be ${wanted.join(' or ')}, got ${typeName(e.data)}${quote}` };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      const tail = hint ? `; did you mean "${hint}"?` : `; allowed: ${allowed.join(', ')}`;
      return { code: 'SCHEMA_ENUM', message: `${field} has unknown value ${show(e.data)}${tail}` };
    }
    case 'const':
      return { code: 'SCHEMA_ENUM', message: `${field} must be ${show(e.params.allowedValue)}, got ${show(e.data)}` };
    case 'required': {
      // one of several spellings (the profile's aliases) is required: `"vmid" or "id"`
      const keys = Array.isArray(e.params.missingProperties) ? (e.params.missingProperties as string[]) : [String(e.params.missingProperty)];
      return { code: 'SCHEMA_REQUIRED', message: `${field}${entityName(e.data)} is missing the required field ${keysText(keys)}` };
    }
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

/** anyOf/oneOf: when every branch failed on its type, one SCHEMA_TYPE; else the errors of the branches that matched the type. */
function collapseBranches(errors: ErrorObject[]): ErrorObject[] {
  const branching = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  let out = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  for (const b of branching) {
    const prefix = `${b.schemaPath}/`;
    const inner = out.filter((e) => e.schemaPath.startsWith(prefix));
    out = out.filter((e) => !e.schemaPath.startsWith(prefix));
    // a branch whose type the value does not have says nothing about it (its other errors neither)
    const branchOf = (e: ErrorObject): string => e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
    const wrongType = new Set(inner.filter((e) => e.keyword === 'type' && e.instancePath === b.instancePath).map(branchOf));
    const typeMatched = inner.filter((e) => !wrongType.has(branchOf(e)));
    const spellings = typeMatched.every((e) => e.keyword === 'required' && e.instancePath === b.instancePath) ? typeMatched : [];
    if (spellings.length > 1) {
      // anyOf [{required: [vmid]}, {required: [id]}]: one field the profile spells several ways
      out.push({ ...spellings[0]!, params: { missingProperties: spellings.map((e) => String(e.params.missingProperty)) } });
    } else if (typeMatched.length > 0) out.push(...typeMatched);
    else if (out.some((e) => e.instancePath === b.instancePath || e.instancePath.startsWith(`${b.instancePath}/`))) {
      // the branch that matched the type reported through a $ref (its errors carry the $ref's schemaPath)
    } else {
      const types = inner.flatMap((e) => ([] as string[]).concat(e.params.type as string | string[]));
      out.push({ ...b, keyword: 'type', params: { type: [...new Set(types)] } });
    }
  }
  return out;
}

function mapErrors(file: SourceFile, errors: ErrorObject[], options: ValidatorOptions): LoadProblem[] {
  const collapsed = collapseBranches(errors);
  const problems = unknownKeyProblems(file, collapsed.filter((e) => e.keyword === 'additionalProperties'), options);
  for (const e of collapsed) {
    if (e.keyword === 'additionalProperties' || e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    const clash = e.keyword === 'false schema' ? spellingClash(e.schemaPath) : undefined;
    if (clash) {
      problems.push({
        code: 'DUPLICATE_SPELLING',
        severity: 'error',
        message: `"${clash.extra}" and "${clash.kept}" are two spellings of one field in this mapping (the profile prefers "${clash.kept}"): the rename left both, and every reader silently uses one of the two values; merge them into "${clash.kept}"`,
        location: locateKeyIn(file, e.instancePath),
      });
      continue;
    }
    const { code, message } = describeError(e);
    problems.push({ code, severity: 'error', message, location: locateIn(file, e.instancePath) });
  }
  const seen = new Set<string>();
  const out = problems.filter((p) => {
    const key = `${p.location.pointer}\u0000${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // document order (stable: problems at one place keep ajv's order)
  return out.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
