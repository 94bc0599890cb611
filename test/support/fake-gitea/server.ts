// A fake Gitea on 127.0.0.1 that validates EVERY request against Gitea 1.27's swagger
// (path template, method, path/query params, JSON body) and answers from an in-memory state.
// Invalid requests get 422 and are recorded; unrouted ones get 404 and are recorded. Like
// renovate's http-mock, `assertClean()` fails on any of them AND on a declared expectation
// (`expect(method, template, times)`) that was not met; `close()` runs it, so a test that starts a
// fake cannot forget the check (a test that provokes bad requests on purpose clears `problems`).
// Responses are checked too.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest, checkResponse, indexOperations, readBody, type OperationMatch } from './operations.js';
import { registerIssueCommentRoutes } from './routes-issue-comments.js';
import { registerIssueRoutes } from './routes-issues.js';
import { registerStatusRoutes } from './routes-statuses.js';
import { registerVersionRoutes } from './routes-version.js';
import { registerBranchRoutes } from './routes-branches.js';
import { registerContentRoutes } from './routes-contents.js';
import { registerLabelRoutes } from './routes-labels.js';
import { registerPullRoutes } from './routes-pulls.js';
import { registerRepoRoutes } from './routes-repos.js';
import { registerUserRoutes } from './routes-user.js';
import { PERSONALITIES, type PersonalityName } from './personality.js';
import type { Method, RouteHandler, RouteModule, RouteRequest, RouteResponse } from './routes.js';
import { createState, type FakeGiteaState } from './state.js';
import { createSchemaValidator, loadSwagger, type SwaggerDoc } from './swagger-schema.js';

/** Every route module of the fake. Adding an area = one import + one entry here. */
export const ROUTE_MODULES: RouteModule[] = [
  registerVersionRoutes,
  registerUserRoutes,
  registerRepoRoutes,
  registerIssueRoutes,
  registerIssueCommentRoutes,
  registerStatusRoutes,
  registerPullRoutes,
  registerContentRoutes,
  registerBranchRoutes,
  registerLabelRoutes,
];

