// Writing reports and metrics: atomically (temp file + rename), so a reader — node-exporter's
// textfile collector, a CI artifact upload — never sees a half-written file.
import { chmodSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError, errorMessage } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';

export function writeFileAtomic(file: string, content: string): void {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Replaces an existing file atomically in place: through a symlink to its target, the temp file
 * given the file's mode before the rename (so the new text is never readable with other rights).
 */
export function replaceFileAtomic(path: string, text: string): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode & 0o7777;
  const temp = `${target}.driftgate-${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `--out FILE` / `--metrics-out FILE`; a failure is the user's to fix (exit 2), not a crash. */
export async function writeReport(path: string, text: string): Promise<void> {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UserError(`cannot write ${path}: ${errorMessage(error)}`, EXIT_ERROR);
  }
}
