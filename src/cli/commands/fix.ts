import type { Io } from '../../core/io.js';
import type { FixOptions } from '../options.js';
import { notYet } from './not-yet.js';

export async function fixCommand(_opts: FixOptions, _io: Io): Promise<number> {
  return notYet('fix');
}
