// One file through the contents API: create (POST, optionally on a new branch cut from `branch`)
// and update (PUT, only while `sha` is the file's current blob sha: Gitea answers 422 otherwise,
// "sha does not match"). What the run history's state branch uses.
import { blobSha, contents, type FakeAuthor } from './routes-contents.js';
import { notFound, repoOf, type RouteModule, type RouteRequest } from './routes.js';
import { fakeSha, type FakeCommit, type FakeGiteaState, type FakeRepo } from './state.js';

interface FileBody {
  content: string;
  branch?: string;
  new_branch?: string;
  sha?: string;
  message?: string;
  author?: { name?: string; email?: string };
}

function fail(status: number, message: string) {
  return { status, body: { message, url: '' } };
}

function commit(state: FakeGiteaState, repo: FakeRepo, req: RouteRequest, target: string, files: Map<string, string>, path: string, text: string) {
  const body = req.body as FileBody;
  const user = req.user as NonNullable<RouteRequest['user']>;
  const author: FakeAuthor = { ...user, name: body.author?.name ?? user.login, email: body.author?.email ?? `${user.login}@noreply.localhost` };
  const at = state.now();
  const c: FakeCommit = { sha: fakeSha(state, target), branch: target, message: body.message ?? `update ${path}`, author, changes: { [path]: text }, created_at: at };
  files.set(path, text);
  repo.commits.push(c);
  repo.files.set(target, files);
  repo.branches.set(target, c.sha);
  const identity = { name: author.name, email: author.email, date: at };
  return { content: contents(repo, path, text, target), commit: { sha: c.sha, message: c.message, author: identity, committer: identity, created: at, parents: [] } };
}

/** The repository, body, file path and source branch of a request; undefined without repo, user or branch. */
function where(req: RouteRequest, state: FakeGiteaState) {
  const repo = repoOf(state, req.params);
  if (!repo || !req.user) return undefined;
  const body = req.body as FileBody;
  const from = body.branch ?? repo.default_branch;
  const source = repo.files.get(from);
  return source ? { repo, body, path: req.params.filepath as string, from, source } : undefined;
}

export const registerContentFileRoutes: RouteModule = (routes) => {
  routes.on('POST', '/repos/{owner}/{repo}/contents/{filepath}', (req, state) => {
    const at = where(req, state);
    if (!at) return notFound(`branch "${(req.body as FileBody).branch ?? ''}" does not exist`);
    const { repo, body, path, from, source } = at;
    if (body.new_branch && repo.branches.has(body.new_branch)) return fail(422, `branch "${body.new_branch}" already exists`);
    if (source.has(path)) return fail(422, `file "${path}" already exists`);
    return { status: 201, body: commit(state, repo, req, body.new_branch ?? from, new Map(source), path, Buffer.from(body.content, 'base64').toString('utf8')) };
  });

  routes.on('PUT', '/repos/{owner}/{repo}/contents/{filepath}', (req, state) => {
    const at = where(req, state);
    const current = at?.source.get(at.path);
    if (!at || current === undefined) return notFound(`file "${req.params.filepath as string}" does not exist`);
    const { repo, body, path, from, source } = at;
    if (!body.sha) return fail(422, 'sha or commit ID must be provided');
    if (body.sha !== blobSha(current)) return fail(422, `sha does not match [given: ${body.sha}, expected: ${blobSha(current)}]`);
    return { status: 200, body: commit(state, repo, req, body.new_branch ?? from, new Map(source), path, Buffer.from(body.content, 'base64').toString('utf8')) };
  });
};
