// Starts a real OpenSSH server (/usr/sbin/sshd) on a free 127.0.0.1 port for integration tests.
// Host and client keys come from ssh-keygen in a temp dir; fake `docker` and `qm` executables sit
// first on the session PATH (sshd `SetEnv`), so tests control what each stack "runs":
//   <stack dir>/.fake/stdout | stderr | exit | sleep | drop   answered by `docker compose ps -a --format json`
//   <dir>/qm/list, <dir>/qm/config-<vmid>               answered by `qm list` / `qm config <vmid>`
// Every fake docker call appends its cwd to <dir>/docker.log (proves what reached the remote shell).
// Without sshd (see test/support/tools.ts) HAS_SSHD is false and the tests using it skip.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { toolPath } from './tools.js';

/** The sshd binary (undefined on a machine without openssh-server: its tests skip). */
export const SSHD = toolPath('sshd');
export const HAS_SSHD = SSHD !== undefined;

export interface OpenSshServer {
  dir: string;
  port: number;
  user: string;
  /** the client private key (authorized on the server) */
  clientKey: string;
  /** `[127.0.0.1]:port ssh-ed25519 AAAA...` for the server's ed25519 host key */
  knownHostsLine: (hostName?: string) => string;
  hostKeyPublic: string;
  /** lines fake docker wrote (its cwd per call) */
  dockerLog: () => string[];
  /** makes a stack dir and sets what fake docker answers there */
  stack: (path: string, answer: FakeCompose) => void;
  /** sets what fake qm answers */
  qm: (list: string, configs: Record<number, string>) => void;
  stop: () => Promise<void>;
}

export interface FakeCompose {
  stdout?: string;
  stderr?: string;
  exit?: number;
  sleepSec?: number;
  /** kill the sshd session process mid-command: the connection drops without an exit status */
  dropConnection?: boolean;
}

const FAKE_DOCKER = `#!/bin/sh
echo "$(pwd)" >> "$DRIFTGATE_FAKE_DIR/docker.log"
if [ "$1 $2 $3 $4 $5 $6" != "compose ps -a --format json " ]; then echo "fake docker: unexpected args: $*" >&2; exit 64; fi
[ -f .fake/sleep ] && sleep "$(cat .fake/sleep)"
# drop the connection: kill the session's sshd (our parent, or the shell's parent when the shell
# did not exec us); nothing is printed after that
if [ -f .fake/drop ]; then
  p=$PPID
  case "$(cat /proc/$p/comm)" in sshd*) ;; *) p=$(awk '{print $4}' /proc/$p/stat) ;; esac
  kill -KILL "$p"; sleep 5; exit 99
fi
[ -f .fake/stderr ] && cat .fake/stderr >&2
[ -f .fake/stdout ] && cat .fake/stdout
if [ -f .fake/exit ]; then exit "$(cat .fake/exit)"; fi
if [ ! -f .fake/stdout ]; then echo "no configuration file provided: not found" >&2; exit 1; fi
exit 0
`;

const FAKE_QM = `#!/bin/sh
case "$1" in
  list) cat "$DRIFTGATE_FAKE_DIR/qm/list" ;;
  config) cat "$DRIFTGATE_FAKE_DIR/qm/config-$2" 2>/dev/null || { echo "Configuration file 'nodes/pve/qemu-server/$2.conf' does not exist" >&2; exit 2; } ;;
  *) echo "fake qm: unexpected args: $*" >&2; exit 64 ;;
esac
`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function keygen(file: string, type = 'ed25519'): void {
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', '', '-C', 'driftgate-test', '-f', file], { stdio: 'ignore' });
}

