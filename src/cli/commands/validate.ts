import type { Io } from '../../core/io.js';
import type { CommonOptions } from '../options.js';
import { notYet } from './not-yet.js';

export async function validateCommand(_opts: CommonOptions, _io: Io): Promise<number> {
  return notYet('validate');
}
