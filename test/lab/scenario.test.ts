import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/bindings/types.js';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { UserError } from '../../src/core/errors.js';
import { loadScenario, parseScenario } from '../../src/lab/scenario.js';
import { buildWorld } from '../../src/lab/world.js';
import { REPO_DIR } from '../support/paths.js';

const EXAMPLE_SPINE = resolve(REPO_DIR, 'examples/spine');

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

let model: Model;
beforeAll(async () => {
  model = (await loadSpine(EXAMPLE_SPINE, defaultConfig())).model;
});

async function exampleWorldError(text: string): Promise<UserError> {
  const config = defaultConfig();
  const loaded = parseScenario(text, 'bad.yaml');
  return errorOf(() => buildWorld(model, config, loaded, new Date('2026-02-11T12:00:00Z')));
}

describe('scenario validation', () => {
  it('accepts every bundled scenario', async () => {
    for (const name of ['demo', 'all-as-declared', 'seed-2026-02-11']) {
      const loaded = await loadScenario(`examples/scenarios/${name}.yaml`, REPO_DIR);
      expect(loaded.scenario.version).toBe(1);
      expect(loaded.source?.file).toBe(`examples/scenarios/${name}.yaml`);
    }
  });

  it('names file, line and column of a wrong type and an unknown key (with a did-you-mean)', () => {
    const text = ['version: 1', 'endpoints:', '  sabnzbd:', '    latencyMs: slow', 'hosts:', '  media:', '    unreachabel: true', ''].join('\n');
    const err = errorOf(() => parseScenario(text, 'scenarios/x.yaml'));
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(/^scenario scenarios\/x\.yaml is invalid \(2 problems\):/);
    expect(err.message).toContain('scenarios/x.yaml:4:16: "latencyMs" must be integer');
    expect(err.message).toMatch(/scenarios\/x\.yaml:7:5: unknown key "unreachabel".*did you mean "unreachable"/);
  });

  it('rejects a bad enum value, a missing version and a YAML syntax error with positions', () => {
    const enumErr = errorOf(() => parseScenario('version: 1\ncontainers:\n  media/radarr:\n    state: crashed\n', 's.yaml'));
    expect(enumErr.message).toMatch(/s\.yaml:4:12: "state" has unknown value "crashed"/);
    const missing = errorOf(() => parseScenario('description: no version\n', 's.yaml'));
    expect(missing.message).toMatch(/s\.yaml:1:1: .*"version"/);
    const syntax = errorOf(() => parseScenario('version: 1\nhosts: [unclosed\n', 's.yaml'));
    expect(syntax.message).toMatch(/s\.yaml:\d+:\d+: YAML syntax error/);
    const empty = errorOf(() => parseScenario('', 's.yaml'));
    expect(empty.message).toMatch(/s\.yaml:1:1: the scenario is empty/);
  });

  it('reports a missing scenario file as a UserError, not a stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dg-scn-'));
    await expect(loadScenario('nope.yaml', dir)).rejects.toThrow('scenario file not found: nope.yaml');
    await writeFile(join(dir, 'ok.yaml'), 'version: 1\n');
    await expect(loadScenario('ok.yaml', dir)).resolves.toMatchObject({ scenario: { version: 1 } });
  });

  it('names the line of a reference to something the spine does not declare', async () => {
    const container = await exampleWorldError('version: 1\ncontainers:\n  media/lidarr:\n    state: exited\n');
    expect(container.message).toMatch(/^bad\.yaml:3:3: no declared container "media\/lidarr"/);
    const endpoint = await exampleWorldError('version: 1\nendpoints:\n  plex:\n    status: 500\n');
    expect(endpoint.message).toMatch(/^bad\.yaml:3:3: unknown health endpoint "plex"/);
    const host = await exampleWorldError('version: 1\nhosts:\n  nowhere:\n    unreachable: true\n');
    expect(host.message).toMatch(/^bad\.yaml:3:3: unknown host "nowhere"/);
    const stack = await exampleWorldError('version: 1\nextraContainers:\n  - { host: media, stack: music, name: x }\n');
    expect(stack.message).toMatch(/^bad\.yaml:3:\d+: compose target "media" declares no stack "music"/);
    const vm = await exampleWorldError('version: 1\nhypervisor:\n  vms:\n    "777": { status: stopped }\n');
    expect(vm.message).toMatch(/^bad\.yaml:4:\d+: vm\.lifecycle\.yaml declares no vmid 777/);
    const backup = await exampleWorldError('version: 1\nbackups:\n  vm-999: { missing: true }\n');
    expect(backup.message).toMatch(/^bad\.yaml:3:\d+: unknown backup target "vm-999"/);
  });
});
