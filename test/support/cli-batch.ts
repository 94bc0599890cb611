// Runs the CLI in this process once per argument list (JSON on argv[2]) and prints one JSON line
// per run: {code, out, err}. Tests spawn it as another user (uid/gid spawn options) to read a spine
// the way that user can, e.g. a file that user may not read; the clock is the tests' fixed one.
import { main } from '../../src/cli/main.js';
import { memoryIo } from './io.js';

const runs = JSON.parse(process.argv[2] ?? '[]') as string[][];
for (const args of runs) {
  const io = memoryIo();
  const code = await main(args, io);
  process.stdout.write(`${JSON.stringify({ code, out: io.out.join(''), err: io.err.join('') })}\n`);
}
