// The Action's pure parts: inputs, the event payload, secret masking/redaction, the fail decision,
// where the run history lives.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/event.js';
import { actionHistory } from '../../src/action/history.js';
import { readActionInputs } from '../../src/action/inputs.js';
import { failureReason } from '../../src/action/fail-on.js';
import { redact, secretValues, urlCredentials } from '../../src/action/secrets.js';
import type { Report } from '../../src/report/types.js';

describe('readActionInputs', () => {
  it('applies the defaults of action.yml', () => {
    expect(readActionInputs({})).toMatchObject({ mode: 'offline', root: '.', comment: true, status: true, failOn: 'error', openFixPr: false });
  });
  it('reads underscored names from the composite step and lists', () => {
    const inputs = readActionInputs({ INPUT_MODE: 'live', INPUT_FAIL_ON: 'warning', INPUT_GATES: 'D51, references', INPUT_OPEN_FIX_PR: 'true', INPUT_COMMENT: 'false' });
    expect(inputs).toMatchObject({ mode: 'live', failOn: 'warning', gates: ['D51', 'references'], openFixPr: true, comment: false });
  });
  it('rejects bad values naming the input', () => {
    expect(() => readActionInputs({ INPUT_MODE: 'online' })).toThrow('input "mode" must be one of validate, offline, live, got "online"');
    expect(() => readActionInputs({ INPUT_STATUS: 'maybe' })).toThrow('input "status" must be true or false');
  });
});

function eventFile(payload: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dg-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe('readRunContext', () => {
  const pr = (headRepo: string | null) => ({
    action: 'synchronized',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: 'a'.repeat(40), repo: headRepo === null ? null : { full_name: headRepo } },
      base: { repo: { full_name: 'ops/spine' } },
    },
    repository: { full_name: 'ops/spine' },
  });
  it('reads the PR number and head sha of a Gitea pull_request event', () => {
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pr('ops/spine')), GITHUB_SHA: 'b'.repeat(40), GITHUB_RUN_ID: '55' });
    expect(ctx).toMatchObject({ action: 'synchronized', repository: 'ops/spine', sha: 'a'.repeat(40), runId: '55' });
    expect(ctx.pullRequest).toMatchObject({ number: 7, fork: false });
  });
  it('flags forks and deleted head repositories', () => {
    expect(readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pr('mallory/spine')) }).pullRequest?.fork).toBe(true);
    expect(readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(pr(null)) }).pullRequest?.fork).toBe(true);
  });
  it('uses GITHUB_SHA outside pull requests', () => {
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'schedule', GITHUB_SHA: 'c'.repeat(40), GITHUB_REPOSITORY: 'ops/spine' });
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.sha).toBe('c'.repeat(40));
  });
});

describe('secrets', () => {
  const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQyNTUxOQAAACBmZXN0aXZhbA==\n-----END OPENSSH PRIVATE KEY-----\n';
  it('masks the whole key and every line except the PEM armor', () => {
    const values = secretValues([key, 'tok-123456']);
    expect(values).toContain('b3BlbnNzaC1rZXktdjEAAAAA');
    expect(values).toContain('QyNTUxOQAAACBmZXN0aXZhbA==');
    expect(values).toContain('tok-123456');
    expect(values).not.toContain('-----BEGIN OPENSSH PRIVATE KEY-----');
  });
  it('finds and redacts credentials in URLs', () => {
    const text = 'probe https://admin:hunter22@10.0.0.5:8080/health and https://ghp_abcdefgh1234@git.example.com/x';
    expect(urlCredentials(text)).toEqual(['hunter22', 'ghp_abcdefgh1234']);
    expect(redact(text, [])).toBe('probe https://***@10.0.0.5:8080/health and https://***@git.example.com/x');
    expect(redact('line QyNTUxOQAAACBmZXN0aXZhbA== end', secretValues([key]))).toBe('line *** end');
  });
});

describe('failureReason', () => {
  const report = (result: Report['result'], warnings = 0): Report => ({
    version: 1,
    tool: { name: 'driftgate', version: '0.1.0' },
    root: '.',
    result,
    durationMs: 1,
    summary: { files: 1, gates: 1, errors: result === 'drift' ? 1 : 0, warnings, notices: 0 },
    gates: [],
    findings: [],
  });
  it('follows fail-on', () => {
    expect(failureReason(report('drift'), 1, 'error')).toMatch(/drift found/);
    expect(failureReason(report('drift'), 1, 'never')).toBeUndefined();
    expect(failureReason(report('pass', 2), 0, 'error')).toBeUndefined();
    expect(failureReason(report('pass', 2), 0, 'warning')).toMatch(/2 warning/);
    expect(failureReason(report('inconclusive'), 3, 'error')).toMatch(/inconclusive/);
    expect(failureReason(report('error'), 2, 'never')).toMatch(/could not evaluate/);
  });
});

describe('actionHistory: where the state input puts the run history', () => {
  const context = { eventName: 'schedule', repository: 'ops/spine', sha: 'a'.repeat(40), serverUrl: 'https://git.example.com/' };
  const notices: string[] = [];
  const log = { info: () => undefined, notice: (m: string) => notices.push(m), warning: () => undefined };
  const sourceOf = (env: Record<string, string>) => actionHistory(readActionInputs({ INPUT_TOKEN: 't0k3n', ...env }), context, { redact: (t) => t, log })?.extras.history?.store.source;

  it('one file per comment-key on the branch, an explicit path as given, warnings instead of failures', () => {
    expect(sourceOf({ INPUT_STATE: 'driftgate/state' })).toBe('driftgate/state:driftgate-state.json');
    expect(sourceOf({ INPUT_STATE: 'driftgate/state', INPUT_COMMENT_KEY: 'edge/live' })).toBe('driftgate/state:driftgate-state-edge-live.json');
    expect(sourceOf({ INPUT_STATE: 'ops/history:nightly/state.json', INPUT_COMMENT_KEY: 'edge' })).toBe('ops/history:nightly/state.json');
    expect(sourceOf({})).toBeUndefined();
    expect(actionHistory(readActionInputs({ INPUT_TOKEN: 't', INPUT_STATE: 'driftgate/state' }), context, { redact: (t) => t, log })?.extras.history?.strict).toBe(false);
  });

  it('runs without history, saying so, when it cannot reach Gitea', () => {
    notices.length = 0;
    expect(actionHistory(readActionInputs({ INPUT_TOKEN: '', INPUT_STATE: 'driftgate/state' }), context, { redact: (t) => t, log })).toBeUndefined();
    expect(notices).toEqual(['state needs a token, the server URL and the repository (GITHUB_SERVER_URL, GITHUB_REPOSITORY): running without run history']);
  });
});
