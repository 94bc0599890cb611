// Remote path helpers of the lab: directories of remote files and file names for globs (`~`
// expansion is src/bindings/remote-path.ts, shared with the gates; glob matching is the probes').
import { posix } from 'node:path';
import { expandHome } from '../bindings/remote-path.js';

/** The directory holding a remote file (after expansion). */
export function remoteDirname(path: string, home: string): string {
  return posix.dirname(expandHome(path, home));
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
