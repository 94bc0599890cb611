// Done-when of issue #15: one lab scenario per fix kind (test/fix/lab/<kind>/scenario.yaml) over
// the fix-kinds fixture spine (the clean spine with test/fix/lab/spine/ laid over it) makes
// `driftgate fix --dry-run` propose exactly the edit of test/fix/lab/<kind>/expected.diff, in that
// kind's topic and no other; the spine as declared proposes nothing. Real pipeline: the lab's SSH
// and HTTP servers on 127.0.0.1, shadow probes, live gates, planner. UPDATE_GOLDEN=1 rewrites the diffs.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { FIX_KINDS } from '../../src/gates/fix-kinds.js';
import { startLab } from '../../src/lab/start-lab.js';
import type { Scenario } from '../../src/lab/types.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const CASES = join(REPO_DIR, 'test/fix/lab');
const CLEAN = join(REPO_DIR, 'test/fixtures/spines/clean');

interface PlanJson {
  topics: Array<{ topic: string; files: Array<{ file: string; diff: string }>; refused: unknown[] }>;
  held?: unknown[];
}

let root: string;
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'driftgate-fix-kinds-'));
  root = join(work, 'spine');
  await cp(CLEAN, root, { recursive: true });
  await cp(join(CASES, 'spine'), root, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `fix --dry-run --format json` (or `args[0]`: `check`) against the lab of `scenario`, every gate and fix kind on, at `now`. */
async function dryRun(scenario: string, name: string, opts: { now?: Date; args?: string[]; command?: 'fix' | 'check' } = {}): Promise<PlanJson> {
  const io = memoryIo();
  if (opts.now) io.now = () => opts.now as Date;
  const lab = await startLab({ root, scenario, outDir: join(work, name), now: io.now() });
  try {
    const f = lab.files!;
    const command = opts.command === 'check' ? ['check'] : ['fix', '--dry-run'];
    const code = await main([...command, '--format', 'json', '--root', root, '--connect-map', f.connectMap, '--known-hosts', f.knownHosts, '--identity', f.identity, ...(opts.args ?? [])], io);
    expect(io.err.join(''), 'no stack trace').not.toMatch(/\n\s+at /);
    if (opts.command !== 'check') expect(code).toBe(0);
    return JSON.parse(io.out.join('')) as PlanJson;
  } finally {
    await lab.close();
  }
}

const edited = (plan: PlanJson) => plan.topics.filter((t) => t.files.length > 0 || t.refused.length > 0);

describe('fix --dry-run, one lab scenario per fix kind', () => {
  it('the fixture spine as declared proposes nothing, in any topic', async () => {
    const plan = await dryRun(join(CASES, 'as-declared.yaml'), 'as-declared');
    expect(plan.topics.map((t) => t.topic)).toEqual(FIX_KINDS.map((k) => k.id));
    expect(edited(plan)).toEqual([]);
  }, 60_000);

  it('has a scenario for every fix kind', async () => {
    const dirs = (await readdir(CASES, { withFileTypes: true })).filter((d) => d.isDirectory() && d.name !== 'spine').map((d) => d.name);
    expect(dirs.sort()).toEqual(FIX_KINDS.map((k) => k.id).sort());
  });

  for (const kind of FIX_KINDS.map((k) => k.id)) {
    it(`${kind}: exactly the expected diff, in its own topic`, async () => {
      const plan = await dryRun(join(CASES, kind, 'scenario.yaml'), kind);
      expect(edited(plan).map((t) => t.topic)).toEqual([kind]);
      const topic = edited(plan)[0]!;
      expect(topic.refused).toEqual([]);
      const diff = topic.files.map((f) => f.diff).join('');
      const golden = join(CASES, kind, 'expected.diff');
      if (process.env.UPDATE_GOLDEN) await writeFile(golden, diff);
      expect(diff).toBe(await readFile(golden, 'utf8'));
    }, 60_000);
  }
});

describe('the config switches a kind off, or a whole gate', () => {
  it('health-expect off in fix.kinds and vm-inventory left out of fix.gates: their scenarios propose nothing, the other kinds stay', async () => {
    const config = join(work, 'switches.yaml');
    const gates = FIX_KINDS.map((k) => k.gate).filter((g, i, all) => g !== 'vm-inventory' && all.indexOf(g) === i);
    await writeFile(config, `fix:\n  gates: [${gates.join(', ')}]\n  kinds: { health-expect: false }\n`);
    const parts = await Promise.all(['health-expect', 'vm-resources'].map(async (k) => parse(await readFile(join(CASES, k, 'scenario.yaml'), 'utf8')) as Scenario));
    const scenario = join(work, 'switches-scenario.yaml');
    await writeFile(scenario, JSON.stringify({ version: 1, containers: parts[0]?.containers, endpoints: parts[0]?.endpoints, hypervisor: parts[1]?.hypervisor }));
    const plan = await dryRun(scenario, 'switches', { args: ['--config', config] });
    expect(edited(plan)).toEqual([]);
    expect(plan.topics.map((t) => t.topic)).toEqual(FIX_KINDS.filter((k) => k.gate !== 'vm-inventory' && k.id !== 'health-expect').map((k) => k.id));
    // the same scenario with every kind on proposes both
    const all = await dryRun(scenario, 'switches-all');
    expect(edited(all).map((t) => t.topic)).toEqual(['health-expect', 'vm-resources']);
  }, 60_000);
});

/**
 * `fix --write` on a copy of the fixture spine against the lab of `scenario`: exit 0, then `check`
 * looks at the copy and what was printed, and a dry run afterwards has nothing left to fix.
 */
async function writeInLab(name: string, scenario: string | Scenario, check: (copy: string, out: string) => Promise<void>): Promise<void> {
  const copy = join(work, `spine-${name}`);
  await cp(root, copy, { recursive: true });
  const io = memoryIo();
  const lab = await startLab({ root: copy, scenario, outDir: join(work, name), now: io.now() });
  try {
    const f = lab.files!;
    const flags = ['--root', copy, '--connect-map', f.connectMap, '--known-hosts', f.knownHosts, '--identity', f.identity];
    expect(await main(['fix', '--write', ...flags], io)).toBe(0);
    await check(copy, io.out.join(''));
    const again = memoryIo();
    expect(await main(['fix', '--dry-run', '--format', 'json', ...flags], again)).toBe(0);
    expect(edited(JSON.parse(again.out.join('')) as PlanJson)).toEqual([]);
  } finally {
    await lab.close();
  }
}

describe('fix --write with an added entry', () => {
  it('writes the skeleton into the working tree, after which no topic has anything to fix', async () => {
    await writeInLab('write', join(CASES, 'registry-entry', 'scenario.yaml'), async (copy, out) => {
      expect(out).toContain('wrote docs/governance/SERVICE_REGISTRY.yaml: 1 key added\n');
      const registry = 'docs/governance/SERVICE_REGISTRY.yaml';
      const written = await readFile(join(copy, registry), 'utf8');
      const diff = (await readFile(join(CASES, 'registry-entry', 'expected.diff'), 'utf8')).split('\n');
      const added = diff.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1));
      expect(written.length - (await readFile(join(root, registry), 'utf8')).length).toBe(added.reduce((n, l) => n + l.length + 1, 0));
      for (const line of added) expect(written).toContain(line);
    });
  }, 60_000);
});

