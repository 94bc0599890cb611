// GET /repos/{owner}/{repo}: the repository, with `html_url` built from the server's ROOT_URL
// (`state.rootUrl`), which may differ from the address the API is reached at.
import { apiUser, notFound, repoOf, type RouteModule } from './routes.js';

export const registerRepoRoutes: RouteModule = (routes) => {
  routes.on('GET', '/repos/{owner}/{repo}', (req, state) => {
    const repo = repoOf(state, req.params);
    if (!repo) return notFound();
    const owner = state.users.find((u) => u.login === repo.owner) ?? { id: 2, login: repo.owner };
    const html = `${state.rootUrl}${repo.owner}/${repo.name}`;
    return {
      status: 200,
      body: {
        id: repo.id,
        name: repo.name,
        full_name: `${repo.owner}/${repo.name}`,
        owner: apiUser(owner),
        html_url: html,
        clone_url: `${html}.git`,
        url: '',
        default_branch: repo.default_branch,
        private: false,
        fork: false,
        empty: false,
        archived: false,
        has_actions: true,
      },
    };
  });
};
