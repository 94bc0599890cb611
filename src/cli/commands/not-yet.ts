import { UserError } from '../../core/errors.js';

/** Placeholder for a command whose stage has not landed yet. */
export function notYet(command: string): never {
  throw new UserError(`driftgate ${command} is not available in this build yet`);
}
