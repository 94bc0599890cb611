// Gate `references`: every cross-file reference of the spine resolves to something that exists.
import type { Model } from '../bindings/types.js';
import { mayBeUnreadable } from './coverage.js';
import { hostInScope, hostsOf } from '../bindings/model/scopes.js';
import { resolveProfile, type Profile } from '../profile/profile.js';
import { at, closestName, didYouMean, fileName, sub, where } from './gate-helpers.js';
import { routeReferences } from './references-routes.js';
import { vmReferences } from './references-vm.js';
import { defineGate } from './types.js';
import type { FindingDraft } from './types.js';

/** Whether the registry covers the host a name resolves to (profile.scopes; a name that resolves to nothing is covered). */
function inRegistry(m: Model, profile: Profile, name: string | undefined): boolean {
  return hostInScope(m, profile, 'registry', hostsOf(m, profile).byName(name));
}

function hostRefs(m: Model, profile: Profile, out: FindingDraft[]): void {
  const hosts = new Set(m.hosts.map((h) => h.id));
  const hostsRef = at(m.paths.registry, 'hosts');
  const reg = fileName(m.paths.registry);
  for (const e of m.endpoints) {
    // a disabled probe is inert: it names nothing that must exist
    if (!e.enabled || e.host === undefined || hosts.has(e.host) || mayBeUnreadable(m, 'hosts', e.host) || !inRegistry(m, profile, e.host)) continue;
    out.push({
      message: `health endpoint "${e.id}" names host "${e.host}", which is not a host of ${reg}${didYouMean(e.host, hosts) || '; declare it under hosts or fix the name'}`,
      subject: { kind: 'endpoint', id: e.id },
      at: [sub(e.ref, 'host'), hostsRef],
      kind: 'unknown-host',
      expected: [...hosts].sort(),
      observed: e.host,
    });
  }
  for (const s of m.services) {
    if (s.host === undefined || hosts.has(s.host) || mayBeUnreadable(m, 'hosts', s.host)) continue;
    out.push({
      message: `service "${s.id}" runs on host "${s.host}", which is not declared under hosts of ${reg}${didYouMean(s.host, hosts) || '; declare it there or fix the name'}`,
      subject: { kind: 'service', id: s.id },
      at: [sub(s.ref, 'host'), hostsRef],
      kind: 'unknown-host',
      observed: s.host,
    });
  }
  for (const d of m.deployDependencies) {
    const svc = m.services.find((s) => s.id === d.service);
    const subject = { kind: 'service' as const, id: d.service };
    if (!svc && mayBeUnreadable(m, 'services', d.service)) continue;
    if (!svc) {
      out.push({
        message: `deploy chain "${d.chain}" affects service "${d.service}", which ${reg} does not declare${didYouMean(d.service, m.services.map((s) => s.id)) || '; fix the name or declare the service'}`,
        subject,
        at: [sub(d.ref, 'service'), at(m.paths.registry, 'services')],
        kind: 'unknown-deploy-service',
        observed: d.service,
      });
    } else if (d.host !== undefined && svc.host !== undefined && d.host !== svc.host) {
      out.push({
        message: `deploy chain "${d.chain}" expects service "${d.service}" on host "${d.host}", but ${reg} places it on "${svc.host}" (${where(m, sub(svc.ref, 'host'))}); update the stale one of the two`,
        subject,
        at: [sub(d.ref, 'host'), sub(svc.ref, 'host')],
        kind: 'deploy-host-mismatch',
        expected: svc.host,
        observed: d.host,
      });
    }
  }
}

/** Why a rename of an endpoint onto a service id is no fix: another endpoint has that id already. */
function takenHint(m: Model, id: string): string {
  const taken = m.endpoints.find((x) => x.id === id);
  return taken ? `; service "${id}" has its own probe "${id}" (${where(m, taken.ref)}, ${taken.enabled ? 'enabled' : 'disabled'}), so this one cannot take its id: declare the service this endpoint probes in ${fileName(m.paths.registry)}, or disable it` : '';
}

