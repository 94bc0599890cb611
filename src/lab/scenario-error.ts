import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import type { LoadedScenario } from './types.js';

/** A UserError (exit 2) naming the scenario file and the line of `pointer`, when the scenario came from a file. */
export function scenarioError(loaded: LoadedScenario, pointer: string, message: string): UserError {
  const src = loaded.source;
  if (!src) return new UserError(`scenario ${pointer}: ${message}`, EXIT_ERROR);
  const { line, column } = src.locate(pointer);
  return new UserError(`${src.file}:${line}:${column}: ${message}`, EXIT_ERROR);
}
