// Golden files of every renderer over one hand-built report. UPDATE_GOLDEN=1 regenerates them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.js';
import type { ReportFormat } from '../../src/report/render.js';
import { REPO_DIR } from '../support/paths.js';
import { sampleReport } from './sample-report.js';

const GOLDEN_DIR = join(REPO_DIR, 'test/report/golden');
const update = process.env.UPDATE_GOLDEN === '1';

const CASES: Array<{ name: string; format: ReportFormat; color: boolean; showSuppressed?: boolean }> = [
  { name: 'report.txt', format: 'text', color: false },
  { name: 'report.suppressed.txt', format: 'text', color: false, showSuppressed: true },
  { name: 'report.color.txt', format: 'text', color: true },
  { name: 'report.json', format: 'json', color: false },
  { name: 'report.md', format: 'markdown', color: false },
];

describe('report renderers (golden)', () => {
  for (const c of CASES) {
    it(`${c.format}${c.color ? ' with colour' : ''}${c.showSuppressed ? ' listing suppressed findings' : ''} matches ${c.name}`, () => {
      const actual = renderReport(sampleReport(), c.format, { color: c.color, showSuppressed: Boolean(c.showSuppressed) });
      const file = join(GOLDEN_DIR, c.name);
      if (update) writeFileSync(file, actual);
      expect(existsSync(file), `${c.name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
