// The files `driftgate init` writes, and what happens to each: a new file is written, an identical
// one is left alone (unchanged), a different one is skipped with the reason unless --force
// replaces it. Planning reads only; applying writes atomically (temp file and rename); a file it replaces
// keeps its mode, and a symlink stays one (its target gets the text), as `fix --write` does.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { replaceFileAtomic, writeFileAtomic } from '../report/write-report.js';

export type FileOutcome = 'written' | 'unchanged' | 'replaced' | 'skipped';

export interface PlannedFile {
  /** relative to the root */
  path: string;
  text: string;
  outcome: FileOutcome;
  /** skipped: why */
  reason?: string;
}

export interface WantedFile {
  path: string;
  text: string;
  /** the text there now, when the caller read it already (schemas export plans its own) */
  existing?: string;
}

async function current(root: string, path: string): Promise<{ text?: string; unreadable?: string }> {
  try {
    return { text: await readFile(join(root, path), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    return { unreadable: code === 'EISDIR' ? 'it is a directory' : errorMessage(error) };
  }
}

export async function planFile(root: string, wanted: WantedFile, force: boolean): Promise<PlannedFile> {
  const { path, text } = wanted;
  const now = wanted.existing !== undefined ? { text: wanted.existing } : await current(root, path);
  if (now.unreadable !== undefined) return { path, text, outcome: 'skipped', reason: `cannot be read (${now.unreadable})` };
  if (now.text === undefined) return { path, text, outcome: 'written' };
  if (now.text === text) return { path, text, outcome: 'unchanged' };
  if (force) return { path, text, outcome: 'replaced' };
  return { path, text, outcome: 'skipped', reason: 'it exists and differs from what init writes; review it, or re-run with --force to replace it' };
}

/** Writes the planned files that are written or replaced. A failed write is the user's to fix (exit 2). */
export function applyFiles(root: string, files: readonly PlannedFile[]): void {
  for (const f of files) {
    if (f.outcome !== 'written' && f.outcome !== 'replaced') continue;
    const target = join(root, f.path);
    try {
      if (f.outcome === 'replaced') replaceFileAtomic(target, f.text);
      else writeFileAtomic(target, f.text);
    } catch (error) {
      throw new UserError(`cannot write ${f.path}: ${errorMessage(error)}`, EXIT_ERROR);
    }
  }
}
