// Gate `health-coverage`: every active service with a health path has an enabled probe whose URL
// is http://<host address>:<port><health>, and probes of parked or stopped services are disabled.
// A probe sent from the service's own host over SSH (`probe_via: ssh`, for services bound to
// 127.0.0.1) covers it like any other; a 127.0.0.1 URL without it would probe the runner instead.
// Services without a health path need no probe (the health binding's own policy exclusions);
// the URL's host part is ip-parity's business, so only port and path are compared here.
import type { Endpoint, Model, Service } from '../bindings/types.js';
import { hostsOf } from '../bindings/model/scopes.js';
import { resolveProfile, type Profile } from '../profile/profile.js';
import { at, fileName, sub, where } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft } from './types.js';

interface Parsed {
  host: string;
  port: string;
  path: string; // pathname + search, "/" when empty
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

function parse(url: string): Parsed | undefined {
  try {
    const u = new URL(url);
    return { host: u.hostname, port: u.port || (u.protocol === 'https:' ? '443' : '80'), path: `${u.pathname || '/'}${u.search}` };
  } catch {
    return undefined;
  }
}

/** A path for messages: token-like query values (token, key, secret, ...) never reach the output. */
function shown(path: string): string {
  return path.replace(/([?&][^=&#]*(?:token|secret|pass|key|auth|sig)[^=&#]*=)[^&#]*/gi, '$1REDACTED');
}

function hostAddress(m: Model, hostId: string | undefined): string | undefined {
  if (hostId === undefined) return undefined;
  const h = m.hosts.find((x) => x.id === hostId);
  return h?.tailscaleIp ?? m.sshTargets.find((t) => t.id === (h?.ssh ?? hostId))?.host;
}

function expectedUrl(m: Model, s: Service): string {
  return `http://${hostAddress(m, s.host) ?? `<${s.host ?? 'host'}>`}${s.port != null ? `:${s.port}` : ''}${s.health ?? '/'}`;
}

function stripSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * The probe of a service among every candidate: the endpoint of its id, and the endpoints on its host
 * (joined by declared references) that probe exactly its port and path; an enabled one first, the
 * one of its id before the others. A disabled legacy probe `files-api` and a live `files-api-v2`
 * both probing the service: the live one is its probe.
 */
function probeOf(m: Model, profile: Profile, s: Service): Endpoint | undefined {
  const hosts = hostsOf(m, profile);
  const candidates = m.endpoints.filter((e) => {
    if (e.id === s.id) return true;
    if (s.port == null || s.health === undefined) return false;
    const p = parse(e.url);
    return hosts.same(e.host, s.host) && p?.port === String(s.port) && p.path === s.health;
  });
  return candidates.find((e) => e.enabled && e.id === s.id) ?? candidates.find((e) => e.enabled) ?? candidates.find((e) => e.id === s.id);
}

function compareUrl(m: Model, s: Service, e: Endpoint, out: FindingDraft[]): void {
  const p = parse(e.url);
  if (!p) return; // an unparseable URL is the schema gate's finding
  const subject = { kind: 'endpoint' as const, id: e.id };
  const both = [sub(e.ref, 'url'), sub(s.ref, s.health !== undefined ? 'health' : 'port')];
  if (LOOPBACK.test(p.host) && e.probeVia !== 'ssh') {
    out.push({
      message: `probe "${e.id}" targets ${p.host}, the machine driftgate runs on, not host "${s.host ?? '?'}" of service "${s.id}"; add probe_via: ssh to send it from the host itself`,
      subject,
      at: [sub(e.ref, 'url')],
      kind: 'probe-loopback-without-ssh',
      expected: 'probe_via: ssh',
      observed: p.host,
    });
  }
  if (s.port != null && p.port !== String(s.port)) {
    out.push({
      message: `probe "${e.id}" uses port ${p.port}, but service "${s.id}" listens on port ${s.port} (${where(m, sub(s.ref, 'port'))}); one of the two files is stale`,
      subject,
      at: [sub(e.ref, 'url'), sub(s.ref, 'port')],
      kind: 'probe-port-mismatch',
      expected: s.port,
      observed: Number(p.port),
    });
  }
  if (s.health === undefined || p.path === s.health) return;
  if (stripSlash(p.path) === stripSlash(s.health)) {
    out.push({
      message: `probe "${e.id}" path "${shown(p.path)}" differs from the health path "${s.health}" of service "${s.id}" (${where(m, both[1]!)}) only by a trailing slash; write it the same way in both files`,
      subject,
      at: both,
      kind: 'probe-path-trailing-slash',
      severity: 'notice',
      expected: s.health,
      observed: shown(p.path),
    });
    return;
  }
  out.push({
    message: `probe "${e.id}" checks path "${shown(p.path)}", but service "${s.id}" declares health path "${s.health}" (${where(m, both[1]!)}); one of the two files is stale`,
    subject,
    at: both,
    kind: 'probe-path-mismatch',
    expected: s.health,
    observed: shown(p.path),
  });
}

export default defineGate({
  id: 'health-coverage',
  aliases: [],
  kind: 'static',
  severity: 'error',
  describe:
    'Every active service with a health path has an enabled probe at http://<host address>:<port><health path>, and probes of parked or stopped services are disabled: an unprobed service fails silently, a probe of a stopped one fails every night.',
  reads: ['registry', 'health', 'ssh'],
  judges: ['services', 'endpoints'],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const out: FindingDraft[] = [];
    const health = fileName(m.paths.health);
    let judged = 0;
    for (const s of m.services) {
      if (s.meaning === 'unknown') continue; // the schema gate reports the status; not judged here
      judged++;
      const probe = probeOf(m, profile, s);
      if (s.meaning === 'expected-stopped' || s.meaning === 'inert') {
        if (probe?.enabled && probe.id === s.id) {
          const field = sub(probe.ref, 'enabled');
          out.push({
            message: `service "${s.id}" is ${s.status} (${where(m, sub(s.ref, 'status'))}) but its probe "${probe.id}" is enabled; set enabled: false until the service is back`,
            subject: { kind: 'endpoint', id: probe.id },
            at: [probe.ref, sub(s.ref, 'status')],
            kind: 'probe-of-inactive-service',
            expected: false,
            observed: true,
            fix: { file: field.file, pointer: field.pointer, value: false },
          });
        }
        continue;
      }
      if (s.meaning !== 'running') continue; // deprecated (may run): probe optional
      if (s.health === undefined) {
        if (probe?.enabled) compareUrl(m, s, probe, out);
        continue;
      }
      // a probe is matched by its id or by its URL: any endpoint that could not be read may be its (enabled) probe
      if ((!probe || !probe.enabled) && m.unreadable.some((u) => u.kind === 'endpoints')) continue;
      if (!probe || !probe.enabled) {
        out.push({
          message: probe
            ? `active service "${s.id}" has health path "${s.health}" but its probe "${probe.id}" in ${health} is disabled (${where(m, probe.ref)}); enable it or mark the service parked`
            : `active service "${s.id}" has health path "${s.health}" but ${health} has no probe for it; add an endpoint with url "${expectedUrl(m, s)}"`,
          subject: { kind: 'service', id: s.id },
          at: [sub(s.ref, 'health'), probe ? sub(probe.ref, 'enabled') : at(m.paths.health, 'endpoints')],
          kind: probe ? 'probe-disabled' : 'missing-probe',
          expected: expectedUrl(m, s),
          observed: probe ? 'disabled' : null,
        });
        continue;
      }
      compareUrl(m, s, probe, out);
    }
    return { findings: out, checked: { services: judged, endpoints: m.endpoints.length } };
  },
});
