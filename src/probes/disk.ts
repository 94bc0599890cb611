// A host's file systems from the batch's disk section: `df -P -k` (POSIX columns, so one line per
// file system), then `@@dockerroot <dir>` on hosts with stacks. Pseudo file systems (tmpfs, overlay
// layers of containers, /proc, /sys, /dev, /run) are no disks and are left out.
import { failure } from './classify.js';
import { type ParseResult, exitedFailure } from './classify-output.js';
import type { SectionOutput } from './host-batch.js';
import { EXIT_DF_TIMEOUT } from './host-batch-extras.js';
import type { DiskObservation, FilesystemObservation, ProbeFailure } from './types.js';

const PSEUDO = new Set(['tmpfs', 'devtmpfs', 'udev', 'overlay', 'shm', 'none', 'efivarfs', 'cgroup', 'cgroup2', 'proc', 'sysfs']);
const PSEUDO_MOUNT = /^\/(proc|sys|dev|run)(\/|$)/;

/** Parses `df -P -k`; pseudo file systems and zero-sized ones are dropped. */
export function parseDf(text: string): ParseResult<FilesystemObservation[]> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('@@'));
  const header = lines.shift();
  if (!header || !/^Filesystem\s+(1024|1K)-blocks\s+Used\s+Avail/i.test(header)) return { ok: false, error: 'the df listing has no "Filesystem 1024-blocks Used Available" header' };
  const out: FilesystemObservation[] = [];
  for (const [i, line] of lines.entries()) {
    const m = /^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)%\s+(\/.*)$/.exec(line.trim());
    if (!m) return { ok: false, error: `df line ${i + 2}: cannot read ${JSON.stringify(line.trim().slice(0, 60))}` };
    const [, filesystem, size, used, avail, pct, mount] = m as unknown as [string, string, string, string, string, string, string];
    if (PSEUDO.has(filesystem) || PSEUDO_MOUNT.test(mount) || Number(size) === 0) continue;
    out.push({ filesystem, mount, sizeKb: Number(size), usedKb: Number(used), availKb: Number(avail), usedPercent: Number(pct) });
  }
  return { ok: true, value: out };
}

/** The file system a path lies on: the longest mount point that contains it. */
export function filesystemOf(filesystems: readonly FilesystemObservation[], path: string): FilesystemObservation | undefined {
  const within = (mount: string): boolean => mount === '/' || path === mount || path.startsWith(`${mount}/`);
  return filesystems.filter((f) => within(f.mount)).sort((a, b) => b.mount.length - a.mount.length)[0];
}

/** The disk observation of a host from its section (or the failure that kept it from answering). */
export function diskObservation(host: string, section: SectionOutput | undefined, missing: ProbeFailure, base: { startedAt: string; durationMs: number }): DiskObservation {
  const fail = (f: ProbeFailure): DiskObservation => ({ host, ...base, ok: false, failure: f, filesystems: [] });
  if (!section || section.code === undefined) return fail(missing);
  if (section.code === EXIT_DF_TIMEOUT) return fail(failure('timeout', `df did not finish within its deadline (a hung network mount?)`));
  const parsed = parseDf(section.stdout);
  if (!parsed.ok || parsed.value.length === 0) {
    if (section.code !== 0) return fail(exitedFailure('df', section.code, section.stderr));
    return fail(failure('parse-error', parsed.ok ? 'df listed no disk' : parsed.error));
  }
  const root = /^@@dockerroot (\/\S*)\s*$/m.exec(section.stdout)?.[1];
  return { host, ...base, ok: true, filesystems: parsed.value, ...(root ? { dockerRoot: root } : {}) };
}
