// The command-line entry: parses flags into typed options and calls the commands.
// Misuse exits 2 with one clear line; no stack trace ever reaches the user.
import * as nodeModule from 'node:module';
import { Command, CommanderError } from 'commander';
import { errorMessage, UserError } from '../core/errors.js';
import { EXIT_ERROR, EXIT_OK } from '../core/exit-codes.js';
import { type Io, processIo } from '../core/io.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { registerCommands } from './register.js';

/**
 * Node 22.1+ can cache compiled code on disk (the lazily imported command chunks then skip
 * parsing and compiling on later runs); Node 20 has no such API and this does nothing there.
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // an unwritable cache directory only costs speed
  }
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  enableCompileCache();
  let exitCode: number = EXIT_OK;
  const program = new Command(TOOL_NAME)
    .description('GitOps drift gate: validate infrastructure bindings, run static and live drift gates, open fix PRs.')
    .version(TOOL_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nEnvironment: DRIFTGATE_SSH_KEY (key text or path), SSH_AUTH_SOCK (ssh-agent, when no key is given),\n' +
        'DRIFTGATE_KNOWN_HOSTS (known_hosts text or path), NO_COLOR / FORCE_COLOR, DRIFTGATE_DEBUG=1 (stack traces).\n' +
        'Exit codes: 0 pass, 1 drift or invalid bindings, 2 misuse or unusable input, 3 inconclusive.',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text),
    });
  registerCommands(program, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is misuse
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (error instanceof UserError) {
      io.stderr(`driftgate: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`driftgate: internal error: ${errorMessage(error)}\n`);
    if (io.env.DRIFTGATE_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT_ERROR;
  }
}

