// `driftgate hosts pin` and the least-privilege recipe against real OpenSSH servers on loopback:
// the pinned entry is the server's own host key under `[host]:port`; a changed key (or key type) is
// detected and refused; an ssh-agent (SSH_AUTH_SOCK) logs in without an identity file; a target
// behind a jump host is pinned through it (once the jump host's own key is pinned) and a lan_first
// target on the address that answers; and under `restrict,command=` with the options `hosts
// commands` prints, the forced-command wrapper of examples/least-privilege lets a real `driftgate
// probe` run exactly its batched exec and its channel, and nothing else.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type HostCommands, WRAPPER_COMMAND } from '../../src/hosts/remote-commands.js';
import { createClosedPorts, type ClosedPorts } from '../../src/lab/closed-port.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { SshPool } from '../../src/probes/ssh-pool.js';
import type { Observations } from '../../src/probes/types.js';
import { memoryIo } from '../support/io.js';
import { HAS_SSHD, inspectLine, type OpenSshServer, startOpenSsh } from '../support/openssh.js';
import { REPO_DIR } from '../support/paths.js';

const DECLARED = '100.64.0.10';
const PORT = 2222; // declared port: the file must say [100.64.0.10]:2222
const WRAPPER = join(REPO_DIR, 'examples/least-privilege/driftgate-ssh-wrapper');

let sshd: OpenSshServer;
let inner: OpenSshServer;
let restricted: OpenSshServer | undefined;
let agent: ChildProcess | undefined;
let closed: ClosedPorts;
let tmp: string;
let root: string;
let agentSock: string;
const servers: Server[] = [];

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function writeSpine(dir: string, server: OpenSshServer): void {
  const stack = join(server.dir, 'stacks/shop');
  write(dir, {
    'ops/bindings/ssh.targets.yaml': `ssh:\n  defaults:\n    user: root\n    port: 22\n    connect_timeout_sec: 3\n  targets:\n    - id: vm\n      host: "${DECLARED}"\n      port: ${PORT}\n      user: nobody-declared\n`,
    'ops/bindings/docker.compose.targets.yaml': `version: 1\ntargets:\n  vm:\n    ssh_target: vm\n    stacks:\n      - name: shop\n        path: ${stack}\n`,
    // the declared user is wrong on purpose: probe.users logs in as the test's user
    'driftgate.config.yaml': `probe:\n  users:\n    vm: ${server.user}\n`,
    'connect-map.json': JSON.stringify({ ssh: { vm: { host: '127.0.0.1', port: server.port } } }),
  });
  server.stack(stack);
  server.docker({ stdout: `${inspectLine('shop-web-1', stack)}\n` });
}

