// `driftgate check`: the main job. Exit 0 pass, 1 drift or invalid bindings, 2 misuse, 3 inconclusive.
import { runCheck, writeCheckOutputs } from '../../core/check.js';
import type { Io } from '../../core/io.js';
import type { CheckOptions } from '../options.js';

export async function checkCommand(opts: CheckOptions, io: Io): Promise<number> {
  const result = await runCheck(opts, io);
  await writeCheckOutputs(result, opts, io);
  return result.exitCode;
}
