// One exec per host: every probe of a host (its containers, stack directories, backup listings,
// hypervisor lists) in one fixed shell template, one section per line, each section's output
// framed by `@@begin <id>` / `@@end <id> <exit code>` on stdout (and the same frames on stderr).
// The lab parses the template back with `parseHostBatch` and answers it section by section.
import {
  EXIT_COMPOSE_MISSING,
  EXIT_DIR_MISSING,
  assertSafeRemoteValue,
  quoteRemotePath,
  shellQuote,
  splitQuotedWords,
  unquote,
  unquotePath,
} from './commands.js';
import { extraLines, extraSectionIds, parseExtraLines } from './host-batch-extras.js';

export interface HostBatch {
  /** one docker listing of every container of the host */
  docker: boolean;
  /** stack directories checked (exists, holds a compose file), in section order */
  stacks: string[];
  /** section number of the first stack (a host's stacks split over several execs) */
  firstStack?: number;
  /** one listing of every backup directory of the host; `globs` empty = every file (matched locally) */
  backups?: { dirs: string[]; globs: string[] };
  /** the Proxmox node name, `qm list`, `pct list` and every guest config */
  hypervisor: boolean;
  /** stack directories whose compose file is read (sections `compose:N`, host-batch-extras.ts) */
  composeFiles?: string[];
  /** section number of the first compose file (a host's compose files split over several execs) */
  firstCompose?: number;
  /** the backup directories listed again with file sizes */
  backupSizes?: { dirs: string[]; globs: string[] };
  /** the hypervisor's backup jobs (`pvesh get /cluster/backup`) */
  backupJobs?: boolean;
  /** `df` of the host; `docker`: and the docker data root */
  disk?: 'plain' | 'docker';
}

/** Section ids, in the order the template runs them. */
export function sectionIds(batch: HostBatch): string[] {
  return [
    ...(batch.docker ? ['docker'] : []),
    ...batch.stacks.map((_, i) => `stack:${i + (batch.firstStack ?? 0)}`),
    ...(batch.backups ? ['backups'] : []),
    ...(batch.hypervisor ? ['hypervisor'] : []),
    ...extraSectionIds(batch),
  ];
}

const PRELUDE =
  `b(){ printf '@@begin %s\\n' "$1"; printf '@@begin %s\\n' "$1" >&2; }; ` +
  `e(){ s=$?; printf '\\n@@end %s %s\\n' "$1" "$s"; printf '\\n@@end %s\\n' "$1" >&2; }`;

/**
 * The fields of `docker inspect` driftgate reads, in docker inspect's own shape (so full
 * `docker inspect` output parses the same way); no environment, so no secrets travel.
 */
export const INSPECT_FORMAT =
  '{"Id":{{json .Id}},"Name":{{json .Name}},"Image":{{json .Config.Image}},"Labels":{{json .Config.Labels}},' +
  '"State":{"Status":{{json .State.Status}},"ExitCode":{{json .State.ExitCode}},"StartedAt":{{json .State.StartedAt}},' +
  '"FinishedAt":{{json .State.FinishedAt}},"OOMKilled":{{json .State.OOMKilled}},' +
  '"Health":{{if .State.Health}}{"Status":{{json .State.Health.Status}}}{{else}}null{{end}}},' +
  '"RestartCount":{{json .RestartCount}},"Ports":{{json .NetworkSettings.Ports}}}';

const DOCKER_LINE = `b docker; ids=$(docker ps -aq --no-trunc) && { [ -z "$ids" ] || docker inspect --format ${shellQuote(INSPECT_FORMAT)} $ids; }; e docker`;

export const COMPOSE_FILES = 'compose.yaml compose.yml docker-compose.yaml docker-compose.yml';
const stackHead = (i: number): string => `b stack:${i}; ( cd -- `;
const STACK_TAIL = ` 2>/dev/null || exit ${EXIT_DIR_MISSING}; pwd; pwd -P; for f in ${COMPOSE_FILES}; do [ -f "$f" ] && exit 0; done; exit ${EXIT_COMPOSE_MISSING} )`;

