// Done-when of issue #6 (and #15: with every gate and fix kind, shadow probes included): on the seed
// scenario over the corpus, `driftgate fix --dry-run` proposes exactly the change a person made,
// and the diff touches those two lines only; `fix --write`
// (issue #12) makes exactly that change in a copy of the spine. Real pipeline: the lab's SSH and
// HTTP servers on 127.0.0.1, live probes, gates, planner.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { FIX_KINDS } from '../../src/gates/fix-kinds.js';
import { startLab, type Lab } from '../../src/lab/start-lab.js';
import type { Scenario } from '../../src/lab/types.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SPINE_DIR } from '../support/paths.js';
import { REGISTRY } from './support.js';

describe('driftgate fix --dry-run on the seed scenario', () => {
  let lab: Lab;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'driftgate-seed-fix-'));
    // the seed scenario minus sabnzbd's 12 s web UI (a health matter that would only slow this test down)
    const seed = parse(readFileSync(join(REPO_DIR, 'examples/scenarios/seed-2026-02-11.yaml'), 'utf8')) as Scenario & { endpoints?: Record<string, unknown> };
    delete seed.endpoints?.sabnzbd;
    // the lab's clock is the CLI's (memoryIo): container start times are judged against it
    lab = await startLab({ root: SPINE_DIR, scenario: seed, outDir: dir, now: memoryIo().now() });
  }, 60_000);
  afterAll(async () => {
    await lab?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('proposes status: stopped -> active for swaparr-sonarr and swaparr-lidarr, on those two lines only, with every gate and fix kind', async () => {
    const io = memoryIo();
    const files = lab.files!;
    const code = await main(
      ['fix', '--dry-run', '--format', 'json', '--root', SPINE_DIR, '--connect-map', files.connectMap, '--known-hosts', files.knownHosts, '--identity', files.identity],
      io,
    );
    expect(io.err.join('')).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const plan = JSON.parse(io.out.join('')) as {
      topics: Array<{ topic: string; files: Array<{ file: string; lines: number[]; changes: Array<{ pointer: string; before: unknown; after: unknown }>; diff: string }>; refused: unknown[] }>;
    };
    // every fix kind is planned (shadow probes included); none but registry-status has an edit
    expect(plan.topics.map((t) => t.topic)).toEqual(FIX_KINDS.map((k) => k.id));
    expect(plan.topics.slice(1).filter((t) => t.files.length > 0 || t.refused.length > 0)).toEqual([]);
    const topic = plan.topics[0]!;
    expect(topic.refused).toEqual([]);
    expect(topic.files.map((f) => f.file)).toEqual([REGISTRY]);
    const file = topic.files[0]!;
    expect(file.changes.map((c) => [c.pointer, c.before, c.after])).toEqual([
      ['/services/swaparr-sonarr/status', 'stopped', 'active'],
      ['/services/swaparr-lidarr/status', 'stopped', 'active'],
    ]);
    const lines = readFileSync(join(SPINE_DIR, REGISTRY), 'utf8').split('\n');
    expect(file.lines).toEqual([428, 435]);
    const changed = file.diff.split('\n').filter((l) => /^[-+](?![-+])/.test(l));
    expect(changed).toEqual([
      `-${lines[427]}`,
      `+${lines[427]!.replace('stopped', 'active')}`,
      `-${lines[434]}`,
      `+${lines[434]!.replace('stopped', 'active')}`,
    ]);
  }, 60_000);

  it('fix --write changes those two lines in the working tree, after which nothing is left to fix', async () => {
    const files = lab.files!;
    const copy = join(dir, 'spine-copy');
    cpSync(SPINE_DIR, copy, { recursive: true });
    const before = readFileSync(join(copy, REGISTRY), 'utf8');
    const flags = ['--gates', 'registry-status', '--root', copy, '--connect-map', files.connectMap, '--known-hosts', files.knownHosts, '--identity', files.identity];
    const io = memoryIo();
    expect(await main(['fix', '--write', ...flags], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toContain(`wrote ${REGISTRY}: 2 values changed\n  ${REGISTRY}:428 /services/swaparr-sonarr/status: "stopped" -> "active"\n  ${REGISTRY}:435 /services/swaparr-lidarr/status: "stopped" -> "active"\n`);
    const after = readFileSync(join(copy, REGISTRY), 'utf8');
    const lines = before.split('\n');
    lines[427] = lines[427]!.replace('stopped', 'active');
    lines[434] = lines[434]!.replace('stopped', 'active');
    expect(after).toBe(lines.join('\n'));

    const again = memoryIo();
    expect(await main(['fix', '--dry-run', ...flags], again)).toBe(0);
    const others = FIX_KINDS.filter((k) => k.gate !== 'registry-status').map((k) => k.id);
    expect(again.out.join('')).toBe(
      `topic registry-status: nothing to fix\ntopic registry-exited: nothing to fix\ntopics ${others.join(', ')}: not planned: its gate did not run (not selected with --gates)\n`,
    );
    expect(await main(['fix', '--write', '--pr', ...flags], memoryIo())).toBe(2);
  }, 60_000);
});
