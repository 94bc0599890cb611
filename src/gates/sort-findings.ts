// Findings are sorted and deduplicated in exactly one place (actionlint compareErrors/equalsErrors).
import type { Finding } from './types.js';

function firstPlace(f: Finding): [string, number, number] {
  const loc = f.locations[0];
  return loc ? [loc.file, loc.line, loc.column] : ['', 0, 0];
}

/** Order: file, line, column (of the first location), gate, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const [fa, la, ca] = firstPlace(a);
  const [fb, lb, cb] = firstPlace(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (la !== lb) return la - lb;
  if (ca !== cb) return ca - cb;
  if (a.gate !== b.gate) return a.gate < b.gate ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}

/** Sorted copy without duplicates (same gate, fingerprint and message). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of findings) {
    const key = `${f.gate}\u0000${f.fingerprint}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  return unique.sort(compareFindings);
}