const BACKUP_HEAD = 'b backups; set --; for d in ';
const DIR_LOOP = `; do if [ -d "$d" ]; then printf '@@dir %s\\n' "$d"; set -- "$@" "$d"; else printf '@@nodir %s\\n' "$d"; fi; done; `;
const FIND = '[ $# -eq 0 ] || find "$@" -maxdepth 1 -type f ';
const BACKUP_STAT = "-exec stat -c '%Y %n' {} +; e backups";

/**
 * The longest command sent in one exec: SSH packets of ssh2 and Dropbear carry about 32 KB, so a
 * host's probes that do not fit are split over several execs.
 */
export const MAX_COMMAND_BYTES = 30_000;

export const HYPERVISOR_LINE =
  `b hypervisor; printf '@@node %s\\n' "$(uname -n)"; printf '@@qm\\n'; qm list; q=$?; printf '@@pct\\n'; pct list; p=$?; ` +
  `for f in /etc/pve/qemu-server/*.conf /etc/pve/lxc/*.conf; do [ -f "$f" ] && printf '\\n@@conf %s\\n' "$f" && cat -- "$f"; done; ` +
  `printf '\\n@@status %s %s\\n' "$q" "$p"; [ "$q" -eq 0 ] && [ "$p" -eq 0 ]; e hypervisor`;

/** A directory for `find`: never read as an option. */
function findPath(path: string): string {
  return quoteRemotePath(path.startsWith('-') ? `./${path}` : path);
}

/**
 * A line listing the files of directories (`@@dir`/`@@nodir` per directory, then `find … <tail>`)
 * that match any of the globs, every file when `globs` is empty (matched locally): the backups
 * section and the backup sizes section (host-batch-extras.ts) differ only in `head` and `tail`.
 */
export function listingLine(head: string, tail: string, listing: { dirs: string[]; globs: string[] }): string {
  for (const g of listing.globs) assertSafeRemoteValue(g, 'glob');
  const names = listing.globs.length === 0 ? '' : `\\( ${listing.globs.map((g) => `-name ${shellQuote(g)}`).join(' -o ')} \\) `;
  return `${head}${listing.dirs.map(findPath).join(' ')}${DIR_LOOP}${FIND}${names}${tail}`;
}

/** Inverse of `listingLine` (the lab); undefined when the line is not one. */
export function parseListingLine(line: string, head: string, tail: string): { dirs: string[]; globs: string[] } | undefined {
  if (!line.startsWith(head) || !line.endsWith(tail)) return undefined;
  const loop = line.indexOf(DIR_LOOP);
  if (loop < 0) return undefined;
  const dirs = splitQuotedWords(line.slice(head.length, loop))?.map(unquotePath);
  const rest = line.slice(loop + DIR_LOOP.length, line.length - tail.length);
  if (!rest.startsWith(FIND)) return undefined;
  const filter = rest.slice(FIND.length);
  const names = filter === '' ? [] : filter.startsWith('\\( ') && filter.endsWith(' \\) ') ? filter.slice(3, -4).split(' -o ') : undefined;
  const globs = names?.map((w) => (w.startsWith('-name ') ? unquote(w.slice(6)) : undefined));
  if (!dirs || dirs.some((d) => d === undefined) || !globs || globs.some((g) => g === undefined)) return undefined;
  return { dirs: (dirs as string[]).map((d) => (d.startsWith('./-') ? d.slice(2) : d)), globs: globs as string[] };
}

