// Backup freshness: the newest file matching `glob` directly in `base_path` on the backup's host.
import { backupListCommand, EXIT_DIR_MISSING } from './commands.js';
import { failure } from './classify.js';
import { firstLines, type Exec, type ParseResult } from './compose.js';
import type { BackupTarget } from '../bindings/types.js';
import type { BackupObservation } from './types.js';

export interface BackupListing {
  matches: number;
  newest?: { name: string; mtimeEpoch: number };
}

/** Parses `<mtime epoch> <./name>` lines (names may contain spaces). */
export function parseBackupList(stdout: string): ParseResult<BackupListing> {
  const listing: BackupListing = { matches: 0 };
  const lines = stdout.split('\n').filter((l) => l.trim().length > 0);
  for (const [i, line] of lines.entries()) {
    const m = /^(\d+)(?:\.\d+)? (.+)$/.exec(line.replace(/\r$/, ''));
    if (!m || !m[1] || !m[2]) return { ok: false, error: `line ${i + 1}: expected "<epoch> <name>", got ${JSON.stringify(line.slice(0, 60))}` };
    const epoch = Number(m[1]);
    const name = m[2].startsWith('./') ? m[2].slice(2) : m[2];
    listing.matches += 1;
    if (!listing.newest || epoch > listing.newest.mtimeEpoch || (epoch === listing.newest.mtimeEpoch && name > listing.newest.name)) {
      listing.newest = { name, mtimeEpoch: epoch };
    }
  }
  return { ok: true, value: listing };
}

function joinPath(base: string, name: string): string {
  return `${base.replace(/\/+$/, '')}/${name}`;
}

/** Probes one backup target through `exec` (bound to the backup's host). Never throws. */
export async function probeBackup(backup: BackupTarget, exec: Exec, now: () => Date): Promise<BackupObservation> {
  const base = { name: backup.name, host: backup.host, startedAt: now().toISOString() };
  let command: string;
  try {
    command = backupListCommand(backup.basePath, backup.glob);
  } catch (error) {
    return { ...base, durationMs: 0, ok: false, failure: failure('error', error), matches: 0 };
  }
  const result = await exec(command);
  const durationMs = result.durationMs;
  if (result.failure) return { ...base, durationMs, ok: false, failure: result.failure, matches: 0 };
  if (result.code === EXIT_DIR_MISSING) {
    return { ...base, durationMs, ok: false, failure: failure('dir-missing', `${backup.basePath} does not exist on ${backup.host}`), matches: 0 };
  }
  if (result.code !== 0) {
    const text = firstLines(result.stderr);
    return { ...base, durationMs, ok: false, failure: failure('command-failed', `listing backups exited with ${result.code}${text ? `: ${text}` : ''}`), matches: 0 };
  }
  const parsed = parseBackupList(result.stdout);
  if (!parsed.ok) return { ...base, durationMs, ok: false, failure: failure('parse-error', parsed.error), matches: 0 };
  const obs: BackupObservation = { ...base, durationMs, ok: true, matches: parsed.value.matches };
  const newest = parsed.value.newest;
  if (newest) obs.newest = { path: joinPath(backup.basePath, newest.name), mtime: new Date(newest.mtimeEpoch * 1000).toISOString() };
  return obs;
}
