// The fake Gitea itself: it must accept what the swagger allows and reject everything else.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitea, type FakeGitea } from '../support/fake-gitea/server.js';
import { addPull, addRepo } from '../support/fake-gitea/state.js';
import { toJsonSchema } from '../support/fake-gitea/swagger-schema.js';

let gitea: FakeGitea;
beforeEach(async () => {
  gitea = await startFakeGitea({ subPath: '/git/' });
  const repo = addRepo(gitea.state, 'ops', 'spine');
  addPull(gitea.state, repo, { head: 'feature' });
});
afterEach(async () => {
  await gitea.close();
});

const call = (method: string, path: string, body?: unknown, auth = true) =>
  fetch(`${gitea.apiUrl}${path}`, {
    method,
    headers: { ...(auth ? { authorization: `token ${gitea.token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('fake gitea', () => {
  it('serves a sub-path install and answers valid requests', async () => {
    expect(gitea.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/git\/$/);
    const version = await call('GET', '/version', undefined, false);
    expect(await version.json()).toEqual({ version: '1.27.0' });
    const created = await call('POST', '/repos/ops/spine/issues/1/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    const list = (await (await call('GET', '/repos/ops/spine/issues/1/comments')).json()) as Array<{ body: string }>;
    expect(list.map((c) => c.body)).toEqual(['hello']);
    gitea.assertClean();
  });

  it('rejects a body that does not match the definition with 422 and records it', async () => {
    const res = await call('POST', '/repos/ops/spine/statuses/abc', { state: 'broken', context: 'driftgate' });
    expect(res.status).toBe(422);
    const typo = await call('POST', '/repos/ops/spine/statuses/abc', { state: 'success', targetUrl: 'x' });
    expect(typo.status).toBe(422);
    expect(gitea.problems.join('\n')).toMatch(/must be equal to one of the allowed values/);
    expect(gitea.problems.join('\n')).toMatch(/targetUrl/);
    expect(() => gitea.assertClean()).toThrow(/2 bad request/);
    gitea.problems.length = 0;
  });

  it('rejects bad path and query parameters, unknown paths and methods', async () => {
    expect((await call('GET', '/repos/ops/spine/issues/one/comments')).status).toBe(422);
    expect((await call('GET', '/repos/ops/spine/issues/1/comments?page=2')).status).toBe(422);
    expect((await call('GET', '/repos/ops/spine/statuses/abc?state=nope')).status).toBe(422);
    expect((await call('GET', '/repos/ops/spine/nothing-here')).status).toBe(404);
    expect((await call('PUT', '/version')).status).toBe(405);
    expect((await call('POST', '/repos/ops/spine/issues/1/comments', '{not json')).status).toBe(422);
    expect(gitea.problems).toHaveLength(6);
    gitea.problems.length = 0;
  });

  it('requires the token and fails unrouted but valid requests', async () => {
    expect((await call('POST', '/repos/ops/spine/issues/1/comments', { body: 'x' }, false)).status).toBe(401);
    expect((await call('GET', '/repos/ops/spine/releases')).status).toBe(404);
    expect(gitea.problems.join('\n')).toMatch(/does not route GET \/repos\/\{owner\}\/\{repo\}\/releases/);
    gitea.problems.length = 0;
  });

  it('fails on an expected request that never came or came too often (renovate http-mock style)', async () => {
    gitea.expect('POST', '/repos/{owner}/{repo}/issues/{index}/comments');
    gitea.expect('PATCH', '/repos/{owner}/{repo}/issues/comments/{id}', 0);
    expect(() => gitea.assertClean()).toThrow(/unmet expectation: expected POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{index\}\/comments 1 time\(s\), got 0/);
    const created = (await (await call('POST', '/repos/ops/spine/issues/1/comments', { body: 'a' })).json()) as { id: number };
    gitea.assertClean();
    await call('PATCH', `/repos/ops/spine/issues/comments/${created.id}`, { body: 'b' });
    expect(() => gitea.assertClean()).toThrow(/expected PATCH .* 0 time\(s\), got 1/);
    gitea.expect('PATCH', '/repos/{owner}/{repo}/issues/comments/{id}', 1);
    gitea.assertClean();
    expect(() => gitea.expect('GET', '/repos/{owner}/{repo}/nothing')).toThrow(/not in the swagger/);
  });

  it('close() fails the test on a deliberately invalid request nobody cleared', async () => {
    const other = await startFakeGitea();
    addRepo(other.state, 'ops', 'spine');
    const res = await fetch(`${other.apiUrl}/repos/ops/spine/statuses/abc`, {
      method: 'POST',
      headers: { authorization: `token ${other.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'success', context: 'driftgate', unknown_field: 1 }),
    });
    expect(res.status).toBe(422);
    await expect(other.close()).rejects.toThrow(/1 bad request\(s\).*\n.*unknown_field/);
  });

  it('paginates statuses with x-total-count', async () => {
    for (let i = 0; i < 3; i++) await call('POST', '/repos/ops/spine/statuses/abc', { state: 'success', context: `c${i}` });
    const page = await call('GET', '/repos/ops/spine/statuses/abc?page=2&limit=2');
    expect(page.headers.get('x-total-count')).toBe('3');
    expect(((await page.json()) as unknown[]).length).toBe(1);
    gitea.assertClean();
  });
});

describe('swagger to JSON Schema', () => {
  it('maps x-nullable, drops x- keys and closes request objects', () => {
    const node = {
      type: 'object',
      properties: { a: { type: 'string', 'x-nullable': true, 'x-go-name': 'A' }, b: { $ref: '#/definitions/B', 'x-nullable': true } },
    };
    expect(toJsonSchema(node, true)).toEqual({
      type: 'object',
      properties: { a: { type: ['string', 'null'] }, b: { anyOf: [{ $ref: '#/definitions/B' }, { type: 'null' }] } },
      additionalProperties: false,
    });
    expect(toJsonSchema(node, false)).not.toHaveProperty('additionalProperties');
  });
});
