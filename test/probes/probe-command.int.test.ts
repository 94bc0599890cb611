// `driftgate probe` end to end: a small spine, real OpenSSH and a real HTTP server on 127.0.0.1,
// a connect map from the declared addresses, pinned known_hosts.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConnectMap } from '../../src/probes/connect-map.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import { readObservations } from '../../src/probes/snapshot.js';
import { memoryIo } from '../support/io.js';
import { type ClosedPorts, createClosedPorts } from '../../src/lab/closed-port.js';
import { HAS_SSHD, type OpenSshServer, startOpenSsh } from '../support/openssh.js';

let sshd: OpenSshServer;
let http: Server;
let root: string;
let closedPort: number;
let closed: ClosedPorts;

/** The shop stack's one container as the host's docker listing prints it. */
const web = (): string =>
  `${JSON.stringify({
    Id: 'w1', Name: '/shop-web-1', Image: 'nginx',
    Labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web', 'com.docker.compose.project.working_dir': join(sshd.dir, 'stacks/shop') },
    State: { Status: 'running', ExitCode: 0, StartedAt: '2026-02-11T10:00:00Z', FinishedAt: '0001-01-01T00:00:00Z', OOMKilled: false, Health: null },
    RestartCount: 0, Ports: {},
  })}\n`;

function composeTargets(downEnabled: boolean): string {
  return `version: 1
targets:
  vm:
    ssh_target: vm
    stacks:
      - name: shop
        path: ${sshd.dir}/stacks/shop
  down:
    ssh_target: down
    enabled: ${downEnabled}
    stacks:
      - name: gone
        path: /opt/stacks/gone
`;
}

