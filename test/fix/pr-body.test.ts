// The fix PR body: its findings table stays a table (header and rows agree), whatever the values hold.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { planFixes, type TopicPlan } from '../../src/fix/plan-fixes.js';
import { FINGERPRINT_MARKER, prBody, readFingerprint } from '../../src/fix/pr-body.js';
import { REGISTRY, staleFinding } from './support.js';

const TEXT = 'services:\n  alpha:\n    status: stopped\n  beta:\n    status: parked\n';

/** cells of a Markdown table row, split on unescaped pipes */
const cells = (row: string): string[] => row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);

function plan(): TopicPlan {
  const tricky = { ...staleFinding('alpha'), message: 'container "a|b" said <script>x</script> and `rm -rf` | twice' };
  const p = planFixes([tricky, staleFinding('beta')], defaultConfig(), (f) => (f === REGISTRY ? TEXT : undefined));
  return p.topics[0] as TopicPlan;
}

describe('prBody', () => {
  it('has as many cells in every row as in the header, with pipes, HTML and backticks escaped', () => {
    const body = prBody(plan());
    const table = body.split('\n').filter((l) => l.startsWith('|'));
    expect(table.length).toBe(4); // header, separator, two edits
    const width = cells(table[0] as string).length;
    for (const row of table) expect(cells(row)).toHaveLength(width);
    expect(body).not.toContain('<script>');
    expect(body).toContain('&lt;script&gt;');
    expect(body).toContain('\\`rm -rf\\`');
    const alpha = table.find((r) => r.includes('/services/alpha/status')) as string;
    expect(cells(alpha)[3]?.trim()).toBe('stopped → active');
  });

  it('carries the plan fingerprint in a hidden marker', () => {
    const p = plan();
    expect(prBody(p)).toContain(`<!-- ${FINGERPRINT_MARKER} registry-status ${p.fingerprint} -->`);
    expect(readFingerprint(prBody(p), 'registry-status')).toBe(p.fingerprint);
  });
});
