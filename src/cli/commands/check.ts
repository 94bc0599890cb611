import type { Io } from '../../core/io.js';
import type { CheckOptions } from '../options.js';
import { notYet } from './not-yet.js';

export async function checkCommand(_opts: CheckOptions, _io: Io): Promise<number> {
  return notYet('check');
}
