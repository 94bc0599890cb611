// The cheap search `driftgate init` uses to find a profile file that is not at the profile's path:
// every regular file of the repository with the same file name (or the same name with .yml and
// .yaml swapped). Hidden directories (.git, .gitea, …) and node_modules are not entered, symbolic
// links are not followed, and the walk stops after SEARCH_LIMIT directory entries, saying so.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';

const SEARCH_LIMIT = 50_000;
const MAX_DEPTH = 12;

export interface NameIndex {
  /** file name → paths relative to the root (POSIX separators), sorted */
  byName: Map<string, string[]>;
  /** true when the walk stopped at SEARCH_LIMIT entries (a candidate may have been missed) */
  truncated: boolean;
}

function skipped(dir: Dirent): boolean {
  return dir.name.startsWith('.') || dir.name === 'node_modules';
}

/** Indexes the files of `root` by file name, breadth first. */
export async function indexFileNames(root: string): Promise<NameIndex> {
  const byName = new Map<string, string[]>();
  let seen = 0;
  let level = [''];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const rel of level) {
      let entries: Dirent[];
      try {
        entries = await readdir(join(root, rel), { withFileTypes: true });
      } catch {
        continue; // an unreadable directory holds no candidate we could use
      }
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (++seen > SEARCH_LIMIT) return { byName: sorted(byName), truncated: true };
        const path = rel === '' ? e.name : posix.join(rel, e.name);
        if (e.isDirectory() && !skipped(e)) next.push(path);
        else if (e.isFile()) byName.set(e.name, [...(byName.get(e.name) ?? []), path]);
      }
    }
    level = next;
  }
  return { byName: sorted(byName), truncated: false };
}

function sorted(byName: Map<string, string[]>): Map<string, string[]> {
  for (const list of byName.values()) list.sort();
  return byName;
}

/** The names a file of the profile may go by: its own, and .yml/.yaml swapped. */
export function namesOf(profilePath: string): string[] {
  const name = posix.basename(profilePath);
  const swapped = name.endsWith('.yaml') ? `${name.slice(0, -5)}.yml` : name.endsWith('.yml') ? `${name.slice(0, -4)}.yaml` : undefined;
  return swapped === undefined ? [name] : [name, swapped];
}

/** Files elsewhere in the repository that go by the name of the profile file `profilePath`. */
export function candidatesFor(index: NameIndex, profilePath: string): string[] {
  return namesOf(profilePath)
    .flatMap((n) => index.byName.get(n) ?? [])
    .filter((p) => p !== profilePath)
    .sort();
}
