// `driftgate init`: thin. Options in, src/init/ does the work, the text out; exit 1 when a file
// was skipped (it exists and differs, or cannot be read).
import { resolve } from 'node:path';
import { EXIT_DRIFT, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { renderInitText } from '../../init/render-init.js';
import { type InitOptions, runInit } from '../../init/run-init.js';

/** `root` as given on the command line (shown in the next steps), resolved against the cwd here. */
export async function initCommand(opts: InitOptions, io: Io): Promise<number> {
  const result = await runInit({ ...opts, root: resolve(io.cwd, opts.root) });
  io.stdout(renderInitText(result, opts.root));
  return result.files.some((f) => f.outcome === 'skipped') ? EXIT_DRIFT : EXIT_OK;
}
