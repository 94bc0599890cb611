// host-identity: the SSH host key each host presented vs the key pinned in known_hosts, and the
// reachability of hosts probed for nothing else (switches, BMCs: the handshake is their probe).
import type { Ref } from '../bindings/types.js';
import type { HostObservation, Observations } from '../probes/types.js';
import { reasonLabel } from './live/format.js';
import { extraProbes } from '../probes/extra-probes.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';
import { sub } from './gate-helpers.js';

type Verdict = 'mismatch' | 'unknown' | 'tofu' | 'pinned' | 'none';

/** The trust verdict of an observation, from `trust` or, failing that, the failure reason. */
export function verdictOf(h: HostObservation): Verdict {
  if (h.trust === 'mismatch' || h.failure?.reason === 'host-key-mismatch') return 'mismatch';
  if (h.trust === 'unknown' || h.failure?.reason === 'host-key-unknown') return 'unknown';
  if (h.trust === 'tofu') return 'tofu';
  if (h.trust === 'pinned') return 'pinned';
  return 'none';
}

function placeOf(ctx: GateContext, target: string): Ref {
  const t = ctx.model.sshTargets.find((s) => s.id === target);
  return t ? sub(t.ref, 'host') : { file: ctx.model.paths.ssh, pointer: '' };
}

function keyText(h: HostObservation): string {
  return h.hostKey ? `${h.hostKey.fingerprint} (${h.hostKey.algorithm})` : 'an unrecorded key';
}

function judge(ctx: GateContext, h: HostObservation): FindingDraft | undefined {
  const verdict = verdictOf(h);
  const subject = { kind: 'host' as const, id: h.target };
  const at = [placeOf(ctx, h.target)];
  const presented = h.hostKey?.fingerprint;
  if (verdict === 'mismatch') {
    const pinned = h.pinnedFingerprints?.length ? h.pinnedFingerprints.join(', ') : 'a different key in known_hosts';
    const revoked = /revoked/i.test(h.failure?.error ?? '');
    return {
      kind: revoked ? 'key-revoked' : 'key-mismatch',
      subject,
      at,
      message: revoked
        ? `host key of "${h.target}" is revoked in known_hosts: presented ${keyText(h)}; no command was sent. Replace the host's key`
        : `host key of "${h.target}" changed: presented ${keyText(h)}, pinned ${pinned}; no command was sent. ` +
          'If the host was rebuilt, verify the new key out of band and update known_hosts; otherwise treat it as an attack',
      expected: h.pinnedFingerprints ?? 'pinned key',
      observed: presented ?? 'unknown key',
      direction: 'live-broken',
      details: { address: h.address, ...(h.hostKey ? { hostKey: h.hostKey } : {}) },
    };
  }
  if (verdict === 'unknown') {
    return {
      kind: 'key-unknown',
      severity: 'warning',
      subject,
      at,
      message:
        `host key of "${h.target}" is not in known_hosts (presented ${keyText(h)}); nothing was checked on it. ` +
        'Verify the fingerprint out of band (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host) and add the key to known_hosts',
      expected: 'pinned key',
      observed: presented ?? 'unknown key',
      direction: 'unknown',
      inconclusive: true,
      details: { address: h.address, ...(h.hostKey ? { hostKey: h.hostKey } : {}) },
    };
  }
  if (verdict === 'tofu') {
    return {
      kind: 'key-tofu',
      severity: 'warning',
      subject,
      at,
      message:
        `host key of "${h.target}" was trusted on first use: ${keyText(h)}; pin it in known_hosts ` +
        'after verifying it out of band',
      expected: 'pinned key',
      observed: presented ?? 'unknown key',
      direction: 'declared-stale',
      details: { address: h.address, ...(h.hostKey ? { hostKey: h.hostKey } : {}) },
    };
  }
  return undefined;
}

/**
 * Whether another probe of the snapshot ran on this host (then that probe's gate reports the
 * failure); a shadow probe (of a disabled entry) reports nothing, so it does not count.
 */
function probedOtherwise(obs: Observations, target: string): boolean {
  return (
    obs.stacks.some((s) => s.sshTarget === target && !s.shadow) ||
    obs.backups.some((b) => b.host === target && !b.shadow) ||
    obs.hypervisors.some((h) => h.host === target) ||
    obs.endpoints.some((e) => e.via === target && !e.shadow) ||
    extraProbes(obs).some((o) => o.sshTarget === target)
  );
}

/** A connect-only host that could not be reached: its identity is unchecked (an optional target only a notice). */
function unreachable(ctx: GateContext, h: HostObservation, obs: Observations): FindingDraft | undefined {
  if (h.ok || h.shadow || verdictOf(h) !== 'none' || probedOtherwise(obs, h.target)) return undefined;
  const reason = h.failure?.reason ?? 'error';
  const optional = ctx.model.sshTargets.find((t) => t.id === h.target)?.optional === true;
  const path = h.pathUsed && h.pathUsed !== 'direct' ? `, ${h.pathUsed}` : '';
  return {
    kind: `unreachable-${reason}`,
    severity: optional ? 'notice' : 'warning',
    subject: { kind: 'host', id: h.target },
    at: [placeOf(ctx, h.target)],
    message:
      `host "${h.target}" could not be reached over SSH (${reasonLabel(reason)}${path}${h.failure?.error ? `: ${h.failure.error}` : ''}); ` +
      (optional ? 'it is optional, so this is only noted' : 'its identity was not checked, so drift cannot be ruled out'),
    observed: reasonLabel(reason),
    direction: 'unknown',
    ...(optional ? {} : { inconclusive: true }),
    details: { reason, address: h.address, ...(h.pathUsed ? { path: h.pathUsed } : {}) },
  };
}

export default defineGate({
  id: 'host-identity',
  aliases: [],
  kind: 'live',
  severity: 'error',
  describe:
    'Checks the SSH host key each host presented (directly, on its LAN or Tailscale address, or through its jump host) against the pinned known_hosts key: a changed key fails closed, an unknown key is inconclusive, trust-on-first-use is warned, and a host probed for nothing else that cannot be reached is inconclusive.',
  reads: ['ssh'],
  judges: [],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const findings = obs.hosts.map((h) => judge(ctx, h) ?? unreachable(ctx, h, obs)).filter((f): f is FindingDraft => f !== undefined);
    // a key judged against the pins (jump hosts included); a connection that failed before a key
    // was presented judged none (a connect-only host's is a finding of its own, another's its probe's gate)
    return { findings, checked: { hostKeys: obs.hosts.filter((h) => verdictOf(h) !== 'none').length } };
  },
});
