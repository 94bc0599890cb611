// Issues: list (state, type, created_by filters; pull requests are listed too unless type=issues,
// as Gitea does), create, get and edit (a writer may edit anyone's issue, as in Gitea). Issues
// share the repository's index sequence with pull requests. Kept beside the state (`issuesOf`).
import { apiUser, notFound, paginate, repoOf, type RouteModule } from './routes.js';
import type { FakeGiteaState, FakePull, FakeRepo, FakeUser } from './state.js';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: FakeUser;
  created_at: string;
  updated_at: string;
  closed_at?: string;
}

const ISSUES = new WeakMap<FakeRepo, FakeIssue[]>();

export function issuesOf(repo: FakeRepo): FakeIssue[] {
  let list = ISSUES.get(repo);
  if (!list) ISSUES.set(repo, (list = []));
  return list;
}

export function addIssue(state: FakeGiteaState, repo: FakeRepo, init: { title: string; body?: string; user?: FakeUser; state?: 'open' | 'closed' }): FakeIssue {
  const at = state.now();
  const issue: FakeIssue = { number: repo.nextIndex++, title: init.title, body: init.body ?? '', state: init.state ?? 'open', user: init.user ?? state.tokenUser, created_at: at, updated_at: at };
  if (issue.state === 'closed') issue.closed_at = at;
  issuesOf(repo).push(issue);
  return issue;
}

function apiIssue(repo: FakeRepo, i: FakeIssue | FakePull, state: FakeGiteaState): Record<string, unknown> {
  const isPull = 'head' in i;
  const html = `${state.rootUrl}${repo.owner}/${repo.name}/${isPull ? 'pulls' : 'issues'}/${i.number}`;
  return {
    id: i.number + 200_000,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: apiUser(i.user),
    labels: [],
    assignees: [],
    comments: 0,
    is_locked: false,
    html_url: html,
    url: html,
    created_at: i.created_at,
    updated_at: i.updated_at,
    // Gitea sends null for these; the swagger does not declare them nullable, so they are left out
    ...(!isPull && i.closed_at ? { closed_at: i.closed_at } : {}),
    ...(isPull ? { pull_request: { merged: i.merged, draft: false, html_url: html } } : {}),
    repository: { id: repo.id, name: repo.name, owner: repo.owner, full_name: `${repo.owner}/${repo.name}` },
  };
}

export const registerIssueRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/issues', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo) return notFound();
    const wanted = req.query.get('state') ?? 'open';
    const type = req.query.get('type');
    const author = req.query.get('created_by');
    const all: Array<FakeIssue | FakePull> = [...(type === 'pulls' ? [] : issuesOf(repo)), ...(type === 'issues' ? [] : [...repo.pulls.values()])];
    const items = all
      .filter((i) => wanted === 'all' || i.state === wanted)
      .filter((i) => !author || i.user.login === author)
      .sort((a, b) => b.number - a.number);
    const page = paginate(items, req.query);
    return { ...page, body: (page.body as Array<FakeIssue | FakePull>).map((i) => apiIssue(repo, i, state)) };
  });

  routes.on('POST', '/repos/{owner}/{repo}/issues', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as { title: string; body?: string };
    return { status: 201, body: apiIssue(repo, addIssue(state, repo, { title: body.title, body: body.body ?? '', user: req.user }), state) };
  });

  routes.on('GET', '/repos/{owner}/{repo}/issues/{index}', (req, state) => {
    const repo = repoOf(state, req.params);
    const issue = repo && issuesOf(repo).find((i) => i.number === Number(req.params.index));
    return repo && issue ? { status: 200, body: apiIssue(repo, issue, state) } : notFound();
  });

  routes.on('PATCH', '/repos/{owner}/{repo}/issues/{index}', (req, state) => {
    const repo = repoOf(state, req.params);
    const issue = repo && issuesOf(repo).find((i) => i.number === Number(req.params.index));
    if (!repo || !issue || !req.user) return notFound();
    const body = req.body as { title?: string; body?: string; state?: string };
    if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') return { status: 422, body: { message: `invalid state "${body.state}"`, url: '' } };
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.state !== undefined && body.state !== issue.state) {
      issue.state = body.state;
      if (body.state === 'closed') issue.closed_at = state.now();
      else delete issue.closed_at;
    }
    issue.updated_at = state.now();
    return { status: 201, body: apiIssue(repo, issue, state) };
  });
};
