// `driftgate fix [--dry-run] [--pr]`: the check pipeline, then the fix plan (see src/fix/run-fix.ts).
// With --state and --pr the live run is recorded in the run history (a plan or dry run writes nothing).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runCheck, saveCheckHistory, type CheckResult } from '../../core/check.js';
import type { Io } from '../../core/io.js';
import { runFix, type FixDeps } from '../../fix/run-fix.js';
import type { FixOptions } from '../options.js';

export async function fixCommand(opts: FixOptions, io: Io, deps: Partial<FixDeps> = {}): Promise<number> {
  let checked: CheckResult | undefined;
  const check = async (o: Parameters<typeof runCheck>[0], i: Io) => (checked = await runCheck(o, i));
  const run = async (out: Io) => {
    const outcome = await runFix(opts, out, { runCheck: check, ...deps });
    if (opts.pr && checked) await saveCheckHistory(checked, io);
    return outcome.exitCode;
  };
  if (!opts.out) return run(io);
  const chunks: string[] = [];
  const code = await run({ ...io, stdout: (t) => void chunks.push(t) });
  await writeFile(resolve(io.cwd, opts.out), chunks.join(''));
  return code;
}
