// registry-status: the registry's declared status of each service vs its container's state, judged
// by what the status means (src/profile): running, may-run, expected-stopped, inert. A service whose
// status is unknown is not judged (the schema gate reports the status).
import { resolveStatuses } from '../profile/statuses.js';
import { entryOf, statusWithMeaning } from '../profile/status-vocabulary.js';
import type { ContainerObservation } from '../probes/types.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';
import type { ServicePlacement } from './live/container-index.js';
import { isUp, matchContainer, stackViews } from './live/container-index.js';
import { gapFinding, splitStacks } from './live/probe-gaps.js';
import { statusPointer, statusRef } from './live/refs.js';
import { notYetDown, notYetStable } from './live/uptime.js';

/** "Up 5 hours" -> "for 5 hours"; anything else -> the raw status in parentheses. */
function uptime(c: ContainerObservation): string {
  const m = /^Up\s+(.+?)(?:\s+\((?:healthy|unhealthy|health: starting|Paused)\))?$/i.exec(c.status.trim());
  if (m?.[1]) return ` for ${m[1].charAt(0).toLowerCase()}${m[1].slice(1)}`;
  return c.status ? ` (${c.status})` : '';
}

function stale(ctx: GateContext, p: ServicePlacement, c: ContainerObservation, observedAt: Date): FindingDraft {
  const { service } = p;
  const vocabulary = resolveStatuses(ctx.config).vocabularies.services;
  const entry = entryOf(vocabulary, service.status);
  const meaning = entry?.says ?? 'not running';
  const running = statusWithMeaning(vocabulary, 'running') ?? 'active';
  // the running status is proposed only for a container up without a restart for fix.min_uptime_minutes
  const unstable = notYetStable(c, observedAt, ctx.config.fix.minUptimeMinutes * 60_000);
  if (unstable) return recovering(p, c, meaning, unstable, statusRef(ctx.model, service));
  return {
    kind: `running-while-${service.status}`,
    severity: entry?.contradiction ?? 'error',
    subject: { kind: 'service', id: service.id },
    at: [statusRef(ctx.model, service)],
    message:
      `service "${service.id}" is declared "${service.status}" (${meaning}) but container "${c.name}" in stack ` +
      `"${p.stack.name}" has been running${uptime(c)}; the registry is stale: set status: ${running}`,
    expected: service.status,
    observed: 'running',
    direction: 'declared-stale',
    fix: { file: ctx.model.paths.registry, pointer: statusPointer(service.id), value: running },
    // without a start time the uptime was read from the status text (conservatively): said here
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, uptimeFrom: c.startedAt ? 'start-time' : 'status-text' },
  };
}

function recovering(p: ServicePlacement, c: ContainerObservation, meaning: string, unstable: string, at: FindingDraft['at'][number]): FindingDraft {
  return {
    kind: `running-while-${p.service.status}`,
    severity: 'warning',
    subject: { kind: 'service', id: p.service.id },
    at: [at],
    message: `service "${p.service.id}" is declared "${p.service.status}" (${meaning}) and container "${c.name}" in stack "${p.stack.name}" is ${unstable}: recovering, not proposing a fix`,
    expected: p.service.status,
    observed: 'running',
    direction: 'declared-stale',
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, startedAt: c.startedAt, restartCount: c.restartCount },
  };
}

/** Where a fix writes a service's status: its `status:` value, or a new `status:` key when it has none (absent = active). */
function statusEdit(service: ServicePlacement['service']): { pointer: string; op?: 'add'; after?: string[] } {
  if (service.statusDeclared) return { pointer: statusPointer(service.id) };
  return { pointer: statusPointer(service.id), op: 'add', after: ['host', 'port', 'health', 'compose', 'container'] };
}

/**
 * The status registry-exited proposes for a container that stays exited (fix.exited_status: `failed`
 * for a non-zero exit or a dead container, `clean` for exit 0), when the registry's vocabulary
 * knows it as must-not-run and the container has been down for fix.min_down_minutes; else why not.
 */
function exitedStatus(ctx: GateContext, c: ContainerObservation, observedAt: Date): { status?: string; why: string } {
  const clean = c.state === 'exited' && c.exitCode === 0 && !c.oomKilled;
  const status = clean ? ctx.config.fix.exitedStatus.clean : ctx.config.fix.exitedStatus.failed;
  const unsettled = notYetDown(c, observedAt, ctx.config.fix.minDownMinutes * 60_000);
  if (unsettled) return { why: '' };
  const vocabulary = resolveStatuses(ctx.config).vocabularies.services;
  if (entryOf(vocabulary, status)?.meaning !== 'expected-stopped') return { why: `fix.exited_status names "${status}", which the registry's vocabulary does not know as stopped: no status proposed` };
  return { status, why: '' };
}

