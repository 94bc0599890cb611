// The contract of a route module: `(routes) => { routes.on('POST', '/repos/{owner}/{repo}/...', handler) }`.
// Templates are swagger path templates (checked at registration); handlers get the decoded path
// params, the query and the already-validated JSON body, and return a status and a body.
import type { FakeGiteaState, FakeRepo, FakeUser } from './state.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RouteRequest {
  method: Method;
  template: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** the authenticated user (undefined = anonymous) */
  user: FakeUser | undefined;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** a request the real server of this personality would not serve: recorded as a problem */
  problem?: string;
}

export type RouteHandler = (req: RouteRequest, state: FakeGiteaState) => RouteResponse;

export interface RouteTable {
  on(method: Method, template: string, handler: RouteHandler, opts?: { anonymous?: boolean }): void;
}

/** A route module registers the endpoints of one area (see server.ts ROUTE_MODULES). */
export type RouteModule = (routes: RouteTable) => void;

export function notFound(what = 'The target couldn\'t be found.'): RouteResponse {
  return { status: 404, body: { message: what, url: '', errors: [] } };
}

export function repoOf(state: FakeGiteaState, params: Record<string, string>): FakeRepo | undefined {
  return state.repos.get(`${params.owner}/${params.repo}`);
}

/** Gitea-style pagination: `page` (1-based) and `limit`, total in `x-total-count`. */
export function paginate<T>(items: T[], query: URLSearchParams, defaultLimit = 30, maxLimit = 50): RouteResponse {
  const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
  const limit = Math.min(maxLimit, Math.max(1, Number(query.get('limit') ?? String(defaultLimit)) || defaultLimit));
  const slice = items.slice((page - 1) * limit, page * limit);
  return { status: 200, body: slice, headers: { 'x-total-count': String(items.length) } };
}

export function apiUser(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    login: user.login,
    login_name: '',
    full_name: '',
    email: `${user.login}@noreply.localhost`,
    avatar_url: '',
    html_url: '',
    language: '',
    is_admin: false,
    restricted: false,
    active: true,
    prohibit_login: false,
    location: '',
    website: '',
    description: '',
    visibility: 'public',
    followers_count: 0,
    following_count: 0,
    starred_repos_count: 0,
    username: user.login,
    created: '2026-01-01T00:00:00Z',
    last_login: '2026-01-01T00:00:00Z',
  };
}
