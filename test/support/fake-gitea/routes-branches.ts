// Branches (get one) and the commit list of a branch (`sha`, `not`): enough to tell whose commits
// a fix branch carries. A fake commit belongs to exactly one branch, so `sha=<branch>` lists the
// commits made on that branch after it was cut from its base.
import { apiUser, notFound, paginate, repoOf, type RouteModule } from './routes.js';
import type { FakeAuthor } from './routes-contents.js';
import { atLeast } from './routes-pulls.js';
import type { FakeCommit, FakeRepo } from './state.js';

/** The history of a branch, newest first: its own commits, then the default branch's up to where it was cut. */
export function branchHistory(repo: FakeRepo, branch: string): { own: FakeCommit[]; inherited: FakeCommit[] } {
  const own = repo.commits.filter((c) => c.branch === branch).reverse();
  if (branch === repo.default_branch) return { own, inherited: [] };
  const cut = own[own.length - 1]?.created_at;
  const inherited = repo.commits.filter((c) => c.branch === repo.default_branch && (!cut || c.created_at < cut)).reverse();
  return { own, inherited };
}

function identity(c: FakeCommit): { name: string; email: string; date: string } {
  const a = c.author as FakeAuthor;
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
    parents: [],
  };
}

export const registerBranchRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/branches/{branch}', (req, state) => {
    const repo = repoOf(state, req.params);
    const name = req.params.branch as string;
    const sha = repo?.branches.get(name);
    if (!repo || !sha) return notFound();
    const last = [...repo.commits].reverse().find((c) => c.sha === sha);
    return {
      status: 200,
      body: {
        name,
        commit: { id: sha, message: last?.message ?? '', timestamp: last?.created_at ?? '', url: '' },
        protected: false,
        user_can_push: true,
        user_can_merge: true,
      },
    };
  });

  routes.on('GET', '/repos/{owner}/{repo}/commits', (req, state) => {
    const repo = repoOf(state, req.params);
    const branch = req.query.get('sha') ?? repo?.default_branch ?? '';
    if (!repo || !repo.branches.has(branch)) return notFound();
    // `not` exists from Gitea 1.20 (go-gitea/gitea#24409); older servers ignore it
    const not = atLeast(state, 1, 20) ? req.query.get('not') : null;
    const { own, inherited } = branchHistory(repo, branch);
    const commits = not === repo.default_branch ? own : [...own, ...inherited];
    const page = paginate(commits, req.query);
    return { ...page, body: (page.body as FakeCommit[]).map((c) => apiCommit(repo, c)) };
  });
};
