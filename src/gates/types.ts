// The one finding shape (JSON report v1 entry) and the gate definition contract.
import type { EntityKind, InputKind, LoadProblem, Location, Model, Ref } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import type { FindingHistory } from '../history/types.js';
import type { Observations } from '../probes/types.js';

export type Severity = 'error' | 'warning' | 'notice';
export type GateKind = 'static' | 'live';
export type SubjectKind =
  | 'service'
  | 'host'
  | 'vm'
  | 'stack'
  | 'container'
  | 'endpoint'
  | 'backup'
  | 'route'
  | 'file';
export type Direction = 'declared-stale' | 'live-broken' | 'inconsistent' | 'unknown';

/** A correction a probe can derive, each a topic of fix PRs of its own (catalog: src/gates/fix-kinds.ts). */
export type FixKind =
  | 'registry-status'
  | 'registry-exited'
  | 'service-port'
  | 'health-enable'
  | 'health-expect'
  | 'health-probe-via'
  | 'backup-enable'
  | 'compose-enable'
  | 'vm-resources'
  | 'vm-status'
  | 'registry-entry';

export type FixScalar = string | number | boolean | null;

/** One edit of a fix: replace the value at `pointer`, or (`op: add`) add the key `pointer` names. */
export interface FixEdit {
  file: string;
  pointer: string;
  /** a scalar, a list of scalars, or (add) a flat mapping: a new entry */
  value: FixScalar | FixScalar[] | { [key: string]: FixScalar };
  /** `add`: a new key in a block mapping (inserted as whole lines); default: replace the value */
  op?: 'add';
  /** `add`: sibling keys; the new key goes after the last of them the mapping has (default: its last key) */
  after?: string[];
  /** `add`: a comment line above the new key, for the person who completes it */
  comment?: string;
}

export interface Fix extends FixEdit {
  /** its topic (src/gates/fix-kinds.ts); absent: the gate's own topic */
  kind?: FixKind;
  /** more edits that only make sense together with this one (a port in the registry and in the probe URL) */
  also?: FixEdit[];
}

/** One finding, exactly as it appears in the JSON report. */
export interface Finding {
  gate: string;
  severity: Severity;
  fingerprint: string;
  message: string;
  subject: { kind: SubjectKind; id: string };
  locations: Location[];
  expected?: unknown;
  observed?: unknown;
  direction: Direction;
  fix?: Fix;
  /** true when a probe failed so the gate could not decide (makes the run inconclusive, never a pass) */
  inconclusive?: boolean;
  /** extra data for renderers (e.g. latency, exited containers); not part of the fingerprint */
  details?: Record<string, unknown>;
  /** run history (src/history): new / open / flapping, since when, damping; absent without a state */
  history?: FindingHistory;
}

/**
 * What a gate returns. The framework fills `gate`, `fingerprint` and (unless set) `severity`,
 * and resolves `at` refs into locations.
 */
export interface FindingDraft {
  message: string;
  subject: { kind: SubjectKind; id: string };
  /** refs (resolved via locate) or already-resolved locations; every place the finding concerns */
  at: Array<Ref | Location>;
  /** a short stable name of the kind of difference, e.g. "missing-backup-target"; part of the fingerprint */
  kind: string;
  severity?: Severity;
  expected?: unknown;
  observed?: unknown;
  direction?: Direction;
  fix?: Fix;
  inconclusive?: boolean;
  details?: Record<string, unknown>;
}

export interface GateContext {
  model: Model;
  /** what the loader found (parse and schema problems); the `schema` gate reports them */
  problems: LoadProblem[];
  /** present for live gates (undefined for static-only runs) */
  observations?: Observations;
  config: ResolvedConfig;
  /** the run's clock; gates never read the system clock */
  now: Date;
  /** how many files the loader read (the schema gate's coverage); model.files.size when absent */
  fileCount?: number;
}

/**
 * What a gate evaluated, per kind: the Model's entity kinds plus what only some gates look at
 * (reverse_proxy blocks, workflow files, observed containers, hypervisors, SSH host keys, files, entries of keyed collections,
 * file systems of hosts, backup jobs).
 */
export type CoverageKind = EntityKind | 'blocks' | 'workflows' | 'containers' | 'hypervisors' | 'hostKeys' | 'files' | 'entries' | 'filesystems' | 'jobs';

/** Entities evaluated per kind, e.g. {"vms": 14, "services": 92}. */
export type Coverage = Partial<Record<CoverageKind, number>>;

/** What a gate's run returns: its findings and what it evaluated to reach them. */
export interface GateOutput {
  findings: FindingDraft[];
  checked: Coverage;
}

export interface GateDef {
  /** kebab-case slug; equal to the file name under src/gates/ */
  id: string;
  aliases: string[];
  kind: GateKind;
  severity: Severity;
  /** one sentence: what it checks and why */
  describe: string;
  /**
   * The inputs it reads. One that did not load (failed, or required and missing) makes the gate
   * `inconclusive` with one line naming why; it does not run on a partial model.
   */
  reads: InputKind[];
  /**
   * The entity kinds it judges: it judges no entity whose status meaning is unknown and says so once
   * per such entity (inconclusive). An unreadable entry of these kinds, or of any file it `reads`,
   * is one inconclusive line too (src/gates/coverage.ts, affectedKinds).
   */
  judges: EntityKind[];
  run(ctx: GateContext): GateOutput;
}

export function defineGate(def: GateDef): GateDef {
  return def;
}

export type GateResult = 'pass' | 'fail' | 'warn' | 'skipped' | 'inconclusive' | 'error';

export interface GateRun {
  id: string;
  aliases: string[];
  kind: GateKind;
  result: GateResult;
  findings: number;
  durationMs: number;
  /** what it evaluated, per kind (absent or {} when it did not run) */
  checked?: Coverage;
  /** findings of this gate suppressed by config exceptions */
  suppressed?: number;
  /** why it is skipped, errored, inconclusive, or ran although not selected */
  note?: string;
}
