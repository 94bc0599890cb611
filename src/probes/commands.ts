// The fixed remote command templates. YAML values (paths, globs) reach the remote shell only
// through `shellQuote`/`quoteRemotePath`, after `assertSafeRemoteValue`. The lab parses the same
// templates back with `parseRemoteCommand`, so probe and lab cannot drift apart.

/** Exit code a template uses when the directory does not exist. */
export const EXIT_DIR_MISSING = 90;

/** Characters never allowed in a value sent to a remote shell, even quoted (control chars, NUL). */
const FORBIDDEN = /[\u0000-\u001f\u007f]/;

export class UnsafeRemoteValueError extends Error {
  constructor(readonly value: string, readonly what: string) {
    super(`refusing to send ${what} ${JSON.stringify(value)} to a remote shell: it contains a control character`);
    this.name = 'UnsafeRemoteValueError';
  }
}

export function assertSafeRemoteValue(value: string, what: string): void {
  if (value.length === 0 || value.length > 4096 || FORBIDDEN.test(value)) {
    throw new UnsafeRemoteValueError(value, what);
  }
}

/** POSIX single-quote escaping: the result is one shell word whose value is exactly `value`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Quotes a path, keeping a leading `~/` outside the quotes so the remote shell expands it. */
export function quoteRemotePath(path: string): string {
  assertSafeRemoteValue(path, 'path');
  if (path === '~') return '~';
  if (path.startsWith('~/')) return `~/${shellQuote(path.slice(2))}`;
  return shellQuote(path);
}

function unquote(word: string): string | undefined {
  // inverse of shellQuote for words it produced: '...' with '\'' sequences
  if (!word.startsWith("'") || !word.endsWith("'") || word.length < 2) return undefined;
  const inner = word.slice(1, -1);
  return inner.replace(/'\\''/g, "'");
}

function unquotePath(word: string): string | undefined {
  if (word === '~') return '~';
  if (word.startsWith('~/')) {
    const rest = unquote(word.slice(2));
    return rest === undefined ? undefined : `~/${rest}`;
  }
  return unquote(word);
}

const COMPOSE_PREFIX = 'cd -- ';
const COMPOSE_SUFFIX = ` 2>/dev/null || exit ${EXIT_DIR_MISSING}; docker compose ps -a --format json`;

/** `docker compose ps -a --format json` in the stack directory; `-a` so exited containers are never hidden. */
export function composePsCommand(stackPath: string): string {
  return `${COMPOSE_PREFIX}${quoteRemotePath(stackPath)}${COMPOSE_SUFFIX}`;
}

const BACKUP_SUFFIX = " -exec stat -c '%Y %n' {} +";

/** Lists files matching `glob` directly in `basePath` as `<mtime epoch> <./name>` lines. */
export function backupListCommand(basePath: string, glob: string): string {
  assertSafeRemoteValue(glob, 'glob');
  return `${COMPOSE_PREFIX}${quoteRemotePath(basePath)} 2>/dev/null || exit ${EXIT_DIR_MISSING}; find . -maxdepth 1 -type f -name ${shellQuote(glob)}${BACKUP_SUFFIX}`;
}

/** Proxmox: the VM list, then each VM's config, separated by `@@vm <vmid>` lines. */
export const HYPERVISOR_COMMAND =
  "qm list && for id in $(qm list | awk 'NR>1 {print $1}'); do echo \"@@vm $id\"; qm config \"$id\"; done";

export type RemoteCommand =
  | { kind: 'compose-ps'; path: string }
  | { kind: 'backup-list'; basePath: string; glob: string }
  | { kind: 'hypervisor' };

/** Parses a command produced by the templates above (used by the lab's SSH server). */
export function parseRemoteCommand(command: string): RemoteCommand | undefined {
  if (command === HYPERVISOR_COMMAND) return { kind: 'hypervisor' };
  if (!command.startsWith(COMPOSE_PREFIX)) return undefined;
  if (command.endsWith(COMPOSE_SUFFIX)) {
    const path = unquotePath(command.slice(COMPOSE_PREFIX.length, -COMPOSE_SUFFIX.length));
    return path === undefined ? undefined : { kind: 'compose-ps', path };
  }
  const mid = ` 2>/dev/null || exit ${EXIT_DIR_MISSING}; find . -maxdepth 1 -type f -name `;
  const at = command.indexOf(mid);
  if (at < 0 || !command.endsWith(BACKUP_SUFFIX)) return undefined;
  const basePath = unquotePath(command.slice(COMPOSE_PREFIX.length, at));
  const glob = unquote(command.slice(at + mid.length, -BACKUP_SUFFIX.length));
  if (basePath === undefined || glob === undefined) return undefined;
  return { kind: 'backup-list', basePath, glob };
}
