import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { emptyObservations, mergeObservations, readObservations, writeObservations } from '../../src/probes/snapshot.js';
import type { Observations } from '../../src/probes/types.js';

const dir = mkdtempSync(join(tmpdir(), 'driftgate-obs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shardA(): Observations {
  return {
    ...emptyObservations('2026-02-11T12:00:05.000Z'),
    durationMs: 900,
    hosts: [{ target: 'vm1', address: '127.0.0.1:2201', ok: true, startedAt: '2026-02-11T12:00:05.000Z', durationMs: 40, trust: 'pinned', hostKey: { algorithm: 'ssh-ed25519', fingerprint: 'SHA256:abc' } }],
    stacks: [
      { target: 'vm1', sshTarget: 'vm1', stack: 'shop', path: '/opt/shop', ok: true, startedAt: '2026-02-11T12:00:05.100Z', durationMs: 80,
        containers: [{ name: 'shop-web-1', service: 'web', project: 'shop', state: 'running', status: 'Up 1 hour', health: '', exitCode: 0, publishers: [{ publishedPort: 8080, targetPort: 80 }] }] },
    ],
    endpoints: [{ id: 'shop', url: 'http://10.0.0.1:8080/health', ok: false, startedAt: '2026-02-11T12:00:05.000Z', durationMs: 500, timeoutMs: 500, attempts: 1, failure: { reason: 'timeout', error: 'no answer within 500 ms' } }],
  };
}

function shardB(): Observations {
  return {
    ...emptyObservations('2026-02-11T12:00:01.000Z'),
    durationMs: 400,
    endpoints: [{ id: 'shop', url: 'http://10.0.0.1:8080/health', ok: true, status: 200, startedAt: '2026-02-11T12:00:01.000Z', durationMs: 12, timeoutMs: 500, attempts: 1 }],
    backups: [{ name: 'vm-1', host: 'pve', ok: true, startedAt: '2026-02-11T12:00:01.000Z', durationMs: 30, matches: 2, newest: { path: '/d/a.zst', mtime: '2026-02-11T10:00:00.000Z' } }],
    hypervisors: [{ host: 'pve', ok: true, startedAt: '2026-02-11T12:00:01.000Z', durationMs: 30, vms: [{ vmid: 1, name: 'vm1', status: 'running', cpuCores: 2 }] }],
  };
}

describe('observation snapshots', () => {
  it('round-trips through the file and the schema', () => {
    const file = join(dir, 'a.json');
    writeObservations(file, shardA());
    expect(readObservations([file])).toEqual(shardA());
  });

  it('merges shards: later shard wins per key, startedAt = min, durationMs = max', () => {
    const a = join(dir, 'sa.json');
    const b = join(dir, 'sb.json');
    writeObservations(a, shardA());
    writeObservations(b, shardB());
    const merged = readObservations([a, b]);
    expect(merged.startedAt).toBe('2026-02-11T12:00:01.000Z');
    expect(merged.durationMs).toBe(900);
    expect(merged.endpoints).toEqual(shardB().endpoints);
    expect(merged.stacks).toEqual(shardA().stacks);
    expect(merged.backups).toHaveLength(1);
    expect(merged.hypervisors).toHaveLength(1);
    expect(mergeObservations([shardB(), shardA()]).endpoints[0]?.ok).toBe(false);
  });

  it('names file and line of a schema error', () => {
    const file = join(dir, 'bad.json');
    const text = JSON.stringify(shardA(), null, 2).replace('"reason": "timeout"', '"reason": "slow"');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('"slow"')) + 1;
    expect(() => readObservations([file])).toThrow(UserError);
    expect(() => readObservations([file])).toThrow(new RegExp(`bad\\.json:${line}:\\d+: invalid observation snapshot`));
  });

  it('names the line of a JSON syntax error and rejects another version', () => {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, '{\n  "version": 1,\n  "hosts": [,]\n}\n');
    expect(() => readObservations([file])).toThrow(/syntax\.json:3: observation snapshot is not valid JSON/);
    const v2 = join(dir, 'v2.json');
    writeFileSync(v2, JSON.stringify({ ...shardA(), version: 2 }));
    expect(() => readObservations([v2])).toThrow(/v2\.json:1:\d+: invalid observation snapshot/);
    expect(() => readObservations([join(dir, 'none.json')])).toThrow(/ENOENT/);
  });

  it('writes pretty JSON ending with a newline', () => {
    const file = join(dir, 'pretty.json');
    writeObservations(file, shardB());
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
  });
});
