import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultConfig } from '../../src/config/defaults.js';
import { changedLines, guardDiff, guardValues } from '../../src/fix/diff-guard.js';
import { FixRefusedError } from '../../src/fix/fix-error.js';
import { FIX_KINDS } from '../../src/gates/fix-kinds.js';
import { planFixes } from '../../src/fix/plan-fixes.js';
import { renderPlan } from '../../src/fix/render-plan.js';
import { SPINE_DIR } from '../support/paths.js';
import { REGISTRY, staleFinding } from './support.js';

const corpus = (file: string): string | undefined => {
  try {
    return readFileSync(join(SPINE_DIR, file), 'utf8');
  } catch {
    return undefined;
  }
};

function lineOf(text: string, pointerKey: string, from: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${from}:`);
  const idx = lines.findIndex((l, i) => i > start && l.trim().startsWith(`${pointerKey}:`));
  return idx + 1;
}

describe('planFixes over the corpus (seed scenario)', () => {
  const findings = [staleFinding('swaparr-sonarr', 428), staleFinding('swaparr-lidarr', 435)];

  it('proposes stopped -> active for swaparr-sonarr and swaparr-lidarr, touching exactly those two lines', () => {
    const plan = planFixes(findings, defaultConfig(), corpus);
    // every fix kind is a topic of its own; only registry-status has edits
    expect(plan.topics.map((t) => t.topic)).toEqual(FIX_KINDS.map((k) => k.id));
    expect(plan.topics.slice(1).filter((t) => t.files.length > 0)).toEqual([]);
    const topic = plan.topics[0]!;
    expect(topic.refused).toEqual([]);
    expect(topic.files.map((f) => f.file)).toEqual([REGISTRY]);
    const ff = topic.files[0]!;
    const original = corpus(REGISTRY)!;
    const sonarr = lineOf(original, 'status', 'swaparr-sonarr');
    const lidarr = lineOf(original, 'status', 'swaparr-lidarr');
    expect([sonarr, lidarr]).toEqual([428, 435]);
    expect(ff.lines).toEqual([428, 435]);
    expect(changedLines(original, ff.after)).toEqual({ removed: [428, 435], added: [428, 435] });
    const before = original.split('\n');
    const after = ff.after.split('\n');
    expect(after[427]).toBe(before[427]!.replace('stopped', 'active'));
    expect(after[434]).toBe(before[434]!.replace('stopped', 'active'));
    const data = parse(ff.after) as { services: Record<string, { status?: string }> };
    expect(data.services['swaparr-sonarr']!.status).toBe('active');
    expect(data.services['swaparr-lidarr']!.status).toBe('active');
    const diffBody = ff.diff.split('\n').filter((l) => /^[-+](?![-+])/.test(l));
    expect(diffBody).toEqual([`-${before[427]}`, `+${after[427]}`, `-${before[434]}`, `+${after[434]}`]);
    expect(ff.diff.startsWith(`--- a/${REGISTRY}\n+++ b/${REGISTRY}\n@@ -425,`)).toBe(true);
    expect(topic.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(renderPlan(plan)).toContain(`${REGISTRY}:428 /services/swaparr-sonarr/status: "stopped" -> "active"`);
  });

  it('fingerprints the edits, not line numbers or finding order', () => {
    const a = planFixes(findings, defaultConfig(), corpus).topics[0]!.fingerprint;
    const b = planFixes([staleFinding('swaparr-lidarr', 1), staleFinding('swaparr-sonarr', 2)], defaultConfig(), corpus).topics[0]!.fingerprint;
    const c = planFixes([staleFinding('swaparr-lidarr', 1)], defaultConfig(), corpus).topics[0]!.fingerprint;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

describe('planFixes selection', () => {
  const file = 'services:\n  a:\n    status: stopped\n  b:\n    status: stopped\n';
  const read = (f: string) => (f === REGISTRY ? file : undefined);

  it('takes only declared-stale findings with a fix from allowed gates', () => {
    const live = { ...staleFinding('b'), direction: 'live-broken' as const };
    const other = { ...staleFinding('b'), gate: 'vm-inventory' };
    const plan = planFixes([staleFinding('a'), live, other], defaultConfig(), read);
    expect(plan.topics[0]!.files[0]!.edits).toEqual([{ pointer: '/services/a/status', value: 'active' }]);
  });

  it('keeps an empty topic (its PR gets closed) unless its gate did not run', () => {
    const empty = (topic: string, gate: string) => ({ topic, gate, files: [], findings: [], refused: [], fingerprint: '' });
    expect(planFixes([], defaultConfig(), read).topics).toEqual(FIX_KINDS.map((k) => empty(k.id, k.gate)));
    expect(planFixes([], defaultConfig(), read, { ranGates: ['registry-status'] }).topics).toEqual([empty('registry-status', 'registry-status'), empty('registry-exited', 'registry-status')]);
    expect(planFixes([], defaultConfig(), read, { ranGates: ['caddy-proto'] }).topics).toEqual([]);
  });

  it('refuses conflicting values, unreadable files, missing nodes and invalid results, with reasons', () => {
    const conflict = [staleFinding('a'), staleFinding('a', 1, 'parked')];
    expect(planFixes(conflict, defaultConfig(), read).topics[0]!.refused[0]!.reason).toContain('different values');
    expect(planFixes([staleFinding('a')], defaultConfig(), () => undefined).topics[0]!.refused[0]!.reason).toContain('cannot be read');
    expect(planFixes([staleFinding('zz')], defaultConfig(), read).topics[0]!.refused[0]!.reason).toContain('/services/zz/status');
    const invalid = planFixes([staleFinding('a')], defaultConfig(), read, { revalidate: (f) => [`${f}:3:13: status must be one of active, parked`] });
    expect(invalid.topics[0]!.refused[0]!.reason).toContain('no longer validates');
    expect(invalid.topics[0]!.files).toEqual([]);
  });
});

describe('planFixes refusals inside one file', () => {
  it('refuses only the edit that cannot be made and keeps the others of the same file', () => {
    const text = 'x: &s stopped\nservices:\n  a:\n    status: stopped\n  b:\n    status: *s\n';
    const plan = planFixes([staleFinding('a'), staleFinding('b')], defaultConfig(), () => text).topics[0]!;
    expect(plan.refused.map((r) => [r.pointer, r.reason.includes('alias')])).toEqual([['/services/b/status', true]]);
    expect(plan.files[0]!.edits).toEqual([{ pointer: '/services/a/status', value: 'active' }]);
    expect(plan.findings.map((f) => f.subject.id)).toEqual(['a']);
  });
});

describe('diff guard', () => {
  it('refuses an edit that reformats another line', () => {
    const before = 'a:\n  status: stopped\n  port: 0x1F\n';
    const reformatted = 'a:\n  status: active\n  port: 31\n';
    const e = (() => {
      try {
        guardDiff('f.yaml', before, reformatted, [2]);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(FixRefusedError);
    expect((e as FixRefusedError).message).toContain('line 3');
    expect(() => guardDiff('f.yaml', before, 'a:\n  status: active\n  port: 0x1F\n', [2])).not.toThrow();
  });

  it('refuses added lines and changed values that were not named', () => {
    expect(() => guardDiff('f.yaml', 'a: 1\n', 'a: 2\nb: 3\n', [1])).toThrow(FixRefusedError);
    expect(() => guardValues('f.yaml', 'a: 1\nb: 1\n', 'a: 2\nb: 2\n', [{ pointer: '/a', value: 2 }])).toThrow(/more than the named values/);
    expect(() => guardValues('f.yaml', 'a: 1\nb: 1\n', 'a: 2\nb: 1\n', [{ pointer: '/a', value: 2 }])).not.toThrow();
  });
});
