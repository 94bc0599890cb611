import type { Io } from '../../core/io.js';
import type { ProbeOptions } from '../options.js';
import { notYet } from './not-yet.js';

export async function probeCommand(_opts: ProbeOptions, _io: Io): Promise<number> {
  return notYet('probe');
}
