// Backup freshness from the host batch's one listing of every backup directory of a host: which
// directories exist (`@@dir`/`@@nodir`, in declared order), then `<mtime epoch> <dir>/<name>` for
// each file matching any of the host's globs; each target takes the newest file of its glob.
import type { BackupTarget } from '../bindings/types.js';
import { failure } from './classify.js';
import { type ParseResult, exitedFailure } from './classify-output.js';
import { globToRegExp } from './glob.js';
import type { SectionOutput } from './host-batch.js';
import type { BackupObservation, ProbeFailure } from './types.js';

export interface BackupListing {
  matches: number;
  newest?: { name: string; mtimeEpoch: number };
}

interface DirListing {
  /** the directory as the remote shell expanded it, undefined when it does not exist */
  expanded?: string;
  files: Array<{ name: string; epoch: number }>;
}

/** A base path without trailing slashes (`/tank/dump/` and `/tank/dump` are one directory). */
export function dirOf(b: BackupTarget): string {
  return b.basePath.length > 1 ? b.basePath.replace(/\/+$/, '') : b.basePath;
}

/** The distinct directories and globs of a host's backups, in the order the batch lists them. */
export function backupBatch(backups: BackupTarget[]): { dirs: string[]; globs: string[] } {
  return { dirs: [...new Set(backups.map(dirOf))], globs: [...new Set(backups.map((b) => b.glob))] };
}

/** Parses the backups section: one `@@dir`/`@@nodir` line per declared directory, then the files. */
export function parseBackupSection(stdout: string, dirCount: number): ParseResult<DirListing[]> {
  const lines = stdout.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.length > 0);
  const dirs: DirListing[] = [];
  for (let i = 0; i < dirCount; i++) {
    const line = lines.shift() ?? '';
    const m = /^@@(dir|nodir) (.*)$/.exec(line);
    if (!m) return { ok: false, error: `expected the state of backup directory ${i + 1}, got ${JSON.stringify(line.slice(0, 60))}` };
    dirs.push(m[1] === 'dir' ? { expanded: (m[2] ?? '').replace(/\/+$/, ''), files: [] } : { files: [] });
  }
  for (const [i, line] of lines.entries()) {
    const m = /^(\d+)(?:\.\d+)? (.+)$/.exec(line);
    if (!m || !m[1] || !m[2]) return { ok: false, error: `line ${i + 1}: expected "<epoch> <path>", got ${JSON.stringify(line.slice(0, 60))}` };
    const path = m[2];
    // the longest directory prefix owns the file (find lists `<dir>/<name>`, depth 1)
    const owner = dirs
      .filter((d) => d.expanded !== undefined && path.startsWith(`${d.expanded}/`))
      .sort((a, b) => (b.expanded?.length ?? 0) - (a.expanded?.length ?? 0))[0];
    if (!owner) return { ok: false, error: `line ${i + 1}: ${JSON.stringify(path.slice(0, 60))} is in none of the listed directories` };
    owner.files.push({ name: path.slice((owner.expanded?.length ?? 0) + 1), epoch: Number(m[1]) });
  }
  return { ok: true, value: dirs };
}

/** The newest file matching `glob` among `files` (ties broken by name, as before). */
export function newestMatching(files: DirListing['files'], glob: string): BackupListing {
  const re = globToRegExp(glob);
  const listing: BackupListing = { matches: 0 };
  for (const f of files) {
    if (!re.test(f.name)) continue;
    listing.matches += 1;
    const n = listing.newest;
    if (!n || f.epoch > n.mtimeEpoch || (f.epoch === n.mtimeEpoch && f.name > n.name)) listing.newest = { name: f.name, mtimeEpoch: f.epoch };
  }
  return listing;
}

export function joinPath(base: string, name: string): string {
  return `${base.replace(/\/+$/, '')}/${name}`;
}

/** Directories a failed `find` names on stderr (`find: '/x': Permission denied`). */
function failedDirs(stderr: string, dirs: DirListing[]): Set<number> {
  const out = new Set<number>();
  dirs.forEach((d, i) => {
    if (d.expanded && stderr.includes(`'${d.expanded}`)) out.add(i);
  });
  return out;
}

/**
 * Observations of a host's backups from its batch section (or the failure that kept the section
 * from answering). `startedAt`/`durationMs` are the batch's.
 */
export function backupObservations(
  backups: BackupTarget[],
  section: SectionOutput | undefined,
  missing: ProbeFailure,
  base: { startedAt: string; durationMs: number },
): BackupObservation[] {
  const fail = (b: BackupTarget, f: ProbeFailure): BackupObservation => ({ name: b.name, host: b.host, ...base, ok: false, failure: f, matches: 0 });
  if (!section || section.code === undefined) return backups.map((b) => fail(b, missing));
  const code = section.code;
  const { dirs } = backupBatch(backups);
  const parsed = parseBackupSection(section.stdout, dirs.length);
  if (!parsed.ok) return backups.map((b) => fail(b, failure('parse-error', parsed.error)));
  const failed = code === 0 ? new Set<number>() : failedDirs(section.stderr, parsed.value);
  return backups.map((b) => {
    const i = dirs.indexOf(dirOf(b));
    const dir = parsed.value[i];
    if (!dir || dir.expanded === undefined) return fail(b, failure('dir-missing', `${b.basePath} does not exist on ${b.host}`));
    if (code !== 0 && (failed.size === 0 || failed.has(i))) return fail(b, exitedFailure('listing backups', code, section.stderr));
    const listing = newestMatching(dir.files, b.glob);
    const obs: BackupObservation = { name: b.name, host: b.host, ...base, ok: true, matches: listing.matches };
    if (listing.newest) obs.newest = { path: joinPath(b.basePath, listing.newest.name), mtime: new Date(listing.newest.mtimeEpoch * 1000).toISOString() };
    return obs;
  });
}
