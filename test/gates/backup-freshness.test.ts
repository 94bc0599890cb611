import { describe, expect, it } from 'vitest';
import type { BackupTarget } from '../../src/bindings/types.js';
import gate, { ageHours } from '../../src/gates/backup-freshness.js';
import type { BackupObservation } from '../../src/probes/types.js';
import { emptyModel, NOW, observations, runGate } from './live-helpers.js';

function backup(name: string, over: Partial<BackupTarget> = {}): BackupTarget {
  return {
    name,
    enabled: true,
    kind: 'file_glob',
    host: 'pve',
    basePath: '/tank/backups/vzdump/dump',
    glob: 'vzdump-qemu-200-*.vma.zst',
    staleAfterHours: 26,
    ref: { file: 'ops/bindings/backup.inventory.yaml', pointer: '/targets/0' },
    ...over,
  };
}

function seen(name: string, over: Partial<BackupObservation>): BackupObservation {
  return { name, host: 'pve', ok: true, matches: 3, startedAt: '2026-02-11T11:59:00Z', durationMs: 80, ...over };
}

const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

describe('backup-freshness', () => {
  it('measures age with the run clock', () => {
    expect(ageHours(hoursAgo(30.25), NOW)).toBeCloseTo(30.25, 6);
    expect(ageHours('not a date', NOW)).toBeUndefined();
  });

  it('fails a backup older than stale_after_hours with its age, and passes a fresh one', () => {
    const model = emptyModel({ backups: [backup('vm-200'), backup('vm-202', { staleAfterHours: 48 })] });
    const obs = observations({
      backups: [
        seen('vm-200', { newest: { path: './vzdump-qemu-200-2026_02_10-00_00_01.vma.zst', mtime: hoursAgo(30.25) } }),
        seen('vm-202', { newest: { path: './b.vma.zst', mtime: hoursAgo(47.9) } }),
      ],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: 'stale', observed: '30.3 h', expected: '<= 26 h', direction: 'live-broken' });
    expect(drafts[0]!.message).toContain('is 30.3 h old, older than stale_after_hours 26');
    expect(drafts[0]!.at).toEqual([{ file: 'ops/bindings/backup.inventory.yaml', pointer: '/targets/0/stale_after_hours' }]);
  });

  it('fails a missing directory and an empty match; a lost connection is inconclusive', () => {
    const model = emptyModel({ backups: [backup('a'), backup('b'), backup('c')] });
    const obs = observations({
      backups: [
        seen('a', { ok: false, matches: 0, failure: { reason: 'dir-missing', error: 'exit 90' } }),
        seen('b', { matches: 0 }),
        seen('c', { ok: false, matches: 0, failure: { reason: 'auth-denied', error: 'All configured authentication methods failed' } }),
      ],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts.map((d) => [d.subject.id, d.kind, d.inconclusive ?? false])).toEqual([
      ['a', 'dir-missing', false],
      ['b', 'no-match', false],
      ['c', 'probe-auth-denied', true],
    ]);
    expect(drafts[2]!.message).toContain('AUTH-DENIED');
  });

  it('ignores disabled targets and never passes an enabled target that was not probed', () => {
    const model = emptyModel({ backups: [backup('off', { enabled: false }), backup('on')] });
    expect(runGate(gate, model, observations()).map((d) => [d.subject.id, d.inconclusive])).toEqual([['on', true]]);
  });
});
