// Issue (and PR) comments: list, create, edit, delete. Gitea lists an issue's comments unpaginated,
// and lets a token with write access edit or delete ANY comment (not only its own): a client must
// check the author itself before it edits or deletes.
import { apiUser, notFound, repoOf, type RouteModule } from './routes.js';
import type { FakeComment, FakeRepo } from './state.js';

function apiComment(repo: FakeRepo, c: FakeComment, base = 'http://127.0.0.1'): Record<string, unknown> {
  const isPull = repo.pulls.has(c.issue);
  return {
    id: c.id,
    body: c.body,
    user: apiUser(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    html_url: `${base}/${repo.owner}/${repo.name}/${isPull ? 'pulls' : 'issues'}/${c.issue}#issuecomment-${c.id}`,
    issue_url: isPull ? '' : `${base}/${repo.owner}/${repo.name}/issues/${c.issue}`,
    pull_request_url: isPull ? `${base}/${repo.owner}/${repo.name}/pulls/${c.issue}` : '',
    original_author: '',
    original_author_id: 0,
    assets: [],
  };
}

export const registerIssueCommentRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}/issues/{index}/comments', (req, state) => {
    const repo = repoOf(state, req.params);
    const index = Number(req.params.index);
    if (!repo || !(repo.pulls.has(index) || repo.issues.has(index))) return notFound();
    return { status: 200, body: repo.comments.filter((c) => c.issue === index).map((c) => apiComment(repo, c)) };
  });

  routes.on('POST', '/repos/{owner}/{repo}/issues/{index}/comments', (req, state) => {
    const repo = repoOf(state, req.params);
    const index = Number(req.params.index);
    if (!repo || !(repo.pulls.has(index) || repo.issues.has(index)) || !req.user) return notFound();
    const at = state.now();
    const comment: FakeComment = {
      id: state.nextId(),
      issue: index,
      body: (req.body as { body: string }).body,
      user: req.user,
      created_at: at,
      updated_at: at,
    };
    repo.comments.push(comment);
    return { status: 201, body: apiComment(repo, comment) };
  });

  routes.on('PATCH', '/repos/{owner}/{repo}/issues/comments/{id}', (req, state) => {
    const repo = repoOf(state, req.params);
    const comment = repo?.comments.find((c) => c.id === Number(req.params.id));
    if (!repo || !comment || !req.user) return notFound();
    comment.body = (req.body as { body: string }).body;
    comment.updated_at = state.now();
    return { status: 200, body: apiComment(repo, comment) };
  });

  routes.on('DELETE', '/repos/{owner}/{repo}/issues/comments/{id}', (req, state) => {
    const repo = repoOf(state, req.params);
    const at = repo?.comments.findIndex((c) => c.id === Number(req.params.id)) ?? -1;
    if (!repo || at < 0 || !req.user) return notFound();
    repo.comments.splice(at, 1);
    return { status: 204 };
  });
};
