// What a gate could not evaluate, as findings the framework adds (src/gates/run-gates.ts): an
// input that did not load (one line, and the gate does not run), an entry of a judged kind that
// could not be read (one line per entry), and a judged kind none of whose entities could be judged
// because their status is unknown. All are inconclusive: never a pass, never an invented error.
import { posix } from 'node:path';
import { locate } from '../bindings/locate.js';
import { isBroken } from '../bindings/input-states.js';
import type { EntityKind, InputState, Model, Unreadable } from '../bindings/types.js';
import type { Coverage, CoverageKind, FindingDraft, GateDef, SubjectKind } from './types.js';

/** Labels of each kind for messages and reports: one, many. */
export const KIND_LABELS: Record<CoverageKind, { one: string; many: string }> = {
  services: { one: 'service', many: 'services' },
  hosts: { one: 'registry host', many: 'registry hosts' },
  endpoints: { one: 'health endpoint', many: 'health endpoints' },
  composeTargets: { one: 'compose target', many: 'compose targets' },
  stacks: { one: 'stack', many: 'stacks' },
  vms: { one: 'VM', many: 'VMs' },
  sshTargets: { one: 'ssh target', many: 'ssh targets' },
  backups: { one: 'backup target', many: 'backup targets' },
  routes: { one: 'routed hostname', many: 'routed hostnames' },
  deployDependencies: { one: 'deploy dependency', many: 'deploy dependencies' },
  blocks: { one: 'reverse_proxy block', many: 'reverse_proxy blocks' },
  workflows: { one: 'workflow', many: 'workflows' },
  containers: { one: 'container', many: 'containers' },
  hypervisors: { one: 'hypervisor', many: 'hypervisors' },
  hostKeys: { one: 'SSH host key', many: 'SSH host keys' },
  files: { one: 'file', many: 'files' },
  entries: { one: 'keyed entry', many: 'keyed entries' },
  filesystems: { one: 'file system', many: 'file systems' },
  jobs: { one: 'backup job', many: 'backup jobs' },
};

const SUBJECT: Record<EntityKind, SubjectKind> = {
  services: 'service',
  hosts: 'host',
  endpoints: 'endpoint',
  composeTargets: 'host',
  stacks: 'stack',
  vms: 'vm',
  sshTargets: 'host',
  backups: 'backup',
  routes: 'route',
  deployDependencies: 'service',
};

/** Marks a finding the framework adds about coverage; config exceptions never suppress these. */
export const COVERAGE_DETAIL = 'coverage';

/** "14 VMs, 92 services" (kinds in the order given; zero counts shown). */
export function coverageText(checked: Coverage): string {
  return Object.entries(checked)
    .map(([kind, n]) => `${n} ${n === 1 ? KIND_LABELS[kind as CoverageKind].one : KIND_LABELS[kind as CoverageKind].many}`)
    .join(', ');
}

/**
 * Whether a name may be an entry that exists but could not be read: an unreadable entry of that
 * kind has this id, or has no readable id at all. A gate then reports nothing about the name (the
 * unreadable entry is its own line) and suggests nothing: no "does not declare", no did-you-mean.
 */
export function mayBeUnreadable(m: Model, kind: EntityKind, id: string | undefined): boolean {
  return id !== undefined && m.unreadable.some((u) => u.kind === kind && (u.id === undefined || u.id === id));
}

function place(m: Model, ref: Unreadable['ref']): string {
  const loc = locate(m, ref);
  return `${posix.basename(loc.file)}:${loc.line}:${loc.column}`;
}

/** The inputs of a gate that did not load (failed, or required and missing). */
export function brokenInputs(gate: GateDef, m: Model): InputState[] {
  return gate.reads.map((k) => m.inputs[k]).filter((s): s is InputState => s !== undefined && isBroken(s));
}

function whyBroken(s: InputState): string {
  const p = s.problem;
  const name = posix.basename(s.path);
  if (s.status === 'missing') return `${name} does not exist`;
  if (!p) return `${name} did not load`;
  const message = p.message.startsWith(`${s.path} `) ? p.message.slice(s.path.length + 1) : p.message;
  return `${name} did not load (${message})`;
}

/** The one finding of a gate whose inputs did not load: it did not run at all. */
export function notEvaluatedDraft(broken: InputState[]): FindingDraft {
  const what = broken.map(whyBroken).join('; ');
  const first = broken[0]!;
  return {
    message: `not evaluated: ${what}, so nothing was checked and drift cannot be ruled out`,
    subject: { kind: 'file', id: first.path },
    at: broken.map((s) => s.problem?.location ?? { file: s.path, line: 1, column: 1, pointer: '' }),
    kind: 'input-not-loaded',
    severity: 'warning',
    direction: 'unknown',
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: 'input-not-loaded', inputs: broken.map((s) => ({ file: s.path, status: s.status })) },
  };
}

/** One finding per unreadable entry of the kinds the gate judges. */
export function unreadableDrafts(gate: GateDef, m: Model): FindingDraft[] {
  return m.unreadable
    .filter((u) => gate.judges.includes(u.kind))
    .map((u) => {
      const label = KIND_LABELS[u.kind].one;
      const named = u.id !== undefined ? `${label} "${u.id}"` : label;
      return {
        message: `${named} at ${place(m, u.ref)} could not be read: ${u.reason}; not checked, so drift cannot be ruled out`,
        subject: { kind: SUBJECT[u.kind], id: u.id ?? `${u.ref.file}#${u.ref.pointer}` },
        at: [u.ref],
        kind: `unreadable:${u.kind}`,
        severity: 'warning',
        direction: 'unknown',
        inconclusive: true,
        details: { [COVERAGE_DETAIL]: 'unreadable', reason: u.reason },
      } satisfies FindingDraft;
    });
}

/** Judged kinds of which the gate judged nothing because every one's status is unknown. */
export function unknownStatusDrafts(gate: GateDef, m: Model, checked: Coverage): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const kind of ['services', 'vms'] as const) {
    if (!gate.judges.includes(kind) || (checked[kind] ?? 0) > 0) continue;
    const all: ReadonlyArray<{ meaning: string; status: string; ref: Unreadable['ref'] }> = kind === 'services' ? m.services : m.vms;
    const unknown = all.filter((e) => e.meaning === 'unknown');
    if (unknown.length === 0 || unknown.length < all.length) continue;
    const words = [...new Set(unknown.map((e) => `"${e.status}"`))].join(', ');
    out.push({
      message: `judged no ${KIND_LABELS[kind].one}: the status of ${unknown.length} ${unknown.length === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many} (${words}) is one the status vocabulary does not know, so drift cannot be ruled out`,
      subject: { kind: 'file', id: unknown[0]!.ref.file },
      at: unknown.map((e) => e.ref),
      kind: `unknown-status:${kind}`,
      severity: 'warning',
      direction: 'unknown',
      inconclusive: true,
      details: { [COVERAGE_DETAIL]: 'unknown-status' },
    });
  }
  return out;
}
