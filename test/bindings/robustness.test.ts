// Bad YAML never throws: seeded random mutations of a real binding file (brackets, quotes, anchors,
// aliases, tabs, keys repeated) always give a SourceFile plus problems at real positions, each
// with a one-line message (no stack trace), and a file that parses again round-trips to data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/bindings/parse-yaml.js';
import { OK_SPINE } from './fixture-spine.js';

const BASE = readFileSync(join(OK_SPINE, 'docs/governance/SERVICE_REGISTRY.yaml'), 'utf8');
const PIECES = ['[', ']', '{', '}', '"', "'", ':', ': ', '- ', '&a ', '*a', '*b', '!tag ', '\t', '\n', '  ', '#', '? ', '---\n', 'web:', '|', '>', ',', '\\', '%YAML 1.2\n', '\r\n', 'é'];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function mutate(text: string, rand: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (out.length + 1));
    const cut = rand() < 0.3 ? Math.floor(rand() * 5) : 0;
    out = out.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + out.slice(at + cut);
  }
  return out;
}

describe('parseYamlText robustness', () => {
  it('never throws on 400 mutated registries, and every problem has a real place and a one-line message', () => {
    const rand = lcg(20260211);
    let withProblems = 0;
    for (let i = 0; i < 400; i++) {
      const text = mutate(BASE, rand);
      const lines = text.split(/\r?\n|\r/).length;
      const { file, problems } = parseYamlText(text, 'x.yaml', 'registry');
      if (problems.length > 0) withProblems++;
      for (const p of problems) {
        expect(p.location.line, `${p.code} ${p.message}`).toBeGreaterThanOrEqual(1);
        expect(p.location.line).toBeLessThanOrEqual(lines + 1);
        expect(p.location.column).toBeGreaterThanOrEqual(1);
        expect(p.message).not.toContain('\n');
        expect(p.message).not.toMatch(/\bat .+:\d+:\d+\)?$/); // no stack frame
      }
      const fatal = problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY');
      if (!fatal) expect(file.data, `a file without a fatal problem has data (${i})`).not.toBeUndefined();
    }
    // the mutations are real: most of them break the file
    expect(withProblems).toBeGreaterThan(200);
  });
});
