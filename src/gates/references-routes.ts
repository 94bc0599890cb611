// The DOMAIN_ROUTING_REGISTRY part of gate `references`. Its `service` field is mostly a registry
// key, but the file is docs-only and also names things the registry never holds (Cloudflare Pages,
// DNS records), so an unknown name alone is no finding. Reported: a route that names the container
// of exactly one registry service (the key is meant; warning), and a registry `public_url` whose
// hostname the routing registry lacks (warning) or routes to a different registry service (error).
import type { Model, Route, Service } from '../bindings/types.js';
import { mayBeUnreadable } from './coverage.js';
import { at, fileName, sub, where } from './gate-helpers.js';
import { redactUrl } from './live/format.js';
import type { FindingDraft } from './types.js';

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function containerOwner(m: Model, name: string): Service | undefined {
  const owners = m.services.filter((s) => s.container === name);
  return owners.length === 1 ? owners[0] : undefined;
}

function routeServices(m: Model, out: FindingDraft[]): void {
  const keys = new Set(m.services.map((s) => s.id));
  for (const r of m.routes) {
    if (r.service === undefined || keys.has(r.service) || mayBeUnreadable(m, 'services', r.service)) continue;
    const owner = containerOwner(m, r.service);
    if (!owner) continue;
    const field = sub(r.ref, 'service');
    out.push({
      message: `hostname "${r.hostname}" routes to service "${r.service}", which is the container of registry service "${owner.id}" (${where(m, sub(owner.ref, 'container'))}), not a registry key; name "${owner.id}"`,
      subject: { kind: 'route', id: r.hostname },
      at: [field, sub(owner.ref, 'container')],
      kind: 'route-service-is-container',
      severity: 'warning',
      expected: owner.id,
      observed: r.service,
      fix: { file: field.file, pointer: field.pointer, value: owner.id },
    });
  }
}

function publicUrls(m: Model, out: FindingDraft[]): void {
  const routing = fileName(m.paths.routing);
  const byHost = new Map<string, Route>();
  for (const r of m.routes) if (!byHost.has(r.hostname.toLowerCase())) byHost.set(r.hostname.toLowerCase(), r);
  for (const s of m.services) {
    const url = s.publicUrl;
    const host = url !== undefined ? hostnameOf(url) : undefined;
    if (url === undefined || host === undefined) continue;
    // credentials in a URL never reach a message
    const shown = url.includes('@') ? redactUrl(url) : url;
    const field = sub(s.ref, 'public_url');
    const route = byHost.get(host);
    if (!route && mayBeUnreadable(m, 'routes', host)) continue;
    if (!route) {
      out.push({
        message: `service "${s.id}" is published at "${shown}", but ${routing} has no hostname "${host}"; add it there (routing, stack, authority)`,
        subject: { kind: 'service', id: s.id },
        at: [field, at(m.paths.routing, 'zones')],
        kind: 'public-url-not-routed',
        severity: 'warning',
        observed: host,
      });
      continue;
    }
    const other = route.service === undefined ? undefined : m.services.find((x) => x.id === route.service);
    if (!other || other.id === s.id) continue;
    out.push({
      message: `service "${s.id}" is published at "${shown}", but ${routing} routes "${host}" to service "${other.id}" (${where(m, sub(route.ref, 'service'))}); one of the two files is stale`,
      subject: { kind: 'route', id: route.hostname },
      at: [field, sub(route.ref, 'service')],
      kind: 'public-url-route-mismatch',
      expected: s.id,
      observed: other.id,
    });
  }
}

/** Checks the routes; returns how many it judged (undefined when the spine has no routing registry). */
export function routeReferences(m: Model, out: FindingDraft[]): number | undefined {
  if (m.inputs.routing.status !== 'ok') return undefined; // no routing registry in this spine
  routeServices(m, out);
  publicUrls(m, out);
  return m.routes.length;
}
