// What a gate could not evaluate, as findings the framework adds (src/gates/run-gates.ts): an
// input that did not load (one line, and the gate does not run), an entry of a judged kind that
// could not be read (one line per entry), and a judged kind none of whose entities could be judged
// because their status is unknown. All are inconclusive: never a pass, never an invented error.
import { posix } from 'node:path';
import { locate } from '../bindings/locate.js';
import { isBroken } from '../bindings/input-states.js';
import type { EntityKind, InputKind, InputState, Model, Unreadable } from '../bindings/types.js';
import { ENTITY_PLACES } from '../profile/derive-schema.js';
import { sub } from './gate-helpers.js';
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

export const SUBJECT: Record<EntityKind, SubjectKind> = {
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
 * kind has this id or other name (a VM's vmid), has no readable id at all, or lacks one of its
 * identifying keys (a VM without its vmid may be any VM number). A gate then reports nothing about the name (the
 * unreadable entry is its own line) and suggests nothing: no "does not declare", no did-you-mean.
 */
export function mayBeUnreadable(m: Model, kind: EntityKind, id: string | number | undefined): boolean {
  const name = id === undefined ? undefined : String(id);
  return name !== undefined && m.unreadable.some((u) => u.kind === kind && (u.id === undefined || u.anyName === true || u.id === name || u.names?.includes(name) === true));
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

/** The entity kinds each binding file declares (from where the profile places each kind). */
const KINDS_OF: Partial<Record<InputKind, EntityKind[]>> = {};
for (const [kind, place] of Object.entries(ENTITY_PLACES) as Array<[EntityKind, (typeof ENTITY_PLACES)[EntityKind]]>) {
  (KINDS_OF[place.binding] ??= []).push(kind);
}

/**
 * The entity kinds an unreadable entry of which leaves the gate unable to rule out drift: those it
 * judges, and those of every file it reads (it may consult any entry of them: a VM's ssh user
 * against its ssh target, a VM's backup target, the registry entry of an auth upstream).
 */
export function affectedKinds(gate: Pick<GateDef, 'judges' | 'reads'>): EntityKind[] {
  return [...new Set([...gate.judges, ...gate.reads.flatMap((k) => KINDS_OF[k] ?? [])])];
}

/** More unreadable entries of one kind in one file than this are one line per gate (a key renamed in every entry). */
const FOLD_UNREADABLE = 3;

function unreadableDraft(m: Model, u: Unreadable): FindingDraft {
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
  };
}

/** Many unreadable entries of one kind in one file: one line, at the first, naming how many and why the first could not be read. */
function foldedDraft(m: Model, group: Unreadable[]): FindingDraft {
  const first = group[0]!;
  const labels = KIND_LABELS[first.kind];
  const named = first.id !== undefined ? `${labels.one} "${first.id}"` : labels.one;
  return {
    message: `${group.length} ${labels.many} of ${posix.basename(first.ref.file)} could not be read (the first, ${named} at ${place(m, first.ref)}: ${first.reason}; the schema gate lists each); not checked, so drift cannot be ruled out`,
    subject: { kind: 'file', id: first.ref.file },
    at: [first.ref],
    kind: `unreadable:${first.kind}`,
    severity: 'warning',
    direction: 'unknown',
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: 'unreadable', reason: first.reason, entries: group.map((u) => u.ref.pointer) },
  };
}

/**
 * The entries of the kinds the gate judges or reads that could not be read: one line each, or one
 * line per file and kind when there are more than FOLD_UNREADABLE of them (a rename in every entry
 * is one line per gate, not one per entry and gate).
 */
export function unreadableDrafts(gate: GateDef, m: Model): FindingDraft[] {
  const kinds = affectedKinds(gate);
  const groups = new Map<string, Unreadable[]>();
  for (const u of m.unreadable.filter((x) => kinds.includes(x.kind))) {
    const key = `${u.ref.file}\u0000${u.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  return [...groups.values()].flatMap((group) => (group.length > FOLD_UNREADABLE ? [foldedDraft(m, group)] : group.map((u) => unreadableDraft(m, u))));
}

/** One entry of a further registry (STACK_REGISTRY.yaml, placement, naming, startup) that could not be read. */
export function unreadEntryDraft(m: Model, ref: Unreadable['ref'], why: string): FindingDraft {
  return {
    message: `entry at ${place(m, ref)} could not be read: ${why}; not checked, so drift cannot be ruled out`,
    subject: { kind: 'file', id: `${ref.file}#${ref.pointer}` },
    at: [ref],
    kind: 'unreadable:entry',
    severity: 'warning',
    direction: 'unknown',
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: 'unreadable', reason: why },
  };
}

/**
 * Entities of the kinds the gate judges whose status no vocabulary knows: they are kept but never
 * judged, so the gate says so, one line each (one per file and kind past FOLD_UNREADABLE).
 */
export function unknownStatusDrafts(gate: GateDef, m: Model): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const kind of ['services', 'vms'] as const) {
    if (!gate.judges.includes(kind)) continue;
    const all: ReadonlyArray<{ meaning: string; status: string; ref: Unreadable['ref'] }> = kind === 'services' ? m.services : m.vms;
    const unknown = all.filter((e) => e.meaning === 'unknown');
    const name = (e: (typeof unknown)[number]): string => (kind === 'services' ? `service "${(e as Model['services'][number]).id}"` : `VM ${(e as Model['vms'][number]).vmid} (${(e as Model['vms'][number]).hostname})`);
    const statusAt = (e: (typeof unknown)[number]): Unreadable['ref'] => sub(e.ref, 'status');
    const base = { kind: `unknown-status:${kind}`, severity: 'warning', direction: 'unknown', inconclusive: true, details: { [COVERAGE_DETAIL]: 'unknown-status' } } as const;
    if (unknown.length > FOLD_UNREADABLE) {
      const words = [...new Set(unknown.map((e) => `"${e.status}"`))].join(', ');
      out.push({
        ...base,
        message: `${unknown.length} ${KIND_LABELS[kind].many} of ${posix.basename(unknown[0]!.ref.file)} have a status no status vocabulary knows (${words}), the first ${name(unknown[0]!)}: not judged, so drift cannot be ruled out; declare the status in profile.statuses`,
        subject: { kind: 'file', id: unknown[0]!.ref.file },
        at: [statusAt(unknown[0]!)],
      });
      continue;
    }
    for (const e of unknown) {
      out.push({
        ...base,
        message: `${name(e)} has status "${e.status}", which no status vocabulary knows: not judged, so drift cannot be ruled out; declare it in profile.statuses`,
        subject: { kind: SUBJECT[kind], id: kind === 'services' ? (e as Model['services'][number]).id : String((e as Model['vms'][number]).vmid) },
        at: [statusAt(e)],
      });
    }
  }
  return out;
}
