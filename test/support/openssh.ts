// Starts a real OpenSSH server (/usr/sbin/sshd) on a free 127.0.0.1 port for integration tests.
// Host and client keys come from ssh-keygen in a temp dir; fake `docker`, `qm`, `pct` and `pvesh` executables
// sit first on the session PATH (sshd `SetEnv`), so tests control what the host "runs":
//   <dir>/docker/stdout | stderr | exit | sleep | drop   the host's docker listing (`docker ps -aq`
//                                                         then `docker inspect --format …`)
//   <dir>/qm/list, <dir>/pct/list                         answered by `qm list` / `pct list`
// Stack directories are real directories (with a compose file unless told otherwise). Every fake
// docker call appends its first argument to <dir>/docker.log (proves what reached the remote shell).
// Without sshd or ssh-keygen (see test/support/tools.ts) HAS_SSHD is false and the tests using it skip.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { toolPath } from './tools.js';

/** The sshd binary (undefined on a machine without openssh-server: its tests skip). */
export const SSHD = toolPath('sshd');
/** ssh-keygen, ssh-agent and ssh-add (openssh-client; openssh-server depends on it) */
export const SSH_KEYGEN = toolPath('ssh-keygen');
export const HAS_SSHD = SSHD !== undefined && SSH_KEYGEN !== undefined;

export interface OpenSshServer {
  dir: string;
  port: number;
  user: string;
  /** the client private key (authorized on the server) */
  clientKey: string;
  /** `[127.0.0.1]:port ssh-ed25519 AAAA...` for the server's ed25519 host key */
  knownHostsLine: (hostName?: string) => string;
  hostKeyPublic: string;
  /** lines fake docker wrote (its subcommand per call) */
  dockerLog: () => string[];
  /** sets what the host's docker listing answers */
  docker: (answer: FakeDocker) => void;
  /** makes a stack directory, with a docker-compose.yml unless `compose` is false */
  stack: (path: string, opts?: { compose?: boolean }) => void;
  /** sets what fake qm and pct answer to `list` */
  lists: (qm: string, pct: string) => void;
  /** sets what fake pvesh answers to `get /cluster/backup --output-format json` (default `[]`) */
  backupJobs: (json: string) => void;
  /** the sshd log so far (LogLevel VERBOSE: connections, authentications) */
  log: () => string;
  /** also accept this client public key (`ssh-ed25519 AAAA…`) */
  authorize: (publicKey: string) => void;
  /** the client public key of this server's own pair */
  clientPublicKey: string;
  stop: () => Promise<void>;
}

export interface OpenSshOptions {
  /** host key type (default ed25519); `rsa` with `legacyRsa` offers only SHA-1 ssh-rsa signatures */
  hostKeyType?: 'ed25519' | 'rsa';
  legacyRsa?: boolean;
  /** further sshd_config lines (e.g. `AllowTcpForwarding no`) */
  config?: string[];
  /** sshd LogLevel (default VERBOSE) */
  logLevel?: string;
  /** authorized_keys options before the client key, e.g. `restrict,command="..."` */
  authorizedKeysOptions?: string;
}

export interface FakeDocker {
  stdout?: string;
  stderr?: string;
  exit?: number;
  sleepSec?: number;
  /** kill the sshd session process mid-command: the connection drops without an exit status */
  dropConnection?: boolean;
}

const FAKE_DOCKER = `#!/bin/sh
d="$DRIFTGATE_FAKE_DIR/docker"
echo "$1" >> "$DRIFTGATE_FAKE_DIR/docker.log"
case "$1 $2 $3" in
  "ps -aq --no-trunc") ;;
  "inspect --format "*) [ -f "$d/stdout" ] && cat "$d/stdout"; exit 0 ;;
  "info --format {{.DockerRootDir}}") echo /var/lib/docker; exit 0 ;;
  *) echo "fake docker: unexpected args: $*" >&2; exit 64 ;;
esac
[ -f "$d/sleep" ] && sleep "$(cat "$d/sleep")"
# drop the connection: kill the session's sshd (the shell's parent); nothing is printed after that
if [ -f "$d/drop" ]; then
  p=$PPID
  for i in 1 2 3 4 5; do case "$(cat /proc/$p/comm)" in sshd*) break ;; *) p=$(awk '{print $4}' /proc/$p/stat) ;; esac; done
  kill -KILL "$p"; sleep 5; exit 99
fi
[ -f "$d/stderr" ] && cat "$d/stderr" >&2
if [ -f "$d/exit" ]; then exit "$(cat "$d/exit")"; fi
[ -s "$d/stdout" ] && echo 0123456789abcdef
exit 0
`;

const fakeList = (tool: string): string => `#!/bin/sh
case "$1" in
  list) cat "$DRIFTGATE_FAKE_DIR/${tool}/list" 2>/dev/null ;;
  *) echo "fake ${tool}: unexpected args: $*" >&2; exit 64 ;;
esac
`;

