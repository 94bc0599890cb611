// What the deployed-compose, disk-usage and backup-depth gates could not check: probes that failed
// or never ran. One inconclusive finding per host (a host that could not be reached, or whose
// answers for one kind all failed the same way), never a pass and never drift.
import type { Ref } from '../../bindings/types.js';
import type { FailureReason, Observations, ProbeFailure } from '../../probes/types.js';
import type { FindingDraft } from '../types.js';
import { listNames, reasonLabel, seconds } from './format.js';

/** One thing a gate wanted to judge and could not. */
export interface Unchecked {
  /** the ssh target the probe runs on */
  sshTarget: string;
  /** what it is, for the message: `stack "web"`, `the disks` */
  label: string;
  /** undefined: the snapshot has no entry for it */
  failure?: ProbeFailure;
  durationMs?: number;
  at: Ref;
}

const NOT_PROBED = 'not-probed';

/**
 * The inconclusive findings for what a gate could not check, one per host and cause: the SSH
 * connection's own failure when the host could not be reached, else the probe's.
 */
export function uncheckedFindings(obs: Observations, items: readonly Unchecked[], what: string): FindingDraft[] {
  const groups = new Map<string, { reason: FailureReason | typeof NOT_PROBED; error: string; durationMs?: number; host: string; items: Unchecked[] }>();
  for (const item of items) {
    const host = obs.hosts.find((h) => h.target === item.sshTarget);
    const f = host && !host.ok ? host.failure : item.failure;
    const reason = item.failure === undefined && !(host && !host.ok) ? NOT_PROBED : (f?.reason ?? 'error');
    const key = `${item.sshTarget}\u0000${reason}`;
    const group = groups.get(key) ?? { reason, error: f?.error ?? '', host: item.sshTarget, items: [], ...((host && !host.ok ? host.durationMs : item.durationMs) !== undefined ? { durationMs: host && !host.ok ? host.durationMs : item.durationMs } : {}) };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const cause =
      g.reason === NOT_PROBED
        ? 'was not probed (the observation snapshot has no entry for it)'
        : `could not be read (${reasonLabel(g.reason)}${g.durationMs !== undefined ? ` after ${seconds(g.durationMs)} s` : ''}${g.error ? `: ${g.error}` : ''})`;
    return {
      kind: `inconclusive-${g.reason}`,
      subject: { kind: 'host' as const, id: g.host },
      at: [...new Map(g.items.map((i) => [`${i.at.file}#${i.at.pointer}`, i.at])).values()],
      message: `${what} of host "${g.host}" ${cause}: ${listNames(g.items.map((i) => i.label))} not checked, so drift cannot be ruled out`,
      direction: 'unknown' as const,
      severity: 'warning' as const,
      inconclusive: true,
      observed: g.reason === NOT_PROBED ? 'not probed' : reasonLabel(g.reason),
      details: { reason: g.reason, unchecked: g.items.map((i) => i.label), ...(g.error ? { error: g.error } : {}) },
    };
  });
}

/** The one notice of a gate about what the spine does not declare (said once, not per entity). */
export function notDeclared(message: string, at: Ref, subject: string): FindingDraft {
  return { kind: 'not-declared', subject: { kind: 'file', id: subject }, at: [at], message, severity: 'notice', direction: 'unknown', details: { notDeclared: true } };
}
