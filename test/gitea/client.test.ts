// The Gitea client (transport + endpoint functions + sticky comment + status) against the fake Gitea.
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommitStatus, createIssueComment, getVersion, listCommitStatuses, listIssueComments } from '../../src/gitea/api.js';
import { apiBaseUrl, createGiteaHttp, GiteaApiError, normalizeServerUrl, type GiteaHttp } from '../../src/gitea/http.js';
import { detectServer } from '../../src/gitea/server-info.js';
import { ensureStickyComment, STICKY_MARKER } from '../../src/report/comment.js';
import { setCommitStatus } from '../../src/report/commit-status.js';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addPull, addRepo, type FakeRepo } from '../support/fake-gitea/state.js';

let gitea: FakeGitea;
let http: GiteaHttp;
let repo: FakeRepo;
const ref = { owner: 'ops', repo: 'spine' };

beforeEach(async () => {
  gitea = await startFakeGitea({ subPath: '/git/' });
  repo = addRepo(gitea.state, 'ops', 'spine');
  addPull(gitea.state, repo, { head: 'feature' });
  http = createGiteaHttp({ serverUrl: gitea.url.replace(/\/$/, ''), token: gitea.token, retryDelayMs: 0 });
});
afterEach(async () => {
  gitea.assertClean();
  await gitea.close();
});

describe('server URL handling', () => {
  it('normalises the trailing slash and keeps sub-paths', () => {
    expect(normalizeServerUrl('https://git.example.com')).toBe('https://git.example.com/');
    expect(normalizeServerUrl('https://git.example.com///')).toBe('https://git.example.com/');
    expect(apiBaseUrl('https://example.com/git/')).toBe('https://example.com/git/api/v1');
    expect(apiBaseUrl('https://user:pw@example.com/git')).toBe('https://example.com/git/api/v1');
  });
});

