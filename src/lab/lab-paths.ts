// Remote path helpers of the lab: directories of remote files and globbing (`~` expansion is
// src/bindings/remote-path.ts, shared with the gates).
import { posix } from 'node:path';
import { expandHome } from '../bindings/remote-path.js';

/** The directory holding a remote file (after expansion). */
export function remoteDirname(path: string, home: string): string {
  return posix.dirname(expandHome(path, home));
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