/** The whole template of a host's probes; throws UnsafeRemoteValueError on a value with a control character. */
export function hostBatchCommand(batch: HostBatch): string {
  const lines = [PRELUDE];
  if (batch.docker) lines.push(DOCKER_LINE);
  batch.stacks.forEach((path, n) => {
    const i = n + (batch.firstStack ?? 0);
    lines.push(`${stackHead(i)}${quoteRemotePath(path)}${STACK_TAIL}; e stack:${i}`);
  });
  if (batch.backups) lines.push(listingLine(BACKUP_HEAD, BACKUP_STAT, batch.backups));
  if (batch.hypervisor) lines.push(HYPERVISOR_LINE);
  lines.push(...extraLines(batch));
  return lines.join('\n');
}

/** The section number in a stack line (`b stack:N; …`). */
function stackIndex(line: string | undefined): number | undefined {
  const m = line ? /^b stack:(\d+); /.exec(line) : null;
  return m ? Number(m[1]) : undefined;
}

function parseStackLine(line: string, i: number): string | undefined {
  const head = stackHead(i);
  const tail = `${STACK_TAIL}; e stack:${i}`;
  if (!line.startsWith(head) || !line.endsWith(tail)) return undefined;
  return unquotePath(line.slice(head.length, -tail.length));
}

/** Parses a template made by `hostBatchCommand` (the lab's SSH server); undefined for anything else. */
export function parseHostBatch(command: string): HostBatch | undefined {
  const lines = command.split('\n');
  if (lines.shift() !== PRELUDE) return undefined;
  const batch: HostBatch = { docker: false, stacks: [], hypervisor: false };
  if (lines[0] === DOCKER_LINE) {
    batch.docker = true;
    lines.shift();
  }
  const first = stackIndex(lines[0]);
  if (first !== undefined && first > 0) batch.firstStack = first;
  while (first !== undefined && lines[0]?.startsWith(stackHead(first + batch.stacks.length))) {
    const path = parseStackLine(lines.shift() as string, first + batch.stacks.length);
    if (path === undefined) return undefined;
    batch.stacks.push(path);
  }
  if (lines[0]?.startsWith(BACKUP_HEAD)) {
    const backups = parseListingLine(lines.shift() as string, BACKUP_HEAD, BACKUP_STAT);
    if (!backups) return undefined;
    batch.backups = backups;
  }
  if (lines[0] === HYPERVISOR_LINE) {
    batch.hypervisor = true;
    lines.shift();
  }
  if (!parseExtraLines(lines, batch) || lines.length > 0) return undefined;
  // only exactly what the template produces: the round trip must give the same text back
  try {
    return hostBatchCommand(batch) === command ? batch : undefined;
  } catch {
    return undefined;
  }
}

/** One section of a batch's output. */
export interface SectionOutput {
  stdout: string;
  stderr: string;
  /** the section's exit status; undefined when the section never finished */
  code?: number;
}

function frame(text: string, id: string, end: RegExp): { body: string; code?: number } | undefined {
  const begin = `@@begin ${id}\n`;
  const at = text.startsWith(begin) ? 0 : text.indexOf(`\n${begin}`);
  if (at < 0) return undefined;
  const from = at === 0 ? begin.length : at + 1 + begin.length;
  const rest = text.slice(from);
  const m = end.exec(rest);
  if (!m) return { body: rest };
  return { body: rest.slice(0, m.index), ...(m[1] !== undefined ? { code: Number(m[1]) } : {}) };
}

const escape = (id: string): string => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits a batch's stdout and stderr into its sections (missing ones are absent from the map). */
export function splitSections(ids: string[], stdout: string, stderr: string): Map<string, SectionOutput> {
  const out = new Map<string, SectionOutput>();
  for (const id of ids) {
    const o = frame(stdout, id, new RegExp(`\\n@@end ${escape(id)} (\\d+)\\n`));
    if (!o) continue;
    const e = frame(stderr, id, new RegExp(`\\n@@end ${escape(id)}\\n`));
    out.set(id, { stdout: o.body, stderr: e?.body ?? '', ...(o.code !== undefined ? { code: o.code } : {}) });
  }
  return out;
}
