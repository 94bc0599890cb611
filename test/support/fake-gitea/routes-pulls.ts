// Pull requests: list (state, label and base filters; no head filter, as in Gitea), create, get by
// index, get by base/head (Gitea 1.22+; older servers answer 404 as the route does not exist
// there), edit (answers 201, as Gitea does).
import { features } from './personality.js';
import { apiUser, notFound, paginate, repoOf, type RouteModule } from './routes.js';
import { pullMergeBase } from './routes-branches.js';
import { apiLabel } from './routes-labels.js';
import type { FakePull, FakeRepo } from './state.js';

function apiPull(repo: FakeRepo, p: FakePull): Record<string, unknown> {
  const base = `http://127.0.0.1/${repo.owner}/${repo.name}`;
  return {
    id: p.number + 100_000,
    number: p.number,
    title: p.title,
    body: p.body,
    state: p.state,
    merged: p.merged,
    draft: false,
    user: apiUser(p.user),
    labels: p.labels.map((id) => repo.labels.find((l) => l.id === id)).filter((l) => l !== undefined).map((l) => apiLabel(repo, l)),
    head: { ref: p.head.ref, sha: repo.branches.get(p.head.ref) ?? p.head.sha, label: p.head.ref, repo_id: repo.id },
    base: { ref: p.base.ref, sha: repo.branches.get(p.base.ref) ?? '', label: p.base.ref, repo_id: repo.id },
    merge_base: pullMergeBase(repo, p.head.ref, p.base.ref),
    html_url: `${base}/pulls/${p.number}`,
    url: `${base}/pulls/${p.number}`,
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}

export const registerPullRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/pulls', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo) return notFound();
    const want = req.query.get('state') ?? 'open';
    const labels = req.query.getAll('labels').map(Number);
    const base = req.query.get('base_branch');
    const pulls = [...repo.pulls.values()]
      .filter((p) => want === 'all' || p.state === want)
      .filter((p) => labels.every((id) => p.labels.includes(id)))
      .filter((p) => !base || p.base.ref === base)
      .sort((a, b) => b.number - a.number);
    const page = paginate(pulls, req.query);
    return { ...page, body: (page.body as FakePull[]).map((p) => apiPull(repo, p)) };
  });

  routes.on('GET', '/repos/{owner}/{repo}/pulls/{base}/{head}', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !features(state).pullByBaseHead) return notFound();
    // Gitea's GetPullRequestByBaseHeadInfo: no state filter, no ORDER BY; the database answers
    // the oldest row first, so an old closed PR on the same branch hides the open one
    const pick = [...repo.pulls.values()]
      .filter((p) => p.base.ref === req.params.base && p.head.ref === req.params.head)
      .sort((a, b) => a.number - b.number)[0];
    return pick ? { status: 200, body: apiPull(repo, pick) } : notFound();
  });

  routes.on('GET', '/repos/{owner}/{repo}/pulls/{index}', (req, state) => {
    const repo = repoOf(state, req.params);
    const pull = repo?.pulls.get(Number(req.params.index));
    return repo && pull ? { status: 200, body: apiPull(repo, pull) } : notFound();
  });

  routes.on('POST', '/repos/{owner}/{repo}/pulls', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as { head?: string; base?: string; title?: string; body?: string; labels?: number[] };
    const head = body.head ?? '';
    const base = body.base ?? repo.default_branch;
    if (!repo.branches.has(head) || !repo.branches.has(base)) return notFound('branch does not exist');
    if ([...repo.pulls.values()].some((p) => p.state === 'open' && p.head.ref === head && p.base.ref === base)) {
      return { status: 409, body: { message: 'pull request already exists for these targets', url: '' } };
    }
    const at = state.now();
    const pull: FakePull = {
      number: repo.nextIndex++,
      title: body.title ?? head,
      body: body.body ?? '',
      state: 'open',
      merged: false,
      head: { ref: head, sha: repo.branches.get(head) as string },
      base: { ref: base },
      user: req.user,
      labels: (body.labels ?? []).filter((id) => repo.labels.some((l) => l.id === id)),
      created_at: at,
      updated_at: at,
    };
    repo.pulls.set(pull.number, pull);
    return { status: 201, body: apiPull(repo, pull) };
  });

  routes.on('PATCH', '/repos/{owner}/{repo}/pulls/{index}', (req, state) => {
    const repo = repoOf(state, req.params);
    const pull = repo?.pulls.get(Number(req.params.index));
    if (!repo || !pull || !req.user) return notFound();
    const body = req.body as { title?: string; body?: string; state?: string; labels?: number[] };
    if (body.title !== undefined) pull.title = body.title;
    if (body.body !== undefined) pull.body = body.body;
    if (body.state === 'open' || body.state === 'closed') pull.state = body.state;
    if (body.labels) pull.labels = body.labels.filter((id) => repo.labels.some((l) => l.id === id));
    pull.updated_at = state.now();
    return { status: 201, body: apiPull(repo, pull) };
  });
};
