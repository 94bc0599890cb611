import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/bindings/types.js';
import gate from '../../src/gates/health.js';
import type { EndpointObservation } from '../../src/probes/types.js';
import { emptyModel, observations, runGate } from './live-helpers.js';

function endpoint(id: string, url: string, expect: number[] = [200], enabled = true): Endpoint {
  return { id, url, expect, enabled, ref: { file: 'ops/bindings/services.health.yaml', pointer: `/endpoints/${id.length}` } };
}

function seen(id: string, url: string, over: Partial<EndpointObservation>): EndpointObservation {
  return { id, url, ok: true, status: 200, timeoutMs: 10_000, attempts: 1, startedAt: '2026-02-11T11:59:00Z', durationMs: 300, ...over };
}

const SAB = 'http://100.107.36.76:8080/';

describe('health', () => {
  it('reports a timeout as live-broken with its latency against the deadline', () => {
    const model = emptyModel({ endpoints: [endpoint('sabnzbd', SAB)] });
    const obs = observations({
      endpoints: [seen('sabnzbd', SAB, { ok: false, status: undefined, durationMs: 10_004, failure: { reason: 'timeout', error: 'headers timeout' } })],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.message.startsWith('sabnzbd: TIMEOUT after 10.0 s (max_time 10 s)')).toBe(true);
    expect(drafts[0]).toMatchObject({ direction: 'live-broken', observed: 'TIMEOUT', expected: [200] });
    expect(drafts[0]!.inconclusive).toBeUndefined();
    expect(drafts[0]!.details).toMatchObject({ durationMs: 10_004, timeoutMs: 10_000 });
    expect(drafts[0]!.at).toEqual([{ file: 'ops/bindings/services.health.yaml', pointer: '/endpoints/7/url' }]);
  });

  it('classifies refused, dns, tls and reset in capitals, each live-broken', () => {
    const model = emptyModel({ endpoints: ['a', 'b', 'c', 'd'].map((id) => endpoint(id, `http://${id}.test/`)) });
    const obs = observations({
      endpoints: [
        seen('a', 'http://a.test/', { ok: false, status: undefined, durationMs: 3, failure: { reason: 'refused', error: 'ECONNREFUSED' } }),
        seen('b', 'http://b.test/', { ok: false, status: undefined, failure: { reason: 'dns', error: 'ENOTFOUND' } }),
        seen('c', 'http://c.test/', { ok: false, status: undefined, failure: { reason: 'tls', error: 'CERT_HAS_EXPIRED' } }),
        seen('d', 'http://d.test/', { ok: false, status: undefined, attempts: 2, failure: { reason: 'reset', error: 'other side closed' } }),
      ],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts.map((d) => d.message.split(' ').slice(0, 2).join(' '))).toEqual(['a: REFUSED', 'b: DNS', 'c: TLS', 'd: RESET']);
    expect(drafts.map((d) => d.direction)).toEqual(['live-broken', 'live-broken', 'live-broken', 'live-broken']);
  });

  it('compares the status with expect, mentions a redirect target, and accepts any listed code', () => {
    const model = emptyModel({
      endpoints: [endpoint('grafana', 'http://g.test/'), endpoint('vault', 'http://v.test/', [401, 403]), endpoint('jf', 'http://j.test/')],
    });
    const obs = observations({
      endpoints: [
        seen('grafana', 'http://g.test/', { status: 302, location: 'http://user:secret@g.test/login' }),
        seen('vault', 'http://v.test/', { status: 403 }),
        seen('jf', 'http://j.test/', { status: 503 }),
      ],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts).toHaveLength(2);
    expect(drafts[1]!.message).toBe('jf: HTTP 503 from http://j.test/, expected 200');
    expect(drafts[0]).toMatchObject({ observed: 302, expected: [200], kind: 'unexpected-status' });
    expect(drafts[0]!.message).toContain('redirecting to http://REDACTED:REDACTED@g.test/login');
    expect(drafts[0]!.message).not.toContain('secret');
  });

  it('warns when a passing probe took at least 80 % of its deadline', () => {
    const model = emptyModel({ endpoints: [endpoint('slow', 'http://s.test/'), endpoint('fine', 'http://f.test/')] });
    const obs = observations({
      endpoints: [seen('slow', 'http://s.test/', { durationMs: 9_400 }), seen('fine', 'http://f.test/', { durationMs: 7_999 })],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts.map((d) => [d.subject.id, d.severity, d.kind])).toEqual([['slow', 'warning', 'slow']]);
    expect(drafts[0]!.message).toContain('took 9.4 s (max_time 10 s), 94 % of the deadline');
  });

  it('skips disabled endpoints and is inconclusive for enabled ones the snapshot lacks', () => {
    const model = emptyModel({ endpoints: [endpoint('off', 'http://o.test/', [200], false), endpoint('gone', 'http://g.test/')] });
    const drafts = runGate(gate, model, observations());
    expect(drafts.map((d) => [d.subject.id, d.inconclusive])).toEqual([['gone', true]]);
  });

  it('redacts credentials of the declared URL in messages', () => {
    const url = 'http://admin:hunter2@h.test/health?token=abc';
    const model = emptyModel({ endpoints: [endpoint('h', url)] });
    const obs = observations({ endpoints: [seen('h', url, { ok: false, status: undefined, failure: { reason: 'refused', error: 'ECONNREFUSED' } })] });
    const text = JSON.stringify(runGate(gate, model, obs));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('abc');
  });
});
