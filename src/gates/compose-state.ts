// compose-state (D18): per stack, running/total with every non-running container listed and judged.
// A container whose registry entry could not be read, or whose declared status no vocabulary
// knows, is listed but not judged (the schema gate and registry-status say why).
import type { ContainerObservation } from '../probes/types.js';
import { mayBeUnreadable } from './coverage.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';
import type { StackView } from './live/container-index.js';
import { hostServicesNaming, isUp, servicesNaming, stackViews } from './live/container-index.js';
import type { ListedStack } from './live/probe-gaps.js';
import { gapFinding, splitStacks } from './live/probe-gaps.js';
import { reasonLabel } from './live/format.js';
import { composeTargetsRunningAgain } from './live/compose-enable.js';

/** How a non-running container is judged against the registry. */
export interface ExitedJudgement {
  name: string;
  state: string;
  status: string;
  exitCode: number;
  /** registry service ids naming the container */
  services: string[];
  /** declared status of the first naming service, absent when undeclared */
  declared?: string;
  /** true when the registry says it should not run (parked, stopped) or may not (deprecated) */
  expected: boolean;
  /** false when its registry entry could not be read or its status is unknown: listed, not judged */
  judged: boolean;
  /** true when registry-status judges it (a service placed in this very stack names it) */
  judgedByRegistryStatus: boolean;
}

export function judgeExited(ctx: GateContext, view: StackView, c: ContainerObservation): ExitedJudgement {
  const placed = servicesNaming(view.services, c).map((p) => p.service);
  const services = placed.length > 0 ? placed : hostServicesNaming(ctx.model, view.target.id, c);
  const declared = services[0]?.status;
  const unread = services.length === 0 && (mayBeUnreadable(ctx.model, 'services', c.name) || mayBeUnreadable(ctx.model, 'services', c.service));
  const judged = !unread && services.every((s) => s.meaning !== 'unknown');
  const expected = services.length > 0 && services.every((s) => s.meaning !== 'running' && s.meaning !== 'unknown');
  return {
    name: c.name,
    state: c.state,
    status: c.status,
    exitCode: c.exitCode,
    services: services.map((s) => s.id),
    ...(declared !== undefined ? { declared } : {}),
    expected,
    judged,
    judgedByRegistryStatus: placed.length > 0,
  };
}

function describeOne(j: ExitedJudgement): string {
  const state = j.state === 'exited' ? '' : `${j.state}, `;
  if (!j.judged) return `${j.name} (${state}${j.declared === undefined ? 'registry entry unreadable' : `declared ${j.declared}: status unknown`}, not judged)`;
  if (j.declared === undefined) return `${j.name} (${state}not in the registry)`;
  if (j.expected) return `${j.name} (${state}declared ${j.declared})`;
  return `${j.name} (${state}declared ${j.declared}: unexpected)`;
}

function summary(ctx: GateContext, view: ListedStack): FindingDraft | undefined {
  const containers = view.obs.containers;
  const name = view.stack.name;
  if (containers.length === 0) {
    return {
      kind: 'empty-stack',
      subject: { kind: 'stack', id: name },
      at: [view.stack.ref],
      message: `stack "${name}" on "${view.target.id}" has no containers at all (docker compose ps -a lists none in ${view.stack.path}); deploy it or remove it from the compose targets`,
      expected: 'containers',
      observed: '0/0 running',
      direction: 'live-broken',
      details: { running: 0, total: 0, exited: [] },
    };
  }
  const down = containers.filter((c) => !isUp(c));
  if (down.length === 0) return undefined;
  const running = containers.length - down.length;
  const judged = down.map((c) => judgeExited(ctx, view, c)).sort((a, b) => a.name.localeCompare(b.name));
  const allExpected = judged.every((j) => j.expected || !j.judged);
  // Unexpected containers of services placed in this stack are reported by registry-status; the
  // others (not in the registry, or declared with a compose path outside this stack) only here,
  // so they make this finding an error.
  const unexpected = judged.filter((j) => j.judged && !j.expected);
  const unreported = unexpected.filter((j) => !j.judgedByRegistryStatus);
  const notJudged = judged.filter((j) => !j.judged).length;
  const verdict = allExpected
    ? notJudged > 0
      ? `${notJudged} not judged, the others expected`
      : 'all expected'
    : unreported.length > 0
      ? `${unexpected.length} unexpected`
      : 'unexpected ones are reported by registry-status';
  return {
    kind: allExpected ? 'exited-expected' : unreported.length > 0 ? 'exited-unreported' : 'exited-unexpected',
    severity: unreported.length > 0 ? 'error' : 'notice',
    subject: { kind: 'stack', id: name },
    at: [view.stack.ref],
    message: `${name}: ${running}/${containers.length} running; exited: ${judged.map(describeOne).join(', ')} — ${verdict}`,
    expected: `${containers.length - judged.filter((j) => j.expected).length}/${containers.length} running`,
    observed: `${running}/${containers.length} running`,
    direction: allExpected ? 'inconsistent' : 'live-broken',
    details: { running, total: containers.length, exited: judged },
  };
}

function driftFinding(view: StackView): FindingDraft {
  const o = view.obs;
  const reason = o?.failure?.reason ?? 'error';
  const what =
    reason === 'dir-missing'
      ? `its directory ${view.stack.path} does not exist`
      : `there is no compose file in ${view.stack.path}`;
  return {
    kind: `stack-${reason}`,
    subject: { kind: 'stack', id: view.stack.name },
    at: [view.stack.ref],
    message: `stack "${view.stack.name}" is declared on "${view.target.id}" but ${what} (${reasonLabel(reason)}); deploy it there or fix its path`,
    expected: view.stack.path,
    observed: reasonLabel(reason),
    direction: 'live-broken',
    details: { reason, ...(o?.failure?.error ? { error: o.failure.error } : {}) },
  };
}

export default defineGate({
  id: 'compose-state',
  aliases: ['D18'],
  kind: 'live',
  severity: 'error',
  describe:
    'Lists every stack with `docker compose ps -a` and reports running/total with each exited container judged against its declared status; exited containers are never hidden; a disabled compose target that runs is proposed enabled.',
  reads: ['compose', 'registry', 'ssh'],
  judges: ['composeTargets', 'stacks'],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out: FindingDraft[] = [];
    for (const view of split.listed) {
      const f = summary(ctx, view);
      if (f) out.push(f);
    }
    for (const view of split.drift) out.push(driftFinding(view));
    out.push(...composeTargetsRunningAgain(ctx));
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `container states of ${views.length} stack${views.length === 1 ? '' : 's'}`);
      if (f) out.push(f);
    }
    const containers = split.listed.reduce((n, v) => n + v.obs.containers.length, 0);
    return { findings: out, checked: { stacks: split.listed.length + split.drift.length, containers } };
  },
});
