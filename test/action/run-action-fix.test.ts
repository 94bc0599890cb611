// The Action's fix PR step in-process: what the fix runner reports as needing a person (a topic
// blocked by someone's left-over branch, a PR left open) becomes a `::warning::` annotation in
// the job log, not a line nobody reads; it does not change the job result.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction, type ActionDeps } from '../../src/action/run-action.js';
import { buildReport } from '../../src/report/build-report.js';

describe('runAction with open-fix-pr', () => {
  let dir: string;
  let out: string[];
  let exitCode: typeof process.exitCode;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'driftgate-action-fix-'));
    out = [];
    exitCode = process.exitCode;
    // @actions/core writes outputs to the file named in the process env: never to a real runner's
    writeFileSync(join(dir, 'output'), '');
    vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.exitCode = exitCode;
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the fix runner\'s warnings as annotations and keeps the job result', async () => {
    const report = buildReport({ root: '.', durationMs: 1, fileCount: 1, runs: [], findings: [] });
    const seen: string[] = [];
    const deps: ActionDeps = {
      check: async () => ({ report, exitCode: 0, text: 'ok' }),
      markdown: () => 'md',
      fixPr: async (req) => {
        seen.push(req.repository);
        return { action: 'blocked (registry-status)', warnings: ['registry-status: drift is back, but the branch driftgate/fix/main/registry-status (no open PR) carries commits that are not driftgate\'s'] };
      },
    };
    const env = {
      GITHUB_REPOSITORY: 'ops/spine',
      GITHUB_SERVER_URL: 'http://127.0.0.1:9/',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      INPUT_MODE: 'live',
      INPUT_TOKEN: 'bot-token-abcdef',
      INPUT_OPEN_FIX_PR: 'true',
      INPUT_COMMENT: 'false',
      INPUT_STATUS: 'false',
    };
    await runAction(env, deps);
    expect(seen).toEqual(['ops/spine']);
    const log = out.join('');
    expect(log).toMatch(/^::warning::fix PR: registry-status: drift is back, but the branch driftgate\/fix\/main\/registry-status \(no open PR\)/m);
    expect(process.exitCode).toBe(exitCode);
    expect(readFileSync(join(dir, 'output'), 'utf8')).toMatch(/^result<<.*\npass\n/m);
  });
});
