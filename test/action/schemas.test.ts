// action.yml and the workflows validate against SchemaStore's schemas (draft-07).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionInputs } from '../../src/action/inputs.js';
import { REPO_DIR, SCHEMASTORE_DIR } from '../support/paths.js';

function validator(schemaFile: string) {
  const Ajv = AjvModule.default;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMASTORE_DIR, schemaFile), 'utf8')) as object);
  return (file: string, doc: unknown = parse(readFileSync(join(REPO_DIR, file), 'utf8'))) => {
    const ok = validate(doc);
    return ok ? [] : (validate.errors ?? []).map((e) => `${file}${e.instancePath} ${e.message ?? ''}`);
  };
}

describe('action.yml', () => {
  it('is a valid action definition', () => {
    expect(validator('github-action.json')('action.yml')).toEqual([]);
  });

  it('the schema is not vacuous: a wrong runner is rejected', () => {
    const doc = parse(readFileSync(join(REPO_DIR, 'action.yml'), 'utf8')) as { runs: Record<string, unknown> };
    expect(validator('github-action.json')('action.yml', { ...doc, runs: { using: 'node99', main: 'x.js' } })).not.toEqual([]);
  });

  it('runs the committed bundle through a composite step and passes every input', () => {
    const action = parse(readFileSync(join(REPO_DIR, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
      runs: { using: string; steps: Array<{ run?: string; env?: Record<string, string> }> };
    };
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps[0];
    expect(step?.run).toContain('dist/action.js');
    for (const name of Object.keys(action.inputs)) {
      expect(step?.env?.[`INPUT_${name.replace(/-/g, '_').toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'fix-pr-url', 'report-path', 'result', 'warnings']);
  });
});

describe('action.yml, the entry and the docs agree', () => {
  const action = parse(readFileSync(join(REPO_DIR, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const names = (file: string, re: RegExp) => [...new Set([...readFileSync(join(REPO_DIR, file), 'utf8').matchAll(re)].map((m) => m[1] as string))].sort();

  it('declares exactly the inputs src/action/inputs.ts reads', () => {
    const read = names('src/action/inputs.ts', /\((?:env|this), '([a-z-]+)'/g);
    expect(read.length).toBeGreaterThan(10);
    expect(Object.keys(action.inputs).sort()).toEqual(read);
  });

  it('declares exactly the outputs the entry sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(names('src/action/run-action.ts', /setOutput\('([a-z-]+)'/g));
  });

  it('each default in action.yml is what the entry does without the input', () => {
    const inputs = action.inputs as Record<string, { default?: string; required?: boolean }>;
    const env: Record<string, string> = {};
    for (const [name, input] of Object.entries(inputs)) {
      expect(input.required ?? false, name).toBe(false);
      // the token's default is an expression the runner fills in (the automatic token)
      if (name === 'token') expect(input.default).toBe('${{ github.token }}');
      else env[`INPUT_${name.replace(/-/g, '_').toUpperCase()}`] = String(input.default ?? '');
    }
    expect(readActionInputs(env)).toEqual(readActionInputs({}));
    // and the defaults the README's inputs table states are those of action.yml
    const docs = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
    for (const [name, value] of [['mode', 'offline'], ['comment', 'true'], ['status', 'true'], ['fail-on', 'error'], ['open-fix-pr', 'false'], ['dashboard', 'false']] as const) {
      expect(String(inputs[name]?.default), name).toBe(value);
      expect(docs, name).toMatch(new RegExp(`^\\| \`${name}\`(, \`[a-z-]+\`)? \\| \`${value}\``, 'm'));
    }
  });

  it('documents every input and output in README.md', () => {
    const docs = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(docs, name).toContain(`\`${name}\``);
  });
});

describe('workflows', () => {
  const check = validator('github-workflow.json');
  it.each(['.gitea/workflows/ci.yml', 'examples/workflows/pr-check.yml', 'examples/workflows/nightly.yml', 'examples/spine/.gitea/workflows/drift.yml'])('%s is valid', (file) => {
    expect(check(file)).toEqual([]);
  });

  it('never gives the PR check the SSH key; the nightly runs live on schedule and on demand', () => {
    const pr = readFileSync(join(REPO_DIR, 'examples/workflows/pr-check.yml'), 'utf8');
    expect(pr).not.toMatch(/ssh-key|SSH_KEY|known-hosts/);
    // pull_request_target would run fork code with the base repository's secrets
    const prDoc = parse(pr) as { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ with?: Record<string, unknown> }> }> };
    // pull_request and pushes to main (D50 asks for both), never pull_request_target
    expect(Object.keys(prDoc.on)).toEqual(['pull_request', 'push']);
    expect(prDoc.on.push).toEqual({ branches: ['main'] });
    const modes = Object.values(prDoc.jobs).flatMap((j) => j.steps.map((st) => st.with?.mode).filter(Boolean));
    expect(modes).toEqual(['offline']);
    const nightly = parse(readFileSync(join(REPO_DIR, 'examples/workflows/nightly.yml'), 'utf8')) as { on: Record<string, unknown> };
    expect(Object.keys(nightly.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  });
});
