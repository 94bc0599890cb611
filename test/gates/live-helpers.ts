// Hand-built models and observations for the live gates' unit tests (no files, no loader).
import type { ComposeTarget, Model, Service, SshTarget, Stack } from '../../src/bindings/types.js';
import { defaultConfig, SPINE_PATHS } from '../../src/config/defaults.js';
import type { FindingDraft, GateContext, GateDef } from '../../src/gates/types.js';
import { meaningOf, SPINE_STATUSES } from '../../src/profile/status-vocabulary.js';
import type { ContainerObservation, Observations, StackObservation } from '../../src/probes/types.js';

export const NOW = new Date('2026-02-11T12:00:00Z');
const T0 = '2026-02-11T11:59:00Z';

export { emptyModel } from '../support/empty-model.js';

export function service(id: string, host: string, compose: string, status?: string, container?: string): Service {
  return {
    id,
    host,
    compose,
    ...(container ? { container } : {}),
    status: status ?? 'active',
    meaning: meaningOf(SPINE_STATUSES.vocabularies.services, status ?? 'active'),
    statusDeclared: status !== undefined,
    ref: { file: SPINE_PATHS.registry, pointer: `/services/${id}` },
  };
}

/** One compose target with stacks given as name -> path. */
export function target(id: string, stacks: Record<string, string>, enabled = true): ComposeTarget {
  const list: Stack[] = Object.entries(stacks).map(([name, path], i) => ({
    name,
    path,
    target: id,
    ref: { file: SPINE_PATHS.compose, pointer: `/targets/${id}/stacks/${i}` },
  }));
  return { id, sshTarget: id, enabled, stacks: list, ref: { file: SPINE_PATHS.compose, pointer: `/targets/${id}` } };
}

/** A declared ssh target (only the fields the live gates read matter). */
export function sshTarget(id: string, user: string): SshTarget {
  return { id, host: `10.0.0.${id.length}`, user, port: 22, connectTimeoutSec: 5, optional: false, ref: { file: SPINE_PATHS.ssh, pointer: `/targets/${id}` } };
}

export function withTargets(model: Model, ...targets: ComposeTarget[]): Model {
  model.composeTargets.push(...targets);
  model.stacks.push(...targets.flatMap((t) => t.stacks));
  return model;
}

export function container(name: string, state = 'running', over: Partial<ContainerObservation> = {}): ContainerObservation {
  const exited = state === 'exited';
  return {
    name,
    service: name,
    project: 'p',
    state,
    status: state === 'running' ? 'Up 5 hours' : exited ? 'Exited (255) 3 hours ago' : state,
    health: '',
    exitCode: exited ? 255 : 0,
    publishers: [],
    ...over,
  };
}

export function stackObs(tgt: string, stack: string, path: string, containers: ContainerObservation[]): StackObservation {
  return { target: tgt, sshTarget: tgt, stack, path, ok: true, containers, startedAt: T0, durationMs: 120 };
}

export function observations(over: Partial<Observations> = {}): Observations {
  return { version: 1, startedAt: T0, durationMs: 1000, hosts: [], stacks: [], endpoints: [], backups: [], hypervisors: [], ...over };
}

export function ctxOf(model: Model, obs: Observations | undefined): GateContext {
  const ctx: GateContext = { model, problems: [], config: defaultConfig(), now: NOW };
  if (obs) ctx.observations = obs;
  return ctx;
}

export function runGate(gate: GateDef, model: Model, obs: Observations | undefined): FindingDraft[] {
  return gate.run(ctxOf(model, obs)).findings;
}
