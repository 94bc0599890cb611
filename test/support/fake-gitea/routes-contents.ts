// File contents: read one file at a ref (branch or sha), and the multi-file change API
// (ChangeFilesOptions): `branch` is the source, `new_branch` the target, each file's `sha` must be
// the blob sha of the file on the source (Gitea answers 422 otherwise), and from Gitea 1.26
// `force_push` rebuilds an existing `new_branch` from `branch`. The answer names the parent commit.
// One file: create (POST, optionally on a new branch cut from `branch`) and update (PUT, only while
// `sha` is the file's current blob sha: 422 "sha does not match" otherwise): the run history's state file.
import { createHash } from 'node:crypto';
import { parentMetas, pushCommit, resolveRef } from './git.js';
import { features } from './personality.js';
import { notFound, repoOf, type RouteModule, type RouteRequest } from './routes.js';
import type { FakeAuthor, FakeGiteaState, FakeRepo } from './state.js';

/** Git's blob sha of a text: what Gitea returns as `sha` and expects back on update. */
export function blobSha(content: string): string {
  const buf = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

function contents(repo: FakeRepo, path: string, text: string, ref: string): Record<string, unknown> {
  const base = `http://127.0.0.1/${repo.owner}/${repo.name}`;
  return {
    name: path.split('/').pop(),
    path,
    sha: blobSha(text),
    last_commit_sha: resolveRef(repo, ref)?.sha ?? '',
    type: 'file',
    size: Buffer.byteLength(text),
    encoding: 'base64',
    content: Buffer.from(text, 'utf8').toString('base64'),
    url: `http://127.0.0.1/api/v1/repos/${repo.owner}/${repo.name}/contents/${path}?ref=${ref}`,
    html_url: `${base}/src/branch/${ref}/${path}`,
    download_url: `${base}/raw/branch/${ref}/${path}`,
  };
}

interface FileOp {
  operation: string;
  path: string;
  content?: string;
  sha?: string;
}

interface ChangeFiles {
  branch?: string;
  new_branch?: string;
  force_push?: boolean;
  message?: string;
  files: FileOp[];
  author?: { name?: string; email?: string };
}

function fail(status: number, message: string) {
  return { status, body: { message, url: '' } };
}

function authorOf(req: RouteRequest, body: { author?: { name?: string; email?: string } }): FakeAuthor {
  const user = req.user as NonNullable<RouteRequest['user']>;
  return { ...user, name: body.author?.name ?? user.login, email: body.author?.email ?? `${user.login}@noreply.localhost` };
}

/** definitions.FileCommitResponse of a commit */
function commitMeta(repo: FakeRepo, commit: ReturnType<typeof pushCommit>, author: FakeAuthor) {
  const who = { name: author.name, email: author.email, date: commit.created_at };
  return { sha: commit.sha, message: commit.message, author: who, committer: who, created: commit.created_at, parents: parentMetas(repo, commit) };
}

interface FileBody {
  content: string;
  branch?: string;
  new_branch?: string;
  sha?: string;
  message?: string;
  author?: { name?: string; email?: string };
}

/** One file written by POST/PUT .../contents/{filepath}: a commit on `new_branch` (cut from `branch`) or on `branch`. */
function writeFile(state: FakeGiteaState, req: RouteRequest, create: boolean) {
  const repo = repoOf(state, req.params);
  if (!repo || !req.user) return notFound();
  const body = req.body as FileBody;
  const path = req.params.filepath as string;
  const from = body.branch ?? repo.default_branch;
  const source = repo.branches.has(from) ? resolveRef(repo, from) : undefined;
  if (!source) return notFound(`branch "${from}" does not exist`);
  if (body.new_branch && repo.branches.has(body.new_branch)) return fail(422, `branch "${body.new_branch}" already exists`);
  const current = source.tree.get(path);
  if (create && current !== undefined) return fail(422, `file "${path}" already exists`);
  if (!create && current === undefined) return notFound(`file "${path}" does not exist`);
  if (!create && !body.sha) return fail(422, 'sha or commit ID must be provided');
  if (!create && body.sha !== blobSha(current as string)) return fail(422, `sha does not match [given: ${body.sha}, expected: ${blobSha(current as string)}]`);
  const target = body.new_branch ?? from;
  const text = Buffer.from(body.content, 'base64').toString('utf8');
  const author = authorOf(req, body);
  const commit = pushCommit(state, repo, target, { files: { [path]: text }, author, message: body.message ?? `update ${path}`, parent: source.sha });
  return { status: create ? 201 : 200, body: { content: contents(repo, path, text, target), commit: commitMeta(repo, commit, author) } };
}

export const registerContentRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/contents/{filepath}', (req, state) => {
    const repo = repoOf(state, req.params);
    const ref = req.query.get('ref') ?? repo?.default_branch ?? '';
    const text = repo ? resolveRef(repo, ref)?.tree.get(req.params.filepath as string) : undefined;
    return repo && text !== undefined ? { status: 200, body: contents(repo, req.params.filepath as string, text, ref) } : notFound();
  });

  routes.on('POST', '/repos/{owner}/{repo}/contents', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as ChangeFiles;
    const from = body.branch ?? repo.default_branch;
    const source = repo.branches.has(from) ? resolveRef(repo, from) : undefined;
    if (!source) return notFound(`branch "${from}" does not exist`);
    const target = body.new_branch ?? from;
    const canForce = features(state).contentsForcePush;
    const problem = body.force_push !== undefined && !canForce ? `force_push is not supported on ${state.version} (the server ignores it)` : undefined;
    const force = Boolean(body.force_push) && canForce;
    if (body.new_branch && body.new_branch !== from && repo.branches.has(body.new_branch) && !force) {
      return { ...fail(422, `branch "${body.new_branch}" already exists`), problem };
    }
    const changes: Record<string, string | null> = {};
    for (const op of body.files) {
      const current = source.tree.get(op.path);
      if (op.operation !== 'create' && current === undefined) return notFound(`file "${op.path}" does not exist`);
      if (op.operation === 'create' && current !== undefined) return fail(422, `file "${op.path}" already exists`);
      if (op.operation !== 'create' && op.sha !== undefined && op.sha !== blobSha(current as string)) {
        return fail(422, `sha does not match for "${op.path}"`);
      }
      changes[op.path] = op.operation === 'delete' ? null : Buffer.from(op.content ?? '', 'base64').toString('utf8');
    }
    const author = authorOf(req, body);
    const commit = pushCommit(state, repo, target, { files: changes, author, message: body.message ?? 'update files', parent: source.sha });
    return {
      status: 201,
      problem,
      body: {
        files: Object.keys(changes).map((p) => (commit.tree.has(p) ? contents(repo, p, commit.tree.get(p) as string, target) : null)).filter(Boolean),
        commit: commitMeta(repo, commit, author),
      },
    };
  });

  routes.on('POST', '/repos/{owner}/{repo}/contents/{filepath}', (req, state) => writeFile(state, req, true));
  routes.on('PUT', '/repos/{owner}/{repo}/contents/{filepath}', (req, state) => writeFile(state, req, false));
};
