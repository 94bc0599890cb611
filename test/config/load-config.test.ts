// loadConfig: snake_case YAML merged over the defaults; every problem a UserError (exit 2) with file:line:col.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load-config.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const FIXTURES = resolve(REPO_DIR, 'test/fixtures/config');
const fixture = (name: string): string => join(FIXTURES, name);
const tmp = mkdtempSync(join(tmpdir(), 'driftgate-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function userError(promise: Promise<unknown>): Promise<{ message: string; exitCode: number }> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).name).toBe('UserError');
    return error as { message: string; exitCode: number };
  }
  throw new Error('expected a UserError');
}

describe('loadConfig', () => {
  it('exits 2 on gate ids no gate has (severities, exceptions, fix.gates), each with a did-you-mean and its place', async () => {
    const file = fixture('unknown-gates.yaml');
    const error = await userError(loadConfig(tmp, file));
    expect(error.exitCode).toBe(2);
    expect(error.message.split('\n').slice(1).map((l) => l.trim())).toEqual([
      `${file}:3:17 unknown gate "vm-governace" in gates; did you mean "vm-governance"? (driftgate gates lists them)`,
      `${file}:6:11 unknown gate "ssh-trusts" in exceptions[0].gate; did you mean "ssh-trust"? (driftgate gates lists them)`,
      `${file}:11:11 unknown gate "registry-stats" in fix.gates; did you mean "registry-status"? (driftgate gates lists them)`,
    ]);
  });

  it('without a config file gives the defaults', async () => {
    expect(await loadConfig(tmp)).toEqual(defaultConfig());
  });

  it('merges every section over the defaults, snake_case → camelCase, keeping exception positions', async () => {
    const config = await loadConfig(tmp, fixture('full.yaml'));
    const defaults = defaultConfig();
    expect(config.file).toBe(fixture('full.yaml'));
    expect(config.paths).toEqual({ ...defaults.paths, registry: 'registry/services.yaml', workflows: '.forgejo/workflows' });
    expect(config.gates).toEqual({ 'caddy-proto': 'warning', D54: 'off' });
    expect(config.exceptions).toEqual([
      { gate: 'vm-governance', subject: 'docker-host', reason: 'legacy VM, migration planned', expires: '2026-06-30', line: 11, column: 5 },
    ]);
    expect(config.probe).toEqual({
      ...defaults.probe,
      hostConcurrency: 4,
      channelsPerHost: 2,
      sshConnectTimeoutMs: 3000,
      retries: 0,
      trustOnFirstUse: false,
      hypervisorTargets: ['pve'],
      users: { pve: 'driftgate' },
    });
    expect(config.fix).toEqual({ ...defaults.fix, gates: ['registry-status'], base: 'trunk', labels: ['driftgate', 'bot'], maxOpenPrs: 2 });
    expect(config.caddy.authUpstreams).toEqual(['auth:9000']);
  });

  it('reads <root>/driftgate.config.yaml by default', async () => {
    const root = mkdtempSync(join(tmp, 'root-'));
    copyFileSync(fixture('full.yaml'), join(root, 'driftgate.config.yaml'));
    expect((await loadConfig(root)).probe.hostConcurrency).toBe(4);
  });

  it('an explicit config file that does not exist is exit 2', async () => {
    const error = await userError(loadConfig(tmp, join(tmp, 'absent.yaml')));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`config file not found: ${join(tmp, 'absent.yaml')}`);
  });

  it('schema errors and unknown keys are all reported, sorted, with file:line:col', async () => {
    const file = fixture('bad-values.yaml');
    const error = await userError(loadConfig(tmp, file));
    expect(error.exitCode).toBe(2);
    const places = error.message.split('\n').slice(1).map((l) => l.trim().split(' ')[0]);
    expect(places).toEqual([`${file}:2:16`, `${file}:4:22`, `${file}:5:3`, `${file}:8:14`, `${file}:10:14`]);
    expect(error.message).toContain('unknown key "retires" in "probe"; did you mean "retries"?');
  });

  it.each([
    ['duplicate.yaml', 3, 3, 'duplicate key "retries"'],
    ['broken.yaml', 2, 13, 'YAML syntax error: the "[" opened here is never closed'],
    ['escape.yaml', 2, 8, 'must be relative to the root and stay inside it'],
  ])('%s → exit 2 at line %d column %d', async (name, line, column, text) => {
    const error = await userError(loadConfig(tmp, fixture(name)));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`${fixture(name)}:${line}:${column} `);
    expect(error.message).toContain(text);
  });
});

describe('validate with a bad config', () => {
  it('stops with a UserError (exit 2) naming the config file and line', async () => {
    const promise = validateCommand({ root: tmp, format: 'text', config: fixture('duplicate.yaml') }, memoryIo());
    await expect(promise).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(`${fixture('duplicate.yaml')}:3:3`) });
  });
});
