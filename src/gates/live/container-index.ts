// Maps registry services to declared stacks and observed containers.
// A service's host names a compose target (same id); the stack whose path equals the directory
// of the service's `compose` file is its stack (compared literally first, then with `~` expanded
// to the home of the target's SSH user: `/home/<user>`, root → `/root`); the container is named
// `service.container ?? service.id`. A service whose compose path leads to no declared stack is
// placed where its container was observed on its host, so no observed container goes unjudged.
import { composeDir, expandHome, targetHome, trimSlash } from '../../bindings/remote-path.js';
import type { ComposeTarget, Model, Service, Stack } from '../../bindings/types.js';
import type { ContainerObservation, Observations, StackObservation } from '../../probes/types.js';

export interface ServicePlacement {
  service: Service;
  target: ComposeTarget;
  stack: Stack;
  /** the container name the registry declares */
  container: string;
}

/** A declared stack with its observation, when the snapshot has one. */
export interface StackView {
  stack: Stack;
  target: ComposeTarget;
  obs?: StackObservation;
  /** registry services placed in this stack */
  services: ServicePlacement[];
}

/** The container name the registry declares for a service. */
export function declaredContainer(service: Service): string {
  return service.container ?? service.id;
}

/**
 * Where a service runs, or undefined when its host/compose do not lead to a declared stack. The
 * literal comparison wins; `~` is expanded with the ssh user's home only when it finds nothing.
 */
export function placeService(model: Model, service: Service): ServicePlacement | undefined {
  if (!service.host || !service.compose) return undefined;
  const target = model.composeTargets.find((t) => t.id === service.host);
  if (!target) return undefined;
  const dir = trimSlash(composeDir(service.compose));
  let stack = target.stacks.find((s) => trimSlash(s.path) === dir);
  const home = stack ? undefined : targetHome(model, target);
  if (home !== undefined) {
    const expanded = expandHome(dir, home);
    stack = target.stacks.find((s) => expandHome(s.path, home) === expanded);
  }
  if (!stack) return undefined;
  return { service, target, stack, container: declaredContainer(service) };
}

export function findStackObservation(obs: Observations | undefined, stack: Stack): StackObservation | undefined {
  return obs?.stacks.find((s) => s.target === stack.target && s.stack === stack.name);
}

/**
 * A service whose compose path leads to no declared stack (compose-parity reports that), placed in
 * the observed stack of its host that lists its container, so its status is still judged.
 */
function placeByObservation(model: Model, obs: Observations | undefined, service: Service): ServicePlacement | undefined {
  if (!obs || !service.host) return undefined;
  const target = model.composeTargets.find((t) => t.id === service.host);
  if (!target) return undefined;
  const name = declaredContainer(service);
  for (const stack of target.stacks) {
    const seen = findStackObservation(obs, stack);
    if (seen?.ok && seen.containers.some((c) => c.name === name)) return { service, target, stack, container: name };
  }
  return undefined;
}

/** Every stack of every enabled compose target, with its observation and its registry services. */
export function stackViews(model: Model, obs: Observations | undefined): StackView[] {
  const placements = model.services
    .map((s) => placeService(model, s) ?? placeByObservation(model, obs, s))
    .filter((p): p is ServicePlacement => p !== undefined);
  const views: StackView[] = [];
  for (const target of model.composeTargets) {
    if (!target.enabled) continue;
    for (const stack of target.stacks) {
      const view: StackView = {
        stack,
        target,
        services: placements.filter((p) => p.target.id === target.id && p.stack.name === stack.name),
      };
      const found = findStackObservation(obs, stack);
      if (found) view.obs = found;
      views.push(view);
    }
  }
  return views;
}

/**
 * The observed container a declared name refers to: the container with that name, else the one
 * whose compose service has that name (registry entries often name the compose service).
 */
export function matchContainer(containers: ContainerObservation[], name: string): ContainerObservation | undefined {
  return containers.find((c) => c.name === name) ?? containers.find((c) => c.service === name);
}

/** The registry services that name a container (by container name or compose service name). */
export function servicesNaming(placements: ServicePlacement[], container: ContainerObservation): ServicePlacement[] {
  const byName = placements.filter((p) => p.container === container.name);
  if (byName.length > 0) return byName;
  return placements.filter((p) => p.container === container.service);
}

/** Services on the same host (by registry `host`) that name this container, placed or not. */
export function hostServicesNaming(model: Model, host: string, container: ContainerObservation): Service[] {
  const onHost = model.services.filter((s) => s.host === host);
  const byName = onHost.filter((s) => declaredContainer(s) === container.name);
  if (byName.length > 0) return byName;
  return onHost.filter((s) => declaredContainer(s) === container.service);
}

/** A container counts as up only when its state is `running` (restarting, paused, created are not). */
export function isUp(container: ContainerObservation): boolean {
  return container.state === 'running';
}
