// Repository labels (list, create) and adding labels to an issue or PR.
import { notFound, paginate, repoOf, type RouteModule } from './routes.js';
import type { FakeLabel, FakeRepo } from './state.js';

export function apiLabel(repo: FakeRepo, l: FakeLabel): Record<string, unknown> {
  return {
    id: l.id,
    name: l.name,
    color: l.color.replace(/^#/, ''),
    description: l.description,
    exclusive: false,
    is_archived: false,
    url: `http://127.0.0.1/api/v1/repos/${repo.owner}/${repo.name}/labels/${l.id}`,
  };
}

export const registerLabelRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/labels', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo) return notFound();
    const page = paginate(repo.labels, req.query);
    return { ...page, body: (page.body as FakeLabel[]).map((l) => apiLabel(repo, l)) };
  });

  routes.on('POST', '/repos/{owner}/{repo}/labels', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo || !req.user) return notFound();
    const body = req.body as { name: string; color: string; description?: string };
    if (!/^#?[0-9a-fA-F]{6}$/.test(body.color)) return { status: 422, body: { message: `invalid color "${body.color}"`, url: '' } };
    if (repo.labels.some((l) => l.name === body.name)) return { status: 422, body: { message: 'label already exists', url: '' } };
    const label: FakeLabel = { id: state.nextId(), name: body.name, color: body.color, description: body.description ?? '' };
    repo.labels.push(label);
    return { status: 201, body: apiLabel(repo, label) };
  });

  routes.on('POST', '/repos/{owner}/{repo}/issues/{index}/labels', (req, state) => {
    const repo = repoOf(state, req.params);
    const pull = repo?.pulls.get(Number(req.params.index));
    if (!repo || !pull || !req.user) return notFound();
    for (const ref of (req.body as { labels?: unknown[] }).labels ?? []) {
      const label = repo.labels.find((l) => l.id === ref || l.name === ref);
      if (!label) return notFound(`label ${String(ref)} does not exist`);
      if (!pull.labels.includes(label.id)) pull.labels.push(label.id);
    }
    const labels = pull.labels.map((id) => repo.labels.find((l) => l.id === id)).filter((l) => l !== undefined);
    return { status: 200, body: labels.map((l) => apiLabel(repo, l)) };
  });
};
