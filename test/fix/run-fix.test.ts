import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FixOptions } from '../../src/cli/options.js';
import type { Finding } from '../../src/gates/types.js';
import { runFix } from '../../src/fix/run-fix.js';
import { memoryIo } from '../support/io.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { pushCommit } from '../support/fake-gitea/git.js';
import { addRepo } from '../support/fake-gitea/state.js';
import { checkReturning, ONE_TOPIC_CONFIG, REGISTRY, reportOf, staleFinding } from './support.js';

const TEXT = 'services:\r\n  alpha:\r\n    status: stopped # crashed\r\n  beta:\r\n    status: active\r\n';



describe('runFix', () => {
  let root: string;
  let base: FixOptions;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'driftgate-fix-'));
    mkdirSync(dirname(join(root, REGISTRY)), { recursive: true });
    writeFileSync(join(root, REGISTRY), TEXT);
    writeFileSync(join(root, 'driftgate.config.yaml'), ONE_TOPIC_CONFIG);
    base = { root, format: 'text', offline: false, dryRun: true, pr: false, observations: ['obs.json'] };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prints the plan and the unified diff on a dry run and exits 0', async () => {
    const io = memoryIo();
    const out = await runFix(base, io, { runCheck: checkReturning(reportOf([staleFinding('alpha')])) });
    expect(out.exitCode).toBe(0);
    const text = io.out.join('');
    expect(text).toContain(`${REGISTRY}:3 /services/alpha/status: "stopped" -> "active"`);
    expect(text).toContain(`--- a/${REGISTRY}`);
    expect(text).toContain('-    status: stopped # crashed\r\n+    status: active # crashed\r\n');
  });

  it('exits 1 when an edit is refused, and 2 when the check errored', async () => {
    const missing = await runFix(base, memoryIo(), { runCheck: checkReturning(reportOf([staleFinding('gamma')])) });
    expect(missing.exitCode).toBe(1);
    const io = memoryIo();
    const broken = await runFix(base, io, { runCheck: checkReturning({ ...reportOf([], 'error'), error: 'boom' }) });
    expect(broken.exitCode).toBe(2);
    expect(io.err.join('')).toContain('boom');
  });

  it('exits 3 when the check was inconclusive and nothing could be planned', async () => {
    const out = await runFix(base, memoryIo(), { runCheck: checkReturning(reportOf([], 'inconclusive', 'skipped')) });
    expect(out.exitCode).toBe(3);
  });

  it('plans no topic for a gate that was skipped', async () => {
    const out = await runFix(base, memoryIo(), { runCheck: checkReturning(reportOf([], 'pass', 'skipped')) });
    expect(out.plan!.topics).toEqual([]);
  });

  it('needs server, repo and token for --pr, and never prints the token', async () => {
    const io = memoryIo();
    await expect(runFix({ ...base, dryRun: false, pr: true }, io, { runCheck: checkReturning(reportOf([])) })).rejects.toThrow(/server URL/);
    let fake: FakeGitea | undefined;
    try {
      fake = await startFakeGitea();
      addRepo(fake.state, 'infra', 'spine', { [REGISTRY]: TEXT });
      const token = fake.token;
      const opts: FixOptions = { ...base, dryRun: false, pr: true, serverUrl: fake.url, repo: 'infra/spine', token };
      const run = await runFix(opts, io, { runCheck: checkReturning(reportOf([staleFinding('alpha')])) });
      expect(run.exitCode).toBe(0);
      expect(run.results.map((r) => r.action)).toEqual(['created']);
      expect(run.prUrl).toMatch(/\/pulls\/1$/);
      expect(io.out.join('')).toContain('registry-status: created PR #1');
      const bad = await runFix({ ...opts, repo: 'infra/nope' }, io, { runCheck: checkReturning(reportOf([staleFinding('alpha')])) });
      expect(bad.exitCode).toBe(2);
      expect(io.err.join('')).toMatch(/Gitea API GET .*404/);
      expect([...io.out, ...io.err].join('')).not.toContain(token);
      fake.problems.length = 0; // the 404 of the unknown repository was intended
    } finally {
      await fake?.close();
    }
  });

  it('leaves an open PR alone (not closed, not updated) when the topic\'s probes were partly inconclusive', async () => {
    const fake = await startFakeGitea();
    try {
      const repo = addRepo(fake.state, 'infra', 'spine', { [REGISTRY]: TEXT });
      const opts: FixOptions = { ...base, dryRun: false, pr: true, serverUrl: fake.url, repo: 'infra/spine', token: fake.token };
      const first = await runFix(opts, memoryIo(), { runCheck: checkReturning(reportOf([staleFinding('alpha')])) });
      expect(first.results.map((r) => r.action)).toEqual(['created']);
      const pr = [...repo.pulls.values()][0]!;
      const body = pr.body;
      const seen = fake.requests.length;

      // the next run: alpha's host timed out (inconclusive), beta is judged; the gate still "fails"
      const { fix: _f, ...judged } = staleFinding('alpha');
      const gap: Finding = {
        ...judged,
        fingerprint: 'fp-gap',
        message: 'host "h1" timed out: the status of 1 registry service is not known',
        direction: 'unknown',
        inconclusive: true,
      };
      for (const findings of [[gap], [gap, staleFinding('beta')]]) {
        const io = memoryIo();
        const again = await runFix(opts, io, { runCheck: checkReturning(reportOf(findings)) });
        expect(again.results).toEqual([]);
        expect(io.err.join('')).toMatch(/registry-status: some probes were inconclusive.*left alone/);
      }
      expect(fake.requests.slice(seen)).toEqual([]);
      expect(pr.state).toBe('open');
      expect(pr.body).toBe(body);
      fake.assertClean();
    } finally {
      await fake.close();
    }
  });

  it('names inconclusive probes on stdout as the reason no fix was planned', async () => {
    const { fix: _f, ...judged } = staleFinding('alpha');
    const gap: Finding = { ...judged, fingerprint: 'fp-gap', message: 'host "h1" timed out: the status of 1 registry service is not known', direction: 'unknown', inconclusive: true };
    const io = memoryIo();
    const out = await runFix(base, io, { runCheck: checkReturning(reportOf([gap], 'inconclusive', 'inconclusive')) });
    expect(out.exitCode).toBe(3);
    const text = io.out.join('');
    expect(text).toBe('topic registry-status: not planned: probes were inconclusive (host "h1" timed out: the status of 1 registry service is not known), so no fix is planned and its PR is left alone\n');
    expect(text).not.toContain('config fix.gates');
    const json = memoryIo();
    await runFix({ ...base, format: 'json' }, json, { runCheck: checkReturning(reportOf([gap], 'inconclusive', 'inconclusive')) });
    expect(JSON.parse(json.out.join(''))).toMatchObject({ topics: [], skipped: [{ topic: 'registry-status', reason: expect.stringMatching(/^probes were inconclusive/) }] });
  });

  it('says when the topic\'s gate was not selected', async () => {
    const io = memoryIo();
    const report = { ...reportOf([], 'pass'), gates: [] };
    await runFix(base, io, { runCheck: checkReturning(report) });
    expect(io.out.join('')).toBe('topic registry-status: not planned: its gate did not run (not selected with --gates)\n');
  });

  it('--pr: a topic blocked by a person\'s left-over branch is a warning on stdout and stderr, not only "blocked"', async () => {
    const fake = await startFakeGitea({ personality: 'gitea-1.25' });
    try {
      const repo = addRepo(fake.state, 'infra', 'spine', { [REGISTRY]: TEXT });
      pushCommit(fake.state, repo, 'driftgate/fix/main/registry-status', { files: { [REGISTRY]: `${TEXT}# mine\n` }, author: { id: 7, login: 'alice', name: 'Alice', email: 'alice@example.com' } });
      const io = memoryIo();
      const opts: FixOptions = { ...base, dryRun: false, pr: true, serverUrl: fake.url, repo: 'infra/spine', token: fake.token };
      const run = await runFix(opts, io, { runCheck: checkReturning(reportOf([staleFinding('alpha')])) });
      expect(run.exitCode).toBe(0);
      expect(run.warnings).toEqual([expect.stringMatching(/^registry-status: drift is back, but the branch driftgate\/fix\/main\/registry-status \(no open PR\) carries commits that are not driftgate's \(\w{10} by Alice\)/)]);
      expect(io.out.join('')).toMatch(/^registry-status: blocked \(branch driftgate\/fix\/main\/registry-status\): .*\n  warning: drift is back/m);
      expect(io.err.join('')).toMatch(/^driftgate fix: warning: registry-status: drift is back/m);
      expect(repo.pulls.size).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it('--pr: a token that cannot read its own user touches nothing and says which scope it needs', async () => {
    const fake = await startFakeGitea();
    try {
      addRepo(fake.state, 'infra', 'spine', { [REGISTRY]: TEXT });
      fake.failNext('GET', '/user', 403);
      const io = memoryIo();
      const opts: FixOptions = { ...base, dryRun: false, pr: true, serverUrl: fake.url, repo: 'infra/spine', token: fake.token };
      const run = await runFix(opts, io, { runCheck: checkReturning(reportOf([staleFinding('alpha')])) });
      expect(run.exitCode).toBe(2);
      expect(io.err.join('')).toMatch(/GET \/user failed with 403.*give the token the read:user scope/);
      expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
