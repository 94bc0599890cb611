// What still points at something the spine declares gone: an enabled health probe, an enabled
// compose target or one of its stacks, an enabled backup target, a routed hostname, a reverse_proxy
// upstream of the Caddyfile, an ssh target every live run connects to. One finding per referencing
// place, naming every inert declaration it matches.
import type { Location, Model, Ref } from '../../bindings/types.js';
import { findProxies } from '../../caddy/find-proxies.js';
import { parseCaddyfile } from '../../caddy/parse-caddyfile.js';
import type { ResolvedConfig } from '../../config/types.js';
import { sub, where } from '../gate-helpers.js';
import type { FindingDraft, SubjectKind } from '../types.js';
import type { Inert, InertThing } from './inert.js';

/** One place that refers to inert things. */
interface Hit {
  subject: { kind: SubjectKind; id: string };
  at: Ref | Location;
  /** "enabled health probe "x"", "the Caddyfile's reverse_proxy to 10.0.0.5:80" */
  what: string;
  /** what to do */
  todo: string;
  things: InertThing[];
  /** how it matched, for each thing */
  how: string[];
}

function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

const glob = (vmid: number): RegExp => new RegExp(`(qemu|lxc)-${vmid}-`);

/** Every referencing place of the spine with the inert things it names. */
export function inertReferences(m: Model, config: ResolvedConfig, inert: Inert): Hit[] {
  const hits: Hit[] = [];
  const things = inert.things;
  const byName = (n: string | undefined): InertThing[] => (n === undefined ? [] : things.filter((t) => t.names.has(n)));
  const byAddress = (a: string | undefined): InertThing[] => (a === undefined ? [] : things.filter((t) => t.addresses.has(a)));
  const services = (id: string | undefined): InertThing[] => (id === undefined ? [] : things.filter((t) => t.kind === 'service' && (t.id === id || t.container === id)));
  const hit = (h: Omit<Hit, 'things' | 'how'>, found: Array<[InertThing[], string]>): void => {
    const pairs = found.flatMap(([list, how]) => list.map((t) => [t, how] as const));
    const first = new Map<InertThing, string>();
    for (const [t, how] of pairs) if (!first.has(t)) first.set(t, how);
    const uniq = [...first.entries()];
    if (uniq.length > 0) hits.push({ ...h, things: uniq.map(([t]) => t), how: uniq.map(([, how]) => how) });
  };

  for (const e of m.endpoints) {
    if (!e.enabled) continue;
    hit({ subject: { kind: 'endpoint', id: e.id }, at: sub(e.ref, 'id'), what: `enabled health probe "${e.id}"`, todo: 'disable or remove the probe' }, [
      [services(e.id), 'its id'],
      [byName(e.host), `its host "${e.host}"`],
      [byAddress(hostOfUrl(e.url)), 'its URL'],
    ]);
  }
  for (const t of m.composeTargets) {
    if (!t.enabled) continue;
    hit({ subject: { kind: 'host', id: t.id }, at: t.ref, what: `enabled compose target "${t.id}"`, todo: 'remove it or set enabled: false' }, [
      [byName(t.id), 'its id'],
      [byName(t.sshTarget), `its ssh_target "${t.sshTarget}"`],
    ]);
    for (const s of t.stacks) {
      if (inert.claimed.stacks.has(s.name)) continue;
      hit({ subject: { kind: 'stack', id: s.name }, at: sub(s.ref, 'name'), what: `stack "${s.name}" of compose target "${t.id}"`, todo: 'remove the stack' }, [
        [things.filter((x) => x.kind === 'stack' && x.id === s.name), 'its name'],
      ]);
    }
  }
  const appNames = (id: string): string[] => config.backups.appTargets.map((p) => p.replaceAll('{service}', id));
  for (const b of m.backups) {
    if (!b.enabled) continue;
    hit({ subject: { kind: 'backup', id: b.name }, at: sub(b.ref, 'enabled'), what: `enabled backup target "${b.name}"`, todo: 'set enabled: false once the final backup is kept' }, [
      [things.filter((t) => t.backupTarget === b.name), "its name (the VM's backup_target)"],
      [things.filter((t) => t.vmid !== undefined && !inert.claimed.vmids.has(t.vmid) && glob(t.vmid).test(b.glob)), `its glob "${b.glob}"`],
      [byName(b.host), `its host "${b.host}"`],
      [things.filter((t) => t.kind === 'service' && b.service === t.id), `its service "${b.service}"`],
      [things.filter((t) => t.kind === 'service' && appNames(t.id).includes(b.name)), 'its name (the app-level target of the service)'],
    ]);
  }
  for (const r of m.routes) {
    hit({ subject: { kind: 'route', id: r.hostname }, at: r.service !== undefined && services(r.service).length > 0 ? sub(r.ref, 'service') : sub(r.ref, 'stack'), what: `routed hostname "${r.hostname}"`, todo: 'remove the route or point it at what replaced it' }, [
      [services(r.service), `its service "${r.service}"`],
      [r.stack !== undefined && !inert.claimed.stacks.has(r.stack) ? things.filter((t) => t.kind === 'stack' && t.id === r.stack) : [], `its stack "${r.stack}"`],
    ]);
  }
  const ownTarget = (t: InertThing): string[] => (t.kind === 'vm' ? [...t.names].filter((n) => m.sshTargets.some((s) => s.id === n)) : []);
  for (const s of m.sshTargets) {
    hit({ subject: { kind: 'host', id: s.id }, at: sub(s.ref, 'id'), what: `ssh target "${s.id}" (every live run connects to it)`, todo: 'remove it or mark it optional' }, [
      [things.filter((t) => t.kind !== 'host' && ownTarget(t).includes(s.id)), 'its id'],
      [byAddress(s.host), `its host ${s.host}`],
    ]);
  }
  hits.push(...caddyHits(m, things));
  return hits;
}

