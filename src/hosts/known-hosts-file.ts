// The known_hosts file `driftgate hosts pin` maintains: plain entries (`host` or `[host]:port`),
// one block per declared ssh target in declaration order with a comment naming it, then every line
// it does not manage (patterns, markers, other hosts) kept as written, with the comments above them.
import { KnownHosts } from '../probes/known-hosts.js';

/** A line of an existing file with the comment lines directly above it. */
export interface FileEntry {
  comments: string[];
  line: string;
  /** the known_hosts names (`host`, `[host]:port`) of the declared targets this line pins */
  pins: string[];
  /** true when the line is rewritten by pin (plain or hashed names of declared targets only) */
  managed: boolean;
}

export interface PinnedKey {
  algorithm: string;
  /** base64 of the public key blob */
  key: string;
}

export interface TargetBlock {
  id: string;
  /** `user@host:port`, for the comment */
  login: string;
  name: string;
  keys: PinnedKey[];
}

const OUR_COMMENTS = /^# (ssh target |SSH host keys pinned for driftgate|Written by `driftgate hosts pin`|review every line|replaces a changed key|  ssh-keygen -lf|kept as written)/;

/** Splits a known_hosts text into entries; `names` are the known_hosts names of the declared targets. */
export function readEntries(text: string, names: ReadonlySet<string>, file: string): FileEntry[] {
  const entries: FileEntry[] = [];
  let comments: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('#')) {
      if (!OUR_COMMENTS.test(line)) comments.push(line);
      return;
    }
    // validates the line (a malformed one is a UserError naming file:line) and matches it
    const parsed = KnownHosts.parse(`${'\n'.repeat(index)}${line}\n`, file);
    const pins = [...names].filter((n) => {
      const m = /^\[(.+)\]:(\d+)$/.exec(n);
      return parsed.lookup(m ? (m[1] as string) : n, m ? Number(m[2]) : 22).length > 0;
    });
    const [hosts = ''] = line.split(/\s+/);
    const plainNames = hosts.split(',');
    const managed =
      !line.startsWith('@') &&
      pins.length > 0 &&
      (hosts.startsWith('|') || plainNames.every((n) => names.has(n) && !/[*?!]/.test(n)));
    entries.push({ comments, line, pins, managed });
    comments = [];
  });
  return entries;
}

/** The keys a file pins for one known_hosts name, in file order (from lines pin manages). */
export function managedKeys(entries: readonly FileEntry[], name: string): PinnedKey[] {
  const keys: PinnedKey[] = [];
  for (const e of entries) {
    if (!e.managed || !e.pins.includes(name)) continue;
    const [, algorithm, key] = e.line.split(/\s+/);
    if (algorithm && key && !keys.some((k) => k.key === key)) keys.push({ algorithm, key });
  }
  return keys;
}

/** The file as pin writes it: header, one block per target, then the lines it does not manage. */
export function renderKnownHosts(blocks: readonly TargetBlock[], entries: readonly FileEntry[]): string {
  const out = [
    '# SSH host keys pinned for driftgate (plain known_hosts format): review every line.',
    '# Written by `driftgate hosts pin`; a re-run shows added, unchanged and changed keys and never',
    '# replaces a changed key without --accept-changed HOST. Fingerprints to compare out of band:',
    '#   ssh-keygen -lf <this file>',
  ];
  for (const b of blocks) {
    if (b.keys.length === 0) continue;
    out.push('', `# ssh target ${b.id} (${b.login})`);
    for (const k of b.keys) out.push(`${b.name} ${k.algorithm} ${k.key}`);
  }
  const kept = entries.filter((e) => !e.managed);
  if (kept.length > 0) {
    out.push('', '# kept as written (patterns, markers and hosts that are not declared ssh targets)');
    for (const e of kept) out.push(...e.comments, e.line);
  }
  return `${out.join('\n')}\n`;
}
