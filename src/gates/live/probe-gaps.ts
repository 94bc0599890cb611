// Splits declared stacks into judged (listed), proven drift (directory or compose file missing)
// and gaps (the probe failed or never ran). A gap is never a pass: each gate turns it into an
// inconclusive finding, grouped per host when the SSH connection itself failed.
import type { Ref } from '../../bindings/types.js';
import type { FailureReason, HostObservation, Observations, StackObservation } from '../../probes/types.js';
import type { FindingDraft } from '../types.js';
import type { StackView } from './container-index.js';
import { listNames, reasonLabel, seconds } from './format.js';

/** Failure reasons that prove drift instead of hiding it. */
export const DRIFT_REASONS: ReadonlySet<FailureReason> = new Set<FailureReason>(['dir-missing', 'compose-missing']);

export type ListedStack = StackView & { obs: StackObservation & { ok: true } };

export interface ProbeGap {
  subject: { kind: 'host' | 'stack'; id: string };
  reason: FailureReason | 'not-probed';
  error: string;
  durationMs?: number;
  views: StackView[];
  at: Ref[];
  /** stable key for the fingerprint kind */
  key: string;
}

export interface StackSplit {
  listed: ListedStack[];
  drift: StackView[];
  gaps: ProbeGap[];
}

function hostOf(obs: Observations | undefined, sshTarget: string): HostObservation | undefined {
  return obs?.hosts.find((h) => h.target === sshTarget);
}

export function splitStacks(views: StackView[], obs: Observations | undefined): StackSplit {
  const split: StackSplit = { listed: [], drift: [], gaps: [] };
  const groups = new Map<string, ProbeGap>();
  const add = (key: string, make: () => ProbeGap, view: StackView): void => {
    let gap = groups.get(key);
    if (!gap) {
      gap = make();
      groups.set(key, gap);
      split.gaps.push(gap);
    }
    gap.views.push(view);
  };
  for (const view of views) {
    const o = view.obs;
    if (o?.ok) {
      split.listed.push(view as ListedStack);
      continue;
    }
    if (o?.failure && DRIFT_REASONS.has(o.failure.reason)) {
      split.drift.push(view);
      continue;
    }
    if (!o) {
      add(`not-probed:${view.target.id}`, () => ({
        subject: { kind: 'host', id: view.target.id },
        reason: 'not-probed',
        error: 'the observation snapshot has no entry for it',
        views: [],
        at: [view.target.ref],
        key: 'not-probed',
      }), view);
      continue;
    }
    const host = hostOf(obs, o.sshTarget);
    if (host && !host.ok) {
      const reason = host.failure?.reason ?? o.failure?.reason ?? 'error';
      add(`host:${o.sshTarget}`, () => ({
        subject: { kind: 'host', id: o.sshTarget },
        reason,
        error: host.failure?.error ?? o.failure?.error ?? '',
        durationMs: host.durationMs,
        views: [],
        at: [view.target.ref],
        key: `host-${reason}`,
      }), view);
      continue;
    }
    const reason = o.failure?.reason ?? 'error';
    add(`stack:${view.target.id}/${view.stack.name}`, () => ({
      subject: { kind: 'stack', id: view.stack.name },
      reason,
      error: o.failure?.error ?? '',
      durationMs: o.durationMs,
      views: [],
      at: [view.stack.ref],
      key: `stack-${reason}`,
    }), view);
  }
  return split;
}

/** Why a gap happened, in one clause: `SSH TIMEOUT after 5.0 s`, `NOT-PROBED`. */
function gapCause(gap: ProbeGap): string {
  if (gap.reason === 'not-probed') return `was not probed (${gap.error})`;
  const took = gap.durationMs !== undefined ? ` after ${seconds(gap.durationMs)} s` : '';
  const what = gap.subject.kind === 'host' ? 'could not be reached over SSH' : 'could not be listed';
  const detail = gap.error ? `: ${gap.error}` : '';
  return `${what} (${reasonLabel(gap.reason)}${took}${detail})`;
}

/**
 * The inconclusive finding of one gap, for one gate. `unchecked` says what the gate could not
 * check, e.g. "container states"; it returns undefined when the gap concerns nothing of the gate's.
 */
export function gapFinding(gap: ProbeGap, unchecked: (views: StackView[]) => string | undefined): FindingDraft | undefined {
  const what = unchecked(gap.views);
  if (what === undefined) return undefined;
  const names = listNames(gap.views.map((v) => v.stack.name));
  const label = gap.subject.kind === 'host' ? `host "${gap.subject.id}"` : `stack "${gap.subject.id}"`;
  const stacks = gap.subject.kind === 'host' ? ` (stacks: ${names})` : '';
  return {
    kind: `inconclusive-${gap.key}`,
    subject: gap.subject,
    at: gap.at,
    message: `${label} ${gapCause(gap)}; ${what} not checked${stacks}, so drift cannot be ruled out`,
    direction: 'unknown',
    severity: 'warning',
    inconclusive: true,
    observed: gap.reason === 'not-probed' ? 'not probed' : reasonLabel(gap.reason),
    details: {
      reason: gap.reason,
      stacks: gap.views.map((v) => v.stack.name),
      ...(gap.durationMs !== undefined ? { durationMs: gap.durationMs } : {}),
      ...(gap.error ? { error: gap.error } : {}),
    },
  };
}
