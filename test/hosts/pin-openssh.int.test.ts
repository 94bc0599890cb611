// `driftgate hosts pin` and the least-privilege recipe against a real OpenSSH server on loopback:
// the pinned entry is the server's own host key under `[host]:port`; a changed key (or key type) is
// detected and refused; an ssh-agent (SSH_AUTH_SOCK) logs in without an identity file; and the
// forced-command wrapper of examples/least-privilege runs exactly the commands `hosts commands` lists.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { composePsCommand } from '../../src/probes/commands.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { SshPool } from '../../src/probes/ssh-pool.js';
import { memoryIo } from '../support/io.js';
import { HAS_SSHD, type OpenSshServer, startOpenSsh } from '../support/openssh.js';
import { REPO_DIR } from '../support/paths.js';

const DECLARED = '100.64.0.10';
const PORT = 2222; // declared port: the file must say [100.64.0.10]:2222
const WRAPPER = join(REPO_DIR, 'examples/least-privilege/driftgate-ssh-wrapper');
const web = { Name: 'shop-web-1', Service: 'web', Project: 'shop', State: 'running', Status: 'Up 2 hours', Health: '', ExitCode: 0, Publishers: null };

let sshd: OpenSshServer;
let restricted: OpenSshServer;
let agent: ChildProcess | undefined;
let tmp: string;
let root: string;
let agentSock: string;

function writeSpine(dir: string, server: OpenSshServer): void {
  mkdirSync(join(dir, 'ops/bindings'), { recursive: true });
  writeFileSync(
    join(dir, 'ops/bindings/ssh.targets.yaml'),
    `ssh:\n  defaults:\n    user: root\n    port: 22\n    connect_timeout_sec: 3\n  targets:\n    - id: vm\n      host: "${DECLARED}"\n      port: ${PORT}\n      user: nobody-declared\n`,
  );
  writeFileSync(
    join(dir, 'ops/bindings/docker.compose.targets.yaml'),
    `version: 1\ntargets:\n  vm:\n    ssh_target: vm\n    stacks:\n      - name: shop\n        path: ${server.dir}/stacks/shop\n`,
  );
  // the declared user is wrong on purpose: probe.users logs in as the test's user
  writeFileSync(join(dir, 'driftgate.config.yaml'), `probe:\n  users:\n    vm: ${server.user}\n`);
  writeFileSync(join(dir, 'connect-map.json'), JSON.stringify({ ssh: { vm: { host: '127.0.0.1', port: server.port } } }));
  server.stack(join(server.dir, 'stacks/shop'), { stdout: `${JSON.stringify(web)}\n` });
}

beforeAll(async () => {
  if (!HAS_SSHD) return;
  tmp = mkdtempSync(join(tmpdir(), 'driftgate-pin-sshd-'));
  root = join(tmp, 'spine');
  sshd = await startOpenSsh();
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
  await sshd?.stop();
  await restricted?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

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
});

describe.skipIf(!HAS_SSHD)('the least-privilege recipe against OpenSSH', () => {
  it('the forced-command wrapper runs exactly the commands "hosts commands --format allowlist" lists', async () => {
    const allowlist = join(tmp, 'allowed-commands');
    restricted = await startOpenSsh({ authorizedKeysOptions: `restrict,command="${WRAPPER} ${allowlist}"` });
    const spine = join(tmp, 'restricted-spine');
    writeSpine(spine, restricted);
    const io = memoryIo();
    expect(await main(['hosts', 'commands', '--root', spine, '--format', 'allowlist'], io)).toBe(0);
    const command = composePsCommand(join(restricted.dir, 'stacks/shop'));
    expect(io.out.join('')).toBe(`${command}\n`);
    writeFileSync(allowlist, io.out.join(''));

    const pins = KnownHosts.parse(`${restricted.knownHostsLine(DECLARED).replace(`:${restricted.port}`, `:${PORT}`)}\n`);
    const pool = SshPool.create({
      knownHosts: pins,
      identity: restricted.clientKey,
      connectMap: { ssh: { vm: { host: '127.0.0.1', port: restricted.port } }, http: {} },
      settings: { channelsPerHost: 2, sshConnectTimeoutMs: 3_000, retries: 0, retryBackoffMs: 10 },
    });
    const target = { id: 'vm', host: DECLARED, port: PORT, user: restricted.user };
    try {
      const allowed = await pool.exec(target, command, 5_000);
      expect(allowed.code).toBe(0);
      expect(JSON.parse(allowed.stdout.trim())).toMatchObject({ Name: 'shop-web-1' });
      const other = await pool.exec(target, 'id', 5_000);
      expect(other.code).toBe(126);
      expect(other.stderr).toContain('command not in');
      const smuggled = await pool.exec(target, `${command}\nid`, 5_000);
      expect(smuggled.code).toBe(126);
    } finally {
      pool.close();
    }
  });
});
