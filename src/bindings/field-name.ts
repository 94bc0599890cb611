// How a message names the place a JSON pointer points at: `"status"`, `item 3 of "vms"`.
import { parsePointer } from './locate.js';

export function fieldName(pointer: string): string {
  const segs = parsePointer(pointer);
  const last = segs[segs.length - 1];
  if (last === undefined) return 'the document';
  const named = [...segs].reverse().find((s) => !/^[0-9]+$/.test(s));
  return /^[0-9]+$/.test(last) ? `item ${last} of "${named ?? ''}"` : `"${last}"`;
}
