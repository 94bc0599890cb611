// `find -name` globbing, applied locally to the names of one remote listing (and by the lab).

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
