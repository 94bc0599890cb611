import { describe, expect, it } from 'vitest';
import { hasProbeFailures } from '../../src/probes/probe-all.js';
import { emptyObservations } from '../../src/probes/snapshot.js';
import type { HostObservation } from '../../src/probes/types.js';

const T0 = '2026-02-11T12:00:00.000Z';
const host = (target: string, ok: boolean): HostObservation => ({ target, address: `${target}:22`, ok, startedAt: T0, durationMs: 1, ...(ok ? {} : { failure: { reason: 'timeout', error: 'x' } }) });

describe('hasProbeFailures', () => {
  it('lets an unreachable optional target pass unless another probe needed its connection', () => {
    const obs = { ...emptyObservations(T0), hosts: [host('pihole', false), host('pve', true)] };
    expect(hasProbeFailures(obs)).toBe(true);
    expect(hasProbeFailures(obs, new Set(['pihole']))).toBe(false);
    const needed = { ...obs, backups: [{ name: 'b', host: 'pihole', ok: false, startedAt: T0, durationMs: 1, matches: 0, failure: { reason: 'timeout' as const, error: 'x' } }] };
    expect(hasProbeFailures(needed, new Set(['pihole']))).toBe(true);
  });
});
