// Remote path helpers of the lab: `~` expansion with the host user's home, normalisation, globbing.
import { posix } from 'node:path';

/** The home directory a Linux user gets by default. */
export function homeOf(user: string): string {
  return user === 'root' ? '/root' : `/home/${user}`;
}

/** Expands a leading `~` with `home` and normalises (no trailing slash, no `.`/`..` segments). */
export function expandRemotePath(path: string, home: string): string {
  let p = path.trim();
  if (p === '~') p = home;
  else if (p.startsWith('~/')) p = `${home}/${p.slice(2)}`;
  const normal = posix.normalize(p);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/** The directory holding a remote file (after expansion). */
export function remoteDirname(path: string, home: string): string {
  return posix.dirname(expandRemotePath(path, home));
}

/** fnmatch-style glob (`*`, `?`, `[...]`) as `find -name` applies it to a file name. */
export function globToRegExp(glob: string): RegExp {
  let body = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') body += '.*';
    else if (ch === '?') body += '.';
    else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) body += '\\[';
      else {
        let cls = glob.slice(i + 1, end);
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        body += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else body += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${body}$`, 's');
}

/** A file name that matches `glob`, with `stamp` where the glob has a `*`. */
export function nameForGlob(glob: string, stamp: string): string {
  let name = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') name += stamp;
    else if (ch === '?') name += 'x';
    else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) name += '[';
      else {
        const cls = glob.slice(i + 1, end);
        name += cls.startsWith('!') ? '_' : (cls[0] ?? 'x');
        i = end;
      }
    } else name += ch;
  }
  return name;
}
