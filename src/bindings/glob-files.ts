// The files of a root matching a simple glob: `*` and `?` within one path segment, `**` for any
// number of directories. Dot-directories and node_modules are not searched by `**`.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const GLOB_CHARS = /[*?]/;

/** True when the path has glob characters (otherwise it names exactly one file). */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

function segmentRegex(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

async function entries(absDir: string): Promise<Array<{ name: string; dir: boolean; file: boolean }>> {
  try {
    const list = await readdir(absDir, { withFileTypes: true });
    return list.map((e) => ({ name: e.name, dir: e.isDirectory(), file: e.isFile() }));
  } catch {
    return [];
  }
}

async function walk(absRoot: string, rel: string, segments: string[], out: Set<string>): Promise<void> {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  const here = await entries(join(absRoot, rel));
  const path = (name: string): string => (rel === '' ? name : `${rel}/${name}`);
  if (head === '**') {
    await walk(absRoot, rel, rest, out); // zero directories
    for (const e of here) {
      if (e.dir && !e.name.startsWith('.') && e.name !== 'node_modules') await walk(absRoot, path(e.name), segments, out);
    }
    return;
  }
  const re = segmentRegex(head);
  for (const e of here) {
    if (!re.test(e.name)) continue;
    if (rest.length === 0 ? e.file : e.dir) {
      if (rest.length === 0) out.add(path(e.name));
      else await walk(absRoot, path(e.name), rest, out);
    }
  }
}

/** Relative POSIX paths of the files under `absRoot` that match `pattern`, sorted. */
export async function globFiles(absRoot: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const out = new Set<string>();
  await walk(absRoot, '', segments, out);
  return [...out].sort();
}
