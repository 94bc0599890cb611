// GET /user: the user the token belongs to (what sticky-comment tools and the drift dashboard
// match their comments and issues against).
import { apiUser, type RouteModule } from './routes.js';

export const registerUserRoutes: RouteModule = (routes) => {
  routes.on('GET', '/user', (req) => (req.user ? { status: 200, body: apiUser(req.user) } : { status: 401, body: { message: 'token is required', url: '' } }));
};
