// The SSH client against a real OpenSSH server on 127.0.0.1 (fake docker/qm/pct on the session PATH).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupTarget, Stack } from '../../src/bindings/types.js';
import type { ConnectMap } from '../../src/probes/connect-map.js';
import { type HostProbes, probeHost } from '../../src/probes/host-probe.js';
import { createClosedPorts } from '../../src/lab/closed-port.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { type SshEndpoint, SshPool, type SshPoolOptions } from '../../src/probes/ssh-pool.js';
import { HAS_SSHD, inspectLine as inspect, type OpenSshServer, startOpenSsh } from '../support/openssh.js';

const DECLARED = '100.64.0.10'; // the declared (tailnet) address; the connect map dials 127.0.0.1
const now = () => new Date('2026-02-11T12:00:00Z');
const settings = { channelsPerHost: 8, sshConnectTimeoutMs: 3_000, retries: 0, retryBackoffMs: 20 };

let sshd: OpenSshServer;
let map: ConnectMap;
let target: SshEndpoint;
let pinned: KnownHosts;

function pool(extra: Partial<SshPoolOptions> = {}): SshPool {
  return SshPool.create({ knownHosts: pinned, identity: sshd.clientKey, connectMap: map, settings, now, ...extra });
}

function stackAt(path: string, name = 'shop'): Stack {
  return { name, path, target: 'vm', ref: { file: 'ops/bindings/docker.compose.targets.yaml', pointer: '' } };
}

