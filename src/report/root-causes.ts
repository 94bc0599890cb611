// One root-cause line per host whose SSH host key could not be verified: the `host-identity`
// finding of that host names the gates it left unchecked, and their inconclusive findings that
// only repeat the host-key failure are folded into it (a missing known_hosts was 71 warnings for
// 13 hosts; it is 13 lines). The run stays inconclusive: the gates keep their results.
import { settleRuns } from '../gates/run-gates.js';
import type { Finding, GateRun } from '../gates/types.js';
import type { FailureReason, Observations } from '../probes/types.js';

const HOST_KEY_REASONS: ReadonlySet<FailureReason> = new Set(['host-key-unknown', 'host-key-mismatch']);

/** The ssh target a finding's subject lives on, from what was probed where. */
function sshTargetOf(f: Finding, obs: Observations): string | undefined {
  const { kind, id } = f.subject;
  if (kind === 'backup') return obs.backups.find((b) => b.name === id)?.host;
  if (kind !== 'host') return undefined;
  if (obs.hosts.some((h) => h.target === id) || obs.hypervisors.some((h) => h.host === id)) return id;
  return obs.stacks.find((s) => s.target === id)?.sshTarget;
}

function reasonOf(f: Finding): unknown {
  return f.details?.reason;
}

export interface FoldedFindings {
  findings: Finding[];
  runs: GateRun[];
  /** findings folded into a root cause (their gates stay inconclusive: see settleRuns) */
  removed: Finding[];
}

export function foldHostKeyFailures(findings: Finding[], runs: GateRun[], obs: Observations | undefined): FoldedFindings {
  if (!obs) return { findings, runs, removed: [] };
  const failed = new Map(obs.hosts.filter((h) => h.failure && HOST_KEY_REASONS.has(h.failure.reason)).map((h) => [h.target, h.failure!.reason]));
  const roots = new Map(findings.filter((f) => f.gate === 'host-identity' && failed.has(f.subject.id)).map((f) => [f.subject.id, f]));
  if (roots.size === 0) return { findings, runs, removed: [] };

  const affected = new Map<string, Map<string, number>>(); // host -> gate -> findings folded
  const removed: Finding[] = [];
  const kept = findings.filter((f) => {
    if (!f.inconclusive || f.gate === 'host-identity') return true;
    const host = sshTargetOf(f, obs);
    if (host === undefined || !roots.has(host) || reasonOf(f) !== failed.get(host)) return true;
    const gates = affected.get(host) ?? new Map<string, number>();
    gates.set(f.gate, (gates.get(f.gate) ?? 0) + 1);
    affected.set(host, gates);
    removed.push(f);
    return false;
  });
  if (removed.length === 0) return { findings, runs, removed };

  const out = kept.map((f) => {
    const gates = f.gate === 'host-identity' ? affected.get(f.subject.id) : undefined;
    if (!gates) return f;
    const list = [...gates.entries()].map(([gate, n]) => (n > 1 ? `${gate} (${n})` : gate));
    const pin = failed.get(f.subject.id) === 'host-key-unknown' ? ' ("driftgate hosts pin" writes the presented keys for review)' : '';
    return {
      ...f,
      message: `${f.message}${pin}. Not checked on this host because of it: ${list.join(', ')}`,
      details: { ...f.details, affectedGates: Object.fromEntries(gates) },
    };
  });
  return { findings: out, runs: settleRuns(runs, out, undefined, removed), removed };
}
