// Entries the schema rejects are not judged. An entry with a schema error at or below it (a required
// key missing or renamed, a value of the wrong type, a value outside its enum, a duplicate key, two
// spellings of one field) is read from data the team's own contract says is wrong: a renamed `host`
// would make every probe "missing", a duplicated key gives the value of one line and the place of
// another. Such an entry moves from the model's lists to `unreadable`, with the schema's reason, so
// every gate that uses it says it could not be read instead of judging it. The one exception is its
// status word: a status no vocabulary knows keeps the entry with the meaning `unknown` (never judged).
import { atOrBelow } from './locate.js';
import type { EntityKind, LoadProblem, Model, Ref, Unreadable } from './types.js';

export interface Candidate {
  kind: EntityKind;
  ref: Ref;
  id: string;
  names?: string[];
  /** the key of its status word (a vocabulary's): a value outside the schema's enum keeps the entry, with the meaning `unknown` */
  statusKey?: string;
  drop(): void;
}

function without<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/** Every entity of the model with its place and how to take it out of the model. */
export function candidates(m: Model): Candidate[] {
  const out: Candidate[] = [];
  const add = <T extends { ref: Ref }>(kind: EntityKind, list: T[], id: (e: T) => string, extra?: (e: T) => Partial<Candidate>): void => {
    for (const e of list) out.push({ kind, ref: e.ref, id: id(e), ...extra?.(e), drop: () => without(list, e) });
  };
  add('services', m.services, (s) => s.id, (s) => ({ statusKey: s.ref.keys?.status ?? 'status' }));
  add('hosts', m.hosts, (h) => h.id);
  add('endpoints', m.endpoints, (e) => e.id);
  for (const t of m.composeTargets) {
    out.push({
      kind: 'composeTargets',
      ref: t.ref,
      id: t.id,
      drop: () => {
        without(m.composeTargets, t);
        for (const s of t.stacks) without(m.stacks, s);
      },
    });
    for (const s of t.stacks) out.push({ kind: 'stacks', ref: s.ref, id: `${t.id}/${s.name}`, drop: () => (without(t.stacks, s), without(m.stacks, s)) });
  }
  add('vms', m.vms, (v) => v.hostname, (v) => ({ names: [String(v.vmid)], statusKey: v.ref.keys?.status ?? 'status' }));
  add('sshTargets', m.sshTargets, (t) => t.id);
  add('backups', m.backups, (b) => b.name);
  add('routes', m.routes, (r) => r.hostname, () => ({ statusKey: 'routing_layer' }));
  add('deployDependencies', m.deployDependencies, (d) => d.chain);
  return out;
}

/** The enum error of the entry's own status word (the schema's enum is the vocabulary): the entry is kept with the meaning `unknown`. */
function statusWord(p: LoadProblem, c: Candidate): boolean {
  return c.statusKey !== undefined && p.code === 'SCHEMA_ENUM' && p.location.pointer === `${c.ref.pointer}/${c.statusKey}`;
}

/** The reason, as a clause after "could not be read: ". */
function reasonOf(p: LoadProblem): string {
  const missing = /is missing the required field (.+)$/.exec(p.message);
  if (p.code === 'SCHEMA_REQUIRED' && missing) return `it has no ${missing[1]}`;
  const dup = /^duplicate key "(.+?)"/.exec(p.message);
  if (p.code === 'DUPLICATE_KEY' && dup) return `it has the key "${dup[1]}" twice, and which value is meant is unknown`;
  const clause = p.message.split(/; /)[0] ?? p.message;
  return `the schema rejects it (${clause})`;
}

/**
 * Moves every entity with a schema error (severity error) at or below it to `m.unreadable`. The
 * deepest entity wins (a bad stack sets aside the stack, not its compose target). Returns what it
 * moved.
 */
export function setAsideInvalid(m: Model, problems: readonly LoadProblem[]): Unreadable[] {
  // entries the model could not read already stand for their problems (a stack with a shell path)
  const already: Candidate[] = m.unreadable.map((u) => ({ kind: u.kind, ref: u.ref, id: u.id ?? '', drop: () => undefined }));
  const all = [...candidates(m), ...already];
  const moved = new Map<Candidate, LoadProblem>();
  for (const p of problems) {
    if (p.severity !== 'error' || p.location.pointer === '') continue;
    const matches = all.filter((c) => atOrBelow(p.location, c.ref) && !statusWord(p, c));
    const deepest = matches.sort((a, b) => b.ref.pointer.length - a.ref.pointer.length)[0];
    if (deepest && !already.includes(deepest) && !moved.has(deepest)) moved.set(deepest, p);
  }
  const out: Unreadable[] = [];
  for (const [c, p] of moved) {
    c.drop();
    out.push({ kind: c.kind, id: c.id, ref: c.ref, reason: reasonOf(p), ...(c.names ? { names: c.names } : {}) });
  }
  m.unreadable.push(...out);
  return out;
}
