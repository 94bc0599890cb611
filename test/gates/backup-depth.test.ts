// backup-depth's checks as functions: which guests a job includes (by id, by all on its node, not
// excluded), pool jobs make the rest undecidable, size regression per guest of a vzdump glob, the
// app-level target of a stateful service found by `service:` or by name.
import { describe, expect, it } from 'vitest';
import type { BackupTarget, Service, Vm } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { appTargetOf, includes, sizeRegression, sizeText, uncoveredGuests } from '../../src/gates/backup/depth.js';
import type { BackupJob, BackupJobsObservation, BackupSizeObservation } from '../../src/probes/types.js';
import { emptyModel } from '../support/empty-model.js';

const ref = { file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/0' };
const vm = (vmid: number, hostname: string): Vm => ({ vmid, hostname, status: 'active', meaning: 'running', stacks: [], services: [], ref });
const job = (over: Partial<BackupJob>): BackupJob => ({ id: 'j', enabled: true, all: false, vmids: [], exclude: [], ...over });
const jobs = (list: BackupJob[], node = 'pve'): BackupJobsObservation => ({ host: 'pve', node, ok: true, startedAt: '2026-02-11T12:00:00Z', durationMs: 1, jobs: list });
const target = (name: string, glob = '*'): BackupTarget => ({ name, enabled: true, kind: 'file_glob', host: 'pve', basePath: '/d', glob, staleAfterHours: 26, ref: { file: 'ops/bindings/backup.inventory.yaml', pointer: '/targets/0' } });
const GB = 1024 ** 3;

describe('backup jobs', () => {
  it('a job includes a guest by id, or by all on its node unless excluded', () => {
    expect(includes(job({ vmids: [200] }), 200, 'pve')).toBe(true);
    expect(includes(job({ all: true, exclude: [201] }), 200, 'pve')).toBe(true);
    expect(includes(job({ all: true, exclude: [200] }), 200, 'pve')).toBe(false);
    expect(includes(job({ all: true, node: 'pve2' }), 200, 'pve')).toBe(false);
    expect(includes(job({ all: true, node: 'pve' }), 200, 'pve')).toBe(true);
  });

  it('reports each active guest no enabled job includes; a pool job leaves them undecided (inconclusive)', () => {
    const guests = [vm(200, 'a'), vm(201, 'b')];
    const missing = uncoveredGuests(guests, jobs([job({ vmids: [200] }), job({ id: 'off', vmids: [201], enabled: false })]));
    expect(missing.map((f) => [f.subject.id, f.observed])).toEqual([['b', 'disabled job only']]);
    const pool = uncoveredGuests(guests, jobs([job({ vmids: [200] }), job({ id: 'p', pool: 'prod' })]));
    expect(pool).toHaveLength(1);
    expect(pool[0]).toMatchObject({ inconclusive: true, subject: { kind: 'host', id: 'pve' } });
    expect(uncoveredGuests(guests, jobs([job({ all: true })]))).toEqual([]);
  });
});

describe('size regression', () => {
  const sizes = (files: Array<[string, number]>): BackupSizeObservation => ({
    name: 't', host: 'pve', ok: true, startedAt: '2026-02-11T12:00:00Z', durationMs: 1,
    files: files.map(([path, bytes], i) => ({ path, bytes, mtime: new Date(Date.UTC(2026, 1, 11 - i)).toISOString() })),
  });
  const config = defaultConfig().backups;

  it('compares the newest file with the median of the ones before it, per guest of a vzdump glob', () => {
    const mixed = sizes([
      ['/d/vzdump-qemu-204-c.vma.zst', 1 * GB],
      ['/d/vzdump-qemu-205-c.vma.zst', 40 * GB],
      ['/d/vzdump-qemu-204-b.vma.zst', 1.1 * GB],
      ['/d/vzdump-qemu-205-b.vma.zst', 41 * GB],
    ]);
    // 204's newest (1 GB) next to 204's previous (1.1 GB): fine, though 205's files are 40 times larger
    expect(sizeRegression(target('offsite', 'vzdump-qemu-*.vma.zst'), mixed, config)).toBeUndefined();
    const shrunk = sizes([['/d/x-3.sql.gz', 10], ['/d/x-2.sql.gz', 100], ['/d/x-1.sql.gz', 90], ['/d/x-0.sql.gz', 110]]);
    expect(sizeRegression(target('db'), shrunk, config)).toMatchObject({ severity: 'warning', observed: 10, details: { median: 100, compared: 3 } });
    expect(sizeRegression(target('db'), sizes([['/d/x-1', 0], ['/d/x-0', 5]]), config)).toMatchObject({ severity: 'error' });
    expect(sizeRegression(target('db'), sizes([['/d/x-1', 5]]), config)).toBe('too-few');
  });

  it('says sizes in words', () => {
    expect([0, 512, 1536, 104857600, 2 * GB, 1.5 * 1024 * GB].map(sizeText)).toEqual(['0 bytes', '512 bytes', '1.5 KB', '100 MB', '2 GB', '1.5 TB']);
  });
});

describe('app-level targets', () => {
  it('finds a stateful service\'s target by its service key, else by the configured names', () => {
    const s = { id: 'gitea', status: 'active', meaning: 'running', statusDeclared: true, stateful: true, ref } as Service;
    const byName = emptyModel({ backups: [target('app-gitea')] });
    expect(appTargetOf(byName, defaultConfig().backups, s)?.name).toBe('app-gitea');
    const byKey = emptyModel({ backups: [target('app-gitea'), { ...target('nightly-git-dump'), service: 'gitea' }] });
    expect(appTargetOf(byKey, defaultConfig().backups, s)?.name).toBe('nightly-git-dump');
    expect(appTargetOf(emptyModel({ backups: [target('vm-206')] }), defaultConfig().backups, s)).toBeUndefined();
  });
});
