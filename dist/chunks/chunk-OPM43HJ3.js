import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/bindings/did-you-mean.ts
function levenshtein(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}
function didYouMean(word, candidates) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || d === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function typoDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}
function typoLimit(word) {
  return word.length <= 2 ? 0 : word.length <= 7 ? 1 : 2;
}
function swapsAWord(a, b) {
  const x = a.split(/[_-]/);
  const y = b.split(/[_-]/);
  if (x.length !== y.length || x.length < 2) return false;
  return x.some((w, i) => w !== y[i] && typoDistance(w, y[i]) >= Math.max(w.length, y[i].length));
}
function keyTypoOf(key, known, excluded = /* @__PURE__ */ new Set()) {
  const limit = typoLimit(key);
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (excluded.has(candidate) || candidate === key) continue;
    const [a, b] = [key.toLowerCase(), candidate.toLowerCase()];
    if (swapsAWord(a, b)) continue;
    const d = typoDistance(a, b);
    if (d < bestDistance || d === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : void 0;
}

export {
  didYouMean,
  keyTypoOf
};
