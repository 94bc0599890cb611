// Several simulated nights with a state file, as a team runs the CLI nightly: `driftgate fix --pr
// --state FILE` (the check, the plan and the fix PR on the fake Gitea, the run recorded) against the
// lab's scenarios on the example spine, then a PR check (`check --offline --state FILE`).
// - a crash-looping container never gets a fix PR (the lab staging its status text, or its start
//   time and restarts behind a status text that claims hours; and the same from saved observation
//   snapshots, `--observations`);
// - a container stably running gets its fix PR on the second night (the lab; and a snapshot);
// - a flapping endpoint is `flapping`, not an error each night (the lab);
// - a missed nightly is reported by the next PR check (heartbeat).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCommand } from '../../src/cli/commands/check.js';
import { fixCommand } from '../../src/cli/commands/fix.js';
import { probeCommand } from '../../src/cli/commands/probe.js';
import type { CheckOptions, FixOptions } from '../../src/cli/options.js';
import type { Finding } from '../../src/gates/types.js';
import { startLab } from '../../src/lab/start-lab.js';
import type { Scenario } from '../../src/lab/types.js';
import type { Observations } from '../../src/probes/types.js';
import { fileAt } from '../support/fake-gitea/git.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addRepo, type FakeRepo } from '../support/fake-gitea/state.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const ROOT = join(REPO_DIR, 'examples/spine');
const AS_DECLARED = parse(readFileSync(join(REPO_DIR, 'examples/scenarios/all-as-declared.yaml'), 'utf8')) as Scenario;
const REGISTRY = 'docs/governance/SERVICE_REGISTRY.yaml';
const work = mkdtempSync(join(tmpdir(), 'driftgate-nights-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Night `n` (1-based) at 03:17 UTC. */
const at = (n: number): Date => new Date(Date.UTC(2026, 2, n, 3, 17));

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    if (statSync(join(dir, name)).isFile()) out[relative(dir, join(dir, name)).split('\\').join('/')] = readFileSync(join(dir, name), 'utf8');
  }
  return out;
}

let gitea: FakeGitea;
let repo: FakeRepo;
let state: string;
beforeEach(async (ctx) => {
  gitea = await startFakeGitea();
  repo = addRepo(gitea.state, 'ops', 'spine', tree(ROOT));
  state = join(work, `${ctx.task.id}.json`);
});
afterEach(async () => {
  await gitea.close();
});

function ioAt(n: number) {
  const io = memoryIo();
  io.now = () => at(n);
  return io;
}

function fixOptions(over: Partial<FixOptions>): FixOptions {
  return { root: ROOT, format: 'json', offline: false, state, dryRun: false, pr: true, serverUrl: gitea.url, repo: 'ops/spine', token: gitea.token, ...over };
}

/** One nightly with the lab staging `scenario`: `fix --pr --state` (check, plan, PR, record). */
async function labNight(n: number, scenario: Partial<Scenario>): Promise<{ code: number; plan: { topics: Array<{ topic: string; files: unknown[] }>; held?: unknown[] } }> {
  const lab = await startLab({ root: ROOT, scenario: { ...AS_DECLARED, ...scenario }, outDir: join(work, `lab-${n}`), now: at(n) });
  try {
    const io = ioAt(n);
    const code = await fixCommand(fixOptions({ connectMap: lab.files!.connectMap, knownHosts: lab.files!.knownHosts, identity: lab.files!.identity }), io);
    const json = io.out.join('').slice(0, io.out.join('').lastIndexOf('}') + 1);
    return { code, plan: JSON.parse(json) };
  } finally {
    await lab.close();
  }
}

/** The report of a check (`--format json`) over the state as it is now, at night `n`. */
async function report(n: number, opts: Partial<CheckOptions>): Promise<{ code: number; json: { result: string; findings: Finding[]; history?: Record<string, unknown> }; io: ReturnType<typeof ioAt> }> {
  const io = ioAt(n);
  const code = await checkCommand({ root: ROOT, format: 'json', offline: false, state, ...opts }, io);
  return { code, json: JSON.parse(io.out.join('')), io };
}

const bazarr = (findings: Finding[]) => findings.find((f) => f.gate === 'registry-status' && f.subject.id === 'bazarr');
const edits = (plan: { topics: Array<{ topic: string; files: unknown[] }> }) => plan.topics.find((t) => t.topic === 'registry-status')?.files.length ?? 0;

