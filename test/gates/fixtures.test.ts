// The golden-fixture runner for every gate (static and live): discovers test/gates/<gate>/<case>/,
// runs that one gate over the clean spine overlaid with the case, and compares expected.txt.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { applyExceptions } from '../../src/gates/apply-exceptions.js';
import { GATES } from '../../src/gates/index.js';
import { runGates } from '../../src/gates/run-gates.js';
import { selectGates } from '../../src/gates/select-gates.js';
import type { Observations } from '../../src/probes/types.js';
import { compareLines, discoverCases, findingLine, overlaySpine, readExpected } from './support/gate-cases.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const cases = await discoverCases();

async function observationsOf(dir: string): Promise<Observations | undefined> {
  const text = await readFile(join(dir, 'observations.json'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as Observations);
}

describe('gate fixtures', () => {
  it('found cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.gate}/${c.name}`, async () => {
      const known = GATES.some((g) => g.id === c.gate);
      expect(known, `test/gates/${c.gate}/ is not a gate id in GATES`).toBe(true);
      const root = await overlaySpine(c.dir);
      try {
        const config = await loadConfig(root);
        const { model, problems } = await loadSpine(root, config);
        const observations = await observationsOf(c.dir);
        const gates = selectGates(GATES, [c.gate], { offline: false });
        const { runs, findings } = runGates(gates, { model, problems, config, now: NOW, ...(observations ? { observations } : {}) });
        expect(runs[0]?.result, runs[0]?.note).not.toBe('error');
        const kept = applyExceptions(findings, config, NOW, { root }).findings;
        const actual = kept.map(findingLine);
        // UPDATE_GOLDEN=<gate-id>[,<gate-id>] (or 1 for all) rewrites expected.txt from the actual output;
        // review the diff before committing, and update only the gates you own
        const update = process.env.UPDATE_GOLDEN?.split(',') ?? [];
        if (update.includes('1') || update.includes(c.gate)) await writeFile(join(c.dir, 'expected.txt'), actual.map((l) => `${l}\n`).join(''));
        const expected = await readExpected(c.dir);
        if (c.name.startsWith('ok-')) expect(expected, 'ok-* cases expect no finding').toEqual([]);
        else expect(expected.length, 'a failing case must expect at least one finding').toBeGreaterThan(0);
        expect(compareLines(actual, expected).join('\n')).toBe('');
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    });
  }
});
