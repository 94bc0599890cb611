// Commit statuses: create and list (paginated, newest first as Gitea's default sort).
import { apiUser, notFound, paginate, repoOf, type RouteModule } from './routes.js';
import type { FakeRepo, FakeStatus } from './state.js';

function apiStatus(repo: FakeRepo, s: FakeStatus): Record<string, unknown> {
  return {
    id: s.id,
    status: s.state,
    context: s.context,
    description: s.description,
    target_url: s.target_url,
    url: `http://127.0.0.1/api/v1/repos/${repo.owner}/${repo.name}/statuses/${s.sha}`,
    creator: apiUser(s.creator),
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

export const registerStatusRoutes: RouteModule = (routes) => {
  routes.on('POST', '/repos/{owner}/{repo}/statuses/{sha}', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as { state?: string; context?: string; description?: string; target_url?: string };
    if (!body.state) return { status: 400, body: { message: 'state is required', url: '' } };
    const at = state.now();
    const status: FakeStatus = {
      id: state.nextId(),
      sha: req.params.sha as string,
      state: body.state,
      context: body.context ?? 'default',
      description: body.description ?? '',
      target_url: body.target_url ?? '',
      creator: req.user,
      created_at: at,
      updated_at: at,
    };
    repo.statuses.push(status);
    return { status: 201, body: apiStatus(repo, status) };
  });

  routes.on('GET', '/repos/{owner}/{repo}/statuses/{sha}', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo) return notFound();
    const list = repo.statuses.filter((s) => s.sha === req.params.sha && (!req.query.get('state') || s.state === req.query.get('state')));
    return paginate([...list].reverse().map((s) => apiStatus(repo, s)), req.query);
  });
};
