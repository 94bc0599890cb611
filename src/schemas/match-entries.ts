// Which mapping of one revision is which mapping of the other, within one shape group: entries that
// sit at a pointer without list indexes are the same entry when their pointers are equal; list items
// are matched by the distinctive values they share (an id, a hostname, a path), whatever the keys
// are called, so a renamed key does not hide its entry (`vmid: 200` → `id: 200`).
import type { Entry } from './shapes.js';

/** A value that says which entry it belongs to: a longer string or a number with two digits or more. */
export function distinctive(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length >= 3;
  if (typeof value === 'number') return Math.abs(value) >= 10;
  return false;
}

function token(value: unknown): string | undefined {
  return distinctive(value) ? `${typeof value}:${String(value)}` : undefined;
}

export function matchEntries(before: readonly Entry[], after: readonly Entry[]): Array<[Entry, Entry]> {
  const pairs: Array<[Entry, Entry]> = [];
  const byPointer = new Map(before.filter((e) => e.stable).map((e) => [e.pointer, e]));
  const taken = new Set<Entry>();
  const rest: Entry[] = [];
  for (const e of after) {
    const old = e.stable ? byPointer.get(e.pointer) : undefined;
    if (old) {
      pairs.push([old, e]);
      taken.add(old);
    } else rest.push(e);
  }
  const candidates = before.filter((e) => !taken.has(e));
  // values that occur in exactly one old entry
  const owners = new Map<string, Entry | null>();
  for (const e of candidates) {
    for (const t of new Set(e.pairs.map((p) => token(p.value)))) {
      if (t !== undefined) owners.set(t, owners.has(t) ? null : e);
    }
  }
  const votes: Array<{ old: Entry; next: Entry; n: number }> = [];
  for (const e of rest) {
    const tally = new Map<Entry, number>();
    for (const t of new Set(e.pairs.map((p) => token(p.value)))) {
      const owner = t === undefined ? undefined : owners.get(t);
      if (owner) tally.set(owner, (tally.get(owner) ?? 0) + 1);
    }
    for (const [old, n] of tally) votes.push({ old, next: e, n });
  }
  votes.sort((a, b) => b.n - a.n || a.next.line - b.next.line);
  const used = new Set<Entry>();
  for (const v of votes) {
    if (taken.has(v.old) || used.has(v.next)) continue;
    taken.add(v.old);
    used.add(v.next);
    pairs.push([v.old, v.next]);
  }
  return pairs;
}