function endpointServices(m: Model, profile: Profile, out: FindingDraft[]): void {
  const services = new Map(m.services.map((s) => [s.id, s]));
  const health = fileName(m.paths.health);
  const probed = new Set(m.endpoints.map((e) => e.id));
  for (const e of m.endpoints) {
    const svc = services.get(e.id);
    if (!svc) {
      if (!e.enabled || mayBeUnreadable(m, 'services', e.id) || !inRegistry(m, profile, e.host)) continue;
      // the service whose declared health URL this endpoint probes on its host, if any
      const hosts = hostsOf(m, profile);
      const owner = m.services.find(
        (s) => s.meaning !== 'inert' && hosts.same(s.host, e.host) && s.port != null && s.health !== undefined && urlPortPath(e.url) === `${s.port}${s.health}`,
      );
      // the live probe of a service whose own-id probe is a disabled legacy one: matched by its URL, nothing to rename
      if (owner && m.endpoints.some((x) => x.id === owner.id && !x.enabled)) continue;
      // never propose a rename onto an id another endpoint has, nor onto a retired service
      const near = closestName(e.id, m.services.filter((s) => s.meaning !== 'inert').map((s) => s.id));
      const hint = owner
        ? takenHint(m, owner.id) || `; it probes the health URL of service "${owner.id}" (${where(m, owner.ref)}): rename the endpoint to "${owner.id}"`
        : near !== undefined && probed.has(near)
          ? takenHint(m, near)
          : near !== undefined
            ? `; did you mean "${near}"?`
            : '; rename it to its registry service or disable it';
      const rename = owner !== undefined && !probed.has(owner.id);
      out.push({
        message: `enabled health endpoint "${e.id}" has no service of that id in ${fileName(m.paths.registry)}${hint}`,
        subject: { kind: 'endpoint', id: e.id },
        at: [sub(e.ref, 'id'), owner ? owner.ref : at(m.paths.registry, 'services')],
        kind: 'endpoint-without-service',
        ...(rename ? { expected: owner.id } : {}),
        observed: e.id,
        ...(rename ? { fix: { file: e.ref.file, pointer: sub(e.ref, 'id').pointer, value: owner.id } } : {}),
      });
    } else if (e.host !== undefined && svc.host !== undefined && e.host !== svc.host && m.hosts.some((h) => h.id === e.host)) {
      // (an endpoint host that is no registry host at all is already an unknown-host finding)
      out.push({
        message: `health endpoint "${e.id}" is on host "${e.host}" in ${health}, but service "${svc.id}" runs on "${svc.host}" (${where(m, sub(svc.ref, 'host'))}); update the stale one of the two`,
        subject: { kind: 'endpoint', id: e.id },
        at: [sub(e.ref, 'host'), sub(svc.ref, 'host')],
        kind: 'endpoint-host-mismatch',
        expected: svc.host,
        observed: e.host,
      });
    }
  }
}

/** "port/path" of a URL, e.g. "2283/api/server/ping" (empty path = "/"). */
function urlPortPath(url: string): string | undefined {
  try {
    const u = new URL(url);
    const port = u.port || (u.protocol === 'https:' ? '443' : '80');
    return `${port}${u.pathname || '/'}${u.search}`;
  } catch {
    return undefined;
  }
}