describe('nights in the lab', () => {
  it('a crash-looping container never gets a fix PR', async () => {
    const loop: Array<Partial<Scenario>> = [
      { containers: { ...AS_DECLARED.containers, 'media/bazarr': { state: 'running', status: 'Up 20 seconds' } } },
      { containers: { ...AS_DECLARED.containers, 'media/bazarr': { state: 'restarting', exitCode: 1 } } },
      { containers: { ...AS_DECLARED.containers, 'media/bazarr': { state: 'running', status: 'Up 45 seconds' } } },
      { containers: { ...AS_DECLARED.containers, 'media/bazarr': { state: 'running', status: 'Up About a minute' } } },
    ];
    for (const [i, scenario] of loop.entries()) {
      const { plan } = await labNight(i + 1, scenario);
      expect(edits(plan), `night ${i + 1}`).toBe(0);
    }
    expect(repo.pulls.size).toBe(0);
    // what the state remembers: seen when up (recovering), never with a value to fix
    const recorded = JSON.parse(readFileSync(state, 'utf8')) as { runs: unknown[]; findings: Record<string, { gate: string; subject: { id: string }; seen: string; fixes?: string[] }> };
    expect(recorded.runs).toHaveLength(4);
    const rec = Object.values(recorded.findings).find((r) => r.gate === 'registry-status' && r.subject.id === 'bazarr');
    expect(rec).toMatchObject({ seen: '1011' });
    expect(rec?.fixes).toBeUndefined();
  }, 120_000);

  it('a crash-looping container whose status text claims hours is judged by its start time and restarts', async () => {
    for (let n = 1; n <= 3; n++) {
      // docker restarted it 30 s before the probe, for the (4+n)th time; the status text lies
      const bazarr = { state: 'running' as const, status: 'Up 2 hours', started_ago: '30s', restarts: 4 + n };
      const { plan } = await labNight(n, { containers: { ...AS_DECLARED.containers, 'media/bazarr': bazarr } });
      expect(edits(plan), `night ${n}`).toBe(0);
      expect(plan.held, `night ${n}`).toBeUndefined();
    }
    expect(repo.pulls.size).toBe(0);
    const lab = await startLab({ root: ROOT, scenario: { ...AS_DECLARED, containers: { ...AS_DECLARED.containers, 'media/bazarr': { state: 'running', status: 'Up 2 hours', started_ago: '30s', restarts: 8 } } }, outDir: join(work, 'loop-check'), now: at(4) });
    try {
      const { json } = await report(4, { connectMap: lab.files!.connectMap, knownHosts: lab.files!.knownHosts, identity: lab.files!.identity });
      expect(bazarr(json.findings)).toMatchObject({ severity: 'warning', message: expect.stringContaining('is running for 30 s after 8 restarts: recovering, not proposing a fix'), history: { status: 'open', runs: 4 } });
      expect(bazarr(json.findings)?.fix).toBeUndefined();
    } finally {
      await lab.close();
    }
  }, 120_000);

  it('a container stably running gets its fix PR on the second night, with the evidence', async () => {
    const running = { containers: { ...AS_DECLARED.containers, 'media/bazarr': { state: 'running' as const } } };
    const first = await labNight(1, running);
    expect(edits(first.plan)).toBe(0);
    expect(first.plan.held).toEqual([{ topic: 'registry-status', pending: 1, reason: '1 fix not confirmed yet (the same value in 2 consecutive live runs is needed): the topic is not planned and its PR is left alone' }]);
    expect(repo.pulls.size).toBe(0);
    const second = await labNight(2, running);
    expect(edits(second.plan)).toBe(1);
    const pulls = [...repo.pulls.values()];
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.body).toContain('| same value in 2 runs in a row (seen 2 runs since 2026-03-01) |');
    expect(fileAt(repo, pulls[0]!.head.ref, REGISTRY)).toContain('status: active');
  }, 120_000);

  it('a flapping endpoint is flapping, not an error each night', async () => {
    const down = { endpoints: { jellyfin: { status: 503 } } };
    const nights = [down, {}, down, {}, down];
    const seen: Array<[number, string | undefined, string | undefined]> = [];
    for (const [i, scenario] of nights.entries()) {
      const lab = await startLab({ root: ROOT, scenario: { ...AS_DECLARED, ...scenario }, outDir: join(work, `flap-${i}`), now: at(i + 1) });
      try {
        const { code, json } = await report(i + 1, { connectMap: lab.files!.connectMap, knownHosts: lab.files!.knownHosts, identity: lab.files!.identity });
        const f = json.findings.find((x) => x.gate === 'health');
        seen.push([code, f?.severity, f?.history?.status]);
      } finally {
        await lab.close();
      }
    }
    // night 1: seen once, not confirmed (inconclusive, never pass); then it comes and goes: flapping
    expect(seen).toEqual([
      [3, 'warning', 'new'],
      [0, undefined, undefined],
      [0, 'warning', 'flapping'],
      [0, undefined, undefined],
      [0, 'warning', 'flapping'],
    ]);
  }, 120_000);

  it('a missed nightly is reported by the next PR check', async () => {
    const lab = await startLab({ root: ROOT, scenario: AS_DECLARED, outDir: join(work, 'missed'), now: at(1) });
    try {
      expect((await report(1, { connectMap: lab.files!.connectMap, knownHosts: lab.files!.knownHosts, identity: lab.files!.identity, metricsOut: join(work, 'live.prom') })).code).toBe(0);
    } finally {
      await lab.close();
    }
    expect(readFileSync(join(work, 'live.prom'), 'utf8')).toContain(`driftgate_live_run_timestamp_seconds ${at(1).getTime() / 1000}`);
    // the next day's PR check: fine
    expect((await report(2, { offline: true })).json.findings).toEqual([]);
    // three days later, no nightly since
    const io = ioAt(4);
    expect(await checkCommand({ root: ROOT, format: 'text', offline: true, state, metricsOut: join(work, 'pr.prom') }, io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain(`warning the last live run recorded in ${state} was at 2026-03-01 03:17 UTC, more than 36 h ago: the nightly has not run (or could not record its result) since; check its schedule, its runner and its job log [heartbeat]`);
    expect(text).toContain(`run history: read from ${state}, 1 run kept, last live run 2026-03-01 03:17 UTC`);
    expect(readFileSync(join(work, 'pr.prom'), 'utf8')).toContain(`driftgate_live_run_timestamp_seconds ${at(1).getTime() / 1000}`);
    // the PR check wrote nothing
    expect((JSON.parse(readFileSync(state, 'utf8')) as { runs: unknown[] }).runs).toHaveLength(1);
  }, 120_000);
});

describe('nights from saved observation snapshots (start times and restarts written into the snapshot)', () => {
  let snapshot: Observations;
  beforeAll(async () => {
    const lab = await startLab({ root: ROOT, scenario: { ...AS_DECLARED, containers: { ...AS_DECLARED.containers, 'media/bazarr': { state: 'running' } } }, outDir: join(work, 'snap-lab'), now: at(1) });
    try {
      const io = memoryIo();
      io.now = () => at(1);
      const out = join(work, 'base-snapshot.json');
      await probeCommand({ root: ROOT, format: 'json', out, connectMap: lab.files!.connectMap, knownHosts: lab.files!.knownHosts, identity: lab.files!.identity }, io);
      snapshot = JSON.parse(readFileSync(out, 'utf8')) as Observations;
    } finally {
      await lab.close();
    }
  }, 60_000);

  /** The snapshot as observed on night `n`, bazarr with the given start offset and restarts. */
  function snapshotOf(n: number, bazarr: { upSeconds: number; restarts: number }): string {
    const shift = at(n).getTime() - at(1).getTime();
    const text = JSON.stringify(snapshot).replace(/"(\d{4}-\d\d-\d\dT[\d:.]+Z)"/g, (_, iso: string) => `"${new Date(Date.parse(iso) + shift).toISOString()}"`);
    const obs = JSON.parse(text) as Observations;
    for (const s of obs.stacks) {
      for (const c of s.containers) {
        if (c.name !== 'bazarr') continue;
        // the status text claims hours: the start time wins
        c.status = 'Up 2 hours';
        c.startedAt = new Date(Date.parse(s.startedAt) - bazarr.upSeconds * 1000).toISOString();
        c.restartCount = bazarr.restarts;
      }
    }
    const file = join(work, `snap-${n}-${bazarr.upSeconds}.json`);
    writeFileSync(file, JSON.stringify(obs));
    return file;
  }

  async function snapNight(n: number, bazarr: { upSeconds: number; restarts: number }) {
    const io = ioAt(n);
    const code = await fixCommand(fixOptions({ observations: [snapshotOf(n, bazarr)] }), io);
    return { code, out: io.out.join('') };
  }

  it('a container caught up for 30 s after 5 restarts on consecutive nights never gets a fix PR', async () => {
    for (let n = 1; n <= 3; n++) await snapNight(n, { upSeconds: 30, restarts: 4 + n });
    expect(repo.pulls.size).toBe(0);
    const { json } = await report(3, { observations: [snapshotOf(3, { upSeconds: 30, restarts: 7 })] });
    expect(bazarr(json.findings)).toMatchObject({
      severity: 'warning',
      message: 'service "bazarr" is declared "stopped" (crashed or exited) and container "bazarr" in stack "media" is running for 30 s after 7 restarts: recovering, not proposing a fix',
      history: { status: 'open', runs: 3 },
    });
    expect(bazarr(json.findings)?.fix).toBeUndefined();
  }, 60_000);

  it('a container up for 5 hours after restarts gets its fix PR on the second night', async () => {
    await snapNight(1, { upSeconds: 5 * 3600, restarts: 2 });
    expect(repo.pulls.size).toBe(0);
    await snapNight(2, { upSeconds: 5 * 3600, restarts: 2 });
    expect(repo.pulls.size).toBe(1);
    // the same snapshot judged again is the same run: nothing more recorded
    await snapNight(2, { upSeconds: 5 * 3600, restarts: 2 });
    expect((JSON.parse(readFileSync(state, 'utf8')) as { runs: unknown[] }).runs).toHaveLength(2);
  }, 60_000);
});
