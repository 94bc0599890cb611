// `--out FILE`: write a rendered report, creating parent directories. Failures become UserErrors.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError, errorMessage } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';

export async function writeReport(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new UserError(`cannot write the report to ${path}: ${errorMessage(error)}`, EXIT_ERROR);
  }
}
