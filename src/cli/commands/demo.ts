import type { Io } from '../../core/io.js';
import type { Format } from '../options.js';
import { notYet } from './not-yet.js';

export async function demoCommand(_opts: { format: Format }, _io: Io): Promise<number> {
  return notYet('demo');
}