describe('fix --write with several topics on the same files', () => {
  // the registry is edited by four topics (one inserts a key above the others' lines, one a whole
  // entry), the health file by one, the VM file by another: each topic re-applies on what the one
  // before wrote, and the result is the union of the kinds' own edits and nothing else
  const KINDS = ['registry-status', 'registry-exited', 'service-port', 'vm-resources', 'registry-entry'];

  async function combined(): Promise<Scenario> {
    const parts = await Promise.all(KINDS.map(async (k) => parse(await readFile(join(CASES, k, 'scenario.yaml'), 'utf8')) as Scenario));
    const containers = Object.assign({}, ...parts.map((p) => p.containers ?? {})) as NonNullable<Scenario['containers']>;
    delete containers['app-host/reports']; // the others keep reports parked; registry-status wants it running
    return {
      version: 1,
      containers,
      extraContainers: parts.flatMap((p) => p.extraContainers ?? []),
      endpoints: Object.assign({}, ...parts.map((p) => p.endpoints ?? {})),
      hypervisor: { vms: Object.assign({}, ...parts.map((p) => p.hypervisor?.vms ?? {})) },
    };
  }

  /** The removed and added lines of a unified diff (or of several), sorted. */
  const changedLines = (diffs: string[]) => {
    const lines = diffs.join('\n').split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
    return [lines.filter((l) => l.startsWith('-')).sort(), lines.filter((l) => l.startsWith('+')).sort()];
  };

  it('writes every topic, each file listed once at the lines as written, no false note, and the union of the kinds\' edits only', async () => {
    await writeInLab('several', await combined(), async (copy, out) => {
      const report = out.slice(out.indexOf('\nwrote ') + 1);
      expect(report).not.toContain('note:');
      const wrote = report.split('\n').filter((l) => l.startsWith('wrote '));
      expect(wrote).toEqual([
        'wrote docs/governance/SERVICE_REGISTRY.yaml: 3 values changed, 2 keys added',
        'wrote ops/bindings/services.health.yaml: 1 value changed',
        'wrote ops/bindings/vm.lifecycle.yaml: 1 value changed',
      ]);
      // every change line points at the line of its key in the file as written
      for (const line of report.split('\n').filter((l) => l.startsWith('  '))) {
        const [, file, at, pointer] = /^ {2}(\S+):(\d+) (\S+):/.exec(line) ?? [];
        const key = (pointer as string).split('/').pop() as string;
        const text = (await readFile(join(copy, file as string), 'utf8')).split('\n');
        expect(text[Number(at) - 1], line).toMatch(new RegExp(`^\\s*${key}:`));
      }
      // exactly the kinds' own edits, and nothing else
      const goldens = await Promise.all(KINDS.map((k) => readFile(join(CASES, k, 'expected.diff'), 'utf8')));
      const files = ['docs/governance/SERVICE_REGISTRY.yaml', 'ops/bindings/services.health.yaml', 'ops/bindings/vm.lifecycle.yaml'];
      const written = await Promise.all(files.map(async (file) => createTwoFilesPatch(`a/${file}`, `b/${file}`, await readFile(join(root, file), 'utf8'), await readFile(join(copy, file), 'utf8'))));
      expect(changedLines(written)).toEqual(changedLines(goldens));
    });
  }, 60_000);
});

