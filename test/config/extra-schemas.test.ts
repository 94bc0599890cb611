// The config's `schemas:` (extra JSON Schemas over files of the root) and `probe.known_hosts`:
// resolved at load time; a broken entry is a UserError (exit 2) naming the config line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-extra-schemas-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function root(files: Record<string, string>): string {
  const dir = join(tmp, `r${n++}`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const SCHEMA = JSON.stringify({ type: 'object', required: ['owner'], properties: { owner: { type: 'string' } } });

async function configError(dir: string): Promise<{ message: string; exitCode: number }> {
  try {
    await loadConfig(dir);
  } catch (error) {
    expect((error as Error).name).toBe('UserError');
    return error as { message: string; exitCode: number };
  }
  throw new Error('expected a UserError');
}

describe('config schemas and probe.known_hosts', () => {
  it('reads each extra schema relative to the root and resolves known_hosts against the root', async () => {
    const dir = root({
      'driftgate.config.yaml': 'schemas:\n  - file: ops/bindings/agents.*.yaml\n    schema: schemas/agents.json\nprobe:\n  known_hosts: ops/known_hosts\n',
      'schemas/agents.json': SCHEMA,
    });
    const config = await loadConfig(dir);
    expect(config.probe.knownHosts).toBe(join(dir, 'ops/known_hosts'));
    expect(config.schemas).toEqual([
      {
        file: 'ops/bindings/agents.*.yaml',
        schema: 'schemas/agents.json',
        definition: { ...JSON.parse(SCHEMA), $id: 'urn:driftgate:config-schema:0:schemas%2Fagents.json' },
        line: 2,
        column: 5,
      },
    ]);
  });

  it('ignores the $schema of an older draft (its meta-schema is not bundled) and keeps an own $id', async () => {
    const draft7 = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://example.test/a.json', type: 'object' });
    const dir = root({ 'driftgate.config.yaml': 'schemas:\n  - file: a.yaml\n    schema: a.json\n', 'a.json': draft7 });
    expect((await loadConfig(dir)).schemas?.[0]?.definition).toEqual({ $id: 'https://example.test/a.json', type: 'object' });
  });

  it.each([
    ['a missing schema file', 'schemas:\n  - file: a.yaml\n    schema: nope.json\n', {}, '3:13', 'schemas[0].schema "nope.json" cannot be read (no such file under the root); fix the path'],
    ['a schema that is not JSON', 'schemas:\n  - file: a.yaml\n    schema: a.json\n', { 'a.json': '{ type: object' }, '3:13', 'schemas[0].schema "a.json" is not valid JSON'],
    ['a schema that is not a JSON Schema', 'schemas:\n  - file: a.yaml\n    schema: a.json\n', { 'a.json': '{"type": 12}' }, '3:13', 'schemas[0].schema "a.json" is not a valid JSON Schema: '],
    ['a schema outside the root', 'schemas:\n  - file: a.yaml\n    schema: ../a.json\n', {}, '3:13', 'schemas[0].schema "../a.json" must be relative to the root and stay inside it'],
    ['a file glob outside the root', 'schemas:\n  - file: /etc/*.yaml\n    schema: a.json\n', {}, '2:11', 'schemas[0].file "/etc/*.yaml" must be relative to the root and stay inside it'],
    ['an entry without schema', 'schemas:\n  - file: a.yaml\n', {}, '2:5', 'item 0 of "schemas" is missing the required field "schema"'],
    ['known_hosts outside the root', 'probe:\n  known_hosts: /root/.ssh/known_hosts\n', {}, '2:16', 'probe.known_hosts "/root/.ssh/known_hosts" must be relative to the root and stay inside it'],
  ])('%s is exit 2 at the config line', async (_name, config, files, at, text) => {
    const dir = root({ 'driftgate.config.yaml': config, ...files });
    const error = await configError(dir);
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`${join(dir, 'driftgate.config.yaml')}:${at} ${text}`);
    expect(error.message).not.toMatch(/\n\s+at /); // no stack trace
  });
});
