// "did you mean" suggestions for misspelt keys and enum values (Levenshtein distance).

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate within a distance of max(2, a third of the word), or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Edit distance where swapping two adjacent letters counts as one edit (optimal string alignment). */
export function typoDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits still count as a typo of a key: none for 1-2 letters, one up to 7, two from 8. */
function typoLimit(word: string): number {
  return word.length <= 2 ? 0 : word.length <= 7 ? 1 : 2;
}

/** True when two keys of as many `_`/`-` words differ by a whole word (`fixed_by` is not `fixed_in`). */
function swapsAWord(a: string, b: string): boolean {
  const x = a.split(/[_-]/);
  const y = b.split(/[_-]/);
  if (x.length !== y.length || x.length < 2) return false;
  return x.some((w, i) => w !== y[i] && typoDistance(w, y[i]!) >= Math.max(w.length, y[i]!.length));
}

/**
 * The known key `key` is most likely a typo of, or undefined. Stricter than didYouMean: a key two
 * letters long is nobody's typo (`id` is not `os`), another word is no typo (`fixed_by` is not
 * `fixed_in`), and `excluded` names (forbidden by the repo's conventions) are never proposed.
 */
export function keyTypoOf(key: string, known: Iterable<string>, excluded: ReadonlySet<string> = new Set()): string | undefined {
  const limit = typoLimit(key);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (excluded.has(candidate) || candidate === key) continue;
    const [a, b] = [key.toLowerCase(), candidate.toLowerCase()];
    if (swapsAWord(a, b)) continue;
    const d = typoDistance(a, b);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
