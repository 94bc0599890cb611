// The Gitea channels of a run, in-process against the fake Gitea: which URL the status links to (the
// run id or number, per personality: 1.25, 1.27, Forgejo), and that the status description carries
// no secret.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishToGitea, type PublishLog } from '../../src/action/publish.js';
import type { RunContext } from '../../src/action/event.js';
import { buildReport } from '../../src/report/build-report.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addPull, addRepo, type FakeRepo } from '../support/fake-gitea/state.js';

let gitea: FakeGitea;
let repo: FakeRepo;
let context: RunContext;
const lines: string[] = [];
const log: PublishLog = { info: (m) => lines.push(m), notice: (m) => lines.push(m), warning: (m) => lines.push(m) };

beforeEach(async () => {
  gitea = await startFakeGitea({ subPath: '/git/', rootUrl: 'https://example.com/git/' });
  repo = addRepo(gitea.state, 'ops', 'spine');
  const pr = addPull(gitea.state, repo, { head: 'feature' });
  context = {
    eventName: 'pull_request',
    repository: 'ops/spine',
    sha: pr.head.sha,
    pullRequest: { number: pr.number, headSha: pr.head.sha, fork: false },
    serverUrl: 'http://gitea:3000/',
    runId: '88',
    runNumber: '5',
  };
  lines.length = 0;
});
afterEach(async () => {
  await gitea.close();
});

const report = () => ({ ...buildReport({ root: '.', durationMs: 1, fileCount: 1, runs: [], findings: [] }), result: 'error' as const, error: 'cannot read s3cr3t-value' });

describe('publishToGitea', () => {
  it('links the status to the run under the repository html_url, with the description masked', async () => {
    const out = await publishToGitea(
      { report: report(), markdown: 'x', context, serverUrl: gitea.url, token: gitea.token, comment: false, status: true, redact: (t) => t.replace('s3cr3t-value', '***') },
      log,
    );
    expect(out.runUrl).toBe('https://example.com/git/ops/spine/actions/runs/88');
    expect(repo.statuses[0]).toMatchObject({ state: 'error', target_url: 'https://example.com/git/ops/spine/actions/runs/88', description: 'could not evaluate: cannot read ***' });
  });

  // Gitea 1.26+ addresses a run by its id, older Gitea and Forgejo by its number (GET /version)
  it.each([
    ['gitea-1.25', '5'],
    ['gitea-1.27', '88'],
    ['forgejo', '5'],
  ] as Array<[PersonalityName, string]>)('on %s the run link uses the run %s', async (personality, run) => {
    await gitea.close();
    gitea = await startFakeGitea({ personality, subPath: '/git/', rootUrl: 'https://example.com/git/' });
    repo = addRepo(gitea.state, 'ops', 'spine');
    const pr = addPull(gitea.state, repo, { head: 'feature' });
    context = { ...context, sha: pr.head.sha, pullRequest: { number: pr.number, headSha: pr.head.sha, fork: false } };
    const out = await publishToGitea({ report: report(), markdown: 'x', context, serverUrl: gitea.url, token: gitea.token, comment: false, status: true }, log);
    expect(out.runUrl).toBe(`https://example.com/git/ops/spine/actions/runs/${run}`);
    expect(repo.statuses[0]?.target_url).toBe(out.runUrl);
  });

  it('falls back to GITHUB_SERVER_URL when the repository cannot be read', async () => {
    gitea.failNext('GET', '/repos/{owner}/{repo}', 404);
    const out = await publishToGitea({ report: report(), markdown: 'x', context, serverUrl: gitea.url, token: gitea.token, comment: false, status: true }, log);
    expect(out.runUrl).toBe('http://gitea:3000/ops/spine/actions/runs/88');
    expect(lines.join('\n')).toMatch(/could not read the repository .*404.*the run link uses the server URL/);
    expect(repo.statuses[0]?.target_url).toBe('http://gitea:3000/ops/spine/actions/runs/88');
  });
});
