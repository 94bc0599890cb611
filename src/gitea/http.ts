// The Gitea transport (undici): API base from the server URL (sub-path installs and a trailing
// slash handled), `Authorization: token <t>`, JSON in and out, pagination via `x-total-count`,
// and a retry policy with an explicit do-not-retry list. Errors name method and path, never the token.
import { request as undiciRequest, type Dispatcher } from 'undici';
import type { ApiErrorBody } from './types.js';

/** Statuses that retrying cannot fix (client errors; 409/422 are recovered by callers). */
export const DO_NOT_RETRY = [400, 401, 403, 404, 405, 409, 410, 422, 423, 451] as const;

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Methods whose repetition is harmless. POST and PATCH are not: a 5xx or a timeout after the
 * request went out may still have created the comment or PR, so a retry could duplicate it.
 */
export const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set<HttpMethod>(['GET', 'PUT', 'DELETE']);

/**
 * Network errors that happen before any byte of the request was sent (no connection was made):
 * the only failures after which a POST or PATCH is retried.
 */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export interface GiteaHttpOptions {
  /** the Gitea server URL, e.g. https://git.example.com/ or https://example.com/git/ */
  serverUrl: string;
  token?: string;
  dispatcher?: Dispatcher;
  /**
   * attempts after the first one (default 2): GET/PUT/DELETE on network errors, 429 and 5xx;
   * POST/PATCH only on 429 or when the connection could not be made (nothing was handled)
   */
  retries?: number;
  /** base backoff, doubled per attempt (default 500 ms) */
  retryDelayMs?: number;
  /** per-request timeout (default 30 s) */
  timeoutMs?: number;
  userAgent?: string;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

export interface GiteaResponse<T> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

export class GiteaApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`Gitea API ${method} ${path} failed${status ? ` with ${status}` : ''}: ${detail}`);
    this.name = 'GiteaApiError';
  }
}

export interface GiteaHttp {
  /** e.g. https://example.com/git/api/v1 */
  readonly apiBase: string;
  readonly serverUrl: string;
  request<T>(method: HttpMethod, path: string, opts?: RequestOptions): Promise<GiteaResponse<T>>;
  /** GET every page (`page`/`limit`, until `x-total-count` items or a short page) */
  paginate<T>(path: string, query?: RequestOptions['query'], limit?: number): Promise<T[]>;
}

/** Normalises a server URL to end with exactly one slash (keeps a sub-path). */
export function normalizeServerUrl(serverUrl: string): string {
  const url = new URL(serverUrl.trim());
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  return `${url.toString().replace(/\/+$/, '')}/`;
}

export function apiBaseUrl(serverUrl: string): string {
  return `${normalizeServerUrl(serverUrl)}api/v1`;
}

/** Encodes each path segment (a branch like "driftgate/fix/x" becomes one segment). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}

export function createGiteaHttp(options: GiteaHttpOptions): GiteaHttp {
  const apiBase = apiBaseUrl(options.serverUrl);
  const retries = options.retries ?? 2;
  const delay = options.retryDelayMs ?? 500;
  const timeout = options.timeoutMs ?? 30_000;

  const once = async <T>(method: HttpMethod, path: string, opts: RequestOptions): Promise<GiteaResponse<T>> => {
    const url = new URL(`${apiBase}${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': options.userAgent ?? 'driftgate' };
    if (options.token) headers.authorization = `token ${options.token}`;
    let payload: string | undefined;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(opts.body);
    }
    const res = await undiciRequest(url, {
      method,
      headers,
      body: payload,
      dispatcher: options.dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    const text = await res.body.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: res.statusCode, body: body as T, headers: res.headers };
  };

  const secret = (text: string): string => (options.token && options.token.length >= 4 ? text.split(options.token).join('***') : text);

  const request = async <T>(method: HttpMethod, path: string, opts: RequestOptions = {}): Promise<GiteaResponse<T>> => {
    const idempotent = IDEMPOTENT_METHODS.has(method);
    let last: GiteaApiError | undefined;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0 && delay > 0) await new Promise((r) => setTimeout(r, delay * 2 ** (attempt - 1)));
      let res: GiteaResponse<T>;
      try {
        res = await once<T>(method, path, opts);
      } catch (error) {
        // an error thrown by the transport: nothing, part or all of the request may have been sent
        last = new GiteaApiError(method, path, undefined, secret(networkDetail(error)));
        if (idempotent || NOT_SENT_CODES.has(errorCode(error) ?? '')) continue;
        throw last;
      }
      if (res.status < 400) return res;
      const error = new GiteaApiError(method, path, res.status, secret(describe(res.body)));
      const retryable = !(DO_NOT_RETRY as readonly number[]).includes(res.status) && (res.status >= 500 || res.status === 429);
      // the server answered: a POST/PATCH may have taken effect, never send it twice; only a 429
      // (rate limited, refused before any handling) is safe to repeat
      if (!retryable || (!idempotent && res.status !== 429)) throw error;
      last = error;
    }
    throw last ?? new GiteaApiError(method, path, undefined, 'no attempt made');
  };

  return {
    apiBase,
    serverUrl: normalizeServerUrl(options.serverUrl),
    request,
    async paginate<T>(path: string, query: RequestOptions['query'] = {}, limit = 50): Promise<T[]> {
      const all: T[] = [];
      for (let page = 1; page < 10_000; page++) {
        const res = await request<T[] | { data: T[] }>('GET', path, { query: { ...query, page, limit } });
        const items = Array.isArray(res.body) ? res.body : (res.body?.data ?? []);
        all.push(...items);
        const total = Number(res.headers['x-total-count']);
        if (items.length < limit || (Number.isFinite(total) && all.length >= total) || items.length === 0) break;
      }
      return all;
    },
  };
}

function describe(body: unknown): string {
  if (body && typeof body === 'object') {
    const b = body as ApiErrorBody;
    const parts = [b.message, ...(b.errors ?? [])].filter((p): p is string => Boolean(p));
    if (parts.length) return [...new Set(parts)].join('; ').slice(0, 500);
  }
  if (typeof body === 'string' && body) return body.slice(0, 200);
  return 'no details';
}

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code ?? e.cause?.code;
}

function networkDetail(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string } };
  return [e.code ?? e.cause?.code, e.message].filter(Boolean).join(' ') || String(error);
}
