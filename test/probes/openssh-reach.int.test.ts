// Reach against real OpenSSH on loopback: a jump host (sshd A) forwarding to an inner host (sshd B)
// whose own key is pinned (a mismatch stops at the host key: the inner sshd's protocol log shows
// nothing arrived), a legacy ssh-rsa-only device reached only where declared, HTTP through SSH to
// a service bound to 127.0.0.1 (sshd forwards it), and lan_first falling back to Tailscale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint, Model, SshTarget, Stack } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { createClosedPorts, type ClosedPorts } from '../../src/lab/closed-port.js';
import type { ConnectMap } from '../../src/probes/connect-map.js';
import { probeHost } from '../../src/probes/host-probe.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import { SshPool } from '../../src/probes/ssh-pool.js';
import { sshEndpoint } from '../../src/probes/transport/ssh-endpoint.js';
import { emptyModel } from '../support/empty-model.js';
import { HAS_SSHD, type OpenSshServer, startOpenSsh } from '../support/openssh.js';
import { toolPath } from '../support/tools.js';

/** openssl makes the self-signed certificate of the TLS test (it skips without it) */
const OPENSSL = toolPath('openssl');

const now = () => new Date('2026-02-11T12:00:00Z');
const settings = { channelsPerHost: 8, sshConnectTimeoutMs: 3_000, retries: 0, retryBackoffMs: 20 };

let jump: OpenSshServer;
let inner: OpenSshServer;
let noForwarding: OpenSshServer;
let http: Server;
let closed: ClosedPorts;
let closedPort: number;
let hostHeaders: string[];

const ref = { file: 'ops/bindings/ssh.targets.yaml', pointer: '' };
const target = (id: string, over: Partial<SshTarget>): SshTarget => ({ id, host: '192.0.2.1', user: jump.user, port: 22, connectTimeoutSec: 3, optional: false, ref, ...over });

function model(extra: Partial<Model> = {}): Model {
  return emptyModel({
    sshTargets: [
      target('pve', { host: '100.64.0.2' }),
      target('switch', { host: '192.168.1.2', probeVia: 'pve' }),
      target('strict', { host: '100.64.0.3' }),
      target('switch-behind-strict', { host: '192.168.1.3', probeVia: 'strict' }),
      target('vm', { host: '192.168.1.10', addresses: { lan: '192.168.1.10', tailscale: '100.64.0.10' }, accessPolicy: 'lan_first' }),
    ],
    ...extra,
  });
}

/** A known_hosts line pinning `server`'s key under the declared name (port 22). */
const line = (name: string, server: OpenSshServer): string => server.knownHostsLine(name).replace(/^\[[^\]]+\]:\d+/, name);

/** known_hosts: each declared name with the key of the server that plays it. */
function knownHosts(innerKeyFrom: OpenSshServer = inner): KnownHosts {
  return KnownHosts.parse([line('100.64.0.2', jump), line('192.168.1.2', innerKeyFrom), line('100.64.0.3', noForwarding), line('192.168.1.3', inner), line('100.64.0.10', jump)].join('\n'));
}

function connectMap(): ConnectMap {
  return {
    ssh: {
      pve: { host: '127.0.0.1', port: jump.port },
      strict: { host: '127.0.0.1', port: noForwarding.port },
      // dialled from the jump host: the real sshd forwards to its own loopback
      switch: { host: '127.0.0.1', port: inner.port },
      'switch-behind-strict': { host: '127.0.0.1', port: inner.port },
      'vm@lan': { host: '127.0.0.1', port: closedPort },
      'vm@tailscale': { host: '127.0.0.1', port: jump.port },
    },
    http: {},
  };
}

