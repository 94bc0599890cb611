// planPins on hand-made scan results: the cases a lab does not stage easily (a target whose jump
// host is not declared, two targets on one address, a host that stops answering after it was
// pinned, a key pinned under another declared name of the target).
import { describe, expect, it } from 'vitest';
import type { SshTarget } from '../../src/bindings/types.js';
import { planPins } from '../../src/hosts/plan-pins.js';
import type { ScannedHost } from '../../src/hosts/scan-host-keys.js';
import { fingerprint } from '../../src/probes/known-hosts.js';

const KEY_A = 'AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';
const KEY_B = 'AAAAC3NzaC1lZDI1NTE5AAAAIBq3J7w1aXbC0bEpZ1QFKnYHxTt8sEo3xB4zYkq5hC9T';

function target(id: string, host: string, port = 22): SshTarget {
  return { id, host, port, user: 'ops', connectTimeoutSec: 5, optional: false, ref: { file: 'ops/bindings/ssh.targets.yaml', pointer: '' } };
}

function scanned(t: SshTarget, key?: string, extra: Partial<ScannedHost> = {}): ScannedHost {
  const host: ScannedHost = { target: t, endpoint: { id: t.id, host: t.host, port: t.port, user: t.user }, ...extra };
  if (key) host.presented = { algorithm: 'ssh-ed25519', key, fingerprint: fingerprint(Buffer.from(key, 'base64')) };
  return host;
}

describe('planPins', () => {
  it('keeps the pins of hosts it could not reach or skipped, and writes a shared address once', () => {
    const old = `# ssh target gone (ops@10.0.0.9:22)\n10.0.0.9 ssh-ed25519 ${KEY_B}\n`;
    const plan = planPins(
      [
        scanned(target('a', '10.0.0.1', 2222), KEY_A),
        scanned(target('a-alias', '10.0.0.1', 2222), KEY_A),
        scanned(target('gone', '10.0.0.9'), undefined, { observation: { target: 'gone', address: 'x', ok: false, startedAt: '', durationMs: 1, failure: { reason: 'timeout', error: 'no answer in 5 s' } } }),
        scanned(target('lan', '192.168.1.2'), undefined, { skipped: 'ssh target "lan" is reached via "b" (probe_via), which ops/bindings/ssh.targets.yaml does not declare' }),
      ],
      old,
      'known_hosts',
      new Set(),
    );
    expect(plan.rows.map((r) => [r.id, r.status, r.note ?? ''])).toEqual([
      ['a', 'added', ''],
      ['a-alias', 'added', ''],
      ['gone', 'unreachable', 'timeout: no answer in 5 s'],
      ['lan', 'skipped', 'ssh target "lan" is reached via "b" (probe_via), which ops/bindings/ssh.targets.yaml does not declare'],
    ]);
    expect(plan.refused).toEqual([]);
    expect(plan.text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([`[10.0.0.1]:2222 ssh-ed25519 ${KEY_A}`, `10.0.0.9 ssh-ed25519 ${KEY_B}`]);
    expect(plan.text).toContain('# ssh target gone (ops@10.0.0.9:22)\n10.0.0.9');
  });

  it('a changed key leaves the text as it was; accepted, it replaces every pin of that host', () => {
    const old = `10.0.0.1 ssh-ed25519 ${KEY_B}\n`;
    const refused = planPins([scanned(target('a', '10.0.0.1'), KEY_A)], old, 'known_hosts', new Set());
    expect(refused.rows[0]).toMatchObject({ status: 'changed', pinned: [fingerprint(Buffer.from(KEY_B, 'base64'))] });
    expect(refused.text).toBe(old);
    const accepted = planPins([scanned(target('a', '10.0.0.1'), KEY_A)], old, 'known_hosts', new Set(['a']));
    expect(accepted.rows[0]?.status).toBe('replaced');
    expect(accepted.text).toContain(`10.0.0.1 ssh-ed25519 ${KEY_A}\n`);
    expect(accepted.text).not.toContain(KEY_B);
  });

  it('a key pinned under another declared name of the target (its Tailscale address) is its pin, as in a run', () => {
    const old = `100.64.0.9 ssh-ed25519 ${KEY_A}\n`;
    const t = target('dual', '10.0.0.9');
    const plans = { candidates: [{ plane: 'lan' as const, host: '10.0.0.9' }, { plane: 'tailscale' as const, host: '100.64.0.9' }], identityNames: ['10.0.0.9', '100.64.0.9'] };
    const same = planPins([scanned(t, KEY_A, { endpoint: { id: 'dual', host: '10.0.0.9', port: 22, user: 'ops', plan: plans } })], old, 'known_hosts', new Set());
    expect(same.rows[0]).toMatchObject({ status: 'unchanged', pinned: [fingerprint(Buffer.from(KEY_A, 'base64'))] });
    // written under the declared host too; the hand-written line stays as written
    expect(same.text).toContain(`# ssh target dual (ops@10.0.0.9:22)\n10.0.0.9 ssh-ed25519 ${KEY_A}\n`);
    expect(same.text).toContain(`100.64.0.9 ssh-ed25519 ${KEY_A}\n`);
    const other = planPins([scanned(t, KEY_B, { endpoint: { id: 'dual', host: '10.0.0.9', port: 22, user: 'ops', plan: plans } })], old, 'known_hosts', new Set());
    expect(other.rows[0]?.status).toBe('changed');
    expect(other.text).toBe(old);
  });
});
