// Issues: list (state, type and created_by filters; without `type` PRs are listed too, as in
// Gitea), create, get and edit (answers 201, as Gitea does; a writer may edit anyone's issue, as in
// Gitea). Issues and PRs share one number sequence. Tests plant issues with `addIssue`.
import { apiUser, notFound, paginate, repoOf, type RouteModule } from './routes.js';
import { apiLabel } from './routes-labels.js';
import type { FakeGiteaState, FakeIssue, FakePull, FakeRepo, FakeUser } from './state.js';

/** The repository's issues (not PRs), by number. */
export function issuesOf(repo: FakeRepo): FakeIssue[] {
  return [...repo.issues.values()].sort((a, b) => a.number - b.number);
}

export function addIssue(
  state: FakeGiteaState,
  repo: FakeRepo,
  init: { title: string; body?: string; user?: FakeUser; state?: 'open' | 'closed'; labels?: number[] },
): FakeIssue {
  const at = state.now();
  const issue: FakeIssue = {
    number: repo.nextIndex++,
    title: init.title,
    body: init.body ?? '',
    state: init.state ?? 'open',
    user: init.user ?? state.tokenUser,
    labels: (init.labels ?? []).filter((id) => repo.labels.some((l) => l.id === id)),
    created_at: at,
    updated_at: at,
  };
  if (issue.state === 'closed') issue.closed_at = at;
  repo.issues.set(issue.number, issue);
  return issue;
}

function apiIssue(repo: FakeRepo, i: FakeIssue | FakePull, state: FakeGiteaState): Record<string, unknown> {
  const pull = 'head' in i;
  const html = `${state.rootUrl}${repo.owner}/${repo.name}/${pull ? 'pulls' : 'issues'}/${i.number}`;
  return {
    id: i.number + 200_000,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: apiUser(i.user),
    labels: i.labels.map((id) => repo.labels.find((l) => l.id === id)).filter((l) => l !== undefined).map((l) => apiLabel(repo, l)),
    assignees: [],
    comments: repo.comments.filter((c) => c.issue === i.number).length,
    html_url: html,
    url: `${state.rootUrl}api/v1/repos/${repo.owner}/${repo.name}/issues/${i.number}`,
    is_locked: false,
    created_at: i.created_at,
    updated_at: i.updated_at,
    // Gitea sends null for these; the swagger does not declare them nullable, so they are left out
    ...(!pull && i.closed_at ? { closed_at: i.closed_at } : {}),
    ...(pull ? { pull_request: { merged: i.merged, draft: false, html_url: html } } : {}),
    repository: { id: repo.id, name: repo.name, owner: repo.owner, full_name: `${repo.owner}/${repo.name}` },
  };
}

export const registerIssueRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/issues', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo) return notFound();
    const want = req.query.get('state') ?? 'open';
    const type = req.query.get('type');
    const author = req.query.get('created_by');
    const all: Array<FakeIssue | FakePull> = [...(type === 'pulls' ? [] : repo.issues.values()), ...(type === 'issues' ? [] : repo.pulls.values())];
    const items = all
      .filter((i) => want === 'all' || i.state === want)
      .filter((i) => !author || i.user.login === author)
      .sort((a, b) => b.number - a.number);
    const page = paginate(items, req.query);
    return { ...page, body: (page.body as typeof items).map((i) => apiIssue(repo, i, state)) };
  });

  routes.on('POST', '/repos/{owner}/{repo}/issues', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as { title: string; body?: string; labels?: number[] };
    const issue = addIssue(state, repo, { title: body.title, body: body.body ?? '', user: req.user, labels: body.labels });
    return { status: 201, body: apiIssue(repo, issue, state) };
  });

  routes.on('GET', '/repos/{owner}/{repo}/issues/{index}', (req, state) => {
    const repo = repoOf(state, req.params);
    const issue = repo?.issues.get(Number(req.params.index));
    return repo && issue ? { status: 200, body: apiIssue(repo, issue, state) } : notFound();
  });

  routes.on('PATCH', '/repos/{owner}/{repo}/issues/{index}', (req, state) => {
    const repo = repoOf(state, req.params);
    const issue = repo?.issues.get(Number(req.params.index));
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
