// The static gates as a whole: silent on the clean fixture spine, never crashing on a broken one.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig, SPINE_PATHS } from '../../src/config/defaults.js';
import { GATES } from '../../src/gates/index.js';
import { runGates } from '../../src/gates/run-gates.js';
import { CLEAN_SPINE } from './support/gate-cases.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const STATIC = GATES.filter((g) => g.kind === 'static');

async function run(root: string) {
  const config = defaultConfig();
  return runGates(GATES, { ...(await loadSpine(root, config)), config, now: NOW });
}

describe('static gates', () => {
  it('find nothing on the clean fixture spine, and skip the live gates offline', async () => {
    const { runs, findings } = await run(CLEAN_SPINE);
    expect(findings.map((f) => `${f.gate}: ${f.message}`)).toEqual([]);
    expect(runs.filter((r) => r.kind === 'static').map((r) => r.result)).toEqual(STATIC.map(() => 'pass'));
    expect(runs.filter((r) => r.kind === 'live').every((r) => r.result === 'skipped' && r.note === 'offline')).toBe(true);
  });

  it('do not crash on an empty root or on files of the wrong shape', async () => {
    const root = await mkdtemp(join(tmpdir(), 'driftgate-broken-'));
    try {
      const empty = await run(root);
      expect(empty.runs.filter((r) => r.result === 'error')).toEqual([]);
      expect(empty.findings.some((f) => f.gate === 'schema' && f.severity === 'error')).toBe(true);
      const garbage = ['services: [1, 2]\nhosts: "x"\n', 'endpoints: {a: 1}\n', 'targets: [null, {stacks: 7}]\n', 'vms: [{vmid: x}, 5, {vmid: 1, hostname: h, status: active, services: [1, null], stacks: x}]\n'];
      const paths = [SPINE_PATHS.registry, SPINE_PATHS.health, SPINE_PATHS.compose, SPINE_PATHS.vms, SPINE_PATHS.ssh, SPINE_PATHS.backups, SPINE_PATHS.routing];
      for (const [i, rel] of paths.entries()) {
        await mkdir(dirname(join(root, rel)), { recursive: true });
        await writeFile(join(root, rel), garbage[i % garbage.length]!);
      }
      const broken = await run(root);
      expect(broken.runs.filter((r) => r.result === 'error').map((r) => `${r.id}: ${r.note}`)).toEqual([]);
      expect(broken.findings.length).toBeGreaterThan(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