describe('transport', () => {
  it('detects the server through a sub-path install', async () => {
    expect(await getVersion(http)).toEqual({ version: '1.27.0' });
    gitea.setVersion('7.0.0+gitea-1.22.0');
    expect(await detectServer(http)).toMatchObject({ product: 'forgejo', version: '7.0.0', giteaVersion: '1.22.0' });
  });

  it('retries 5xx and gives up on do-not-retry statuses without retrying', async () => {
    gitea.failNext('GET', '/version', 503, 2);
    expect(await getVersion(http)).toEqual({ version: '1.27.0' });
    expect(gitea.requests.filter((r) => r.template === '/version')).toHaveLength(3);

    const before = gitea.requests.length;
    const bad = createGiteaHttp({ serverUrl: gitea.url, token: 'wrong-token', retryDelayMs: 0 });
    const error = await listIssueComments(bad, ref, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GiteaApiError);
    expect((error as GiteaApiError).status).toBe(401);
    expect(String((error as Error).message)).toMatch(/GET \/repos\/ops\/spine\/issues\/1\/comments failed with 401/);
    expect(String((error as Error).message)).not.toContain('wrong-token');
    expect(gitea.requests.length - before).toBe(1);
  });

  it('never retries a POST or PATCH the server answered, even with a 5xx (it may have taken effect)', async () => {
    gitea.failNext('POST', '/repos/{owner}/{repo}/issues/{index}/comments', 502, 1);
    const error = await createIssueComment(http, ref, 1, { body: 'once' }).catch((e: unknown) => e);
    expect((error as GiteaApiError).status).toBe(502);
    expect(gitea.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    gitea.failNext('PATCH', '/repos/{owner}/{repo}/issues/comments/{id}', 503, 1);
    const created = await createIssueComment(http, ref, 1, { body: 'first' });
    await expect(http.request('PATCH', `/repos/ops/spine/issues/comments/${created.id}`, { body: { body: 'x' } })).rejects.toThrow(/failed with 503/);
    expect(gitea.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(repo.comments.map((c) => c.body)).toEqual(['first']);
  });

  it('retries a POST refused with 429 (rate limited: nothing was handled)', async () => {
    gitea.failNext('POST', '/repos/{owner}/{repo}/issues/{index}/comments', 429, 1);
    await createIssueComment(http, ref, 1, { body: 'after the limit' });
    expect(gitea.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([429, 201]);
    expect(repo.comments.map((c) => c.body)).toEqual(['after the limit']);
  });

  it('retries a GET whose connection dropped mid-request, but not a POST (it may have been sent)', async () => {
    const seen: string[] = [];
    const sockets = new Set<Socket>();
    const dropper = createServer((socket) => {
      sockets.add(socket);
      socket.once('data', (chunk: Buffer) => {
        seen.push(chunk.toString('latin1').split(' ')[0] ?? '');
        socket.destroy();
      });
    });
    await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(dropper.address() as AddressInfo).port}/`;
      const flaky = createGiteaHttp({ serverUrl: url, token: gitea.token, retries: 2, retryDelayMs: 0 });
      await expect(createIssueComment(flaky, ref, 1, { body: 'x' })).rejects.toThrow(/POST \/repos\/ops\/spine\/issues\/1\/comments failed:/);
      expect(seen).toEqual(['POST']);
      seen.length = 0;
      await expect(getVersion(flaky)).rejects.toThrow(/GET \/version failed:/);
      expect(seen).toEqual(['GET', 'GET', 'GET']);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => dropper.close(() => resolve()));
    }
  });

  it('retries a POST whose connection could not be made (nothing was sent), and creates it once', async () => {
    const connect = buildConnector({});
    let refusals = 1;
    const agent = new Agent({
      connect(opts, callback) {
        if (refusals-- > 0) return callback(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), null);
        return connect(opts, callback);
      },
    });
    try {
      const retrying = createGiteaHttp({ serverUrl: gitea.url, token: gitea.token, retryDelayMs: 0, dispatcher: agent });
      await createIssueComment(retrying, ref, 1, { body: 'exactly once' });
      expect(refusals).toBe(-1);
      expect(gitea.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(repo.comments.map((c) => c.body)).toEqual(['exactly once']);
    } finally {
      await agent.close();
    }
  });

  it('keeps the token out of error messages, even when the server echoes it', async () => {
    const echo = createServer((socket) => {
      socket.once('data', () => {
        const body = JSON.stringify({ message: `bad token ${gitea.token}` });
        socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    try {
      const client = createGiteaHttp({ serverUrl: `http://127.0.0.1:${(echo.address() as AddressInfo).port}`, token: gitea.token, retryDelayMs: 0 });
      const error = (await getVersion(client).catch((e: unknown) => e)) as Error;
      expect(error.message).toMatch(/failed with 400: bad token \*\*\*/);
      expect(error.message).not.toContain(gitea.token);
    } finally {
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    }
  });

  it('reports a network failure with method and path', async () => {
    const dead = createGiteaHttp({ serverUrl: 'http://127.0.0.1:9/', retries: 1, retryDelayMs: 0 });
    await expect(getVersion(dead)).rejects.toThrow(/GET \/version failed: .*ECONNREFUSED/);
  });

  it('follows pages until x-total-count', async () => {
    for (let i = 0; i < 5; i++) await createCommitStatus(http, ref, 'abc123', { state: 'success', context: `c${i}` });
    const pager = createGiteaHttp({ serverUrl: gitea.url, token: gitea.token });
    const all = await pager.paginate<{ context: string }>('/repos/ops/spine/statuses/abc123', {}, 2);
    expect(all.map((s) => s.context).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(gitea.requests.filter((r) => r.template === '/repos/{owner}/{repo}/statuses/{sha}' && r.method === 'GET')).toHaveLength(3);
    expect(await listCommitStatuses(http, ref, 'abc123')).toHaveLength(5);
  });
});

describe('ensureStickyComment', () => {
  it('creates once, edits in place, leaves an identical body alone', async () => {
    const first = await ensureStickyComment(http, { ...ref, index: 1, body: '## driftgate\n1 error' });
    expect(first.action).toBe('created');
    const second = await ensureStickyComment(http, { ...ref, index: 1, body: '## driftgate\n2 errors' });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const third = await ensureStickyComment(http, { ...ref, index: 1, body: '## driftgate\n2 errors' });
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]?.body).toBe(`${STICKY_MARKER}\n## driftgate\n2 errors\n`);
    const patches = gitea.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(1);
  });

  it('with a digest, leaves a comment alone when only volatile text changed', async () => {
    const first = await ensureStickyComment(http, { ...ref, index: 1, body: 'drift (812 ms)', digest: 'abc' });
    const again = await ensureStickyComment(http, { ...ref, index: 1, body: 'drift (907 ms)', digest: 'abc' });
    expect(again).toMatchObject({ action: 'unchanged', id: first.id });
    const changed = await ensureStickyComment(http, { ...ref, index: 1, body: 'drift (907 ms)', digest: 'def' });
    expect(changed.action).toBe('updated');
    expect(repo.comments[0]?.body).toBe(`${STICKY_MARKER}\n<!-- driftgate:digest def -->\ndrift (907 ms)\n`);
  });

  it('removes duplicates and ignores other comments', async () => {
    const at = gitea.state.now();
    const user = gitea.state.tokenUser;
    repo.comments.push(
      { id: 1, issue: 1, body: 'LGTM', user, created_at: at, updated_at: at },
      { id: 2, issue: 1, body: `${STICKY_MARKER}\nold`, user, created_at: at, updated_at: at },
      { id: 3, issue: 1, body: `${STICKY_MARKER}\nolder twin`, user, created_at: at, updated_at: at },
    );
    const result = await ensureStickyComment(http, { ...ref, index: 1, body: 'new' });
    expect(result).toMatchObject({ action: 'updated', id: 2, deleted: [3] });
    expect(repo.comments.map((c) => c.id)).toEqual([1, 2]);
  });
});

describe('setCommitStatus', () => {
  it('posts the driftgate context with the run link', async () => {
    await setCommitStatus(http, { ...ref, sha: 'deadbeef', state: 'failure', description: 'drift: 2 errors', targetUrl: 'https://git.example.com/ops/spine/actions/runs/7' });
    expect(repo.statuses[0]).toMatchObject({ context: 'driftgate', state: 'failure', target_url: 'https://git.example.com/ops/spine/actions/runs/7' });
  });
});