function broken(ctx: GateContext, p: ServicePlacement, c: ContainerObservation, observedAt = ctx.now): FindingDraft {
  const { service } = p;
  const exited = c.state === 'exited' || c.state === 'dead';
  const exit = exited ? `exit code ${c.exitCode}, ` : '';
  const proposal = exited ? exitedStatus(ctx, c, observedAt) : undefined;
  if (proposal?.status) {
    return {
      kind: `not-running-${c.state}`,
      subject: { kind: 'service', id: service.id },
      at: [statusRef(ctx.model, service)],
      message:
        `service "${service.id}" is declared ${service.status} but container "${c.name}" in stack "${p.stack.name}" has been ` +
        `${c.state} (${exit}"${c.status}"); start it, or set status: ${proposal.status}`,
      expected: 'running',
      observed: c.state,
      direction: 'declared-stale',
      fix: { kind: 'registry-exited', file: ctx.model.paths.registry, ...statusEdit(service), value: proposal.status },
      details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, exitCode: c.exitCode, ...(c.finishedAt ? { finishedAt: c.finishedAt } : {}) },
    };
  }
  return {
    kind: `not-running-${c.state}`,
    subject: { kind: 'service', id: service.id },
    at: [statusRef(ctx.model, service)],
    message:
      `service "${service.id}" is declared active but container "${c.name}" in stack "${p.stack.name}" is ` +
      `${c.state} (${exit}"${c.status}"); start it, or declare it parked or stopped${proposal?.why ? ` (${proposal.why})` : ''}`,
    expected: 'running',
    observed: c.state,
    direction: 'live-broken',
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, exitCode: c.exitCode },
  };
}

function unhealthy(ctx: GateContext, p: ServicePlacement, c: ContainerObservation): FindingDraft {
  return {
    kind: 'unhealthy',
    subject: { kind: 'service', id: p.service.id },
    at: [statusRef(ctx.model, p.service)],
    message:
      `service "${p.service.id}" is declared active and container "${c.name}" runs, but its Docker ` +
      `healthcheck reports "unhealthy" ("${c.status}")`,
    expected: 'healthy',
    observed: 'unhealthy',
    direction: 'live-broken',
    details: { container: c.name, stack: p.stack.name, status: c.status, health: c.health },
  };
}

function missing(ctx: GateContext, p: ServicePlacement): FindingDraft {
  return {
    kind: 'no-such-container',
    subject: { kind: 'service', id: p.service.id },
    at: [statusRef(ctx.model, p.service), p.stack.ref],
    message:
      `service "${p.service.id}" is declared active but there is no container "${p.container}" in stack ` +
      `"${p.stack.name}" on "${p.target.id}" (docker compose ps -a lists none by that name)`,
    expected: p.container,
    observed: 'absent',
    direction: 'live-broken',
    details: { container: p.container, stack: p.stack.name },
  };
}

export function judgeService(ctx: GateContext, p: ServicePlacement, containers: ContainerObservation[], observedAt = ctx.now): FindingDraft[] {
  const meaning = p.service.meaning;
  if (meaning !== 'running' && meaning !== 'expected-stopped' && meaning !== 'inert') return [];
  const c = matchContainer(containers, p.container);
  if (!c) return meaning === 'running' ? [missing(ctx, p)] : [];
  if (meaning !== 'running') return isUp(c) ? [stale(ctx, p, c, observedAt)] : [];
  if (!isUp(c)) return [broken(ctx, p, c, observedAt)];
  return c.health === 'unhealthy' ? [unhealthy(ctx, p, c)] : [];
}

export default defineGate({
  id: 'registry-status',
  aliases: [],
  kind: 'live',
  severity: 'error',
  describe:
    'Compares each service\'s registry status with its container: running while "stopped"/"parked" is a stale registry entry (fixable), exited while active is broken (fixable to stopped/parked once it stays exited).',
  reads: ['registry', 'compose', 'ssh'],
  judges: ['services'],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out: FindingDraft[] = [];
    let judged = 0;
    for (const view of split.listed) {
      const at = new Date(view.obs.startedAt);
      const observedAt = Number.isFinite(at.getTime()) ? at : ctx.now;
      for (const p of view.services) {
        if (p.service.meaning === 'unknown') continue; // the schema gate reports the status
        judged++;
        out.push(...judgeService(ctx, p, view.obs.containers, observedAt));
      }
    }
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => {
        const n = views.reduce((sum, v) => sum + v.services.length, 0);
        return n === 0 ? undefined : `the status of ${n} registry service${n === 1 ? '' : 's'}`;
      });
      if (f) out.push(f);
    }
    return { findings: out, checked: { services: judged } };
  },
});
