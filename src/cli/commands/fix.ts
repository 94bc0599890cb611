// `driftgate fix [--dry-run] [--pr]`: the check pipeline, then the fix plan (see src/fix/run-fix.ts).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCheck } from '../../core/check.js';
import type { Io } from '../../core/io.js';
import { runFix, type FixDeps } from '../../fix/run-fix.js';
import type { FixOptions } from '../options.js';

export async function fixCommand(opts: FixOptions, io: Io, deps: Partial<FixDeps> = {}): Promise<number> {
  if (!opts.out) return (await runFix(opts, io, { runCheck, ...deps })).exitCode;
  const chunks: string[] = [];
  const outcome = await runFix(opts, { ...io, stdout: (t) => void chunks.push(t) }, { runCheck, ...deps });
  await writeFile(resolve(io.cwd, opts.out), chunks.join(''));
  return outcome.exitCode;
}