const FAKE_PVESH = `#!/bin/sh
case "$*" in
  "get /cluster/backup --output-format json") cat "$DRIFTGATE_FAKE_DIR/pvesh/backup" 2>/dev/null || echo '[]' ;;
  *) echo "fake pvesh: unexpected args: $*" >&2; exit 64 ;;
esac
`;

/** One container of the host's docker listing, in the shape the batch's `docker inspect --format` prints. */
export function inspectLine(name: string, dir: string, state = 'running', project = 'shop'): string {
  return JSON.stringify({
    Id: name, Name: `/${name}`, Image: 'img',
    Labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': name, 'com.docker.compose.project.working_dir': dir },
    State: { Status: state, ExitCode: state === 'exited' ? 1 : 0, StartedAt: '2026-02-11T09:00:00Z', FinishedAt: '0001-01-01T00:00:00Z', OOMKilled: false, Health: null },
    RestartCount: 0, Ports: {},
  });
}

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
  execFileSync(SSH_KEYGEN ?? 'ssh-keygen', ['-q', '-t', type, '-N', '', '-C', 'driftgate-test', '-f', file], { stdio: 'ignore' });
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

/** Starts sshd; call `stop()` in afterAll. */
export async function startOpenSsh(opts: OpenSshOptions = {}): Promise<OpenSshServer> {
  if (!SSHD) throw new Error('sshd is not installed (apt-get install openssh-server); guard the test with HAS_SSHD');
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-sshd-'));
  const bin = join(dir, 'bin');
  for (const d of [bin, join(dir, 'qm'), join(dir, 'pct'), join(dir, 'docker'), join(dir, 'pvesh')]) mkdirSync(d);
  writeFileSync(join(bin, 'docker'), FAKE_DOCKER);
  writeFileSync(join(bin, 'qm'), fakeList('qm'));
  writeFileSync(join(bin, 'pct'), fakeList('pct'));
  writeFileSync(join(bin, 'pvesh'), FAKE_PVESH);
  for (const tool of ['docker', 'qm', 'pct', 'pvesh']) chmodSync(join(bin, tool), 0o755);
  writeFileSync(join(dir, 'docker.log'), '');
  const hostKey = join(dir, opts.hostKeyType === 'rsa' ? 'host_rsa' : 'host_ed25519');
  keygen(hostKey, opts.hostKeyType ?? 'ed25519');
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
    `HostKey ${hostKey}`,
    ...(opts.legacyRsa ? ['HostKeyAlgorithms ssh-rsa'] : []),
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    'StrictModes no',
    'UsePAM no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin yes',
    'PubkeyAuthentication yes',
    `LogLevel ${opts.logLevel ?? 'VERBOSE'}`,
    'MaxSessions 10',
    `SetEnv PATH=${bin}:/usr/local/bin:/usr/bin:/bin DRIFTGATE_FAKE_DIR=${dir}`,
    ...(opts.config ?? []),
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
    stderr = (stderr + d.toString()).slice(-65_536);
  });
  await waitForBanner(port, child, () => stderr);
  const hostKeyPublic = readFileSync(`${hostKey}.pub`, 'utf8').trim();
  const [algo, blob] = hostKeyPublic.split(/\s+/);
  return {
    dir,
    port,
    user,
    clientKey: readFileSync(join(dir, 'client_ed25519'), 'utf8'),
    hostKeyPublic,
    knownHostsLine: (hostName = '127.0.0.1') => `${port === 22 ? hostName : `[${hostName}]:${port}`} ${algo} ${blob}`,
    dockerLog: () => readFileSync(join(dir, 'docker.log'), 'utf8').split('\n').filter(Boolean),
    docker: (answer) => {
      const fake = join(dir, 'docker');
      for (const f of ['stdout', 'stderr', 'exit', 'sleep', 'drop']) rmSync(join(fake, f), { force: true });
      if (answer.stdout !== undefined) writeFileSync(join(fake, 'stdout'), answer.stdout);
      if (answer.stderr !== undefined) writeFileSync(join(fake, 'stderr'), answer.stderr);
      if (answer.exit !== undefined) writeFileSync(join(fake, 'exit'), String(answer.exit));
      if (answer.sleepSec !== undefined) writeFileSync(join(fake, 'sleep'), String(answer.sleepSec));
      if (answer.dropConnection) writeFileSync(join(fake, 'drop'), '');
    },
    stack: (path, o = {}) => {
      mkdirSync(path, { recursive: true });
      if (o.compose === false) rmSync(join(path, 'docker-compose.yml'), { force: true });
      else writeFileSync(join(path, 'docker-compose.yml'), 'services: {}\n');
    },
    lists: (qm, pct) => {
      writeFileSync(join(dir, 'qm', 'list'), qm);
      writeFileSync(join(dir, 'pct', 'list'), pct);
    },
    backupJobs: (json) => writeFileSync(join(dir, 'pvesh', 'backup'), json),
    log: () => stderr,
    authorize: (publicKey) => appendFileSync(join(dir, 'authorized_keys'), `${publicKey.trim()}\n`),
    clientPublicKey: readFileSync(join(dir, 'client_ed25519.pub'), 'utf8').trim(),
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
