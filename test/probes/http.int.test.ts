// The HTTP prober against real node:http servers on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClosedPorts } from '../../src/lab/closed-port.js';
import { createHttpProber, type HttpProbeSettings } from '../../src/probes/http.js';
import { freePort } from '../support/openssh.js';
import { toolPath } from '../support/tools.js';

/** openssl makes the self-signed certificate of the TLS test (it skips without it) */
const OPENSSL = toolPath('openssl');

let server: Server;
let base: string;
const seen: Array<{ url: string; host: string | undefined }> = [];
const settings: HttpProbeSettings = { connectTimeoutMs: 500, maxTimeMs: 400, retries: 1, backoffMs: 10 };

function route(req: IncomingMessage): { status: number; headers?: Record<string, string>; delayMs?: number; body?: string } {
  switch (req.url) {
    case '/ok': return { status: 200, body: 'ok' };
    case '/err': return { status: 500, body: 'boom' };
    case '/moved': return { status: 302, headers: { location: '/login?next=%2F' } };
    case '/auth': return { status: 401 };
    case '/private': return { status: req.headers.authorization === `Basic ${Buffer.from('admin:hunt er2').toString('base64')}` ? 200 : 401 };
    case '/slow': return { status: 200, delayMs: 3_000 };
    case '/big': return { status: 200, body: 'x'.repeat(512 * 1024) };
    default: return { status: 404 };
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', host: req.headers.host });
    const r = route(req);
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(r.status, r.headers);
      res.end(r.body ?? '');
    };
    if (r.delayMs) {
      const timer = setTimeout(send, r.delayMs);
      res.on('close', () => clearTimeout(timer));
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('HTTP probes against local servers', () => {
  it('records 200, 500 and 401 as answers (a 500 is never retried)', async () => {
    const prober = createHttpProber();
    try {
      const [ok, err, auth] = await Promise.all(['ok', 'err', 'auth'].map((p) => prober.probe({ id: p, url: `${base}/${p}` }, settings)));
      expect(ok).toMatchObject({ id: 'ok', ok: true, status: 200, attempts: 1, timeoutMs: 400, url: `${base}/ok` });
      expect(err).toMatchObject({ ok: true, status: 500, attempts: 1 });
      expect(auth).toMatchObject({ ok: true, status: 401 });
      expect(err?.failure).toBeUndefined();
    } finally {
      await prober.close();
    }
  });

  it('does not follow a redirect: the 302 and its Location are what is compared', async () => {
    const prober = createHttpProber();
    const before = seen.length;
    const obs = await prober.probe({ id: 'moved', url: `${base}/moved` }, settings);
    await prober.close();
    expect(obs).toMatchObject({ ok: true, status: 302, location: '/login?next=%2F' });
    expect(seen.slice(before).map((s) => s.url)).toEqual(['/moved']);
  });

  it('times out at the total deadline and does not retry it', async () => {
    const prober = createHttpProber();
    const before = seen.length;
    const obs = await prober.probe({ id: 'slow', url: `${base}/slow` }, settings);
    await prober.close();
    expect(obs).toMatchObject({ ok: false, attempts: 1, failure: { reason: 'timeout', error: expect.stringContaining('no answer within 400 ms') } });
    expect(obs.status).toBeUndefined();
    expect(seen.slice(before)).toHaveLength(1);
  });

  it('classifies a closed port as refused after retrying the connection', async () => {
    const port = await freePort();
    const prober = createHttpProber();
    const obs = await prober.probe({ id: 'closed', url: `http://127.0.0.1:${port}/health` }, settings);
    await prober.close();
    expect(obs).toMatchObject({ ok: false, attempts: 2, failure: { reason: 'refused' } });
  });

  it('classifies a connection reset by the server as reset (retried: connection phase), never a pass', async () => {
    const resetter = createNetServer((socket) => socket.resetAndDestroy());
    await new Promise<void>((resolve) => resetter.listen(0, '127.0.0.1', resolve));
    const port = (resetter.address() as AddressInfo).port;
    const prober = createHttpProber();
    try {
      const obs = await prober.probe({ id: 'reset', url: `http://127.0.0.1:${port}/health?token=s3cr3t` }, settings);
      expect(obs).toMatchObject({ ok: false, attempts: 2, failure: { reason: 'reset' } });
      expect(obs.status).toBeUndefined();
      expect(obs.url).toBe(`http://127.0.0.1:${port}/health?token=***`);
      expect(JSON.stringify(obs)).not.toContain('s3cr3t');
    } finally {
      await prober.close();
      await new Promise((r) => resetter.close(r));
    }
  });

  it('keeps the real failure when the run deadline passes during a retry backoff', async () => {
    const closed = createClosedPorts();
    const port = await closed.take();
    const prober = createHttpProber();
    const run = new AbortController();
    try {
      const pending = prober.probe({ id: 'closed', url: `http://127.0.0.1:${port}/health` }, { ...settings, retries: 3, backoffMs: 60_000, signal: run.signal });
      setTimeout(() => run.abort(), 100);
      const obs = await pending;
      expect(obs).toMatchObject({ ok: false, attempts: 1, failure: { reason: 'refused' } });
    } finally {
      await prober.close();
      await closed.close();
    }
  });

  it('classifies an unresolvable name as dns without asking a resolver (.invalid, RFC 6761)', async () => {
    const prober = createHttpProber();
    const obs = await prober.probe({ id: 'dns', url: 'http://health.driftgate.invalid:8080/health' }, settings);
    await prober.close();
    expect(obs).toMatchObject({ ok: false, attempts: 1, failure: { reason: 'dns' } });
  });

  it('sends the request to the mapped origin with the declared Host and keeps the declared URL', async () => {
    const prober = createHttpProber({ connectMap: { ssh: {}, http: { 'http://100.107.36.76:8080': base } } });
    const before = seen.length;
    const obs = await prober.probe({ id: 'mapped', url: 'http://100.107.36.76:8080/ok' }, settings);
    await prober.close();
    expect(obs).toMatchObject({ ok: true, status: 200, url: 'http://100.107.36.76:8080/ok' });
    expect(seen.slice(before)).toEqual([{ url: '/ok', host: '100.107.36.76:8080' }]);
  });

  it('redacts credentials of the URL in the observation and its failure', async () => {
    const port = await freePort();
    const prober = createHttpProber();
    const obs = await prober.probe({ id: 'creds', url: `http://admin:hunter2@127.0.0.1:${port}/x` }, { ...settings, retries: 0 });
    const okObs = await prober.probe({ id: 'creds-ok', url: base.replace('http://', 'http://admin:hunter2@') + '/ok' }, settings);
    await prober.close();
    expect(obs.url).toBe(`http://admin:***@127.0.0.1:${port}/x`);
    expect(JSON.stringify([obs, okObs])).not.toContain('hunter2');
    expect(okObs.status).toBe(200);
  });

  it('sends credentials of the URL as Basic auth (like curl), also through the connect map, and never records them', async () => {
    const prober = createHttpProber({ connectMap: { ssh: {}, http: { 'http://100.107.36.76:8080': base } } });
    try {
      const direct = await prober.probe({ id: 'direct', url: base.replace('http://', 'http://admin:hunt%20er2@') + '/private' }, settings);
      const mapped = await prober.probe({ id: 'mapped', url: 'http://admin:hunt%20er2@100.107.36.76:8080/private' }, settings);
      const wrong = await prober.probe({ id: 'wrong', url: base.replace('http://', 'http://admin:nope@') + '/private' }, settings);
      expect([direct.status, mapped.status, wrong.status]).toEqual([200, 200, 401]);
      expect(mapped.url).toBe('http://admin:***@100.107.36.76:8080/private');
      expect(JSON.stringify([direct, mapped, wrong])).not.toMatch(/hunt|nope/);
    } finally {
      await prober.close();
    }
  });

  it.skipIf(!OPENSSL)('classifies an untrusted certificate as tls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-tls-'));
    execFileSync(OPENSSL!, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('ok'));
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    const prober = createHttpProber();
    const obs = await prober.probe({ id: 'tls', url: `https://127.0.0.1:${(tls.address() as AddressInfo).port}/` }, settings);
    await prober.close();
    tls.closeAllConnections();
    await new Promise((r) => tls.close(r));
    rmSync(dir, { recursive: true, force: true });
    expect(obs).toMatchObject({ ok: false, attempts: 1, failure: { reason: 'tls' } });
  });

  it('discards a large body without failing and stops at the run deadline', async () => {
    const prober = createHttpProber();
    const big = await prober.probe({ id: 'big', url: `${base}/big` }, settings);
    const run = new AbortController();
    setTimeout(() => run.abort(new DOMException('run deadline passed', 'TimeoutError')), 100);
    const cut = await prober.probe({ id: 'slow', url: `${base}/slow` }, { ...settings, maxTimeMs: 5_000, signal: run.signal });
    await prober.close();
    expect(big).toMatchObject({ ok: true, status: 200 });
    expect(cut).toMatchObject({ ok: false, failure: { reason: 'timeout', error: 'run deadline passed before the probe finished' } });
  });
});
