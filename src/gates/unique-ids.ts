// Gate `unique-ids`: ids are unique within each file (health endpoint ids, ssh target ids, backup
// names, vmids, VM hostnames, stack names per host, routed hostnames) and no host runs two
// services with the same container name or the same port. Duplicate map keys are already `schema` errors.
import type { BindingKind, Model, Ref } from '../bindings/types.js';
import { parsePointer } from '../bindings/locate.js';
import { valuesAt, type ValueAt } from '../bindings/values-at.js';
import { resolveProfile, type Profile } from '../profile/profile.js';
import { at, fileName, sub, where } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft, SubjectKind } from './types.js';

interface Item {
  key: string;
  ref: Ref;
}

function dupes(m: Model, items: Item[], what: string, kind: SubjectKind, out: FindingDraft[], why = 'later tools silently use one of them: rename or remove one'): void {
  const first = new Map<string, Item>();
  for (const it of items) {
    const prev = first.get(it.key);
    if (!prev) {
      first.set(it.key, it);
      continue;
    }
    out.push({
      message: `${what.replace('%s', `"${it.key}"`)} is declared twice (first at ${where(m, prev.ref)}); ${why}`,
      subject: { kind, id: it.key },
      at: [it.ref, prev.ref],
      kind: `duplicate:${what.split(' %s')[0]}`,
      observed: it.key,
    });
  }
}

const SUBJECT_OF: Partial<Record<BindingKind, SubjectKind>> = { stacks: 'stack', vms: 'vm', health: 'endpoint', ssh: 'host', backups: 'backup', routing: 'route', registry: 'service' };

/** The items of a keyed collection (a list; `*` on the way = every item or entry), with their paths. */
function entriesAt(data: unknown, segments: readonly string[]): ValueAt[] {
  return valuesAt(data, segments).flatMap(({ value, path }) => (Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [...path, i] })) : []));
}

/** The keyed collections of the profile (built-in: STACK_REGISTRY stack_id, gap ids, ...; more in `profile.unique`). */
function collections(m: Model, profile: Profile, out: FindingDraft[]): number {
  let checked = 0;
  for (const c of profile.unique) {
    const file = m.paths[c.binding];
    if (m.inputs[c.binding]?.status !== 'ok') continue;
    const entries = entriesAt(m.files.get(file)?.data, parsePointer(c.collection));
    const items: Item[] = [];
    for (const e of entries) {
      const key = (e.value as Record<string, unknown> | null)?.[c.key];
      if (typeof key === 'string' || typeof key === 'number') items.push({ key: String(key), ref: at(file, ...e.path, c.key) });
    }
    checked += items.length;
    dupes(m, items, `${c.key} %s in ${c.collection} of ${fileName(file)}`, SUBJECT_OF[c.binding] ?? 'file', out);
  }
  return checked;
}

export default defineGate({
  id: 'unique-ids',
  aliases: [],
  kind: 'static',
  severity: 'error',
  describe:
    'Ids are unique within each binding file (endpoint ids, ssh target ids, backup names, vmids, VM hostnames, stack names per host, routed hostnames, STACK_REGISTRY stack_ids, gap ids, and every keyed collection of profile.unique) and no host runs two services with one container name or one port: with duplicates every lookup silently picks one.',
  reads: ['health', 'ssh', 'backups', 'vms', 'compose', 'routing', 'registry', 'stacks'],
  judges: ['endpoints', 'sshTargets', 'backups', 'vms', 'stacks', 'routes', 'services'],
  run(ctx) {
    const m = ctx.model;
    const out: FindingDraft[] = [];
    dupes(m, m.endpoints.map((e) => ({ key: e.id, ref: sub(e.ref, 'id') })), 'health endpoint id %s', 'endpoint', out);
    dupes(m, m.sshTargets.map((t) => ({ key: t.id, ref: sub(t.ref, 'id') })), 'ssh target id %s', 'host', out);
    dupes(m, m.backups.map((b) => ({ key: b.name, ref: sub(b.ref, 'name') })), 'backup target name %s', 'backup', out);
    dupes(m, m.vms.map((v) => ({ key: String(v.vmid), ref: sub(v.ref, 'vmid') })), 'vmid %s', 'vm', out);
    // hostnames are reused once a VM is gone; a VM whose status is unknown is not judged live
    const live = m.vms.filter((v) => v.meaning !== 'inert' && v.meaning !== 'unknown');
    dupes(m, live.map((v) => ({ key: v.hostname, ref: sub(v.ref, 'hostname') })), 'VM hostname %s', 'host', out);
    for (const t of m.composeTargets) {
      dupes(m, t.stacks.map((s) => ({ key: s.name, ref: sub(s.ref, 'name') })), `stack name %s of host "${t.id}"`, 'stack', out);
    }
    dupes(m, m.routes.map((r) => ({ key: r.hostname, ref: sub(r.ref, 'hostname') })), 'routed hostname %s', 'route', out);
    const byHost = new Map<string, Item[]>();
    for (const s of m.services) {
      if (!s.container || !s.host) continue;
      const list = byHost.get(s.host) ?? [];
      list.push({ key: s.container, ref: sub(s.ref, 'container') });
      byHost.set(s.host, list);
    }
    for (const [host, items] of byHost) dupes(m, items, `container name %s on host "${host}"`, 'container', out, 'docker refuses a second container of that name');
    const ports = new Map<string, Item[]>();
    for (const s of m.services) {
      if (s.port == null || !s.host) continue;
      const list = ports.get(s.host) ?? [];
      list.push({ key: String(s.port), ref: sub(s.ref, 'port') });
      ports.set(s.host, list);
    }
    for (const [host, items] of ports) dupes(m, items, `port %s on host "${host}"`, 'host', out, 'two services cannot both listen on one host port');
    const keyed = collections(m, resolveProfile(ctx.config), out);
    return {
      findings: out,
      checked: {
        endpoints: m.endpoints.length,
        sshTargets: m.sshTargets.length,
        backups: m.backups.length,
        vms: m.vms.length,
        stacks: m.stacks.length,
        routes: m.routes.length,
        services: m.services.length,
        entries: keyed,
      },
    };
  },
});
