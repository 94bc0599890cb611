import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { planFixes } from '../../src/fix/plan-fixes.js';
import { createRevalidate } from '../../src/fix/revalidate.js';
import { SPINE_DIR } from '../support/paths.js';
import { REGISTRY, staleFinding } from './support.js';

describe('createRevalidate', () => {
  const revalidate = createRevalidate(defaultConfig());

  it('reports errors the edit introduced, with file and line', () => {
    const problems = revalidate(REGISTRY, 'services:\n  a: [\n', 'services:\n  a: {}\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(new RegExp(`^${REGISTRY.replace(/\./g, '\\.')}:\\d+:\\d+: `));
  });

  it('does not count errors the file already had', () => {
    expect(revalidate(REGISTRY, 'services:\n  a: [\n', 'services:\n  a: [\n')).toEqual([]);
  });

  it('ignores files of no binding kind', () => {
    expect(revalidate('README.yaml', 'a: [\n', 'a: 1\n')).toEqual([]);
  });

  it('accepts the seed fix of the corpus registry', () => {
    const read = (f: string) => readFileSync(join(SPINE_DIR, f), 'utf8');
    const plan = planFixes([staleFinding('swaparr-sonarr'), staleFinding('swaparr-lidarr')], defaultConfig(), read, { revalidate });
    expect(plan.topics[0]!.refused).toEqual([]);
    expect(plan.topics[0]!.files[0]!.lines).toEqual([428, 435]);
  });

  it('refuses an edit that breaks the schema of the binding kind', () => {
    const read = (f: string) => readFileSync(join(SPINE_DIR, f), 'utf8');
    const plan = planFixes([staleFinding('swaparr-sonarr', 1, 'bogus')], defaultConfig(), read, { revalidate });
    expect(plan.topics[0]!.files).toEqual([]);
    expect(plan.topics[0]!.refused[0]!.reason).toMatch(/no longer validates: .*SERVICE_REGISTRY\.yaml:428:/);
  });
});