async function httpServer(): Promise<number> {
  const server = createServer((req, res) => res.writeHead(req.url === '/health' ? 200 : 404).end());
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  if (!HAS_SSHD) return;
  tmp = mkdtempSync(join(tmpdir(), 'driftgate-pin-sshd-'));
  root = join(tmp, 'spine');
  [sshd, inner] = await Promise.all([startOpenSsh(), startOpenSsh()]);
  inner.authorize(sshd.clientPublicKey);
  closed = createClosedPorts();
  writeSpine(root, sshd);
  writeFileSync(join(tmp, 'id'), sshd.clientKey, { mode: 0o600 });
  // an ssh-agent holding the client key
  agentSock = join(tmp, 'agent.sock');
  agent = spawn('ssh-agent', ['-D', '-a', agentSock], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(agentSock); i++) await new Promise((r) => setTimeout(r, 20));
  execFileSync('ssh-add', [join(tmp, 'id')], { env: { ...process.env, SSH_AUTH_SOCK: agentSock }, stdio: 'ignore' });
});
afterAll(async () => {
  if (!HAS_SSHD) return;
  agent?.kill();
  await Promise.all([sshd?.stop(), inner?.stop(), restricted?.stop(), closed?.close()]);
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  rmSync(tmp, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

async function pin(file: string, env: Record<string, string> = {}, ...extra: string[]) {
  const io = memoryIo(env);
  const code = await main(['hosts', 'pin', '--root', root, '--connect-map', join(root, 'connect-map.json'), '--known-hosts', file, ...extra], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe.skipIf(!HAS_SSHD)('hosts pin against OpenSSH', () => {
  it('writes the server\'s own host key under [host]:port with the fingerprint ssh-keygen prints', async () => {
    const file = join(tmp, 'known_hosts');
    const { code, out } = await pin(file);
    expect(code).toBe(0);
    const [algo, blob] = sshd.hostKeyPublic.split(/\s+/);
    expect(readFileSync(file, 'utf8')).toContain(`# ssh target vm (${sshd.user}@${DECLARED}:${PORT})\n[${DECLARED}]:${PORT} ${algo} ${blob}\n`);
    const printed = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(sshd.dir, 'host_ed25519.pub')], { encoding: 'utf8' }).split(/\s+/)[1];
    expect(out).toContain(`added       vm  [${DECLARED}]:${PORT}  ssh-ed25519 ${printed}`);
    // and ssh-keygen reads the file back: the entry is what OpenSSH itself would look up
    const found = execFileSync('ssh-keygen', ['-F', `[${DECLARED}]:${PORT}`, '-f', file], { encoding: 'utf8' });
    expect(found).toContain(blob);
  });

  it('logs in through an ssh-agent (SSH_AUTH_SOCK) when no identity is given', async () => {
    const file = join(tmp, 'known_hosts');
    const { code, out } = await pin(file, { SSH_AUTH_SOCK: agentSock });
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`unchanged +vm .*; login as ${sshd.user}: ok`));
    const withoutAgent = await pin(file);
    expect(withoutAgent.out).toMatch(/unchanged +vm .*; login as \S+: auth-denied/);
  });

  it('detects a changed key and refuses to overwrite it; --accept-changed replaces it', async () => {
    const file = join(tmp, 'changed_known_hosts');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(tmp, 'other')], { stdio: 'ignore' });
    const other = readFileSync(join(tmp, 'other.pub'), 'utf8').split(/\s+/).slice(0, 2).join(' ');
    writeFileSync(file, `[${DECLARED}]:${PORT} ${other}\n`);
    const refused = await pin(file);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/CHANGED +vm +\[100\.64\.0\.10\]:2222 +pinned SHA256:\S+, presented ssh-ed25519 SHA256:/);
    expect(refused.err).toContain('re-run with --accept-changed vm');
    expect(readFileSync(file, 'utf8')).toBe(`[${DECLARED}]:${PORT} ${other}\n`);
    const accepted = await pin(file, {}, '--accept-changed', 'vm');
    expect(accepted.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`[${DECLARED}]:${PORT} ${sshd.hostKeyPublic.split(/\s+/).slice(0, 2).join(' ')}\n`);
  });

  it('a host that no longer offers the pinned key type is a changed key too', async () => {
    const file = join(tmp, 'ecdsa_known_hosts');
    execFileSync('ssh-keygen', ['-q', '-t', 'ecdsa', '-N', '', '-f', join(tmp, 'ecdsa')], { stdio: 'ignore' });
    const ecdsa = readFileSync(join(tmp, 'ecdsa.pub'), 'utf8').split(/\s+/).slice(0, 2).join(' ');
    writeFileSync(file, `[${DECLARED}]:${PORT} ${ecdsa}\n`);
    const refused = await pin(file);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/CHANGED +vm .*offers none of the host key types pinned .*ecdsa-sha2-nistp256/);
    const accepted = await pin(file, {}, '--accept-changed', `[${DECLARED}]:${PORT}`);
    expect(accepted.code).toBe(0);
    expect(accepted.out).toMatch(/replaced +vm .*replaced by ssh-ed25519 SHA256:/);
  });

  it('pins a device behind a jump host through it, once the jump host is pinned, and a lan_first target on the address that answers', async () => {
    const spine = join(tmp, 'reach-spine');
    const dead = await closed.take();
    write(spine, {
      'ops/bindings/ssh.targets.yaml': `ssh:
  defaults:
    user: ${sshd.user}
    port: 22
    connect_timeout_sec: 3
  targets:
    - id: jump
      host: "100.64.0.2"
    - id: switch
      host: "192.168.1.2"
      probe_via: jump
    - id: dual
      host: "10.0.0.9"
      lan_ip: "10.0.0.9"
      tailscale_ip: "100.64.0.9"
      access_policy: lan_first
`,
      // the switch is dialled from the jump host (its sshd forwards to its own loopback)
      'connect-map.json': JSON.stringify({
        ssh: { jump: { host: '127.0.0.1', port: sshd.port }, switch: { host: '127.0.0.1', port: inner.port }, 'dual@lan': { host: '127.0.0.1', port: dead }, 'dual@tailscale': { host: '127.0.0.1', port: inner.port } },
      }),
    });
    const file = join(tmp, 'reach_known_hosts');
    const args = ['hosts', 'pin', '--root', spine, '--connect-map', join(spine, 'connect-map.json'), '--known-hosts', file, '--identity', join(tmp, 'id')];
    const innerKey = inner.hostKeyPublic.split(/\s+/).slice(0, 2).join(' ');

    // first run: nothing is tunnelled through a jump host whose key nobody reviewed yet
    const first = await cli(...args);
    expect(first.code).toBe(3);
    expect(first.out).toMatch(/added +jump +100\.64\.0\.2 /);
    expect(first.out).toMatch(/unreachable +switch +192\.168\.1\.2 +unreachable: jump host "jump" could not be used \(host-key-unknown/);
    expect(first.out).toMatch(/added +dual +10\.0\.0\.9 /);
    expect(first.out).toContain('then run hosts pin again: switch is reached through a jump host whose key was just added\n');
    expect(readFileSync(file, 'utf8')).toContain(`# ssh target dual (${sshd.user}@10.0.0.9:22)\n10.0.0.9 ${innerKey}\n`);
    expect(inner.log()).not.toMatch(/Accepted publickey/);

    // second run: the jump host is trusted, so the switch is reached through it and its own key pinned
    const second = await cli(...args);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/added +switch +192\.168\.1\.2 /);
    expect(second.out).toMatch(/unchanged +jump .*login as \S+: ok/);
    expect(readFileSync(file, 'utf8')).toContain(`# ssh target switch (${sshd.user}@192.168.1.2:22 via jump)\n192.168.1.2 ${innerKey}\n`);
  });
});

