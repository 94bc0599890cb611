// The example sharded nightly: a valid workflow whose matrix and merge step agree on the shards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_DIR, SCHEMASTORE_DIR } from '../support/paths.js';

const FILE = 'examples/workflows/nightly-sharded.yml';

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Array<{ run?: string; env?: Record<string, string> }> }>;
}

describe(FILE, () => {
  const text = readFileSync(join(REPO_DIR, FILE), 'utf8');
  const doc = parse(text) as Workflow;

  it('is a valid workflow', () => {
    const Ajv = AjvModule.default;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(readFileSync(join(SCHEMASTORE_DIR, 'github-workflow.json'), 'utf8')) as object);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });

  it('probes every shard K/N of the matrix and merges exactly those snapshots', () => {
    const shards = doc.jobs.probe?.strategy?.matrix.shard ?? [];
    const n = shards.length;
    expect(shards).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const probe = doc.jobs.probe?.steps.map((s) => s.run ?? '').find((r) => r.includes(' probe ')) ?? '';
    expect(probe).toContain(`--shard \${{ matrix.shard }}/${n}`);
    expect(doc.jobs.judge?.needs).toBe('probe');
    const merge = doc.jobs.judge?.steps.map((s) => s.run ?? '').find((r) => r.includes('--observations')) ?? '';
    expect(merge).toContain(`--observations ${shards.map((k) => `shard-${k}.json`).join(',')}`);
    // only the probing jobs hold the SSH key
    expect(JSON.stringify(doc.jobs.judge)).not.toMatch(/SSH_KEY|KNOWN_HOSTS/);
  });
});