beforeAll(async () => {
  if (!HAS_SSHD) return;
  sshd = await startOpenSsh();
  http = createServer((req, res) => {
    res.writeHead(req.url === '/health' ? 200 : 404);
    res.end();
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  closed = createClosedPorts();
  closedPort = await closed.take();
  root = mkdtempSync(join(tmpdir(), 'driftgate-probe-spine-'));
  mkdirSync(join(root, 'ops/bindings'), { recursive: true });
  mkdirSync(join(root, 'docs/governance'), { recursive: true });
  mkdirSync(join(root, '.gitea/workflows'), { recursive: true });
  sshd.stack(join(sshd.dir, 'stacks/shop'));
  sshd.docker({ stdout: web() });
  const dumps = join(sshd.dir, 'dump');
  mkdirSync(dumps);
  writeFileSync(join(dumps, 'vzdump-qemu-110-a.vma.zst'), 'x');
  utimesSync(join(dumps, 'vzdump-qemu-110-a.vma.zst'), 1770800000, 1770800000);
  sshd.lists('VMID NAME STATUS MEM(MB) BOOTDISK(GB) PID\n  110 vm running 2048 20.00 77\n', '');
  sshd.backupJobs('[{"id":"backup-daily","type":"vzdump","vmid":"110","schedule":"02:00"}]');
  const files: Record<string, string> = {
    'ops/bindings/ssh.targets.yaml': `ssh:
  defaults:
    user: root
    port: 22
    connect_timeout_sec: 3
  targets:
    - id: vm
      host: "100.64.0.10"
      user: ${sshd.user}
    - id: pve
      host: "100.64.0.2"
      user: ${sshd.user}
    - id: down
      host: "100.64.0.30"
`,
    'ops/bindings/docker.compose.targets.yaml': composeTargets(true),
    'ops/bindings/services.health.yaml': `version: 1
defaults:
  connect_timeout_sec: 1
  max_time_sec: 2
endpoints:
  - id: shop
    host: vm
    url: "http://100.64.0.10:8080/health"
    expect: 200
`,
    'ops/bindings/backup.inventory.yaml': `version: 1
defaults:
  ssh_timeout_sec: 6
  stale_after_hours: 26
targets:
  - name: vm-110
    enabled: true
    kind: file_glob
    host: vm
    base_path: "${dumps}"
    glob: "vzdump-qemu-110-*.vma.zst"
    stale_after_hours: 26
`,
    'ops/bindings/vm.lifecycle.yaml': `version: 1
vms:
  - vmid: 110
    hostname: vm
    proxmox_host: pve
    status: active
    tailscale_ip: 100.64.0.10
    ssh_target: vm
    stacks: [shop]
    services: [shop]
    backup_target: vm-110
`,
    'docs/governance/SERVICE_REGISTRY.yaml': `services:
  shop:
    host: vm
    port: 8080
    health: /health
    container: shop-web-1
    compose: ${sshd.dir}/stacks/shop/docker-compose.yml
hosts:
  vm:
    tailscale_ip: 100.64.0.10
    ssh: vm
`,
    '.gitea/workflows/drift.yaml': `name: drift
on: [push, pull_request]
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx driftgate check --offline
`,
    'connect-map.json': JSON.stringify({
      ssh: { vm: { host: '127.0.0.1', port: sshd.port }, pve: { host: '127.0.0.1', port: sshd.port }, down: { host: '127.0.0.1', port: closedPort } },
      http: { 'http://100.64.0.10:8080': `http://127.0.0.1:${(http.address() as AddressInfo).port}` },
    }),
    known_hosts: ['100.64.0.10', '100.64.0.2', '100.64.0.30'].map((h) => sshd.knownHostsLine(h).replace(`[${h}]:${sshd.port}`, h)).join('\n'),
    id_test: sshd.clientKey,
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
});

afterAll(async () => {
  if (!HAS_SSHD) return;
  await sshd?.stop();
  await closed?.close();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
  rmSync(root, { recursive: true, force: true });
});

function args(out: string): string[] {
  return ['probe', '--root', root, '--out', join(root, out), '--connect-map', join(root, 'connect-map.json'), '--known-hosts', join(root, 'known_hosts')];
}

describe.skipIf(!HAS_SSHD)('driftgate probe', () => {
  it('writes the snapshot and exits 3 when a host is unreachable', async () => {
    const io = memoryIo({ DRIFTGATE_SSH_KEY: join(root, 'id_test') });
    const code = await main(args('obs.json'), io);
    expect(io.err.join('')).not.toMatch(/PRIVATE KEY|internal error/);
    expect(code).toBe(3);
    const obs = readObservations([join(root, 'obs.json')]);
    // every declared target is connected (host identity), in declaration order
    expect(obs.hosts.map((h) => [h.target, h.ok, h.trust ?? h.failure?.reason])).toEqual([
      ['vm', true, 'pinned'],
      ['pve', true, 'pinned'],
      ['down', false, 'refused'],
    ]);
    expect(obs.stacks.map((s) => [s.stack, s.ok, s.failure?.reason])).toEqual([['shop', true, undefined], ['gone', false, 'refused']]);
    expect(obs.stacks[0]?.containers.map((c) => c.name)).toEqual(['shop-web-1']);
    expect(obs.endpoints).toMatchObject([{ id: 'shop', ok: true, status: 200, url: 'http://100.64.0.10:8080/health', timeoutMs: 2000 }]);
    expect(obs.backups).toMatchObject([{ name: 'vm-110', ok: true, matches: 1 }]);
    expect(obs.hypervisors).toMatchObject([{ host: 'pve', ok: true, vms: [{ vmid: 110, type: 'qemu', bootDiskGb: 20 }] }]);
    const text = io.out.join('');
    expect(text).toContain('host down: FAILED');
    expect(text).toContain('stack shop');
  });

  it('exits 0 when every probe answered; --gates leaves out what no selected gate reads', async () => {
    writeFileSync(join(root, 'ops/bindings/docker.compose.targets.yaml'), composeTargets(false));
    try {
      const io = { ...memoryIo(), isTty: true };
      // no host-identity: "down" (a disabled stack only) is tried for its shadow probe alone, and
      // that it cannot be reached fails nothing
      const gates = ['--gates', 'compose-state,health,backup-freshness,vm-inventory'];
      const code = await main([...args('ok.json'), '--identity', join(root, 'id_test'), ...gates], io);
      expect(code).toBe(0);
      expect(io.err.join('')).toMatch(/probing: 5\/5 probes, hosts \d\/3/);
      const obs = readObservations([join(root, 'ok.json')]);
      expect(obs.hosts.map((h) => [h.target, h.ok, h.shadow])).toEqual([['vm', true, undefined], ['down', false, true], ['pve', true, undefined]]);
      expect(obs.stacks.map((st) => [st.stack, st.ok, st.shadow])).toEqual([['shop', true, undefined], ['gone', false, true]]);
      // without shadow probes it is not connected at all
      writeFileSync(join(root, 'driftgate.config.yaml'), 'probe:\n  shadow: false\n');
      const off = memoryIo();
      expect(await main([...args('off.json'), '--identity', join(root, 'id_test'), ...gates], off)).toBe(0);
      expect(readObservations([join(root, 'off.json')]).hosts.map((h) => h.target)).toEqual(['vm', 'pve']);
      const health = memoryIo();
      expect(await main([...args('health.json'), '--identity', join(root, 'id_test'), '--gates', 'health'], health)).toBe(0);
      const httpOnly = readObservations([join(root, 'health.json')]);
      expect([httpOnly.hosts, httpOnly.stacks, httpOnly.backups, httpOnly.hypervisors].map((l) => l.length)).toEqual([0, 0, 0, 0]);
      expect(httpOnly.endpoints.map((e) => [e.id, e.status])).toEqual([['shop', 200]]);
    } finally {
      writeFileSync(join(root, 'ops/bindings/docker.compose.targets.yaml'), composeTargets(true));
      rmSync(join(root, 'driftgate.config.yaml'), { force: true });
    }
  });

  it('counts each host once on the progress line, however many times a refused host is retried', async () => {
    const io = { ...memoryIo({ DRIFTGATE_SSH_KEY: join(root, 'id_test') }), isTty: true };
    expect(await main(args('tty.json'), io)).toBe(3);
    const counts = [...io.err.join('').matchAll(/hosts (\d+)\/(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter(([done, total]) => done > total)).toEqual([]);
    expect(counts.at(-1)).toEqual([3, 3]);
  });

  it('makes check inconclusive (exit 3) when a host is unreachable and nothing else is wrong', async () => {
    const io = memoryIo({ DRIFTGATE_SSH_KEY: join(root, 'id_test') });
    const code = await main(['check', '--root', root, '--connect-map', join(root, 'connect-map.json'), '--known-hosts', join(root, 'known_hosts'), '--format', 'json'], io);
    const report = JSON.parse(io.out.join('')) as { result: string; summary: { errors: number }; findings: Array<{ gate: string; severity: string }> };
    expect(report.summary.errors).toBe(0);
    expect(report.findings.map((f) => f.gate)).toContain('compose-state');
    expect(report.result).toBe('inconclusive');
    expect(code).toBe(3);
    // the same verdict from the snapshot written by `probe` (judged elsewhere, no network)
    const judged = memoryIo();
    expect(await main(['check', '--root', root, '--observations', join(root, 'obs.json')], judged)).toBe(3);
  });

  it('records probes unfinished at the whole-run deadline as timeouts', async () => {
    const shop = join(sshd.dir, 'stacks/shop');
    sshd.stack(shop);
    sshd.docker({ stdout: '', sleepSec: 5 });
    try {
      const config = { ...defaultConfig(), probe: { ...defaultConfig().probe, runTimeoutMs: 800, sshCommandTimeoutMs: 10_000 } };
      const { model } = await loadSpine(root, config);
      const obs = await probeAll(model, config, {
        connectMap: loadConnectMap(join(root, 'connect-map.json')),
        knownHosts: KnownHosts.load([join(root, 'known_hosts')]),
        identity: sshd.clientKey,
        now: () => new Date('2026-02-11T12:00:00Z'),
      });
      expect(obs.stacks.find((s) => s.stack === 'shop')?.failure).toEqual({ reason: 'timeout', error: 'run deadline passed before the command finished' });
      expect(obs.endpoints[0]).toMatchObject({ ok: true, status: 200 });
      expect(obs.startedAt).toBe('2026-02-11T12:00:00.000Z');
    } finally {
      sshd.docker({ stdout: web() });
    }
  });

  it('warns on stderr with the presented fingerprint for every host trusted on first use', async () => {
    writeFileSync(join(root, 'empty_known_hosts'), '');
    const io = memoryIo({ DRIFTGATE_SSH_KEY: join(root, 'id_test') });
    const argv = args('tofu.json').map((a) => (a === join(root, 'known_hosts') ? join(root, 'empty_known_hosts') : a));
    await main([...argv, '--trust-on-first-use'], io);
    const obs = readObservations([join(root, 'tofu.json')]);
    const trusted = obs.hosts.filter((h) => h.trust === 'tofu');
    expect(trusted.map((h) => h.target).sort()).toEqual(['pve', 'vm']);
    const err = io.err.join('');
    for (const h of trusted) {
      expect(err).toContain(`trusted on first use: ssh target "${h.target}" (${h.address}) presented ssh-ed25519 ${h.hostKey?.fingerprint}`);
    }
    expect(err).not.toMatch(/PRIVATE KEY/);
  });

  it('makes check inconclusive (exit 3) when the whole-run deadline cuts a command short', async () => {
    const shop = join(sshd.dir, 'stacks/shop');
    writeFileSync(join(root, 'ops/bindings/docker.compose.targets.yaml'), composeTargets(false));
    writeFileSync(join(root, 'deadline.config.yaml'), 'probe:\n  run_timeout_ms: 1000\n  ssh_command_timeout_ms: 20000\n');
    sshd.stack(shop);
    sshd.docker({ stdout: '', sleepSec: 5 });
    try {
      const io = memoryIo({ DRIFTGATE_SSH_KEY: join(root, 'id_test') });
      const code = await main(
        ['check', '--root', root, '--config', join(root, 'deadline.config.yaml'), '--connect-map', join(root, 'connect-map.json'), '--known-hosts', join(root, 'known_hosts'), '--format', 'json'],
        io,
      );
      const report = JSON.parse(io.out.join('')) as { result: string; summary: { errors: number }; findings: Array<{ gate: string; inconclusive?: boolean; message: string }> };
      expect(report.summary.errors).toBe(0);
      const timedOut = report.findings.filter((f) => f.gate === 'compose-state');
      expect(timedOut).toHaveLength(1);
      expect(timedOut[0]).toMatchObject({ inconclusive: true });
      expect(timedOut[0]!.message).toContain('TIMEOUT');
      expect(report.result).toBe('inconclusive');
      expect(code).toBe(3);
    } finally {
      sshd.docker({ stdout: web() });
      writeFileSync(join(root, 'ops/bindings/docker.compose.targets.yaml'), composeTargets(true));
    }
  });

  it('is misuse (exit 2) without --out, with a bad connect map or an unusable key', async () => {
    expect(await main(['probe', '--root', root], memoryIo())).toBe(2);
    writeFileSync(join(root, 'bad-map.json'), '{"ssh": []}');
    const io = memoryIo();
    expect(await main([...args('x.json'), '--connect-map', join(root, 'bad-map.json')], io)).toBe(2);
    expect(io.err.join('')).toMatch(/bad-map\.json: invalid connect map/);
    const keyIo = memoryIo({ DRIFTGATE_SSH_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n-----END OPENSSH PRIVATE KEY-----' });
    expect(await main(args('x.json'), keyIo)).toBe(2);
    expect(keyIo.err.join('')).toMatch(/cannot use the SSH identity from DRIFTGATE_SSH_KEY/);
    expect(keyIo.err.join('')).not.toContain('not a key');
  });
});
