// The precompiled schema validators (src/bindings/generated/): current with schemas/, and
// giving exactly the error objects a runtime Ajv compile gives, on the corpus, the project's own
// YAML/JSON files and mutations of them, each checked against every schema.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { generateValidators, OUT_DIR } from '../../scripts/gen-validators.js';
import { AJV_OPTIONS, schemaFingerprint } from '../../src/bindings/generated/ajv-options.js';
import { validators } from '../../src/bindings/generated/validators.js';
import { parseYamlText } from '../../src/bindings/parse-yaml.js';
import { precompiledForm } from '../../src/bindings/schemas.js';
import { createSchemaValidator } from '../../src/bindings/validate-schema.js';
import { REPO_DIR, SPINE_DIR } from '../support/paths.js';

const addFormats: FormatsPlugin =
  (formatsImport as unknown as { default?: FormatsPlugin }).default ?? (formatsImport as unknown as FormatsPlugin);

const SCHEMA_DIR = join(REPO_DIR, 'schemas');
const schemaFiles = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();
// binding schemas in the form the built-in profile validates with (what is precompiled)
const schemas = schemaFiles.map((f) => precompiledForm(JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as { $id: string }) as { $id: string });

function filesUnder(dir: string, exts: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.git') && name !== '.gitea' ? [] : filesUnder(path, exts);
    return exts.test(name) ? [path] : [];
  });
}

/** Parsed documents: the corpus (when present) and the project's own fixtures and examples (unparseable ones skipped). */
function documents(): { name: string; data: unknown; corpus: boolean }[] {
  const paths = [
    ...filesUnder(SPINE_DIR, /\.ya?ml$/),
    ...filesUnder(join(REPO_DIR, 'test'), /\.(ya?ml|json)$/),
    ...filesUnder(join(REPO_DIR, 'examples'), /\.(ya?ml|json)$/),
  ];
  const out: { name: string; data: unknown; corpus: boolean }[] = [];
  for (const path of paths) {
    try {
      const text = readFileSync(path, 'utf8');
      if (text.length > 200_000) continue;
      const data: unknown = path.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: 100 });
      out.push({ name: relative(REPO_DIR, path), data, corpus: path.startsWith(SPINE_DIR) });
    } catch {
      // a deliberately broken fixture: not a document
    }
  }
  return out;
}

/** Deterministic variants: an unknown key in every map, wrong scalar types, a dropped first key. */
function mutations(data: unknown): unknown[] {
  const map = (node: unknown, f: (v: unknown, depth: number) => unknown, depth = 0): unknown => {
    const changed = f(node, depth);
    if (Array.isArray(changed)) return changed.map((v) => map(v, f, depth + 1));
    if (changed && typeof changed === 'object') {
      return Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, map(v, f, depth + 1)]));
    }
    return changed;
  };
  const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  return [
    map(data, (v) => (isMap(v) ? { ...v, zz_unknown_key: 1 } : v)),
    map(data, (v) => (typeof v === 'string' ? v.length : typeof v === 'number' ? `${v}` : typeof v === 'boolean' ? 'yes' : v)),
    map(data, (v) => (isMap(v) ? Object.fromEntries(Object.entries(v).slice(1)) : v)),
    map(data, (v) => (typeof v === 'string' ? `${v} $(x)` : v)),
    map(data, (v, depth) => (Array.isArray(v) && depth > 0 ? v.slice(0, 1).concat(null) : v)),
  ];
}

describe('precompiled schema validators', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are current with schemas/ (regenerate: npm run schemas)', () => {
    const { js, dts } = generateValidators(SCHEMA_DIR);
    expect(readFileSync(join(OUT_DIR, 'validators.js'), 'utf8') === js, 'validators.js is stale: run `npm run schemas`').toBe(true);
    expect(readFileSync(join(OUT_DIR, 'validators.d.ts'), 'utf8')).toBe(dts);
  });

  it('cover every schema under schemas/ by its $id', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(validators).sort()).toEqual(schemas.map((s) => s.$id).sort());
  });

  it('give the same error objects as a runtime compile, for every document against every schema', () => {
    const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code } });
    addFormats(ajv);
    const docs = documents();
    expect(docs.length).toBeGreaterThan(40);
    let compared = 0;
    let failing = 0;
    const differ: string[] = [];
    // a stale entry (schema edited, not regenerated) is the first test's failure, and unused at run time
    const current = schemas.filter((s) => validators[s.$id]?.hash === schemaFingerprint(s));
    expect(current.length).toBeGreaterThan(0);
    for (const schema of current) {
      const runtime = ajv.compile(schema);
      const pre = validators[schema.$id];
      expect(pre, schema.$id).toBeDefined();
      if (!pre) continue;
      for (const doc of docs) {
        let variant = 0;
        // mutations of the corpus files only: enough error paths, bounded run time
        for (const data of [doc.data, ...(doc.corpus ? mutations(doc.data) : [])]) {
          const ok = runtime(data);
          const same = pre.validate(data) === ok && isDeepStrictEqual(pre.validate.errors ?? null, runtime.errors ?? null);
          if (!same) differ.push(`${doc.name} (variant ${variant}) against ${schema.$id}`);
          variant++;
          compared++;
          if (!ok) failing++;
        }
      }
    }
    expect(differ).toEqual([]);
    // the comparison must have exercised many error paths, not just valid documents
    expect(failing).toBeGreaterThan(compared / 2);
    expect(compared - failing).toBeGreaterThan(0);
  });

  it('are what createSchemaValidator uses for a known schema', () => {
    const schema = schemas.find((s) => s.$id.endsWith('/ssh.targets.schema.json'));
    const entry = schema ? validators[schema.$id] : undefined;
    if (!schema || !entry) throw new Error('ssh.targets schema missing');
    const spy = vi.spyOn(entry, 'validate');
    const { file } = parseYamlText('targets:\n  - id: a\n    hostt: 1\n', 'ssh.yaml', 'ssh');
    createSchemaValidator().validate(file, schema);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.results[0]?.value).toBe(false);
  });

  it('are not used for a schema whose content differs from the precompiled one (runtime compile)', () => {
    const base = schemas.find((s) => s.$id.endsWith('/ssh.targets.schema.json')) as Record<string, unknown> | undefined;
    const entry = base ? validators[base.$id as string] : undefined;
    if (!base || !entry) throw new Error('ssh.targets schema missing');
    const spy = vi.spyOn(entry, 'validate');
    const edited = { ...base, required: ['targets', 'extra_required_key'] };
    const { file } = parseYamlText('targets: []\n', 'ssh.yaml', 'ssh');
    const problems = createSchemaValidator().validate(file, edited);
    expect(spy).not.toHaveBeenCalled();
    expect(problems.map((p) => p.message).join('\n')).toContain('extra_required_key');
  });
});