async function waitForBanner(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null || child.pid === undefined) throw new Error(`sshd exited with ${child.exitCode}: ${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = connect(port, '127.0.0.1');
      sock.once('data', (d) => {
        sock.destroy();
        resolve(d.toString().startsWith('SSH-'));
      });
      sock.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`sshd did not come up on 127.0.0.1:${port}: ${log()}`);
}

export interface OpenSshOptions {
  /** authorized_keys options before the client key, e.g. `restrict,command="..."` */
  authorizedKeysOptions?: string;
}

/** Starts sshd; call `stop()` in afterAll. */
export async function startOpenSsh(opts: OpenSshOptions = {}): Promise<OpenSshServer> {
  if (!SSHD) throw new Error('sshd is not installed (apt-get install openssh-server); guard the test with HAS_SSHD');
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-sshd-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  mkdirSync(join(dir, 'qm'));
  writeFileSync(join(bin, 'docker'), FAKE_DOCKER);
  writeFileSync(join(bin, 'qm'), FAKE_QM);
  chmodSync(join(bin, 'docker'), 0o755);
  chmodSync(join(bin, 'qm'), 0o755);
  writeFileSync(join(dir, 'docker.log'), '');
  keygen(join(dir, 'host_ed25519'));
  keygen(join(dir, 'client_ed25519'));
  const prefix = opts.authorizedKeysOptions ? `${opts.authorizedKeysOptions} ` : '';
  writeFileSync(join(dir, 'authorized_keys'), `${prefix}${readFileSync(join(dir, 'client_ed25519.pub'), 'utf8')}`);
  try {
    // sshd started by root insists on its privilege separation directory
    if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  } catch {
    // not root: sshd runs unprivileged and does not need it
  }
  const port = await freePort();
  const user = userInfo().username;
  const config = [
    'ListenAddress 127.0.0.1',
    `Port ${port}`,
    `HostKey ${join(dir, 'host_ed25519')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    'StrictModes no',
    'UsePAM no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin yes',
    'PubkeyAuthentication yes',
    'LogLevel ERROR',
    'MaxSessions 10',
    `SetEnv PATH=${bin}:/usr/local/bin:/usr/bin:/bin DRIFTGATE_FAKE_DIR=${dir}`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'sshd_config'), config);
  let stderr = '';
  const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  // a failed spawn is reported by waitForBanner (no pid), never as an uncaught error event
  child.on('error', (error) => {
    stderr += `cannot start ${SSHD}: ${error.message}`;
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  await waitForBanner(port, child, () => stderr);
  const hostKeyPublic = readFileSync(join(dir, 'host_ed25519.pub'), 'utf8').trim();
  const [algo, blob] = hostKeyPublic.split(/\s+/);
  return {
    dir,
    port,
    user,
    clientKey: readFileSync(join(dir, 'client_ed25519'), 'utf8'),
    hostKeyPublic,
    knownHostsLine: (hostName = '127.0.0.1') => `${port === 22 ? hostName : `[${hostName}]:${port}`} ${algo} ${blob}`,
    dockerLog: () => readFileSync(join(dir, 'docker.log'), 'utf8').split('\n').filter(Boolean),
    stack: (path, answer) => {
      const fake = join(path, '.fake');
      mkdirSync(fake, { recursive: true });
      for (const f of ['stdout', 'stderr', 'exit', 'sleep', 'drop']) rmSync(join(fake, f), { force: true });
      if (answer.stdout !== undefined) writeFileSync(join(fake, 'stdout'), answer.stdout);
      if (answer.stderr !== undefined) writeFileSync(join(fake, 'stderr'), answer.stderr);
      if (answer.exit !== undefined) writeFileSync(join(fake, 'exit'), String(answer.exit));
      if (answer.sleepSec !== undefined) writeFileSync(join(fake, 'sleep'), String(answer.sleepSec));
      if (answer.dropConnection) writeFileSync(join(fake, 'drop'), '');
    },
    qm: (list, configs) => {
      writeFileSync(join(dir, 'qm', 'list'), list);
      for (const [id, text] of Object.entries(configs)) writeFileSync(join(dir, 'qm', `config-${id}`), text);
    },
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
