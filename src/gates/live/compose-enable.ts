// compose-enable: a disabled compose target whose stacks run again. Its stacks are shadow probes
// (src/probes/shadow.ts); when every stack of the target was listed, holds containers, and every
// container runs, up for fix.min_uptime_minutes, the target works again: `enabled: true`.
import type { ComposeTarget } from '../../bindings/types.js';
import type { Observations } from '../../probes/types.js';
import type { FindingDraft, GateContext } from '../types.js';
import { findStackObservation, isUp } from './container-index.js';
import { listNames } from './format.js';
import { notYetStable } from './uptime.js';
import { worksAgain } from './works-again.js';

function runsAgain(ctx: GateContext, t: ComposeTarget, obs: Observations): FindingDraft | undefined {
  const seen = t.stacks.map((s) => findStackObservation(obs, s));
  if (t.stacks.length === 0 || seen.some((o) => !o?.shadow || !o.ok || o.containers.length === 0)) return undefined;
  const minMs = ctx.config.fix.minUptimeMinutes * 60_000;
  const containers = seen.flatMap((o) => o!.containers.map((c) => ({ c, at: new Date(o!.startedAt) })));
  if (containers.some(({ c, at }) => !isUp(c) || notYetStable(c, Number.isFinite(at.getTime()) ? at : ctx.now, minMs))) return undefined;
  const names = containers.map(({ c }) => c.name).sort();
  return worksAgain({
    kind: 'runs-while-disabled',
    fix: 'compose-enable',
    subject: { kind: 'host', id: t.id },
    entry: t.ref,
    message:
      `compose target "${t.id}": disabled, but its shadow probe found ${names.length} container${names.length === 1 ? '' : 's'} running in ` +
      `${t.stacks.map((s) => s.name).join(', ')} (${listNames(names)}); it works again: set enabled: true`,
    observed: `${names.length}/${names.length} running`,
    details: { stacks: t.stacks.map((s) => s.name), containers: names },
  });
}

/** The disabled compose targets that run again (one notice each, with its fix). */
export function composeTargetsRunningAgain(ctx: GateContext): FindingDraft[] {
  const obs = ctx.observations;
  if (!obs) return [];
  return ctx.model.composeTargets.filter((t) => !t.enabled).flatMap((t) => runsAgain(ctx, t, obs) ?? []);
}
