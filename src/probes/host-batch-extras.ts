// The host batch's sections for deployed compose files, backup sizes, the hypervisor's backup jobs
// and disk usage (after the docker, stack, backup and hypervisor sections of host-batch.ts). Each is
// a fixed, read-only line; YAML values reach it only single-quoted. Compose file lines are printed
// with a `|` in front, so nothing in a file can look like a section frame.
import { EXIT_COMPOSE_MISSING, EXIT_DIR_MISSING, quoteRemotePath, unquotePath } from './commands.js';
import { COMPOSE_FILES, type HostBatch, listingLine, parseListingLine } from './host-batch.js';

/** Exit code of the disk line when `df` did not finish in time. */
export const EXIT_DF_TIMEOUT = 124;
/** Seconds `df` may take (a hung network mount must not stall the host's other probes). */
export const DF_SECONDS = 10;

// host-batch.ts imports this module and this one its template pieces: they are read when a line is
// built, never while the modules load (a constant here would see them undefined)
const composeHead = (i: number): string => `b compose:${i}; ( cd -- `;
const composeTail = (i: number): string =>
  ` 2>/dev/null || exit ${EXIT_DIR_MISSING}; pwd -P; for f in ${COMPOSE_FILES}; do [ -f "$f" ] && { printf '@@file %s\\n' "$f"; sed 's/^/|/' "$f"; exit; }; done; exit ${EXIT_COMPOSE_MISSING} ); e compose:${i}`;

const SIZES_HEAD = 'b backupsizes; set --; for d in ';
const SIZES_STAT = "-exec stat -c '%Y %s %n' {} +; e backupsizes";

export const BACKUP_JOBS_LINE = `b backupjobs; printf '@@node %s\\n' "$(uname -n)"; pvesh get /cluster/backup --output-format json; e backupjobs`;
export const DISK_LINE = `b disk; timeout ${DF_SECONDS} df -P -k; e disk`;
export const DISK_DOCKER_LINE =
  `b disk; timeout ${DF_SECONDS} df -P -k; d=$?; printf '\\n@@dockerroot %s\\n' "$(docker info --format '{{.DockerRootDir}}' 2>/dev/null)"; [ "$d" -eq 0 ]; e disk`;

function composeLine(i: number, path: string): string {
  return `${composeHead(i)}${quoteRemotePath(path)}${composeTail(i)}`;
}

/** Section ids of the extra sections, in template order. */
export function extraSectionIds(batch: HostBatch): string[] {
  return [
    ...(batch.composeFiles ?? []).map((_, i) => `compose:${i + (batch.firstCompose ?? 0)}`),
    ...(batch.backupSizes ? ['backupsizes'] : []),
    ...(batch.backupJobs ? ['backupjobs'] : []),
    ...(batch.disk ? ['disk'] : []),
  ];
}

/** The template lines of the extra sections; throws UnsafeRemoteValueError on a control character. */
export function extraLines(batch: HostBatch): string[] {
  const lines = (batch.composeFiles ?? []).map((path, n) => composeLine(n + (batch.firstCompose ?? 0), path));
  if (batch.backupSizes) lines.push(listingLine(SIZES_HEAD, SIZES_STAT, batch.backupSizes));
  if (batch.backupJobs) lines.push(BACKUP_JOBS_LINE);
  if (batch.disk) lines.push(batch.disk === 'docker' ? DISK_DOCKER_LINE : DISK_LINE);
  return lines;
}

function parseComposeLine(line: string, i: number): string | undefined {
  const head = composeHead(i);
  const tail = composeTail(i);
  if (!line.startsWith(head) || !line.endsWith(tail)) return undefined;
  return unquotePath(line.slice(head.length, -tail.length));
}

/**
 * Reads the extra sections' lines from the front of `lines` (what `parseHostBatch` has not read)
 * into `batch`; false when a line starts like one of them but is not exactly the template.
 */
export function parseExtraLines(lines: string[], batch: HostBatch): boolean {
  const first = /^b compose:(\d+); /.exec(lines[0] ?? '');
  if (first) {
    const start = Number(first[1]);
    if (start > 0) batch.firstCompose = start;
    batch.composeFiles = [];
    while (lines[0]?.startsWith(composeHead(start + batch.composeFiles.length))) {
      const path = parseComposeLine(lines.shift() as string, start + batch.composeFiles.length);
      if (path === undefined) return false;
      batch.composeFiles.push(path);
    }
  }
  if (lines[0]?.startsWith(SIZES_HEAD)) {
    const sizes = parseListingLine(lines.shift() as string, SIZES_HEAD, SIZES_STAT);
    if (!sizes) return false;
    batch.backupSizes = sizes;
  }
  if (lines[0] === BACKUP_JOBS_LINE) {
    batch.backupJobs = true;
    lines.shift();
  }
  if (lines[0] === DISK_LINE || lines[0] === DISK_DOCKER_LINE) {
    batch.disk = lines.shift() === DISK_LINE ? 'plain' : 'docker';
  }
  return true;
}
