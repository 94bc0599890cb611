import { describe, expect, it } from 'vitest';
import gate, { verdictOf } from '../../src/gates/host-identity.js';
import type { HostObservation } from '../../src/probes/types.js';
import { ctxOf, emptyModel, observations, runGate } from './live-helpers.js';

const KEY = { algorithm: 'ssh-ed25519', fingerprint: 'SHA256:n3wK3yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };

function host(target: string, over: Partial<HostObservation>): HostObservation {
  return { target, address: '127.0.0.1:2201', ok: true, startedAt: '2026-02-11T11:59:00Z', durationMs: 40, hostKey: KEY, trust: 'pinned', ...over };
}

function model() {
  return emptyModel({
    sshTargets: ['a', 'b', 'c', 'd'].map((id, i) => ({
      id, host: `${id}.test`, user: 'ubuntu', port: 22, connectTimeoutSec: 5, optional: false,
      ref: { file: 'ops/bindings/ssh.targets.yaml', pointer: `/ssh/targets/${i}` },
    })),
  });
}

describe('host-identity', () => {
  it('fails closed on a changed key, naming both keys', () => {
    const obs = observations({
      hosts: [host('a', { ok: false, trust: 'mismatch', pinnedFingerprints: ['SHA256:oldKeyBBBB'], failure: { reason: 'host-key-mismatch', error: 'nothing was sent' } })],
    });
    const drafts = runGate(gate, model(), obs);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.message).toContain(`host key of "a" changed: presented ${KEY.fingerprint} (ssh-ed25519), pinned SHA256:oldKeyBBBB; no command was sent`);
    expect(drafts[0]!.inconclusive).toBeUndefined();
    expect(drafts[0]!.at).toEqual([{ file: 'ops/bindings/ssh.targets.yaml', pointer: '/ssh/targets/0/host' }]);
  });

  it('names a revoked key as revoked', () => {
    const obs = observations({
      hosts: [host('a', { ok: false, trust: 'mismatch', failure: { reason: 'host-key-mismatch', error: `host key ${KEY.fingerprint} presented by 127.0.0.1:2201 is revoked in known_hosts; nothing was sent` } })],
    });
    const [f] = runGate(gate, model(), obs);
    expect(f).toMatchObject({ kind: 'key-revoked', direction: 'live-broken' });
    expect(f!.message).toContain('is revoked in known_hosts');
  });

  it('warns on trust-on-first-use and is inconclusive on an unknown key; pinned keys pass', () => {
    const obs = observations({
      hosts: [
        host('b', { trust: 'tofu' }),
        host('c', { ok: false, trust: undefined, failure: { reason: 'host-key-unknown', error: 'no known_hosts entry' } }),
        host('d', {}),
      ],
    });
    const drafts = runGate(gate, model(), obs);
    expect(drafts.map((d) => [d.subject.id, d.kind, d.severity, d.inconclusive ?? false])).toEqual([
      ['b', 'key-tofu', 'warning', false],
      ['c', 'key-unknown', 'warning', true],
    ]);
    expect(drafts[0]!.message).toContain(KEY.fingerprint);
    expect(drafts[1]!.message).toContain('add the key to known_hosts');
  });

  it('leaves other connection failures to the gates whose probes they blocked', () => {
    const h = host('a', { ok: false, trust: undefined, hostKey: undefined, failure: { reason: 'timeout', error: 'connect timed out' } });
    expect(verdictOf(h)).toBe('none');
    const stack = { target: 'a', sshTarget: 'a', stack: 's', path: '/s', ok: false, startedAt: h.startedAt, durationMs: 1, failure: h.failure, containers: [] };
    expect(runGate(gate, model(), observations({ hosts: [h], stacks: [stack] }))).toEqual([]);
  });

  it('reports a connect-only host (a switch, a BMC) that could not be reached: inconclusive, only noted when optional', () => {
    const down = host('a', { ok: false, trust: undefined, hostKey: undefined, pathUsed: 'via pve', failure: { reason: 'refused', error: 'jump host "pve" cannot open a channel to 192.168.1.2:22: connect failed' } });
    const [f] = runGate(gate, model(), observations({ hosts: [down] }));
    expect(f).toMatchObject({ kind: 'unreachable-refused', severity: 'warning', inconclusive: true, direction: 'unknown', details: { path: 'via pve' } });
    expect(f?.message).toBe('host "a" could not be reached over SSH (REFUSED, via pve: jump host "pve" cannot open a channel to 192.168.1.2:22: connect failed); its identity was not checked, so drift cannot be ruled out');
    const optional = model();
    optional.sshTargets[0]!.optional = true;
    const [n] = runGate(gate, optional, observations({ hosts: [down] }));
    expect(n).toMatchObject({ severity: 'notice', kind: 'unreachable-refused' });
    expect(n?.inconclusive).toBeUndefined();
  });

  it('counts the host keys it judged: a connection that failed before a key was presented judged none', () => {
    const obs = observations({
      hosts: [
        host('a', {}),
        host('b', { trust: 'tofu' }),
        host('c', { ok: false, trust: 'mismatch', failure: { reason: 'host-key-mismatch', error: 'nothing was sent' } }),
        host('d', { ok: false, trust: undefined, hostKey: undefined, failure: { reason: 'timeout', error: 'connect timed out' } }),
      ],
    });
    expect(gate.run(ctxOf(model(), obs)).checked).toEqual({ hostKeys: 3 });
  });
});
