// Bad input never throws: random Caddyfile-ish text (seeded, so deterministic) always parses into
// blocks plus problems with valid positions, and unquoted tokens sit exactly where they say.
import { describe, expect, it } from 'vitest';
import { findProxies } from '../../src/caddy/find-proxies.js';
import { parseCaddyfile } from '../../src/caddy/parse-caddyfile.js';
import { tokenize } from '../../src/caddy/tokenize.js';

const PIECES = [
  '{', '}', '"', '`', '\\', '\n', '\n', ' ', ' ', '\t', '#', 'import', 's', '(s)', '<<END', 'END', '<<', 'reverse_proxy',
  '127.0.0.1:9000', 'header_up', 'X-Forwarded-Proto', 'https', ',', '{args.0}', '{$HOST}', 'handle', '\r\n', 'é', '😀',
];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomText(rand: () => number): string {
  const n = Math.floor(rand() * 60);
  let out = '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.5 ? ' ' : '');
  return out;
}

describe('parser robustness', () => {
  it('never throws on 500 random inputs, and every position is real', () => {
    const rand = lcg(20260211);
    for (let i = 0; i < 500; i++) {
      const text = randomText(rand);
      const lines = text.split('\n');
      const parsed = parseCaddyfile(text, 'Caddyfile');
      findProxies(parsed);
      for (const p of parsed.problems) {
        expect(p.line, text).toBeGreaterThanOrEqual(1);
        expect(p.line, text).toBeLessThanOrEqual(lines.length);
        expect(p.column, text).toBeGreaterThanOrEqual(1);
      }
      for (const t of tokenize(text).tokens) {
        if (t.quote !== undefined || t.text.includes('\\')) continue;
        expect(lines[t.line - 1]?.slice(t.column - 1).startsWith(t.text), JSON.stringify({ text, t })).toBe(true);
      }
    }
  });
});