function sshRefs(m: Model, out: FindingDraft[]): void {
  const ssh = new Set(m.sshTargets.map((t) => t.id));
  const sshRef = at(m.paths.ssh, 'ssh', 'targets');
  const sshFile = fileName(m.paths.ssh);
  const missing = (message: string, subject: FindingDraft['subject'], ref: FindingDraft['at'][number], name: string): void => {
    if (mayBeUnreadable(m, 'sshTargets', name)) return;
    out.push({ message: `${message}, which ${sshFile} does not declare${didYouMean(name, ssh) || '; declare it there or fix the name'}`, subject, at: [ref, sshRef], kind: 'unknown-ssh-target', observed: name });
  };
  for (const t of m.composeTargets) {
    // a disabled (decommissioned) compose target connects nowhere
    if (t.enabled && t.sshTarget !== undefined && !ssh.has(t.sshTarget)) missing(`compose target "${t.id}" connects through ssh target "${t.sshTarget}"`, { kind: 'host', id: t.id }, sub(t.ref, 'ssh_target'), t.sshTarget);
  }
  for (const b of m.backups) {
    if (!ssh.has(b.host)) missing(`backup target "${b.name}" lives on host "${b.host}"`, { kind: 'backup', id: b.name }, sub(b.ref, 'host'), b.host);
  }
  for (const t of m.sshTargets) {
    if (t.probeVia !== undefined && !ssh.has(t.probeVia)) missing(`ssh target "${t.id}" is probed via "${t.probeVia}"`, { kind: 'host', id: t.id }, sub(t.ref, 'probe_via'), t.probeVia);
  }
  for (const h of m.hosts) {
    // `ssh: localhost` means the machine driftgate runs on: no ssh target needed
    if (h.ssh !== undefined && h.ssh !== 'localhost' && !ssh.has(h.ssh)) missing(`registry host "${h.id}" is reached through ssh target "${h.ssh}"`, { kind: 'host', id: h.id }, sub(h.ref, 'ssh'), h.ssh);
  }
}

function secretsRefs(m: Model, out: FindingDraft[]): void {
  if (m.secretsProjects.size === 0) return;
  for (const s of m.services) {
    if (s.secretsProject === undefined || m.secretsProjects.has(s.secretsProject)) continue;
    out.push({
      message: `service "${s.id}" uses secrets project "${s.secretsProject}", which is not one of the infisical_projects (${[...m.secretsProjects.keys()].join(', ')}) at ${where(m, at(m.paths.registry, 'infisical_projects'))}${didYouMean(s.secretsProject, m.secretsProjects.keys()) || '; add it there with its project id, or fix the name'}`,
      subject: { kind: 'service', id: s.id },
      at: [sub(s.ref, 'secrets_project'), at(m.paths.registry, 'infisical_projects')],
      kind: 'unknown-secrets-project',
      expected: [...m.secretsProjects.keys()],
      observed: s.secretsProject,
    });
  }
}

export default defineGate({
  id: 'references',
  aliases: [],
  kind: 'static',
  severity: 'error',
  describe:
    'Every cross-file reference resolves (health and registry hosts, endpoint ids, compose/backup/VM ssh targets, VM backup targets, services and stacks, probe_via, deploy dependencies, secrets projects, routed services and public URLs): a dangling name is drift nobody notices until it breaks.',
  reads: ['registry', 'health', 'compose', 'vms', 'ssh', 'backups', 'routing', 'deploy'],
  judges: ['services', 'hosts', 'endpoints', 'composeTargets', 'vms', 'sshTargets', 'backups', 'routes', 'deployDependencies'],
  run(ctx) {
    const m = ctx.model;
    const out: FindingDraft[] = [];
    const profile = resolveProfile(ctx.config);
    hostRefs(m, profile, out);
    endpointServices(m, profile, out);
    sshRefs(m, out);
    secretsRefs(m, out);
    const vms = vmReferences(m, profile, out);
    const routes = routeReferences(m, out);
    return {
      findings: out,
      checked: {
        services: m.services.length,
        hosts: m.hosts.length,
        endpoints: m.endpoints.length,
        composeTargets: m.composeTargets.length,
        vms,
        sshTargets: m.sshTargets.length,
        backups: m.backups.length,
        ...(routes !== undefined ? { routes } : {}),
        deployDependencies: m.deployDependencies.length,
      },
    };
  },
});
