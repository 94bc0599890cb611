// Paths on the managed hosts, as the bindings write them: `~` means the home of the SSH user the
// host is reached as (/root or /home/<user>). One definition, used by the gates and the lab alike.
import { posix } from 'node:path';
import type { ComposeTarget, Model } from './types.js';

/** The home directory a Linux user gets by default: `/home/<user>`, root → `/root`. */
export function homeOf(user: string): string {
  return user === 'root' ? '/root' : `/home/${user}`;
}

/** A path without trailing slashes (`/` stays `/`). */
export function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Expands a leading `~` with `home` and normalises (no trailing slash, no `.`/`..` segments). */
export function expandHome(path: string, home: string): string {
  let p = path.trim();
  if (p === '~') p = home;
  else if (p.startsWith('~/')) p = `${home}/${p.slice(2)}`;
  return trimSlash(posix.normalize(p));
}

/** Directory of a compose file path, literally (no `~` expansion): "~/a/b/c.yml" -> "~/a/b". */
export function composeDir(composeFile: string): string {
  const at = composeFile.lastIndexOf('/');
  if (at < 0) return '.';
  if (at === 0) return '/';
  return composeFile.slice(0, at);
}

/** The home of the SSH user a compose target is reached as, when its ssh target is declared. */
export function targetHome(model: Model, target: ComposeTarget): string | undefined {
  const id = target.sshTarget ?? target.id;
  const user = model.sshTargets.find((t) => t.id === id)?.user;
  return user ? homeOf(user) : undefined;
}