beforeAll(async () => {
  if (!HAS_SSHD) return;
  [jump, inner, noForwarding] = await Promise.all([startOpenSsh(), startOpenSsh(), startOpenSsh({ config: ['AllowTcpForwarding no'] })]);
  inner.authorize(jump.clientPublicKey);
  noForwarding.authorize(jump.clientPublicKey);
  closed = createClosedPorts();
  closedPort = await closed.take();
  hostHeaders = [];
  http = createServer((req, res) => {
    hostHeaders.push(req.headers.host ?? '');
    res.writeHead(req.url === '/health' ? 200 : 404).end();
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
});

afterAll(async () => {
  await Promise.all([jump?.stop(), inner?.stop(), noForwarding?.stop(), closed?.close()]);
  if (!http) return;
  http.closeAllConnections();
  await new Promise((r) => http.close(r));
});

function pool(keys = knownHosts()): SshPool {
  return SshPool.create({ knownHosts: keys, identity: jump.clientKey, connectMap: connectMap(), settings, now });
}

describe.skipIf(!HAS_SSHD)('a jump host (probe_via) on real OpenSSH', () => {
  it('reaches the inner host through the jump host, verifies its own pinned key, and probes it in one exec', async () => {
    const m = model();
    const p = pool();
    try {
      const ep = sshEndpoint(m, 'switch')!;
      const host = await p.connect(ep);
      expect(host).toMatchObject({ target: 'switch', ok: true, trust: 'pinned', pathUsed: 'via pve', address: `127.0.0.1:${inner.port} via pve` });
      expect(host.hostKey?.fingerprint).toBe(knownHosts().lookup('192.168.1.2')[0]?.fingerprint);
      expect(inner.dockerLog()).toEqual([]); // connect-only: nothing sent
      const dir = join(inner.dir, 'stacks', 'sw');
      inner.stack(dir);
      inner.docker({ stdout: '' });
      const stack: Stack = { name: 'sw', path: dir, target: 'switch', ref };
      const r = await probeHost({ id: 'switch', stacks: [stack], knownStacks: [], backups: [], hypervisor: false }, (c) => p.exec(ep, c, 5_000), now);
      expect(r.stacks[0]).toMatchObject({ ok: true, containers: [] });
      expect(inner.dockerLog()).toEqual(['ps']);
      expect(jump.dockerLog()).toEqual([]);
    } finally {
      p.close();
    }
  });

  it('fails closed on a mismatched inner key: the handshake stops at the host key, nothing is sent', async () => {
    // an inner host of its own that logs the protocol (DEBUG1): every message it receives is named
    const watched = await startOpenSsh({ logLevel: 'DEBUG1' });
    watched.authorize(jump.clientPublicKey);
    const map = connectMap();
    map.ssh.switch = { host: '127.0.0.1', port: watched.port };
    const run = async (keys: KnownHosts) => {
      const before = watched.log().length;
      const p = SshPool.create({ knownHosts: keys, identity: jump.clientKey, connectMap: map, settings, now });
      try {
        const ep = sshEndpoint(model(), 'switch')!;
        const host = await p.connect(ep);
        const exec = await p.exec(ep, 'docker ps -aq --no-trunc', 5_000);
        await new Promise((r) => setTimeout(r, 200)); // let sshd write its log
        return { host, exec, log: watched.log().slice(before), jumpOk: (await p.hosts()).find((h) => h.target === 'pve')?.ok };
      } finally {
        p.close();
      }
    };
    try {
        const pinned = KnownHosts.parse([line('100.64.0.2', jump), line('192.168.1.2', watched)].join('\n'));
      // the control: with the right pin the log shows the user name, the key and the command arriving
      const good = await run(pinned);
      expect(good.host).toMatchObject({ ok: true, trust: 'pinned' });
      expect(good.log).toMatch(/SSH2_MSG_NEWKEYS received/);
      expect(good.log).toMatch(new RegExp(`userauth-request for user ${jump.user} `));
      expect(good.log).toMatch(/Accepted publickey/);
      expect(watched.dockerLog()).toEqual(['ps']);

      const bad = await run(knownHosts(noForwarding)); // pins another server's key for 192.168.1.2
      expect(bad.host).toMatchObject({ ok: false, trust: 'mismatch', failure: { reason: 'host-key-mismatch', error: expect.stringContaining('nothing was sent') } });
      expect(bad.jumpOk).toBe(true);
      expect(bad.exec).toMatchObject({ code: null, failure: { reason: 'host-key-mismatch' } });
      // the server sent its host key (then NEWKEYS), the client never took the new keys: not one
      // encrypted message, so no user name, no key, no command reached the host
      expect(bad.log).toMatch(/SSH2_MSG_NEWKEYS sent/);
      expect(bad.log).not.toMatch(/SSH2_MSG_NEWKEYS received|SERVICE_REQUEST|userauth|publickey|Accepted|session/i);
      expect(watched.dockerLog()).toEqual(['ps']);
    } finally {
      await watched.stop();
    }
  });

  it('says so when the jump host does not forward (AllowTcpForwarding no)', async () => {
    const p = pool();
    try {
      const host = await p.connect(sshEndpoint(model(), 'switch-behind-strict')!);
      expect(host).toMatchObject({ ok: false, pathUsed: 'via strict', failure: { error: expect.stringMatching(/forwarding refused|cannot open a channel/) } });
    } finally {
      p.close();
    }
  });
});

describe.skipIf(!HAS_SSHD)('a legacy device (SHA-1 ssh-rsa only) behind the jump host on real OpenSSH', () => {
  it('is reached where ssh_extra_opts declares ssh-rsa, and refused before authentication where it does not', async () => {
    const legacy = await startOpenSsh({ hostKeyType: 'rsa', legacyRsa: true });
    legacy.authorize(jump.clientPublicKey);
    const opts = '-o HostKeyAlgorithms=+ssh-rsa -o PubkeyAcceptedAlgorithms=+ssh-rsa';
    const m = emptyModel({
      sshTargets: [
        target('pve', { host: '100.64.0.2' }),
        target('ap', { host: '192.168.1.185', probeVia: 'pve', extraOpts: opts }),
        target('ap-undeclared', { host: '192.168.1.186', probeVia: 'pve' }),
      ],
    });
    const keys = KnownHosts.parse([line('100.64.0.2', jump), line('192.168.1.185', legacy), line('192.168.1.186', legacy)].join('\n'));
    const map = { ssh: { pve: { host: '127.0.0.1', port: jump.port }, ap: { host: '127.0.0.1', port: legacy.port }, 'ap-undeclared': { host: '127.0.0.1', port: legacy.port } }, http: {} };
    const p = SshPool.create({ knownHosts: keys, identity: jump.clientKey, connectMap: map, settings, now });
    try {
      const declared = await p.connect(sshEndpoint(m, 'ap')!);
      expect(declared).toMatchObject({ ok: true, trust: 'pinned', pathUsed: 'via pve', hostKey: { algorithm: 'ssh-rsa' } });
      await new Promise((r) => setTimeout(r, 100));
      expect(legacy.log()).toMatch(/Accepted publickey/);
      const before = legacy.log().length;
      const undeclared = await p.connect(sshEndpoint(m, 'ap-undeclared')!);
      expect(undeclared).toMatchObject({ ok: false, trust: 'mismatch', failure: { reason: 'host-key-mismatch', error: expect.stringContaining('-o HostKeyAlgorithms=+ssh-rsa') } });
      await new Promise((r) => setTimeout(r, 100));
      const log = legacy.log().slice(before);
      expect(log).toMatch(/Connection from 127\.0\.0\.1/);
      expect(log).not.toMatch(/publickey|Accepted/);
    } finally {
      p.close();
      await legacy.stop();
    }
  });
});

describe.skipIf(!HAS_SSHD)('HTTP through SSH to a service bound to 127.0.0.1', () => {
  it('sends the request over the host connection to 127.0.0.1:<port>, classified like a direct probe', async () => {
    const port = (http.address() as AddressInfo).port;
    const endpoint = (id: string, p: number): Endpoint => ({ id, host: 'pve', url: `http://100.64.0.2:${p}/health`, expect: [200], enabled: true, probeVia: 'ssh', ref });
    const m = model({ endpoints: [endpoint('local-ui', port), endpoint('nothing-there', closedPort)] });
    // a direct probe of that origin would be refused: the connect map must not be what answers
    const map = connectMap();
    map.http[`http://100.64.0.2:${port}`] = `http://127.0.0.1:${closedPort}`;
    const obs = await probeAll(m, { ...defaultConfig(), probe: { ...defaultConfig().probe, retries: 0 } }, { connectMap: map, knownHosts: knownHosts(), identity: jump.clientKey, now, kinds: new Set(['endpoints']) });
    expect(obs.endpoints.map((e) => [e.id, e.ok, e.status, e.via, e.failure?.reason])).toEqual([
      ['local-ui', true, 200, 'pve', undefined],
      ['nothing-there', false, undefined, 'pve', 'refused'],
    ]);
    expect(hostHeaders.at(-1)).toBe(`100.64.0.2:${port}`);
    expect(obs.hosts.map((h) => [h.target, h.ok])).toEqual([['pve', true]]);
  });

  it.skipIf(!OPENSSL)('speaks TLS over the channel for an https URL, with the TLS checks of a direct probe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-tls-'));
    execFileSync(OPENSSL!, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.writeHead(204).end());
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    try {
      const port = (tls.address() as AddressInfo).port;
      const m = model({ endpoints: [{ id: 'tls-ui', host: 'pve', url: `https://100.64.0.2:${port}/`, expect: [204], enabled: true, probeVia: 'ssh', ref }] });
      const run = (connect?: Record<string, unknown>) =>
        probeAll(m, defaultConfig(), { connectMap: connectMap(), knownHosts: knownHosts(), identity: jump.clientKey, now, kinds: new Set(['endpoints']), ...(connect ? { httpDispatcherOptions: { connect } } : {}) });
      expect((await run()).endpoints[0]).toMatchObject({ ok: false, via: 'pve', failure: { reason: 'tls' } });
      expect((await run({ rejectUnauthorized: false })).endpoints[0]).toMatchObject({ ok: true, status: 204, via: 'pve' });
    } finally {
      tls.closeAllConnections();
      await new Promise((r) => tls.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closes the channels of its requests, so run after run finishes (sshd closes them after the response)', async () => {
    const port = (http.address() as AddressInfo).port;
    const m = model({ endpoints: [{ id: 'local-ui', host: 'pve', url: `http://100.64.0.2:${port}/health`, expect: [200], enabled: true, probeVia: 'ssh', ref }] });
    const statuses: Array<number | undefined> = [];
    for (let i = 0; i < 20; i++) {
      const obs = await probeAll(m, defaultConfig(), { connectMap: connectMap(), knownHosts: knownHosts(), identity: jump.clientKey, now, kinds: new Set(['endpoints']) });
      statuses.push(obs.endpoints[0]?.status);
    }
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
  });
});

describe.skipIf(!HAS_SSHD)('address planes on real OpenSSH', () => {
  it('lan_first falls back to Tailscale when the LAN path is refused, and records the path', async () => {
    const p = pool();
    try {
      const host = await p.connect(sshEndpoint(model(), 'vm')!);
      expect(host).toMatchObject({ ok: true, trust: 'pinned', pathUsed: 'tailscale', address: `127.0.0.1:${jump.port}`, pathFailures: [{ path: 'lan', reason: 'refused' }] });
    } finally {
      p.close();
    }
  });
});
