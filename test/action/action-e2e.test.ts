// The Action end to end, as a runner runs it: the composite step's env built from action.yml
// (INPUT_*), a Gitea `pull_request` payload (action `synchronized`) in GITHUB_EVENT_PATH,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, against the swagger-validating fake Gitea.
// Runs the source entry through tsx (`node --import tsx src/action/main.ts`), and one more identical
// run through the committed bundle dist/action.js (`npm run check-dist` keeps it equal to the source).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STICKY_MARKER } from '../../src/report/comment.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addPull, addRepo, type FakeRepo } from '../support/fake-gitea/state.js';
import { REPO_DIR } from '../support/paths.js';

const CLEAN = join(REPO_DIR, 'test/fixtures/spines/clean');
const TOKEN = 'gta_e2e_token_5f1c9a7d3b';
// not a real key: distinctive lines so a leak of any line is caught
const SSH_KEY = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACDxSecretLineTwoOfTheE2eKeyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  '-----END OPENSSH PRIVATE KEY-----',
  '',
].join('\n');
const RUN_ID = '4242';

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

let gitea: FakeGitea;
let repo: FakeRepo;
let work: string;
let headSha: string;

function stepEnv(inputs: Record<string, string>): Record<string, string> {
  // the env the composite step of action.yml gives node: each INPUT_* from the input or its default
  const action = parse(readFileSync(join(REPO_DIR, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { steps: Array<{ env: Record<string, string> }> };
  };
  const env: Record<string, string> = {};
  for (const [name, expr] of Object.entries(action.runs.steps[0]?.env ?? {})) {
    const input = /\$\{\{ inputs\.([a-z-]+) \}\}/.exec(expr)?.[1] as string;
    const fallback = action.inputs[input]?.default ?? '';
    env[name] = inputs[input] ?? (fallback === '${{ github.token }}' ? TOKEN : fallback);
  }
  return env;
}

// DRIFTGATE_TEST_BUNDLE: try a bundle built elsewhere (e.g. before committing dist/)
const BUNDLE = process.env.DRIFTGATE_TEST_BUNDLE ?? join(REPO_DIR, 'dist/action.js');


async function runAction(inputs: Record<string, string>, event: unknown, label: string, entry = ['--import', 'tsx', 'src/action/main.ts']): Promise<RunResult> {
  const dir = mkdtempSync(join(work, `${label}-`));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITEA_ACTIONS: 'true',
    GITHUB_WORKSPACE: join(work, 'spine'),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'ops/spine',
    // an internal address (act_runner in a compose network); the API is reached through the
    // `server-url` input, and the run link uses the repository's html_url (Gitea's ROOT_URL)
    GITHUB_SERVER_URL: 'http://gitea:3000/',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_RUN_NUMBER: '17',
    RUNNER_TEMP: dir,
    ...stepEnv({ 'server-url': gitea.url, 'ssh-key': SSH_KEY, ...inputs }),
  };
  // async: the fake Gitea answers from this process's event loop
  const child = spawn(process.execPath, entry, { cwd: REPO_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1] as string] = m[3] as string;
  return out;
}

function prEvent(head = 'ops/spine') {
  return {
    action: 'synchronized',
    number: 1,
    pull_request: {
      id: 91,
      number: 1,
      state: 'open',
      head: { ref: 'feature', sha: headSha, repo: { id: head === 'ops/spine' ? 5 : 6, full_name: head } },
      base: { ref: 'main', sha: 'e'.repeat(40), repo: { id: 5, full_name: 'ops/spine' } },
    },
    repository: { id: 5, full_name: 'ops/spine' },
  };
}

function edit(file: string, from: string, to: string): void {
  const path = join(work, 'spine', file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** secrets may only appear in `::add-mask::` lines, which the runner consumes and never shows */
function leaks(text: string): string[] {
  const visible = text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const secrets = [TOKEN, ...SSH_KEY.split('\n').filter((l) => l && !l.startsWith('-----'))];
  return secrets.filter((s) => visible.includes(s));
}

beforeAll(async () => {
  gitea = await startFakeGitea({ subPath: '/git/', token: TOKEN, rootUrl: 'https://example.com/git/' });
  repo = addRepo(gitea.state, 'ops', 'spine');
  headSha = addPull(gitea.state, repo, { head: 'feature' }).head.sha;
  work = mkdtempSync(join(tmpdir(), 'driftgate-action-e2e-'));
  cpSync(CLEAN, join(work, 'spine'), { recursive: true });
});

afterAll(async () => {
  await gitea.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the Action on a Gitea pull request', () => {
  const runs: RunResult[] = [];

  it('fails on drift, comments once, sets the status, writes outputs and summary', async () => {
    edit('ops/bindings/services.health.yaml', '- id: grafana\n', '- id: grafana-ui\n');
    const run = await runAction({}, prEvent(), 'run1');
    runs.push(run);
    expect(run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^::error file=ops\/bindings\/services\.health\.yaml,line=\d+,col=\d+,title=driftgate \[references\]::/m);
    expect(run.outputs).toMatchObject({ result: 'drift', errors: '1', 'fix-pr-url': '' });
    expect(existsSync(run.outputs['report-path'] as string)).toBe(true);
    expect(JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8'))).toMatchObject({ version: 1, result: 'drift' });
    expect(run.summary).toContain('grafana-ui');

    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]?.body.startsWith(STICKY_MARKER)).toBe(true);
    expect(repo.comments[0]?.body).toContain('grafana-ui');
    expect(repo.statuses).toHaveLength(1);
    expect(repo.statuses[0]).toMatchObject({
      sha: headSha,
      context: 'driftgate',
      state: 'failure',
      target_url: `https://example.com/git/ops/spine/actions/runs/${RUN_ID}`,
    });
  });

  it('edits the same comment in place when the report changes', async () => {
    const id = repo.comments[0]?.id;
    edit('ops/bindings/backup.inventory.yaml', '    host: nas\n', '    host: nas-old\n');
    const run = await runAction({}, prEvent(), 'run2');
    runs.push(run);
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'drift', errors: '2' });
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]?.id).toBe(id);
    expect(repo.comments[0]?.body).toContain('nas-old');
    expect(gitea.requests.filter((r) => r.method === 'POST' && r.template?.endsWith('/comments'))).toHaveLength(1);
    expect(gitea.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(repo.statuses).toHaveLength(2);
  });

  it('leaves the comment alone on an identical run', async () => {
    const before = repo.comments[0]?.updated_at;
    const run = await runAction({}, prEvent(), 'run3');
    runs.push(run);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('comment unchanged');
    expect(repo.comments[0]?.updated_at).toBe(before);
    expect(gitea.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE')).toHaveLength(1);
  });

  it('does the same through the built bundle dist/action.js', async () => {
    const patches = gitea.requests.filter((r) => r.method === 'PATCH').length;
    const run = await runAction({}, prEvent(), 'bundle', [BUNDLE]);
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'drift', errors: '2' });
    expect(run.stdout).toContain('comment unchanged');
    expect(gitea.requests.filter((r) => r.method === 'PATCH')).toHaveLength(patches);
    expect(leaks(run.stdout)).toEqual([]);
  });

  it('runs a fork PR offline without the key, and fail-on never keeps the job green', async () => {
    const run = await runAction({ mode: 'live', 'fail-on': 'never', comment: 'false', status: 'false' }, prEvent('mallory/spine'), 'fork');
    runs.push(run);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/fork: running offline, without the SSH key/);
    expect(run.outputs.result).toBe('drift');
  });

  it('when driftgate cannot evaluate: exit 2, one clear line, an error status, result output "error"', async () => {
    // the token in the path: the error message must reach the log and the status masked
    const run = await runAction({ config: `missing-${TOKEN}.yaml` }, prEvent(), 'broken');
    runs.push(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error::config file not found: .*missing-\*\*\*\.yaml$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.outputs.result).toBe('error');
    expect(repo.statuses.at(-1)).toMatchObject({ context: 'driftgate', state: 'error', sha: headSha });
    expect(repo.statuses.at(-1)?.description).toMatch(/^could not evaluate: config file not found/);
    expect(repo.statuses.at(-1)?.target_url).toBe(`https://example.com/git/ops/spine/actions/runs/${RUN_ID}`);
  });

  it('never shows the token or the SSH key, and sends only valid requests', () => {
    expect(runs).toHaveLength(5);
    for (const run of runs) {
      expect(leaks(run.stdout)).toEqual([]);
      expect(leaks(run.stderr)).toEqual([]);
      expect(leaks(run.summary)).toEqual([]);
      expect(leaks(JSON.stringify(run.outputs))).toEqual([]);
      if (run.outputs['report-path']) expect(leaks(readFileSync(run.outputs['report-path'], 'utf8'))).toEqual([]);
    }
    for (const c of repo.comments) expect(leaks(c.body)).toEqual([]);
    for (const s of repo.statuses) expect(leaks(JSON.stringify(s))).toEqual([]);
    expect(gitea.requests.every((r) => r.template === '/version' || r.authorized)).toBe(true);
    gitea.assertClean();
  });
});
