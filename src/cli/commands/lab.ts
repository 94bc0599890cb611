import type { Io } from '../../core/io.js';
import type { LabOptions } from '../options.js';
import { notYet } from './not-yet.js';

export async function labCommand(_opts: LabOptions, _io: Io): Promise<number> {
  return notYet('lab');
}
