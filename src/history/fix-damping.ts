// The damping decision for fix PRs, as the fix planner asks it (src/fix/plan-fixes.ts): a finding
// whose fix is not confirmed yet (the same value in fewer than F consecutive runs) holds its topic
// back, so the topic is not planned and its PR is left as it is (neither updated nor closed as
// "drift gone"); a flapping finding never becomes a fix. A finding without history (no state given,
// or the state unavailable) goes ahead as before (the PR body then says "evidence: this run only").
import type { Finding } from '../gates/types.js';

export interface HeldTopic {
  topic: string;
  /** findings of the topic waiting for confirmation */
  pending: number;
  reason: string;
}

export interface FixDamping {
  /** topics not to plan this run */
  held: HeldTopic[];
  /** findings whose fix is never proposed (flapping) */
  never: ReadonlySet<Finding>;
}

/** `topicOf` names the topic a finding's fix belongs to (its gate by default). */
export function fixDamping(fixable: readonly Finding[], topicOf: (f: Finding) => string = (f) => f.gate): FixDamping {
  const byTopic = new Map<string, Finding[]>();
  const never = new Set<Finding>();
  for (const f of fixable) {
    const state = f.history?.fix?.state;
    if (state === 'never') never.add(f);
    if (state === 'pending') byTopic.set(topicOf(f), [...(byTopic.get(topicOf(f)) ?? []), f]);
  }
  const held = [...byTopic].map(([topic, pending]) => {
    const need = Math.max(...pending.map((f) => f.history?.fix?.need ?? 0));
    const n = pending.length;
    return {
      topic,
      pending: n,
      reason: `${n} fix${n === 1 ? '' : 'es'} not confirmed yet (the same value in ${need} consecutive live runs is needed): the topic is not planned and its PR is left alone`,
    };
  });
  return { held, never };
}
