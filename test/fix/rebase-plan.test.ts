// Re-applying a topic on the base as it is now: a finding whose fix spans two files, one of which
// already had its value when the plan was made (so the plan carries only the other file), is
// re-applied, not refused as "cannot be read", when the file the plan carries changed since.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/gates/types.js';
import { planTopic } from '../../src/fix/plan-topic.js';
import { rebasePlan } from '../../src/fix/rebase-plan.js';
import { REGISTRY } from './support.js';

const HEALTH = 'ops/bindings/services.health.yaml';
const REG_TEXT = 'services:\n  alpha:\n    port: 8080\n';
const HEALTH_TEXT = 'endpoints:\n  alpha:\n    url: http://alpha:9090/\n    port: 9090\n';

const PORT: Finding = {
  gate: 'registry-status',
  severity: 'error',
  fingerprint: 'fp-port',
  message: 'service "alpha" answers on 9090, not 8080',
  subject: { kind: 'service', id: 'alpha' },
  locations: [{ file: REGISTRY, line: 3, column: 11, pointer: '/services/alpha/port' }],
  direction: 'declared-stale',
  fix: { file: REGISTRY, pointer: '/services/alpha/port', value: 9090, also: [{ file: HEALTH, pointer: '/endpoints/alpha/port', value: 9090 }] },
};

describe('rebasePlan', () => {
  it('re-applies a two-file fix whose second file already had its value, after the first file changed', async () => {
    const texts = new Map([[REGISTRY, REG_TEXT], [HEALTH, HEALTH_TEXT]]);
    const plan = planTopic('registry-status', 'registry-status', [PORT], (f) => texts.get(f));
    expect(plan.files.map((f) => f.file)).toEqual([REGISTRY]);
    expect(plan.refused).toEqual([]);

    const moved = `# a comment added on the base since\n${REG_TEXT}`;
    const base = new Map([[REGISTRY, { text: moved, sha: 'sha-reg' }], [HEALTH, { text: HEALTH_TEXT, sha: 'sha-health' }]]);
    const rebased = await rebasePlan(plan, async (f) => base.get(f));
    expect(rebased.plan.refused).toEqual([]);
    expect(rebased.plan.files.map((f) => [f.file, f.after])).toEqual([[REGISTRY, moved.replace('port: 8080', 'port: 9090')]]);
    expect(rebased.plan.findings).toEqual([PORT]);
    expect(rebased.shas[REGISTRY]).toBe('sha-reg');
  });

  it('records the sha of the second file when the base has moved it away from its value, and edits it', async () => {
    const texts = new Map([[REGISTRY, REG_TEXT], [HEALTH, HEALTH_TEXT]]);
    const plan = planTopic('registry-status', 'registry-status', [PORT], (f) => texts.get(f));
    const base = new Map([
      [REGISTRY, { text: `# moved\n${REG_TEXT}`, sha: 'sha-reg' }],
      [HEALTH, { text: HEALTH_TEXT.replace('port: 9090', 'port: 7070'), sha: 'sha-health' }],
    ]);
    const rebased = await rebasePlan(plan, async (f) => base.get(f));
    expect(rebased.plan.refused).toEqual([]);
    expect(rebased.plan.files.map((f) => f.file)).toEqual([HEALTH, REGISTRY].sort());
    expect(rebased.shas).toEqual({ [REGISTRY]: 'sha-reg', [HEALTH]: 'sha-health' });
  });
});
