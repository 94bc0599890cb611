// Why a probe was REFUSED, when the container of its service says so, and the fix it implies:
// - the container runs and publishes another port, not the probed one: the service moved
//   (service-port: the registry's `port` and the probe URL, one edit);
// - the container runs and publishes nothing on that port, or only on 127.0.0.1: the service is
//   bound to localhost (health-probe-via: `probe_via: ssh`, the request sent from its host).
// Only for a container up for fix.min_uptime_minutes; otherwise the refusal stays live-broken.
import type { Endpoint, Service } from '../../bindings/types.js';
import { hostsOf } from '../../bindings/model/scopes.js';
import type { ContainerObservation, EndpointObservation } from '../../probes/types.js';
import { sshTargetOfHost } from '../../probes/transport/ssh-endpoint.js';
import { resolveProfile } from '../../profile/profile.js';
import { sub } from '../gate-helpers.js';
import type { Fix, GateContext } from '../types.js';
import { isUp, matchContainer, stackViews } from './container-index.js';
import { notYetStable } from './uptime.js';

export interface RefusedFix {
  /** why the probe is refused, a clause for the message */
  because: string;
  fix: Fix;
  details: Record<string, unknown>;
}

const LOOPBACK = /^(127\.|::1$|localhost$)/i;

/** The URL's port (the scheme's default when none is written). */
function urlPort(url: string): number | undefined {
  try {
    const u = new URL(url);
    return Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  } catch {
    return undefined;
  }
}

/** The URL with another port, every other character as written. */
function withPort(url: string, port: number): string | undefined {
  const m = /^(https?:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*))(?::\d+)?([/?#].*)?$/i.exec(url);
  return m ? `${m[1]}:${port}${m[2] ?? ''}` : undefined;
}

/** The running registry service an endpoint probes on `port`: the one of its id, else the one on its host with that port. */
function serviceOf(ctx: GateContext, e: Endpoint, port: number): Service | undefined {
  const hosts = hostsOf(ctx.model, resolveProfile(ctx.config));
  const running = ctx.model.services.filter((s) => s.meaning === 'running');
  return (
    running.find((s) => s.id === e.id && s.port === port) ??
    running.find((s) => hosts.same(s.host, e.host) && s.port === port) ??
    running.find((s) => s.id === e.id)
  );
}

function containerOf(ctx: GateContext, service: Service): { c: ContainerObservation; at: Date } | undefined {
  const view = stackViews(ctx.model, ctx.observations).find((v) => v.services.some((p) => p.service === service));
  const placed = view?.services.find((p) => p.service === service);
  if (!view?.obs?.ok || !placed) return undefined;
  const c = matchContainer(view.obs.containers, placed.container);
  const at = new Date(view.obs.startedAt);
  return c ? { c, at: Number.isFinite(at.getTime()) ? at : ctx.now } : undefined;
}

export function refusedFix(ctx: GateContext, e: Endpoint, o: EndpointObservation): RefusedFix | undefined {
  if (o.failure?.reason !== 'refused' || e.probeVia === 'ssh') return undefined;
  const port = urlPort(e.url);
  const service = port === undefined ? undefined : serviceOf(ctx, e, port);
  const found = service ? containerOf(ctx, service) : undefined;
  if (!service || !found || port === undefined || !isUp(found.c)) return undefined;
  const { c } = found;
  if (notYetStable(c, found.at, ctx.config.fix.minUptimeMinutes * 60_000)) return undefined;
  const published = (c.publishers ?? []).filter((p) => (p.publishedPort ?? 0) > 0);
  const open = published.filter((p) => !LOOPBACK.test(p.url ?? ''));
  if (open.some((p) => p.publishedPort === port)) return undefined; // published: refused for another reason
  const details = { container: c.name, published: published.map((p) => `${p.url ? `${p.url}:` : ''}${p.publishedPort}->${p.targetPort ?? '?'}`) };
  if (open.length === 0) {
    if (!sshTargetOfHost(ctx.model, e.host)) return undefined;
    const where = published.length > 0 ? 'only on 127.0.0.1' : 'no port';
    return {
      because: `container "${c.name}" of service "${service.id}" runs and publishes ${where}: it is bound to localhost; probe it from its host: set probe_via: ssh`,
      fix: { kind: 'health-probe-via', file: e.ref.file, pointer: sub(e.ref, 'probe_via').pointer, value: 'ssh', op: 'add', after: ['enabled', 'expect', 'url'] },
      details,
    };
  }
  const moved = open.find((p) => p.targetPort === port)?.publishedPort ?? [...new Set(open.map((p) => p.publishedPort))];
  const to = typeof moved === 'number' ? moved : moved.length === 1 ? moved[0] : undefined;
  const url = to === undefined ? undefined : withPort(e.url, to);
  if (to === undefined || url === undefined || service.port !== port) return undefined;
  return {
    because: `container "${c.name}" of service "${service.id}" runs and publishes port ${to}, not ${port}: the service moved; set port: ${to} in the registry and in the probe URL`,
    fix: {
      kind: 'service-port',
      file: service.ref.file,
      pointer: sub(service.ref, 'port').pointer,
      value: to,
      also: [{ file: e.ref.file, pointer: sub(e.ref, 'url').pointer, value: url }],
    },
    details: { ...details, service: service.id, port: to },
  };
}
