// File contents: read one file at a ref, and the multi-file change API (ChangeFilesOptions) with
// `new_branch` and, from Gitea 1.26, `force_push` (rebuild an existing branch from `branch`).
import { createHash } from 'node:crypto';
import { atLeast } from './routes-pulls.js';
import { notFound, repoOf, type RouteModule } from './routes.js';
import { fakeSha, type FakeCommit, type FakeRepo, type FakeUser } from './state.js';

/** Git's blob sha of a text: what Gitea returns as `sha` and expects back on update. */
export function blobSha(content: string): string {
  const buf = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

/** A commit author as the fake records it: a user plus the identity of the commit. */
export type FakeAuthor = FakeUser & { name?: string; email?: string };

export function contents(repo: FakeRepo, path: string, text: string, ref: string): Record<string, unknown> {
  const base = `http://127.0.0.1/${repo.owner}/${repo.name}`;
  return {
    name: path.split('/').pop(),
    path,
    sha: blobSha(text),
    last_commit_sha: repo.branches.get(ref) ?? '',
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

export const registerContentRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/contents/{filepath}', (req, state) => {
    const repo = repoOf(state, req.params);
    const ref = req.query.get('ref') ?? repo?.default_branch ?? '';
    const text = repo?.files.get(ref)?.get(req.params.filepath as string);
    return repo && text !== undefined ? { status: 200, body: contents(repo, req.params.filepath as string, text, ref) } : notFound();
  });

  routes.on('POST', '/repos/{owner}/{repo}/contents', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as ChangeFiles;
    const from = body.branch ?? repo.default_branch;
    const source = repo.files.get(from);
    if (!source) return notFound(`branch "${from}" does not exist`);
    const target = body.new_branch ?? from;
    const force = Boolean(body.force_push) && atLeast(state, 1, 26);
    if (body.new_branch && repo.branches.has(body.new_branch) && !force) {
      return fail(422, `branch "${body.new_branch}" already exists`);
    }
    const files = new Map(source);
    const changes: Record<string, string | null> = {};
    for (const op of body.files) {
      const current = files.get(op.path);
      if (op.operation !== 'create' && current === undefined) return notFound(`file "${op.path}" does not exist`);
      if (op.operation === 'create' && current !== undefined) return fail(422, `file "${op.path}" already exists`);
      if (op.operation !== 'create' && op.sha !== undefined && op.sha !== blobSha(current as string)) {
        return fail(422, `sha does not match for "${op.path}"`);
      }
      if (op.operation === 'delete') {
        files.delete(op.path);
        changes[op.path] = null;
      } else {
        const text = Buffer.from(op.content ?? '', 'base64').toString('utf8');
        files.set(op.path, text);
        changes[op.path] = text;
      }
    }
    const author: FakeAuthor = { ...req.user, name: body.author?.name ?? req.user.login, email: body.author?.email ?? `${req.user.login}@noreply.localhost` };
    const at = state.now();
    const commit: FakeCommit = { sha: fakeSha(state, target), branch: target, message: body.message ?? 'update files', author, changes, created_at: at };
    if (force) repo.commits = repo.commits.filter((c) => c.branch !== target);
    repo.commits.push(commit);
    repo.files.set(target, files);
    repo.branches.set(target, commit.sha);
    const identity = { name: author.name, email: author.email, date: at };
    return {
      status: 201,
      body: {
        files: Object.keys(changes).map((p) => (files.has(p) ? contents(repo, p, files.get(p) as string, target) : null)).filter(Boolean),
        commit: { sha: commit.sha, message: commit.message, author: identity, committer: identity, created: at, parents: [] },
      },
    };
  });
};