export interface FakeGiteaOptions {
  /** which server the fake plays (see personality.ts); `version` wins when both are given */
  personality?: PersonalityName;
  /** what GET /version answers (Forgejo: e.g. "7.0.0+gitea-1.22.0") */
  version?: string;
  /** the API token clients must send as `Authorization: token <t>` */
  token?: string;
  /** sub-path install, e.g. "/git/" → API at /git/api/v1 */
  subPath?: string;
  /** Gitea's ROOT_URL, the base of `html_url`s (default: the fake's own URL; e.g. a public address) */
  rootUrl?: string;
  /** extra route modules for one test (besides ROUTE_MODULES) */
  routes?: RouteModule[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  template?: string;
  status: number;
  body?: unknown;
  authorized: boolean;
}

export interface FakeGitea {
  /** server URL as Gitea's `server_url` (with trailing slash, incl. sub-path) */
  url: string;
  apiUrl: string;
  token: string;
  version: string;
  state: FakeGiteaState;
  requests: RecordedRequest[];
  /** invalid, unrouted or failing requests and invalid responses */
  problems: string[];
  /**
   * declare that METHOD TEMPLATE (a swagger path template) must be requested exactly `times`
   * times (0 = never) before assertClean/close; several calls for one key add up
   */
  expect(method: Method, template: string, times?: number): void;
  /** answer the next `times` requests to METHOD TEMPLATE with `status` (for retry tests) */
  failNext(method: Method, template: string, status: number, times?: number): void;
  /**
   * run `fn` once, right before the next valid request to METHOD TEMPLATE is handled: what
   * happens "between the client's check and its write" (a person pushes, a parallel run acts)
   */
  beforeNext(method: Method, template: string, fn: (state: FakeGiteaState, req: RouteRequest) => void): void;
  setVersion(version: string): void;
  assertClean(): void;
  /** stops the server, then assertClean() (rejects on problems or unmet expectations) */
  close(): Promise<void>;
}

interface Injected {
  key: string;
  status: number;
  times: number;
}

interface Hook {
  key: string;
  fn: (state: FakeGiteaState, req: RouteRequest) => void;
}

export async function startFakeGitea(options: FakeGiteaOptions = {}, doc: SwaggerDoc = loadSwagger()): Promise<FakeGitea> {
  const token = options.token ?? 'fake-gitea-token-0123456789';
  const subPath = `/${(options.subPath ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const apiPrefix = `${subPath}api/v1`.replace('//', '/');
  const state = createState(options.version ?? (options.personality ? PERSONALITIES[options.personality] : '1.27.0'));
  const schemas = createSchemaValidator(doc);
  const ops = indexOperations(doc);
  const handlers = new Map<string, { handler: RouteHandler; anonymous: boolean }>();
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const injected: Injected[] = [];
  const hooks: Hook[] = [];
  const expected = new Map<string, number>();

  const table = {
    on(method: Method, template: string, handler: RouteHandler, opts: { anonymous?: boolean } = {}) {
      if (!ops.has(method, template)) throw new Error(`fake gitea: ${method} ${template} is not in the swagger`);
      handlers.set(`${method} ${template}`, { handler, anonymous: Boolean(opts.anonymous) });
    },
  };
  for (const mod of [...ROUTE_MODULES, ...(options.routes ?? [])]) mod(table);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase() as Method;
    const authorized = req.headers.authorization === `token ${token}`;
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path: url.pathname, query: url.search, status: 0, authorized };
    requests.push(record);
    const send = (r: RouteResponse): void => {
      record.status = r.status;
      const text = r.body === undefined ? '' : JSON.stringify(r.body);
      res.writeHead(r.status, { ...(text ? { 'content-type': 'application/json;charset=utf-8' } : {}), ...r.headers });
      res.end(text);
    };
    const fail = (status: number, message: string): void => {
      problems.push(`${method} ${url.pathname}${url.search}: ${message}`);
      send({ status, body: { message, url: '', errors: [message] } });
    };

    if (!url.pathname.startsWith(apiPrefix)) return fail(404, `not under ${apiPrefix}`);
    const apiPath = url.pathname.slice(apiPrefix.length) || '/';
    const found = ops.match(method, apiPath);
    if (!found) return fail(404, 'no such path in the Gitea API');
    if (!found.operation) return fail(405, `method ${method} is not allowed on ${found.template}`);
    const match = found as OperationMatch;
    record.template = match.template;

    let body: { present: boolean; value: unknown; parseError?: string } = { present: raw.length > 0, value: undefined };
    if (raw.length > 0) {
      try {
        body.value = JSON.parse(raw);
        record.body = body.value;
      } catch (error) {
        body = { present: true, value: undefined, parseError: (error as Error).message };
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return fail(422, `body sent with content-type "${req.headers['content-type'] ?? ''}", expected application/json`);
      }
    }
    const invalid = checkRequest(match, url.searchParams, body, schemas);
    if (invalid.length) return fail(422, `invalid request for ${match.template}: ${invalid.join('; ')}`);

    const key = `${method} ${match.template}`;
    const route = handlers.get(key);
    if (!route) return fail(404, `valid request, but the fake does not route ${key}`);
    const inject = injected.find((i) => i.key === key && i.times > 0);
    if (inject) {
      inject.times -= 1;
      return send({ status: inject.status, body: { message: `injected ${inject.status}`, url: '' } });
    }
    if (!route.anonymous && !authorized) return send({ status: 401, body: { message: 'token is required', url: '' } });

    let out: RouteResponse;
    try {
      const routeReq: RouteRequest = { method, template: match.template, params: match.params, query: url.searchParams, body: body.value, user: authorized ? state.tokenUser : undefined };
      const hook = hooks.findIndex((h) => h.key === key);
      if (hook >= 0) hooks.splice(hook, 1)[0]?.fn(state, routeReq);
      out = route.handler(routeReq, state);
    } catch (error) {
      return fail(500, `handler crashed: ${(error as Error).stack ?? String(error)}`);
    }
    if (out.problem) problems.push(`${method} ${url.pathname}${url.search}: ${out.problem}`);
    checkResponse(doc, match, out, schemas.response, problems, key);
    const { problem: _p, ...answer } = out;
    send(answer);
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      problems.push(`fake gitea crashed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  state.rootUrl = options.rootUrl ?? `${base}${subPath}`;

  const fake: FakeGitea = {
    url: `${base}${subPath}`,
    apiUrl: `${base}${apiPrefix}`,
    token,
    get version() {
      return state.version;
    },
    state,
    requests,
    problems,
    expect(method, template, times = 1) {
      if (!ops.has(method, template)) throw new Error(`fake gitea: cannot expect ${method} ${template}: not in the swagger`);
      const key = `${method} ${template}`;
      expected.set(key, (expected.get(key) ?? 0) + times);
    },
    failNext(method, template, status, times = 1) {
      injected.push({ key: `${method} ${template}`, status, times });
    },
    beforeNext(method, template, fn) {
      if (!ops.has(method, template)) throw new Error(`fake gitea: cannot hook ${method} ${template}: not in the swagger`);
      hooks.push({ key: `${method} ${template}`, fn });
    },
    setVersion(version) {
      state.version = version;
    },
    assertClean() {
      const unmet = [...expected].flatMap(([key, times]) => {
        const seen = requests.filter((r) => `${r.method} ${r.template}` === key).length;
        return seen === times ? [] : [`expected ${key} ${times} time(s), got ${seen}`];
      });
      const all = [...problems.map((p) => `bad request: ${p}`), ...unmet.map((u) => `unmet expectation: ${u}`)];
      if (all.length) throw new Error(`fake gitea: ${problems.length} bad request(s), ${unmet.length} unmet expectation(s):\n${all.join('\n')}`);
    },
    async close() {
      await new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      });
      fake.assertClean();
    },
  };
  return fake;
}
