// The few git reads `schemas diff` needs, through execFile (no shell): is the root in a work tree,
// which commit a revision names, which files a directory held then, and a file's text then.
// A root outside git, a revision git does not know, or no git at all is one clear UserError (exit 2).
import { execFile } from 'node:child_process';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';

interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

function git(root: string, args: string[]): Promise<GitOutput> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new UserError('schemas diff needs git, and no git executable was found on PATH', EXIT_ERROR));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** The commit `rev` names in the repository around `root`. */
export async function resolveRevision(root: string, rev: string): Promise<string> {
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new UserError(`${root} is not inside a git work tree; schemas diff compares a git revision with the working tree`, EXIT_ERROR);
  }
  if (rev.startsWith('-') || rev.trim() === '') throw new UserError(`"${rev}" is not a git revision`, EXIT_ERROR);
  const resolved = await git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (resolved.code !== 0) throw new UserError(`unknown revision "${rev}" in the git repository of ${root}`, EXIT_ERROR);
  return resolved.stdout.trim();
}

/** The files directly in `dir` (relative to the root) at `commit`, relative to the root. */
export async function filesAt(root: string, commit: string, dir: string): Promise<string[]> {
  const out = await git(root, ['ls-tree', '--name-only', commit, '--', `${dir === '.' || dir === '' ? '.' : dir}/`]);
  return out.code === 0 ? out.stdout.split('\n').filter(Boolean) : [];
}

/** A file's text at `commit` (relative to the root), or undefined when it did not exist then. */
export async function textAt(root: string, commit: string, file: string): Promise<string | undefined> {
  const out = await git(root, ['show', `${commit}:./${file}`]);
  return out.code === 0 ? out.stdout : undefined;
}
