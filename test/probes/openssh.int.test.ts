// The SSH client against a real OpenSSH server on 127.0.0.1 (fake docker/qm on the session PATH).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupTarget, Stack } from '../../src/bindings/types.js';
import { probeBackup } from '../../src/probes/backup.js';
import { probeStack } from '../../src/probes/compose.js';
import type { ConnectMap } from '../../src/probes/connect-map.js';
import { probeHypervisor } from '../../src/probes/hypervisor.js';
import { createClosedPorts } from '../../src/lab/closed-port.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { type SshEndpoint, SshPool, type SshPoolOptions } from '../../src/probes/ssh-pool.js';
import { HAS_SSHD, type OpenSshServer, startOpenSsh } from '../support/openssh.js';

const DECLARED = '100.64.0.10'; // the declared (tailnet) address; the connect map dials 127.0.0.1
const now = () => new Date('2026-02-11T12:00:00Z');
const settings = { channelsPerHost: 8, sshConnectTimeoutMs: 3_000, retries: 0, retryBackoffMs: 20 };

let sshd: OpenSshServer;
let map: ConnectMap;
let target: SshEndpoint;
let pinned: KnownHosts;

const web = { Name: 'shop-web-1', Service: 'web', Project: 'shop', State: 'running', Status: 'Up 2 hours', Health: 'healthy', ExitCode: 0, Publishers: null };
const job = { Name: 'shop-job-1', Service: 'job', Project: 'shop', State: 'exited', Status: 'Exited (0) 1 hour ago', Health: '', ExitCode: 0, Publishers: [] };

function pool(extra: Partial<SshPoolOptions> = {}): SshPool {
  return SshPool.create({ knownHosts: pinned, identity: sshd.clientKey, connectMap: map, settings, now, ...extra });
}

function stackAt(path: string, name = 'shop'): Stack {
  return { name, path, target: 'vm', ref: { file: 'ops/bindings/docker.compose.targets.yaml', pointer: '' } };
}

beforeAll(async () => {
  if (!HAS_SSHD) return;
  sshd = await startOpenSsh();
  map = { ssh: { vm: { host: '127.0.0.1', port: sshd.port } }, http: {} };
  target = { id: 'vm', host: DECLARED, port: 22, user: sshd.user };
  pinned = KnownHosts.parse(`${sshd.knownHostsLine(DECLARED).replace(`[${DECLARED}]:${sshd.port}`, DECLARED)}\n`);
});
afterAll(async () => sshd?.stop());

