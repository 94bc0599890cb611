// Branches (get, move with compare-and-swap from 1.27, delete) and the commit list of a ref
// (`sha`, `not`): enough to tell whose commits a fix branch carries and to replace it safely.
import { history, mergeBase, parentMetas, resolveRef } from './git.js';
import { features } from './personality.js';
import { apiUser, notFound, paginate, repoOf, type RouteModule } from './routes.js';
import type { FakeCommit, FakeRepo } from './state.js';

function identity(c: FakeCommit): { name: string; email: string; date: string } {
  const a = c.author;
  return { name: a.name ?? a.login, email: a.email ?? `${a.login}@noreply.localhost`, date: c.created_at };
}

function apiCommit(repo: FakeRepo, c: FakeCommit): Record<string, unknown> {
  const base = `http://127.0.0.1/${repo.owner}/${repo.name}`;
  return {
    sha: c.sha,
    url: `http://127.0.0.1/api/v1/repos/${repo.owner}/${repo.name}/git/commits/${c.sha}`,
    html_url: `${base}/commit/${c.sha}`,
    created: c.created_at,
    commit: { message: c.message, author: identity(c), committer: identity(c), url: '' },
    author: apiUser(c.author),
    committer: apiUser(c.author),
    parents: parentMetas(repo, c),
  };
}

function apiBranch(repo: FakeRepo, name: string): Record<string, unknown> {
  const last = resolveRef(repo, name) as FakeCommit;
  return {
    name,
    commit: { id: last.sha, message: last.message, timestamp: last.created_at, url: '' },
    protected: false,
    user_can_push: true,
    user_can_merge: true,
  };
}

function conflict(message: string) {
  return { status: 409, body: { message, url: '' } };
}

export const registerBranchRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/branches/{branch}', (req, state) => {
    const repo = repoOf(state, req.params);
    const name = req.params.branch as string;
    if (!repo || !repo.branches.has(name)) return notFound();
    return { status: 200, body: apiBranch(repo, name) };
  });

  routes.on('PUT', '/repos/{owner}/{repo}/branches/{branch}', (req, state) => {
    const repo = repoOf(state, req.params);
    const name = req.params.branch as string;
    if (!features(state).branchUpdate) {
      return { status: 405, body: { message: 'Method Not Allowed', url: '' }, problem: `PUT /branches/{branch} does not exist on ${state.version}` };
    }
    if (!repo || !req.user || !repo.branches.has(name)) return notFound();
    const body = req.body as { new_commit_id: string; old_commit_id?: string; force?: boolean };
    const current = repo.branches.get(name) as string;
    if (body.old_commit_id !== undefined && body.old_commit_id !== current) {
      return conflict(`branch "${name}" is at ${current}, not at the expected ${body.old_commit_id}`);
    }
    const target = resolveRef(repo, body.new_commit_id);
    if (!target) return notFound(`commit "${body.new_commit_id}" does not exist`);
    const fastForward = history(repo, target.sha).some((c) => c.sha === current);
    if (!fastForward && !body.force) return conflict(`updating "${name}" to ${target.sha} is not a fast-forward`);
    repo.branches.set(name, target.sha);
    return { status: 204 };
  });

  routes.on('DELETE', '/repos/{owner}/{repo}/branches/{branch}', (req, state) => {
    const repo = repoOf(state, req.params);
    const name = req.params.branch as string;
    if (!repo || !req.user || !repo.branches.has(name)) return notFound();
    if (name === repo.default_branch) return { status: 403, body: { message: 'can not delete default branch', url: '' } };
    repo.branches.delete(name);
    // as Gitea does: the open PRs whose head branch is deleted are closed
    for (const p of repo.pulls.values()) if (p.state === 'open' && p.head.ref === name) p.state = 'closed';
    return { status: 204 };
  });

  routes.on('GET', '/repos/{owner}/{repo}/commits', (req, state) => {
    const repo = repoOf(state, req.params);
    const from = resolveRef(repo as FakeRepo, req.query.get('sha') ?? repo?.default_branch ?? '');
    if (!repo || !from) return notFound();
    // `not` exists from Gitea 1.20 (go-gitea/gitea#24409); older servers ignore it
    const not = features(state).commitsNot ? (req.query.get('not') ?? undefined) : undefined;
    const notSha = not === undefined ? undefined : resolveRef(repo, not)?.sha;
    const page = paginate(history(repo, from.sha, notSha), req.query);
    return { ...page, body: (page.body as FakeCommit[]).map((c) => apiCommit(repo, c)) };
  });
};

/** The merge base of a PR (as `merge_base` in the API): where its head left its base. */
export function pullMergeBase(repo: FakeRepo, head: string, base: string): string {
  const h = repo.branches.get(head);
  const b = repo.branches.get(base);
  return h && b ? (mergeBase(repo, h, b) ?? '') : '';
}
