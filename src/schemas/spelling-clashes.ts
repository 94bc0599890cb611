// A rename that left both spellings in one mapping: an entry that now has the old and the new key
// (readers that accept both pick one, silently), or two keys of the new spelling (the rename wrote
// over a key that was already there: a YAML reader keeps the later text and drops the earlier one).
import type { Rename } from './compare-shapes.js';
import type { FileShape } from './shapes.js';

export interface SpellingClash {
  file: string;
  /** the place to fix: the old key, or the later of two new ones */
  line: number;
  column: number;
  /** the entry (its id or name, else its pointer) */
  label: string;
  pointer: string;
  from: string;
  to: string;
  kind: 'both' | 'duplicate';
  /** line of the other spelling (both) or of the earlier key that is overwritten (duplicate) */
  otherLine: number;
  /** duplicate: the start of the text that is lost */
  lost?: string;
}

function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 47)}...` : flat;
}

/**
 * The clashes of one file now. `before` is its shape at the old revision: where entries of a group
 * already had both keys then, both are fields in their own right there, not a rename left half done.
 */
export function spellingClashes(file: string, shape: FileShape, renames: readonly Rename[], before?: FileShape): SpellingClash[] {
  const pairs = new Map<string, Rename>();
  for (const r of renames) pairs.set(`${r.from}\u0000${r.to}`, r);
  const out: SpellingClash[] = [];
  const seen = new Set<string>();
  const hadBoth = (shapePath: string, from: string, to: string): boolean =>
    (before?.get(shapePath)?.entries ?? []).some((e) => e.pairs.some((p) => p.key === from) && e.pairs.some((p) => p.key === to));
  for (const group of shape.values()) {
    for (const entry of group.entries) {
      if (entry.keyed) continue;
      for (const { from, to } of pairs.values()) {
        const olds = entry.pairs.filter((p) => p.key === from);
        const news = entry.pairs.filter((p) => p.key === to);
        const base = { file, label: entry.label, pointer: entry.pointer, from, to };
        if (olds.length > 0 && news.length > 0 && !hadBoth(group.shape, from, to)) {
          out.push({ ...base, kind: 'both', line: olds[0]!.line, column: olds[0]!.column, otherLine: news[0]!.line });
        } else if (news.length > 1 && !seen.has(`${entry.pointer}\u0000${to}`)) {
          seen.add(`${entry.pointer}\u0000${to}`);
          const [first, last] = [news[0]!, news[news.length - 1]!];
          out.push({ ...base, kind: 'duplicate', line: last.line, column: last.column, otherLine: first.line, lost: excerpt(first.value) });
        }
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