function probes(p: Partial<HostProbes>): HostProbes {
  return { id: 'vm', stacks: [], knownStacks: [], backups: [], hypervisor: false, ...p };
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
  it('verifies the key against the declared host, then lists every stack with one docker call in one exec', async () => {
    const arrayDir = join(sshd.dir, 'stacks', 'array');
    const linesDir = join(sshd.dir, 'stacks', 'lines');
    sshd.stack(arrayDir);
    sshd.stack(linesDir);
    const p = pool();
    const execs: string[] = [];
    try {
      const host = await p.connect(target);
      expect(host).toMatchObject({ target: 'vm', address: `127.0.0.1:${sshd.port}`, ok: true, trust: 'pinned', pathUsed: 'direct' });
      const printed = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(sshd.dir, 'host_ed25519.pub')], { encoding: 'utf8' });
      expect(host.hostKey).toEqual({ algorithm: 'ssh-ed25519', fingerprint: printed.split(/\s+/)[1] });
      const exec = (c: string) => (execs.push(c), p.exec(target, c, 5_000));
      const plan = probes({ stacks: [stackAt(arrayDir, 'array'), stackAt(linesDir, 'lines')] });
      for (const listing of [`[${inspect('web', arrayDir)},${inspect('job', linesDir, 'exited')}]`, `${inspect('web', arrayDir)}\n${inspect('job', linesDir, 'exited')}\n`]) {
        sshd.docker({ stdout: listing });
        const before = sshd.dockerLog().length;
        const r = await probeHost(plan, exec, now);
        expect(r.stacks.map((s) => [s.stack, s.ok, s.containers.map((c) => `${c.name}:${c.state}:${c.startedAt}`)])).toEqual([
          ['array', true, ['web:running:2026-02-11T09:00:00.000Z']],
          ['lines', true, ['job:exited:2026-02-11T09:00:00.000Z']],
        ]);
        expect(sshd.dockerLog().slice(before)).toEqual(['ps', 'inspect']);
      }
      expect(execs).toHaveLength(2); // one exec per run, whatever the number of stacks
    } finally {
      p.close();
    }
  });

  it('refuses a host whose key does not match the pin and sends no command', async () => {
    const otherKey = execFileSync('sh', ['-c', `ssh-keygen -q -t ed25519 -N '' -f ${sshd.dir}/other >/dev/null && cat ${sshd.dir}/other.pub`], { encoding: 'utf8' });
    const [algo, blob] = otherKey.trim().split(/\s+/);
    const wrong = KnownHosts.parse(`${DECLARED} ${algo} ${blob}\n`);
    const dir = join(sshd.dir, 'stacks', 'mismatch');
    sshd.stack(dir);
    sshd.docker({ stdout: '' });
    const before = sshd.dockerLog().length;
    const p = pool({ knownHosts: wrong });
    try {
      const [obs] = (await probeHost(probes({ stacks: [stackAt(dir)] }), (c) => p.exec(target, c, 5_000), now)).stacks;
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
    const dir = join(sshd.dir, 'stacks', 'slow');
    sshd.stack(dir);
    sshd.docker({ stdout: inspect('web', dir), sleepSec: 5 });
    const p = pool();
    try {
      const plan = probes({ stacks: [stackAt(dir)] });
      const late = await probeHost(plan, (c) => p.exec(target, c, 600), now);
      expect(late.stacks[0]).toMatchObject({ ok: false, failure: { reason: 'timeout' } });
      sshd.docker({ stdout: inspect('web', dir) });
      const next = await probeHost(plan, (c) => p.exec(target, c, 5_000), now);
      expect(next.stacks[0]?.ok).toBe(true);
    } finally {
      p.close();
    }
  });

  it('classifies a connection lost mid-command as reset (inconclusive), not as a command error', async () => {
    const dropped = join(sshd.dir, 'stacks', 'dropped');
    sshd.stack(dropped);
    sshd.docker({ stdout: inspect('web', dropped), dropConnection: true });
    const p = pool();
    try {
      const [obs] = (await probeHost(probes({ stacks: [stackAt(dropped)] }), (c) => p.exec(target, c, 5_000), now)).stacks;
      expect(obs).toMatchObject({ ok: false, failure: { reason: 'reset' } });
      expect(obs?.containers).toEqual([]);
    } finally {
      p.close();
    }
  });

  it('classifies malformed output, a missing directory, a missing compose file and an unreachable daemon', async () => {
    const ok = join(sshd.dir, 'stacks', 'fine');
    const none = join(sshd.dir, 'stacks', 'none');
    sshd.stack(ok);
    sshd.stack(none, { compose: false });
    const plan = probes({ stacks: [stackAt(ok, 'fine'), stackAt(join(sshd.dir, 'stacks', 'absent'), 'absent'), stackAt(none, 'none')] });
    const p = pool();
    try {
      const exec = (c: string) => p.exec(target, c, 5_000);
      sshd.docker({ stdout: '{"Name": "x", "State": "running"}\n{truncated' });
      const bad = await probeHost(plan, exec, now);
      expect(bad.stacks.map((r) => r.failure?.reason)).toEqual(['parse-error', 'dir-missing', 'compose-missing']);
      sshd.docker({ stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 });
      const daemon = await probeHost(plan, exec, now);
      expect(daemon.stacks.map((r) => r.failure?.reason)).toEqual(['docker-unreachable', 'dir-missing', 'compose-missing']);
      expect([...bad.stacks, ...daemon.stacks].every((r) => !r.ok && r.containers.length === 0)).toBe(true);
    } finally {
      p.close();
    }
  });

  it('delivers a path with a quote intact and cannot be injected', async () => {
    const quoted = join(sshd.dir, 'stacks', "it's here");
    const hostile = join(sshd.dir, 'stacks', 'x; touch pwned-by-path');
    sshd.stack(quoted);
    sshd.stack(hostile);
    sshd.docker({ stdout: `${inspect('a', quoted)}\n${inspect('b', hostile)}\n` });
    const p = pool();
    try {
      const exec = (c: string) => p.exec(target, c, 5_000);
      const r = await probeHost(probes({ stacks: [stackAt(quoted, 'q'), stackAt(hostile, 'h'), stackAt(`${sshd.dir}/nope; touch ${sshd.dir}/pwned-missing`, 'm')] }), exec, now);
      const [a, b, missing] = r.stacks;
      expect(a).toMatchObject({ ok: true, containers: [{ name: 'a' }] });
      expect(b).toMatchObject({ ok: true, containers: [{ name: 'b' }] });
      expect(missing?.failure?.reason).toBe('dir-missing');
      expect(existsSync(join(sshd.dir, 'stacks', 'pwned-by-path'))).toBe(false);
      expect(existsSync(join(sshd.dir, 'pwned-missing'))).toBe(false);
    } finally {
      p.close();
    }
  });

  it('probes more stacks than channels with one exec and one docker listing', async () => {
    const dirs = Array.from({ length: 12 }, (_, i) => join(sshd.dir, 'stacks', `many-${i}`));
    for (const d of dirs) sshd.stack(d);
    sshd.docker({ stdout: dirs.map((d, i) => inspect(`c${i}`, d)).join('\n') });
    const execs: string[] = [];
    const before = sshd.dockerLog().length;
    const p = pool({ onEvent: (e) => e.type === 'exec' && execs.push(e.target) });
    try {
      const r = await probeHost(probes({ stacks: dirs.map((d, i) => stackAt(d, `many-${i}`)) }), (c) => p.exec(target, c, 10_000), now);
      expect(r.stacks.filter((s) => s.ok && s.containers.length === 1)).toHaveLength(12);
      expect(execs).toEqual(['vm']);
      expect(sshd.dockerLog().slice(before)).toEqual(['ps', 'inspect']);
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
      const gone: BackupTarget = { ...backup, name: 'gone', basePath: join(sshd.dir, 'no-such-dir') };
      const other: BackupTarget = { ...backup, name: 'vm-201', glob: 'vzdump-qemu-201-*' };
      const r = await probeHost(probes({ backups: [backup, gone, other] }), exec, now);
      expect(r.backups[0]).toMatchObject({ ok: true, matches: 2, newest: { path: join(base, 'vzdump-qemu-200-new.vma.zst'), mtime: new Date(1770800000 * 1000).toISOString() } });
      expect(r.backups[1]?.failure?.reason).toBe('dir-missing');
      expect(r.backups[2]).toMatchObject({ ok: true, matches: 1 });
    } finally {
      p.close();
    }
  });

  it('reads qm list and pct list (VMs and an LXC) and the node name from the hypervisor', async () => {
    sshd.lists(
      'VMID NAME                 STATUS     MEM(MB)    BOOTDISK(GB) PID\n  200 docker-host          running    16384            100.00 1234\n  204 infra-core           stopped    8192              50.00 0\n',
      'VMID       Status     Lock         Name\n105        running                 pihole-home\n',
    );
    const p = pool();
    try {
      const r = await probeHost(probes({ hypervisor: true }), (c) => p.exec(target, c, 5_000), now);
      const node = execFileSync('uname', ['-n'], { encoding: 'utf8' }).trim().split('.')[0];
      expect(r.hypervisor).toMatchObject({ ok: true, node });
      // this machine has no /etc/pve: the lists alone (the lab serves the guest configs)
      expect(r.hypervisor?.vms).toEqual([
        { vmid: 105, name: 'pihole-home', status: 'running', type: 'lxc', node },
        { vmid: 200, name: 'docker-host', status: 'running', memoryMb: 16384, bootDiskGb: 100, type: 'qemu', node },
        { vmid: 204, name: 'infra-core', status: 'stopped', memoryMb: 8192, bootDiskGb: 50, type: 'qemu', node },
      ]);
    } finally {
      p.close();
    }
  });

  it('fails pending commands and new connections once the run deadline aborts', async () => {
    const slow = join(sshd.dir, 'stacks', 'slow-run');
    sshd.stack(slow);
    sshd.docker({ stdout: '', sleepSec: 5 });
    const run = new AbortController();
    const p = pool({ signal: run.signal });
    const pending = probeHost(probes({ stacks: [stackAt(slow)] }), (c) => p.exec(target, c, 10_000), now);
    await p.connect(target);
    setTimeout(() => run.abort(), 200);
    const obs = (await pending).stacks[0];
    expect(obs?.failure).toEqual({ reason: 'timeout', error: 'run deadline passed before the command finished' });
    const late = await pool({ signal: run.signal }).connect({ ...target, id: 'other' });
    expect(late.failure?.reason).toBe('timeout');
  });
});
