// The fix planner: declared-stale findings with a `fix`, of the gates and kinds the config allows,
// grouped into one topic per fix kind (one branch and one PR per topic). Every edit is applied in memory,
// guarded (diff + values + schema) and fingerprinted here, so `--dry-run` shows exactly what a PR would carry.
import type { ResolvedConfig } from '../config/types.js';
import type { Finding } from '../gates/types.js';
import { fixDamping, type HeldTopic } from '../history/fix-damping.js';
import { gateOfTopic, topicOf, topicsOfGate } from '../gates/fix-kinds.js';
import type { AppliedEdit, YamlEdit } from './edit-yaml.js';
import { planTopic } from './plan-topic.js';

/** Re-validates an edited binding file; returns the errors the edit introduced (empty = valid). */
export type Revalidate = (file: string, after: string, before?: string) => string[];
/** Reads a file of the repository by its root-relative path; undefined when missing. */
export type ReadFile = (file: string) => string | undefined;

export interface FileFix {
  file: string;
  edits: YamlEdit[];
  /** 1-based lines the edits touch (a replaced value: its line in the file as it was; an added key: its line in the edited file) */
  lines: number[];
  /** each edit with its line and previous value */
  changes: AppliedEdit[];
  before: string;
  after: string;
  diff: string;
}

export interface RefusedEdit {
  file: string;
  pointer: string;
  reason: string;
}

export interface TopicPlan {
  /** the fix kind (src/gates/fix-kinds.ts), e.g. "registry-status", "health-expect"; a gate id for a gate outside the catalog */
  topic: string;
  /** the gate whose findings carry it */
  gate: string;
  files: FileFix[];
  /** the findings the edits fix */
  findings: Finding[];
  refused: RefusedEdit[];
  /** stable hash of the edits (file, pointer, value); not of line numbers or time. '' when empty */
  fingerprint: string;
}

export interface FixPlan {
  topics: TopicPlan[];
  /** topics held back by damping (run history): not planned, their PRs left alone */
  held?: HeldTopic[];
}

export interface PlanOptions {
  /** gates that really ran (a topic whose gate did not run is not planned, so its PR is left alone) */
  ranGates?: string[];
  revalidate?: Revalidate;
}

/** A declared-stale finding with a fix, of a gate of `fix.gates`, whose kind `fix.kinds` does not switch off. */
export function isFixable(f: Finding, config: ResolvedConfig): boolean {
  return f.direction === 'declared-stale' && f.fix !== undefined && config.fix.gates.includes(f.gate) && topicsOfGate(f.gate, config).includes(topicOf(f));
}

/**
 * One topic per fix kind the config allows (src/gates/fix-kinds.ts), of the gates that ran, in the
 * order of `fix.gates`; topics with no edits are kept (their PR gets closed as "drift gone").
 */
export function planFixes(findings: Finding[], config: ResolvedConfig, readFile: ReadFile, opts: PlanOptions = {}): FixPlan {
  const ran = opts.ranGates ? new Set(opts.ranGates) : undefined;
  const fixable = findings.filter((f) => isFixable(f, config));
  // damping hook (src/history/fix-damping.ts): unconfirmed fixes hold their topic, flapping ones never fix
  const damping = fixDamping(fixable, topicOf);
  const gates = config.fix.gates.filter((g) => !ran || ran.has(g));
  const held = damping.held.filter((h) => gates.includes(gateOfTopic(h.topic)));
  const topics = gates.flatMap((g) => topicsOfGate(g, config).map((topic) => ({ topic, gate: g }))).filter((t) => !held.some((h) => h.topic === t.topic));
  const wanted = fixable.filter((f) => !damping.never.has(f));
  return {
    topics: topics.map((t) => planTopic(t.topic, t.gate, wanted.filter((f) => topicOf(f) === t.topic), readFile, opts.revalidate)),
    ...(held.length > 0 ? { held } : {}),
  };
}
