// Backup files with their sizes, from the batch's backupsizes section: the backups section's
// listing with `<mtime> <bytes> <path>` per file. Each target keeps its matching files newest
// first (at most MAX_FILES), so backup-depth can compare the newest one with those before it.
import type { BackupTarget } from '../bindings/types.js';
import { backupBatch, dirOf, joinPath, parseBackupSection } from './backup.js';
import { failure } from './classify.js';
import { exitedFailure } from './classify-output.js';
import { globToRegExp } from './glob.js';
import type { SectionOutput } from './host-batch.js';
import type { BackupSizeObservation, ProbeFailure } from './types.js';

/** Files kept per target, newest first. */
export const MAX_FILES = 100;

/** The section without sizes (as parseBackupSection reads it) and the size of each listed path. */
function splitSizes(stdout: string): { listing: string; sizes: Map<string, number> } | { error: string } {
  const sizes = new Map<string, number>();
  const out: string[] = [];
  for (const [i, line] of stdout.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('@@')) {
      out.push(line);
      continue;
    }
    const m = /^(\d+)(?:\.\d+)? (\d+) (.+)$/.exec(line.replace(/\r$/, ''));
    if (!m) return { error: `line ${i + 1}: expected "<epoch> <bytes> <path>", got ${JSON.stringify(line.slice(0, 60))}` };
    sizes.set(m[3] as string, Number(m[2]));
    out.push(`${m[1]} ${m[3]}`);
  }
  return { listing: out.join('\n'), sizes };
}

/** Size observations of a host's backups from its section (or the failure that kept it from answering). */
export function backupSizeObservations(
  backups: BackupTarget[],
  section: SectionOutput | undefined,
  missing: ProbeFailure,
  base: { startedAt: string; durationMs: number },
): BackupSizeObservation[] {
  const fail = (b: BackupTarget, f: ProbeFailure): BackupSizeObservation => ({ name: b.name, host: b.host, ...base, ok: false, failure: f, files: [] });
  if (!section || section.code === undefined) return backups.map((b) => fail(b, missing));
  if (section.code !== 0) {
    const f = exitedFailure('listing backup sizes', section.code, section.stderr);
    return backups.map((b) => fail(b, f));
  }
  const split = splitSizes(section.stdout);
  const { dirs } = backupBatch(backups);
  const parsed = 'error' in split ? { ok: false as const, error: split.error } : parseBackupSection(split.listing, dirs.length);
  if (!parsed.ok) return backups.map((b) => fail(b, failure('parse-error', parsed.error)));
  const sizes = 'sizes' in split ? split.sizes : new Map<string, number>();
  return backups.map((b) => {
    const dir = parsed.value[dirs.indexOf(dirOf(b))];
    if (!dir || dir.expanded === undefined) return fail(b, failure('dir-missing', `${b.basePath} does not exist on ${b.host}`));
    const re = globToRegExp(b.glob);
    const files = dir.files
      .filter((f) => re.test(f.name))
      .sort((x, y) => y.epoch - x.epoch || (y.name > x.name ? 1 : -1))
      .slice(0, MAX_FILES)
      .map((f) => ({ path: joinPath(b.basePath, f.name), mtime: new Date(f.epoch * 1000).toISOString(), bytes: sizes.get(`${dir.expanded}/${f.name}`) ?? 0 }));
    return { name: b.name, host: b.host, ...base, ok: true, files };
  });
}
