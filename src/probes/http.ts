// HTTP health probes with undici: connect timeout and total deadline from the health defaults, no
// redirect following (a 302 is what is compared), bounded body, classified failures, in-run retries
// only for connection-phase failures (never for a request that hit its total deadline, never for a response).
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, type Dispatcher, request } from 'undici';
import { classifyError, failure, isTransientConnectError, redactUrl } from './classify.js';
import { type ConnectMap, mapHttpUrl } from './connect-map.js';
import { sleep } from './limiter.js';
import { probeFailureOf } from './transport/http-over-ssh.js';
import type { Endpoint } from '../bindings/types.js';
import type { EndpointObservation } from './types.js';

export interface HttpProbeSettings {
  connectTimeoutMs: number;
  /** total deadline of one attempt */
  maxTimeMs: number;
  retries: number;
  backoffMs: number;
  /** whole-run deadline */
  signal?: AbortSignal;
}

export interface HttpProberOptions {
  connectMap?: ConnectMap;
  /** extra undici Agent options (tests: TLS settings) */
  dispatcherOptions?: Omit<Agent.Options, 'connect'> & { connect?: Record<string, unknown> };
  now?: () => Date;
}

/** Probing from a host over SSH (`probe_via: ssh`): its dispatcher and the ssh target id. */
export interface ProbeVia {
  dispatcher: Dispatcher;
  target: string;
}

export interface HttpProber {
  probe(endpoint: Pick<Endpoint, 'id' | 'url'>, settings: HttpProbeSettings, via?: ProbeVia): Promise<EndpointObservation>;
  close(): Promise<void>;
}

const BODY_LIMIT = 64 * 1024;

/** RFC 6761: `.invalid` names resolve nowhere; answer at once instead of asking a resolver. */
const lookup: LookupFunction = (hostname, options, callback) => {
  if (/(^|\.)invalid\.?$/i.test(hostname)) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
    process.nextTick(() => (callback as (e: Error) => void)(error));
    return;
  }
  dnsLookup(hostname, options, callback);
};

export function createHttpProber(opts: HttpProberOptions = {}): HttpProber {
  const agents = new Map<number, Agent>();
  const now = opts.now ?? (() => new Date());
  const agentFor = (connectTimeoutMs: number): Agent => {
    let agent = agents.get(connectTimeoutMs);
    if (!agent) {
      const { connect: extraConnect, ...rest } = opts.dispatcherOptions ?? {};
      agent = new Agent({ ...rest, connect: { ...extraConnect, timeout: connectTimeoutMs, lookup } });
      agents.set(connectTimeoutMs, agent);
    }
    return agent;
  };

  async function attempt(url: string, hostHeader: string | undefined, authorization: string | undefined, s: HttpProbeSettings, via: ProbeVia | undefined) {
    const signals = [AbortSignal.timeout(s.maxTimeMs)];
    if (s.signal) signals.push(s.signal);
    const signal = AbortSignal.any(signals);
    const headers: Record<string, string> = { 'user-agent': 'driftgate-probe', accept: '*/*' };
    if (hostHeader) headers.host = hostHeader;
    if (authorization) headers.authorization = authorization;
    const response = await request(url, {
      method: 'GET',
      dispatcher: via?.dispatcher ?? agentFor(s.connectTimeoutMs),
      signal,
      headers,
      reset: true,
      headersTimeout: s.maxTimeMs,
      bodyTimeout: s.maxTimeMs,
    });
    try {
      await response.body.dump({ limit: BODY_LIMIT, signal });
    } catch {
      // the status already arrived; a body cut short by the deadline does not change the answer
    }
    const location = response.headers.location;
    return { status: response.statusCode, location: Array.isArray(location) ? location[0] : location };
  }

  return {
    async probe(endpoint, s, via) {
      const startedAt = now().toISOString();
      const t0 = Date.now();
      const declared = redactUrl(endpoint.url);
      const obs: EndpointObservation = { id: endpoint.id, url: declared, ok: false, startedAt, durationMs: 0, timeoutMs: s.maxTimeMs, attempts: 0 };
      if (via) obs.via = via.target;
      let target = endpoint.url;
      let hostHeader: string | undefined;
      let authorization: string | undefined;
      try {
        const parsed = new URL(endpoint.url);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`unsupported scheme ${parsed.protocol}`);
        if (parsed.username || parsed.password) {
          // like curl: credentials in the URL are sent as Basic auth (undici would silently drop them)
          const user = decodeURIComponent(parsed.username);
          const pass = decodeURIComponent(parsed.password);
          authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
          parsed.username = '';
          parsed.password = '';
          target = parsed.toString();
        }
        // from a host over SSH the request goes to 127.0.0.1 there: the connect map does not apply
        const mapped = via ? undefined : mapHttpUrl(opts.connectMap, target);
        if (mapped) {
          target = mapped;
          hostHeader = parsed.host;
        }
      } catch (error) {
        obs.failure = failure('error', `invalid URL ${declared}: ${(error as Error).message}`);
        return obs;
      }
      for (;;) {
        obs.attempts += 1;
        const started = Date.now();
        try {
          const answer = await attempt(target, hostHeader, authorization, s, via);
          obs.ok = true;
          obs.status = answer.status;
          if (answer.location) obs.location = redactUrl(answer.location);
          delete obs.failure;
          break;
        } catch (error) {
          const channel = probeFailureOf(error);
          const reason = channel?.reason ?? classifyError(error);
          const runOver = s.signal?.aborted === true;
          const what = reason === 'timeout' && Date.now() - started >= s.maxTimeMs - 5 ? `no answer within ${s.maxTimeMs} ms` : (channel?.error ?? (error as Error).message);
          obs.failure = failure(runOver ? 'timeout' : reason, runOver ? 'run deadline passed before the probe finished' : `${declared}: ${what}`);
          if (runOver || !isTransientConnectError(error) || obs.attempts > s.retries) break;
          await sleep(s.backoffMs * 2 ** (obs.attempts - 1), s.signal);
          // the run deadline passed during the backoff: keep the real failure, count no phantom attempt
          if (s.signal?.aborted) break;
        }
      }
      obs.durationMs = Date.now() - t0;
      return obs;
    },
    async close() {
      await Promise.all([...agents.values()].map((a) => a.close().catch(() => undefined)));
      agents.clear();
    },
  };
}
