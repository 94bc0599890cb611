// The fix PR body: its findings table stays a table (header and rows agree), whatever the values hold.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { planFixes, type TopicPlan } from '../../src/fix/plan-fixes.js';
import { FINGERPRINT_MARKER, prBody, prTitle, readFingerprint } from '../../src/fix/pr-body.js';
import type { Finding } from '../../src/gates/types.js';
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

describe('prBody of the fix kinds', () => {
  const HEALTH = 'ops/bindings/services.health.yaml';
  const health = 'endpoints:\n  - id: grafana\n    url: "http://h:3000/api/health"\n    expect: 200\n';
  const redirect: Finding = {
    ...staleFinding('grafana'),
    gate: 'health',
    message: 'grafana: HTTP 302 redirecting to /login from http://h:3000/api/health, expected 200 (redirects are not followed); if that is how it serves now, set expect: 302',
    expected: [200],
    observed: 302,
    fix: { kind: 'health-expect', file: HEALTH, pointer: '/endpoints/0/expect', value: 302 },
  };

  it('names the kind, its evidence rule, the Location the finding saw, and "this run only" without history', () => {
    const p = planFixes([redirect], defaultConfig(), (f) => (f === HEALTH ? health : undefined)).topics.find((t) => t.topic === 'health-expect')!;
    const body = prBody(p);
    expect(body).toContain('gate `health`');
    expect(body).toContain('Fix kind `health-expect`:');
    expect(body).toContain('Evidence: the same redirect');
    expect(body).toContain('redirecting to /login');
    expect(body).toContain('| this run only |');
    expect(body).toContain('driftgate check --gates health');
    expect(body).toContain(`<!-- ${FINGERPRINT_MARKER} health-expect ${p.fingerprint} -->`);
  });

  it('shows a new entry as new, and says it is a skeleton to complete', () => {
    const entry: Finding = {
      ...staleFinding('cache'),
      gate: 'unmanaged-containers',
      fix: { kind: 'registry-entry', file: REGISTRY, pointer: '/services/cache', value: { host: 'h', port: 6380, status: 'active' }, op: 'add', after: ['alpha'] },
    };
    const p = planFixes([entry], defaultConfig(), (f) => (f === REGISTRY ? TEXT : undefined)).topics.find((t) => t.topic === 'registry-entry')!;
    expect(p.files[0]!.after).toBe(`${TEXT.replace('  beta:', '  cache:\n    host: h\n    port: 6380\n    status: active\n  beta:')}`);
    const body = prBody(p);
    expect(body).toContain('| (new) {"host":"h","port":6380,"status":"active"} |');
    expect(body).toContain('skeleton for a person to complete');
  });
});

describe('prTitle', () => {
  it('counts stale values, and new entries apart', () => {
    const p = planFixes([staleFinding('alpha'), staleFinding('beta')], defaultConfig(), (f) => (f === REGISTRY ? TEXT : undefined)).topics[0]!;
    expect(prTitle(p)).toBe('driftgate: fix 2 stale values (registry-status)');
    const entry: Finding = {
      ...staleFinding('cache'),
      gate: 'unmanaged-containers',
      fix: { kind: 'registry-entry', file: REGISTRY, pointer: '/services/cache', value: { host: 'h' }, op: 'add' },
    };
    const q = planFixes([entry], defaultConfig(), (f) => (f === REGISTRY ? TEXT : undefined)).topics.find((t) => t.topic === 'registry-entry')!;
    expect(prTitle(q)).toBe('driftgate: propose 1 new entry (registry-entry)');
  });
});
