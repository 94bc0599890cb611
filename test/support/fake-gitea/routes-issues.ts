// Issues: list (state, type and created_by filters; without `type` PRs are listed too, as in
// Gitea), create, edit (answers 201, as Gitea does). Issues and PRs share one number sequence.
import { apiUser, notFound, paginate, repoOf, type RouteModule } from './routes.js';
import { apiLabel } from './routes-labels.js';
import type { FakeIssue, FakeRepo } from './state.js';

function apiIssue(repo: FakeRepo, i: FakeIssue, pull = false): Record<string, unknown> {
  const base = `http://127.0.0.1/${repo.owner}/${repo.name}`;
  return {
    id: i.number + 200_000,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: apiUser(i.user),
    labels: i.labels.map((id) => repo.labels.find((l) => l.id === id)).filter((l) => l !== undefined).map((l) => apiLabel(repo, l)),
    comments: repo.comments.filter((c) => c.issue === i.number).length,
    html_url: `${base}/${pull ? 'pulls' : 'issues'}/${i.number}`,
    url: `http://127.0.0.1/api/v1/repos/${repo.owner}/${repo.name}/issues/${i.number}`,
    is_locked: false,
    ...(pull ? { pull_request: { merged: false, draft: false, html_url: `${base}/pulls/${i.number}` } } : {}),
    created_at: i.created_at,
    updated_at: i.updated_at,
  };
}

export const registerIssueRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/issues', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo) return notFound();
    const want = req.query.get('state') ?? 'open';
    const type = req.query.get('type');
    const author = req.query.get('created_by');
    const all = [
      ...(type === 'pulls' ? [] : [...repo.issues.values()].map((i) => ({ i, pull: false }))),
      ...(type === 'issues' ? [] : [...repo.pulls.values()].map((p) => ({ i: { ...p, labels: p.labels } as FakeIssue, pull: true }))),
    ]
      .filter(({ i }) => want === 'all' || i.state === want)
      .filter(({ i }) => !author || i.user.login === author)
      .sort((a, b) => b.i.number - a.i.number);
    const page = paginate(all, req.query);
    return { ...page, body: (page.body as typeof all).map(({ i, pull }) => apiIssue(repo, i, pull)) };
  });

  routes.on('POST', '/repos/{owner}/{repo}/issues', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as { title: string; body?: string; labels?: number[] };
    const at = state.now();
    const issue: FakeIssue = {
      number: repo.nextIndex++,
      title: body.title,
      body: body.body ?? '',
      state: 'open',
      user: req.user,
      labels: (body.labels ?? []).filter((id) => repo.labels.some((l) => l.id === id)),
      created_at: at,
      updated_at: at,
    };
    repo.issues.set(issue.number, issue);
    return { status: 201, body: apiIssue(repo, issue) };
  });

  routes.on('PATCH', '/repos/{owner}/{repo}/issues/{index}', (req, state) => {
    const repo = repoOf(state, req.params);
    const issue = repo?.issues.get(Number(req.params.index));
    if (!repo || !issue || !req.user) return notFound();
    const body = req.body as { title?: string; body?: string; state?: string };
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
    issue.updated_at = state.now();
    return { status: 201, body: apiIssue(repo, issue) };
  });
};
