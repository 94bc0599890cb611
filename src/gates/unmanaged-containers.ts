// unmanaged-containers: running containers that no registry service names, and running compose
// projects that no declared stack covers (the host's docker listing shows their labels).
import type { Ref } from '../bindings/types.js';
import type { ContainerObservation, HostObservation } from '../probes/types.js';
import { mayBeUnreadable } from './coverage.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';
import type { StackView } from './live/container-index.js';
import { hostServicesNaming, isUp, servicesNaming, stackViews } from './live/container-index.js';
import { listNames } from './live/format.js';
import { gapFinding, splitStacks } from './live/probe-gaps.js';
import { entrySkeleton } from './live/registry-entry.js';

/** Host ports a container publishes (`PublishedPort` 0 means exposed only, not published). */
export function publishedPorts(c: ContainerObservation): number[] {
  const ports = (c.publishers ?? []).map((p) => p.publishedPort ?? 0).filter((p) => p > 0);
  return [...new Set(ports)].sort((a, b) => a - b);
}

/** Named by a registry service, or maybe by one whose entry could not be read (then not judged). */
function declared(ctx: GateContext, view: StackView, c: ContainerObservation): boolean {
  if (servicesNaming(view.services, c).length > 0 || hostServicesNaming(ctx.model, view.target.id, c).length > 0) return true;
  return mayBeUnreadable(ctx.model, 'services', c.name) || mayBeUnreadable(ctx.model, 'services', c.service);
}

function judgeStack(ctx: GateContext, view: StackView, containers: ContainerObservation[]): FindingDraft[] {
  const unmanaged = containers.filter((c) => isUp(c) && !declared(ctx, view, c));
  const out: FindingDraft[] = [];
  const internal = unmanaged.filter((c) => publishedPorts(c).length === 0).map((c) => c.name).sort();
  for (const c of unmanaged) {
    const ports = publishedPorts(c);
    if (ports.length === 0) continue;
    // a skeleton entry for a person to complete (registry-entry), once the container runs steadily
    const fix = entrySkeleton(ctx, view, c, ports);
    out.push({
      ...(fix ? { fix } : {}),
      kind: 'unmanaged-published',
      severity: 'warning',
      subject: { kind: 'container', id: c.name },
      at: [view.stack.ref],
      message:
        `container "${c.name}" in stack "${view.stack.name}" on "${view.target.id}" runs and publishes port ` +
        `${ports.join(', ')} but no registry service names it; add it to the service registry`,
      expected: 'a registry entry',
      observed: `running, publishes ${ports.join(', ')}`,
      direction: 'declared-stale',
      details: { stack: view.stack.name, service: c.service, ports },
    });
  }
  if (internal.length > 0) {
    out.push({
      kind: 'unmanaged-internal',
      severity: 'notice',
      subject: { kind: 'stack', id: view.stack.name },
      at: [view.stack.ref],
      message:
        `stack "${view.stack.name}": ${internal.length} running container${internal.length === 1 ? '' : 's'} ` +
        `without a registry entry and without published ports (${listNames(internal, 20)}); covered by the parent ` +
        `stack under the registry's internal dependency policy`,
      observed: internal,
      direction: 'inconsistent',
      details: { stack: view.stack.name, containers: internal },
    });
  }
  return out;
}

/**
 * Whether a compose target or stack entry that could not be read may declare a project on this
 * host: then its running projects are not judged (the unreadable entry is its own line).
 */
function stackMayBeUnreadable(ctx: GateContext, host: string): boolean {
  const m = ctx.model;
  const onHost = m.composeTargets.filter((t) => (t.sshTarget ?? t.id) === host).map((t) => t.id);
  return m.unreadable.some(
    (u) => u.kind === 'composeTargets' || (u.kind === 'stacks' && (u.id === undefined || onHost.some((id) => u.id?.startsWith(`${id}/`)))),
  );
}

/** Running containers of a host outside every declared stack: one finding per compose project. */
function otherProjects(ctx: GateContext, h: HostObservation): { findings: FindingDraft[]; judged: number } {
  const running = (h.otherContainers ?? []).filter(isUp);
  if (running.length === 0 || stackMayBeUnreadable(ctx, h.target)) return { findings: [], judged: 0 };
  const m = ctx.model;
  const place: Ref =
    m.composeTargets.find((t) => (t.sshTarget ?? t.id) === h.target)?.ref ?? m.sshTargets.find((t) => t.id === h.target)?.ref ?? { file: m.paths.compose, pointer: '' };
  const byProject = new Map<string, ContainerObservation[]>();
  for (const c of running) byProject.set(c.project, [...(byProject.get(c.project) ?? []), c]);
  const findings = [...byProject].map(([project, cs]): FindingDraft => {
    const names = cs.map((c) => c.name).sort();
    const dir = cs.find((c) => c.workingDir)?.workingDir;
    return project
      ? {
          kind: 'undeclared-project',
          severity: 'warning' as const,
          subject: { kind: 'stack' as const, id: project },
          at: [place],
          message:
            `compose project "${project}"${dir ? ` (${dir})` : ''} runs ${cs.length} container${cs.length === 1 ? '' : 's'} on "${h.target}" ` +
            `(${listNames(names, 10)}) but no stack in ${m.paths.compose} declares it; declare the stack or remove the project`,
          expected: 'a declared stack',
          observed: `running: ${names.length}`,
          direction: 'declared-stale' as const,
          details: { host: h.target, project, containers: names, ...(dir ? { workingDir: dir } : {}) },
        }
      : {
          kind: 'outside-compose',
          severity: 'notice' as const,
          subject: { kind: 'host' as const, id: h.target },
          at: [place],
          message: `${cs.length} container${cs.length === 1 ? '' : 's'} on "${h.target}" run outside compose (${listNames(names, 10)}); no stack or registry entry can describe them`,
          observed: names,
          direction: 'inconsistent' as const,
          details: { host: h.target, containers: names },
        };
  });
  return { findings, judged: running.length };
}

export default defineGate({
  id: 'unmanaged-containers',
  aliases: [],
  kind: 'live',
  severity: 'warning',
  describe:
    'Reports running containers that no registry service names: a warning when they publish ports (user traffic without an entry; a registry entry skeleton is proposed), a notice for internal-only ones; and running compose projects that no declared stack covers.',
  reads: ['registry', 'compose', 'ssh'],
  judges: [],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out: FindingDraft[] = [];
    let containers = 0;
    for (const view of split.listed) {
      containers += view.obs.containers.filter(isUp).length;
      out.push(...judgeStack(ctx, view, view.obs.containers));
    }
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `the containers of ${views.length} stack${views.length === 1 ? '' : 's'}`);
      if (f) out.push(f);
    }
    for (const h of ctx.observations.hosts) {
      const others = otherProjects(ctx, h);
      containers += others.judged;
      out.push(...others.findings);
    }
    return { findings: out, checked: { containers } };
  },
});