describe('evidence over nights (--state): the persistence of the gate says 2 consecutive runs', () => {
  it('holds the topic on the first night and proposes it on the second', async () => {
    const state = join(work, 'state.json');
    const scenario = join(CASES, 'health-expect', 'scenario.yaml');
    const night = (n: number): Date => new Date(Date.UTC(2026, 1, 10 + n, 3, 17));
    // night 1: one run of evidence, the fix needs two: held, no edit
    const first = await dryRun(scenario, 'night-1-fix', { now: night(1), args: ['--state', state] });
    expect(edited(first)).toEqual([]);
    expect(first.held).toEqual([
      { topic: 'health-expect', pending: 2, reason: '2 fixes not confirmed yet (the same value in 2 consecutive live runs is needed): the topic is not planned and its PR is left alone' },
    ]);
    expect(first.topics.map((t) => t.topic)).not.toContain('health-expect');
    // the nightly check records night 1
    await dryRun(scenario, 'night-1-check', { now: night(1), args: ['--state', state], command: 'check' });
    // night 2: the same values again: proposed, exactly the expected diff
    const second = await dryRun(scenario, 'night-2-fix', { now: night(2), args: ['--state', state] });
    expect(second.held).toBeUndefined();
    expect(edited(second).map((t) => t.topic)).toEqual(['health-expect']);
    expect(edited(second)[0]!.files.map((f) => f.diff).join('')).toBe(await readFile(join(CASES, 'health-expect', 'expected.diff'), 'utf8'));
  }, 90_000);
});