describe.skipIf(!HAS_SSHD)('SSH probes against OpenSSH', () => {
  it('verifies the key against the declared host, then reads both compose output formats', async () => {
    const arrayDir = join(sshd.dir, 'stacks', 'array');
    const linesDir = join(sshd.dir, 'stacks', 'lines');
    sshd.stack(arrayDir, { stdout: JSON.stringify([web, job]) });
    sshd.stack(linesDir, { stdout: `${JSON.stringify(web)}\n${JSON.stringify(job)}\n` });
    const p = pool();
    try {
      const host = await p.connect(target);
      expect(host).toMatchObject({ target: 'vm', address: `127.0.0.1:${sshd.port}`, ok: true, trust: 'pinned' });
      const printed = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(sshd.dir, 'host_ed25519.pub')], { encoding: 'utf8' });
      expect(host.hostKey).toEqual({ algorithm: 'ssh-ed25519', fingerprint: printed.split(/\s+/)[1] });
      const exec = (c: string) => p.exec(target, c, 5_000);
      const [a, b] = await Promise.all([probeStack(stackAt(arrayDir, 'array'), 'vm', exec, now), probeStack(stackAt(linesDir, 'lines'), 'vm', exec, now)]);
      expect(a.ok && b.ok).toBe(true);
      expect(a.containers).toEqual(b.containers);
      expect(a.containers.map((c) => `${c.name}:${c.state}`)).toEqual(['shop-web-1:running', 'shop-job-1:exited']);
    } finally {
      p.close();
    }
  });

  it('refuses a host whose key does not match the pin and sends no command', async () => {
    const otherKey = execFileSync('sh', ['-c', `ssh-keygen -q -t ed25519 -N '' -f ${sshd.dir}/other >/dev/null && cat ${sshd.dir}/other.pub`], { encoding: 'utf8' });
    const [algo, blob] = otherKey.trim().split(/\s+/);
    const wrong = KnownHosts.parse(`${DECLARED} ${algo} ${blob}\n`);
    const dir = join(sshd.dir, 'stacks', 'mismatch');
    sshd.stack(dir, { stdout: '[]' });
    const before = sshd.dockerLog().length;
    const p = pool({ knownHosts: wrong });
    try {
      const obs = await probeStack(stackAt(dir), 'vm', (c) => p.exec(target, c, 5_000), now);
      expect(obs).toMatchObject({ ok: false, failure: { reason: 'host-key-mismatch' } });
      const [host] = await p.hosts();
      expect(host).toMatchObject({ ok: false, trust: 'mismatch', failure: { reason: 'host-key-mismatch' } });
      expect(host?.pinnedFingerprints).toEqual(wrong.lookup(DECLARED).map((k) => k.fingerprint));
      expect(host?.hostKey?.fingerprint).not.toBe(host?.pinnedFingerprints?.[0]);
      expect(sshd.dockerLog().length).toBe(before);
    } finally {
      p.close();
    }
  });

  it('treats a server offering none of the pinned key types as a mismatch', async () => {
    const rsa = execFileSync('sh', ['-c', `ssh-keygen -q -t rsa -b 2048 -N '' -f ${sshd.dir}/rsa-pin >/dev/null && cat ${sshd.dir}/rsa-pin.pub`], { encoding: 'utf8' });
    const [algo, blob] = rsa.trim().split(/\s+/);
    const p = pool({ knownHosts: KnownHosts.parse(`${DECLARED} ${algo} ${blob}\n`) });
    const host = await p.connect(target);
    p.close();
    expect(host).toMatchObject({ ok: false, trust: 'mismatch', failure: { reason: 'host-key-mismatch', error: expect.stringContaining('ssh-rsa') } });
  });

  it('does not connect to an unknown host unless trust-on-first-use is on', async () => {
    const strict = pool({ knownHosts: KnownHosts.empty() });
    const refused = await strict.connect(target);
    strict.close();
    expect(refused).toMatchObject({ ok: false, trust: 'unknown', failure: { reason: 'host-key-unknown' } });
    expect(refused.failure?.error).toContain(refused.hostKey?.fingerprint);
    const tofu = pool({ knownHosts: KnownHosts.empty(), trustOnFirstUse: true });
    const accepted = await tofu.connect(target);
    tofu.close();
    expect(accepted).toMatchObject({ ok: true, trust: 'tofu', hostKey: { algorithm: 'ssh-ed25519' } });
  });

  it('classifies a rejected key as auth-denied', async () => {
    const stranger = execFileSync('sh', ['-c', `ssh-keygen -q -t ed25519 -N '' -f ${sshd.dir}/stranger >/dev/null && cat ${sshd.dir}/stranger`], { encoding: 'utf8' });
    const p = pool({ identity: stranger });
    const host = await p.connect(target);
    p.close();
    expect(host).toMatchObject({ ok: false, trust: 'pinned', failure: { reason: 'auth-denied' } });
    expect(JSON.stringify(host)).not.toContain('PRIVATE KEY');
  });

  it('classifies a closed port as refused and counts retries', async () => {
    const ports = createClosedPorts();
    const closed = await ports.take();
    const events: string[] = [];
    const p = pool({ connectMap: { ssh: { vm: { host: '127.0.0.1', port: closed } }, http: {} }, settings: { ...settings, retries: 1 }, onEvent: (e) => events.push(e.type) });
    const result = await p.exec(target, 'true', 1_000);
    p.close();
    await ports.close();
    expect(result.failure?.reason).toBe('refused');
    expect(events).toEqual(['failed', 'failed']);
  });

  it('keeps the refusal when the run deadline passes during the reconnect backoff', async () => {
    const closed = createClosedPorts();
    const port = await closed.take();
    const run = new AbortController();
    const p = pool({ connectMap: { ssh: { vm: { host: '127.0.0.1', port } }, http: {} }, settings: { ...settings, retries: 3, retryBackoffMs: 60_000 }, signal: run.signal });
    try {
      const pending = p.connect(target);
      setTimeout(() => run.abort(), 100);
      expect(await pending).toMatchObject({ ok: false, failure: { reason: 'refused' } });
    } finally {
      p.close();
      await closed.close();
    }
  });

  it('classifies a server that never says hello as a connect timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    const p = pool({ connectMap: { ssh: { vm: { host: '127.0.0.1', port } }, http: {} } });
    const host = await p.connect({ ...target, connectTimeoutMs: 400 });
    p.close();
    silent.close();
    expect(host).toMatchObject({ ok: false, failure: { reason: 'timeout' } });
    expect(host.hostKey).toBeUndefined();
  });

  it('closes the channel of a command past its deadline and keeps the connection usable', async () => {
    const slow = join(sshd.dir, 'stacks', 'slow');
    const fast = join(sshd.dir, 'stacks', 'fast');
    sshd.stack(slow, { stdout: '[]', sleepSec: 5 });
    sshd.stack(fast, { stdout: JSON.stringify([web]) });
    const p = pool();
    try {
      const exec = (c: string) => p.exec(target, c, 600);
      const late = await probeStack(stackAt(slow), 'vm', exec, now);
      expect(late).toMatchObject({ ok: false, failure: { reason: 'timeout' } });
      const next = await probeStack(stackAt(fast), 'vm', (c) => p.exec(target, c, 5_000), now);
      expect(next.ok).toBe(true);
    } finally {
      p.close();
    }
  });

  it('classifies a connection lost mid-command as reset (inconclusive), not as a command error', async () => {
    const dropped = join(sshd.dir, 'stacks', 'dropped');
    sshd.stack(dropped, { stdout: '[]', dropConnection: true });
    const p = pool();
    try {
      const obs = await probeStack(stackAt(dropped), 'vm', (c) => p.exec(target, c, 5_000), now);
      expect(obs).toMatchObject({ ok: false, failure: { reason: 'reset' } });
      expect(obs.containers).toEqual([]);
    } finally {
      p.close();
    }
  });

  it('classifies malformed output, a missing directory, a missing compose file and an unreachable daemon', async () => {
    const bad = join(sshd.dir, 'stacks', 'bad');
    const none = join(sshd.dir, 'stacks', 'none');
    const daemon = join(sshd.dir, 'stacks', 'daemon');
    sshd.stack(bad, { stdout: '{"Name": "x", "State": "running"}\n{truncated' });
    sshd.stack(none, {});
    sshd.stack(daemon, { stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 });
    const p = pool();
    try {
      const exec = (c: string) => p.exec(target, c, 5_000);
      const results = await Promise.all([bad, join(sshd.dir, 'stacks', 'absent'), none, daemon].map((d) => probeStack(stackAt(d), 'vm', exec, now)));
      expect(results.map((r) => r.failure?.reason)).toEqual(['parse-error', 'dir-missing', 'compose-missing', 'docker-unreachable']);
      expect(results.every((r) => !r.ok && r.containers.length === 0)).toBe(true);
    } finally {
      p.close();
    }
  });

  it('delivers a path with a quote intact and cannot be injected', async () => {
    const quoted = join(sshd.dir, 'stacks', "it's here");
    const hostile = join(sshd.dir, 'stacks', 'x; touch pwned-by-path');
    sshd.stack(quoted, { stdout: JSON.stringify([web]) });
    sshd.stack(hostile, { stdout: JSON.stringify([web]) });
    const p = pool();
    try {
      const exec = (c: string) => p.exec(target, c, 5_000);
      const a = await probeStack(stackAt(quoted), 'vm', exec, now);
      const b = await probeStack(stackAt(hostile), 'vm', exec, now);
      const missing = await probeStack(stackAt(`${sshd.dir}/nope; touch ${sshd.dir}/pwned-missing`), 'vm', exec, now);
      expect(a.ok && b.ok).toBe(true);
      expect(missing.failure?.reason).toBe('dir-missing');
      expect(sshd.dockerLog()).toEqual(expect.arrayContaining([quoted, hostile]));
      expect(existsSync(join(sshd.dir, 'stacks', 'pwned-by-path'))).toBe(false);
      expect(existsSync(join(sshd.dir, 'pwned-missing'))).toBe(false);
    } finally {
      p.close();
    }
  });

  it('runs more stacks than channels on one connection', async () => {
    const dirs = Array.from({ length: 12 }, (_, i) => join(sshd.dir, 'stacks', `many-${i}`));
    for (const d of dirs) sshd.stack(d, { stdout: JSON.stringify([web]), sleepSec: 0.1 });
    const p = pool();
    try {
      const exec = (c: string) => p.exec(target, c, 10_000);
      const results = await Promise.all(dirs.map((d, i) => probeStack(stackAt(d, `many-${i}`), 'vm', exec, now)));
      expect(results.filter((r) => r.ok)).toHaveLength(12);
      expect((await p.hosts())).toHaveLength(1);
    } finally {
      p.close();
    }
  });

  it('finds the newest backup matching a glob, and a missing directory', async () => {
    const base = join(sshd.dir, "backups/it's");
    mkdirSync(base, { recursive: true });
    const files = { 'vzdump-qemu-200-old.vma.zst': 1770700000, 'vzdump-qemu-200-new.vma.zst': 1770800000, 'vzdump-qemu-201-other.vma.zst': 1770900000 };
    for (const [name, epoch] of Object.entries(files)) {
      writeFileSync(join(base, name), 'x');
      utimesSync(join(base, name), epoch, epoch);
    }
    const backup: BackupTarget = { name: 'vm-200', enabled: true, kind: 'file_glob', host: 'vm', basePath: base, glob: 'vzdump-qemu-200-*.vma.zst', staleAfterHours: 26, ref: { file: 'f', pointer: '' } };
    const p = pool();
    try {
      const exec = (c: string) => p.exec(target, c, 5_000);
      const obs = await probeBackup(backup, exec, now);
      expect(obs).toMatchObject({ ok: true, matches: 2, newest: { path: join(base, 'vzdump-qemu-200-new.vma.zst'), mtime: new Date(1770800000 * 1000).toISOString() } });
      const gone = await probeBackup({ ...backup, basePath: join(sshd.dir, 'no-such-dir') }, exec, now);
      expect(gone.failure?.reason).toBe('dir-missing');
    } finally {
      p.close();
    }
  });

  it('reads qm list and qm config from the hypervisor', async () => {
    sshd.qm(
      'VMID NAME                 STATUS     MEM(MB)    BOOTDISK(GB) PID\n  200 docker-host          running    16384            100.00 1234\n  204 infra-core           stopped    8192              50.00 0\n',
      { 200: 'boot: order=scsi0\ncores: 4\nmemory: 16384\nscsi0: local-lvm:vm-200-disk-0,size=100G\n', 204: 'cores: 2\nsockets: 2\nmemory: 8192\nvirtio0: local:vm-204-disk-0,size=64G\n' },
    );
    const p = pool();
    try {
      const obs = await probeHypervisor('vm', (c) => p.exec(target, c, 5_000), now);
      expect(obs).toMatchObject({ ok: true });
      expect(obs.vms).toEqual([
        { vmid: 200, name: 'docker-host', status: 'running', memoryMb: 16384, bootDiskGb: 100, cpuCores: 4 },
        { vmid: 204, name: 'infra-core', status: 'stopped', memoryMb: 8192, bootDiskGb: 64, cpuCores: 4 },
      ]);
    } finally {
      p.close();
    }
  });

  it('fails pending commands and new connections once the run deadline aborts', async () => {
    const slow = join(sshd.dir, 'stacks', 'slow-run');
    sshd.stack(slow, { stdout: '[]', sleepSec: 5 });
    const run = new AbortController();
    const p = pool({ signal: run.signal });
    const pending = probeStack(stackAt(slow), 'vm', (c) => p.exec(target, c, 10_000), now);
    await p.connect(target);
    setTimeout(() => run.abort(), 200);
    const obs = await pending;
    expect(obs.failure).toEqual({ reason: 'timeout', error: 'run deadline passed before the command finished' });
    const late = await pool({ signal: run.signal }).connect({ ...target, id: 'other' });
    expect(late.failure?.reason).toBe('timeout');
  });
});
