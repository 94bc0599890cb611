// The plain value a JSON pointer points at in parsed data (undefined when there is nothing).
import { parsePointer } from './locate.js';

export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of parsePointer(pointer)) {
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(seg) ? node[Number(seg)] : undefined;
    else if (node !== null && typeof node === 'object') node = Object.hasOwn(node, seg) ? (node as Record<string, unknown>)[seg] : undefined;
    else return undefined;
  }
  return node;
}
