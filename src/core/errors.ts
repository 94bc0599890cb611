import { EXIT_ERROR, type ExitCode } from './exit-codes.js';

/**
 * A problem the user can fix (bad flag, unreadable config, unknown gate id). Printed as one line,
 * never with a stack trace; carries the exit code to use.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode: ExitCode = EXIT_ERROR) {
    super(message);
    this.name = 'UserError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
