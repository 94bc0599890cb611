// The host batch's sections for deployed compose files, backup sizes, the hypervisor's backup jobs
// and disk usage (after the docker, stack, backup and hypervisor sections of host-batch.ts). Each is
// a fixed, read-only line; YAML values reach it only single-quoted. Compose file lines are printed
// with a `|` in front, so nothing in a file can look like a section frame.
import { assertSafeRemoteValue, EXIT_COMPOSE_MISSING, EXIT_DIR_MISSING, quoteRemotePath, shellQuote, splitQuotedWords, unquote, unquotePath } from './commands.js';
import { COMPOSE_FILES, DIR_LOOP, FIND, findPath, type HostBatch } from './host-batch.js';

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

function sizesLine(dirs: string[], globs: string[]): string {
  for (const g of globs) assertSafeRemoteValue(g, 'glob');
  const head = `${SIZES_HEAD}${dirs.map(findPath).join(' ')}${DIR_LOOP}${FIND}`;
  return globs.length === 0 ? `${head}${SIZES_STAT}` : `${head}\\( ${globs.map((g) => `-name ${shellQuote(g)}`).join(' -o ')} \\) ${SIZES_STAT}`;
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
  if (batch.backupSizes) lines.push(sizesLine(batch.backupSizes.dirs, batch.backupSizes.globs));
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

function parseSizesLine(line: string): HostBatch['backupSizes'] {
  if (!line.startsWith(SIZES_HEAD) || !line.endsWith(SIZES_STAT)) return undefined;
  const loop = line.indexOf(DIR_LOOP);
  if (loop < 0) return undefined;
  const dirs = splitQuotedWords(line.slice(SIZES_HEAD.length, loop))?.map(unquotePath);
  const rest = line.slice(loop + DIR_LOOP.length + FIND.length, -SIZES_STAT.length);
  const names = rest === '' ? [] : rest.startsWith('\\( ') && rest.endsWith(' \\) ') ? rest.slice(3, -4).split(' -o ') : undefined;
  const globs = names?.map((w) => (w.startsWith('-name ') ? unquote(w.slice(6)) : undefined));
  if (!dirs || dirs.some((d) => d === undefined) || !globs || globs.some((g) => g === undefined)) return undefined;
  return { dirs: (dirs as string[]).map((d) => (d.startsWith('./-') ? d.slice(2) : d)), globs: globs as string[] };
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
    const sizes = parseSizesLine(lines.shift() as string);
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