describe.skipIf(!HAS_SSHD)('the least-privilege recipe against OpenSSH', () => {
  it('the wrapper and the options "hosts commands" prints let a real probe run its one exec and its channel, and nothing else', async () => {
    const spine = join(tmp, 'restricted-spine');
    const stack = join(tmp, 'lp/stacks/shop');
    const dumps = join(tmp, 'lp/dump');
    mkdirSync(dumps, { recursive: true });
    writeFileSync(join(dumps, 'vzdump-qemu-110-a.vma.zst'), 'x');
    utimesSync(join(dumps, 'vzdump-qemu-110-a.vma.zst'), 1770800000, 1770800000);
    const [web, elsewhere] = await Promise.all([httpServer(), httpServer()]);
    write(spine, {
      'ops/bindings/ssh.targets.yaml': `ssh:\n  targets:\n    - id: vm\n      host: "${DECLARED}"\n      port: ${PORT}\n      user: nobody-declared\n`,
      'ops/bindings/docker.compose.targets.yaml': `version: 1\ntargets:\n  vm:\n    ssh_target: vm\n    stacks:\n      - name: shop\n        path: ${stack}\n`,
      'ops/bindings/backup.inventory.yaml': `version: 1\ntargets:\n  - name: vm-110\n    enabled: true\n    kind: file_glob\n    host: vm\n    base_path: "${dumps}"\n    glob: "vzdump-qemu-110-*.vma.zst"\n`,
      // bound to 127.0.0.1 on the host: probed through its SSH connection
      'ops/bindings/services.health.yaml': `version: 1\nendpoints:\n  - id: web\n    host: vm\n    url: "http://127.0.0.1:${web}/health"\n    probe_via: ssh\n    expect: 200\n`,
      'driftgate.config.yaml': `probe:\n  hypervisor_targets: [vm]\n  users:\n    vm: ${sshd.user}\n`,
    });

    // what the host's key may do, from hosts commands: the wrapper for every exec, one channel
    const listed = await cli('hosts', 'commands', '--root', spine, '--format', 'json');
    expect(listed.code).toBe(0);
    const [vm] = (JSON.parse(listed.out) as { hosts: HostCommands[] }).hosts;
    expect(vm?.authorizedKeys).toBe(`restrict,port-forwarding,permitopen="127.0.0.1:${web}",command="${WRAPPER_COMMAND}"`);
    const allowlist = join(tmp, 'allowed-commands');
    const lines = await cli('hosts', 'commands', '--root', spine, '--format', 'allowlist');
    writeFileSync(allowlist, lines.out);
    restricted = await startOpenSsh({ authorizedKeysOptions: vm!.authorizedKeys.replace(WRAPPER_COMMAND, `${WRAPPER} ${allowlist}`) });
    restricted.stack(stack);
    restricted.docker({ stdout: `${inspectLine('shop-web-1', stack)}\n` });
    restricted.lists('VMID NAME STATUS MEM(MB) BOOTDISK(GB) PID\n  110 vm running 2048 20.00 77\n', 'VMID       Status     Lock         Name\n120        running                 dns\n');
    write(spine, {
      'connect-map.json': JSON.stringify({ ssh: { vm: { host: '127.0.0.1', port: restricted.port } } }),
      known_hosts: `${restricted.knownHostsLine(DECLARED).replace(`:${restricted.port}`, `:${PORT}`)}\n`,
      id: restricted.clientKey,
    });
    const probe = (out: string, ...extra: string[]) =>
      cli('probe', '--root', spine, '--connect-map', join(spine, 'connect-map.json'), '--known-hosts', join(spine, 'known_hosts'), '--identity', join(spine, 'id'), '--out', join(tmp, out), ...extra);

    // a real run: its one exec is allowed, and so is its channel to the service on the host
    const run = await probe('obs.json');
    expect(run.code, run.out + run.err).toBe(0);
    const obs = JSON.parse(readFileSync(join(tmp, 'obs.json'), 'utf8')) as Observations;
    expect(obs.stacks.map((s) => [s.stack, s.ok, s.containers.map((c) => c.name)])).toEqual([['shop', true, ['shop-web-1']]]);
    expect(obs.backups.map((b) => [b.name, b.ok, b.matches])).toEqual([['vm-110', true, 1]]);
    expect(obs.hypervisors[0]).toMatchObject({ ok: true, vms: [{ vmid: 110, type: 'qemu' }, { vmid: 120, type: 'lxc' }] });
    expect(obs.endpoints.map((e) => [e.id, e.ok, e.status, e.via])).toEqual([['web', true, 200, 'vm']]);
    expect(restricted.dockerLog()).toEqual(['ps', 'inspect', 'info']);
    // the new sections ran in the same exec, through the same wrapper, with the host's real sed, df and stat
    expect(obs.composeFiles?.map((c) => [c.stack, c.ok, c.file, c.realPath])).toEqual([['shop', true, 'docker-compose.yml', stack]]);
    expect(obs.disks?.map((d) => [d.host, d.ok, d.dockerRoot, d.filesystems.some((f) => f.mount === '/')])).toEqual([['vm', true, '/var/lib/docker', true]]);
    expect(obs.backupJobs?.map((j) => [j.host, j.ok, j.jobs])).toEqual([['vm', true, []]]);
    expect(obs.backupSizes?.map((b) => [b.name, b.ok, b.files.length])).toEqual([['vm-110', true, 1]]);

    // anything else is refused: another command, the allowed one with a line more or less, another channel
    const pool = SshPool.create({
      knownHosts: KnownHosts.parse(readFileSync(join(spine, 'known_hosts'), 'utf8')),
      identity: restricted.clientKey,
      connectMap: { ssh: { vm: { host: '127.0.0.1', port: restricted.port } }, http: {} },
      settings: { channelsPerHost: 2, sshConnectTimeoutMs: 3_000, retries: 0, retryBackoffMs: 10 },
    });
    const target = { id: 'vm', host: DECLARED, port: PORT, user: restricted.user };
    const command = vm!.commands[0]!.command;
    try {
      for (const other of ['id', `${command}\nid`, command.split('\n').slice(0, -1).join('\n'), `${command}\n`]) {
        const refused = await pool.exec(target, other, 5_000);
        expect(refused.code).toBe(126);
        expect(refused.stderr).toContain('command not in');
      }
      expect((await pool.forward(target, '127.0.0.1', web, 3_000)).ok).toBe(true);
      const blocked = await pool.forward(target, '127.0.0.1', elsewhere, 3_000);
      expect(blocked.ok).toBe(false);
    } finally {
      pool.close();
    }

    // a run with --gates sends only those probes: refused until that selection's allowlist is added
    const partial = await probe('backups.json', '--gates', 'backup-freshness');
    expect(partial.code).toBe(3);
    const backups = JSON.parse(readFileSync(join(tmp, 'backups.json'), 'utf8')) as Observations;
    expect(backups.backups[0]).toMatchObject({ ok: false, failure: { reason: 'command-failed' } });
    appendFileSync(allowlist, (await cli('hosts', 'commands', '--root', spine, '--gates', 'backup-freshness', '--format', 'allowlist')).out);
    expect((await probe('backups.json', '--gates', 'backup-freshness')).code).toBe(0);
  });
});