/** reverse_proxy upstreams of the Caddyfile that dial an inert machine or a retired service. */
function caddyHits(m: Model, things: readonly InertThing[]): Hit[] {
  const file = m.files.get(m.paths.caddyfile);
  if (!file?.text || m.inputs.caddyfile?.status !== 'ok') return [];
  const hits: Hit[] = [];
  for (const p of findProxies(parseCaddyfile(file.text, file.path))) {
    for (const u of p.upstreams) {
      const dial = u.dial ?? u.text;
      const colon = dial.lastIndexOf(':');
      const host = colon > 0 ? dial.slice(0, colon) : dial;
      const port = colon > 0 ? Number(dial.slice(colon + 1)) : undefined;
      const found = things.filter((t) => t.names.has(host) || t.addresses.has(host) || (t.kind === 'service' && t.container === host && (t.port === undefined || t.port === port)));
      if (found.length === 0) continue;
      hits.push({
        subject: { kind: 'file', id: `${file.path}#${u.line}` },
        at: { file: file.path, line: u.line, column: u.column, pointer: '' },
        what: `the reverse_proxy to ${u.text} of ${p.site.join(', ') || 'the Caddyfile'}`,
        todo: 'remove the upstream or point it at what replaced it',
        things: found,
        how: found.map(() => 'its upstream'),
      });
    }
  }
  return hits;
}

/** The finding of one referencing place. */
export function sweepFinding(m: Model, h: Hit): FindingDraft {
  const names = h.things.map((t, i) => `by ${h.how[i]} to ${t.label}, ${t.status} at ${where(m, t.statusAt)}`);
  return {
    kind: `inert-reference:${h.things.map((t) => `${t.kind}:${t.id}`).join(',')}`,
    subject: h.subject,
    at: [h.at, ...h.things.map((t) => t.statusAt)],
    message: `${h.what} still refers ${names.join(', and ')}; ${h.todo}`,
    expected: 'no reference',
    observed: h.things.map((t) => `${t.kind}:${t.id}`),
    direction: 'declared-stale',
  };
}
