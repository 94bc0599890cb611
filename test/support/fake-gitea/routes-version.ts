// GET /version (anonymous, as on a Gitea without REQUIRE_SIGNIN_VIEW).
import type { RouteModule } from './routes.js';

export const registerVersionRoutes: RouteModule = (routes) => {
  routes.on('GET', '/version', (_req, state) => ({ status: 200, body: { version: state.version } }), { anonymous: true });
};
