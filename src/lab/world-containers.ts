// The containers of the simulated world: every declared registry service lands in the stack whose path
// is the directory of its compose file on its host; the scenario's overrides and extra containers apply.
import { createHash } from 'node:crypto';
import type { Model, Service } from '../bindings/types.js';
import { expandHome } from '../bindings/remote-path.js';
import { remoteDirname } from './lab-paths.js';
import { scenarioError } from './scenario-error.js';
import { statusText as dockerStatus, statusUptimeMs } from '../probes/containers.js';
import type { ContainerState, HealthState, LabContainer, LabHost, LabStack, LoadedScenario, ScenarioContainer } from './types.js';

function containerId(host: string, name: string): string {
  return createHash('sha256').update(`${host}/${name}`).digest('hex').slice(0, 12);
}

/** Docker's Status text for a state and its times (the probes' own reading of docker's words). */
export function statusText(state: ContainerState, exitCode: number, health: HealthState, times: { startedAt?: Date; finishedAt?: Date }, now: Date): string {
  const iso = (d: Date | undefined): string | undefined => d?.toISOString();
  return dockerStatus({ state, exitCode, health, ...(times.startedAt ? { startedAt: iso(times.startedAt) } : {}), ...(times.finishedAt ? { finishedAt: iso(times.finishedAt) } : {}) }, now);
}

interface ContainerInput {
  host: string;
  project: string;
  name: string;
  service: string;
  ports: Array<{ targetPort: number; publishedPort?: number; url?: string; protocol?: string }>;
  nullPublishers: boolean;
  override?: Omit<ScenarioContainer, 'absent'>;
  /** the stack directory (compose working dir) */
  workingDir: string;
  now: Date;
}

const SECOND = 1_000;
const HOUR = 3_600_000;
const UNIT_MS: Record<string, number> = { s: SECOND, m: 60 * SECOND, h: HOUR, d: 24 * HOUR };

/** A scenario duration (`20s`, `15m`, `3h`, `2d`) in milliseconds. */
export function durationMs(text: string): number {
  const m = /^(\d+)([smhd])$/.exec(text.trim());
  return m ? Number(m[1]) * (UNIT_MS[m[2] as string] ?? 0) : 0;
}

/**
 * Start and finish times as docker keeps them, from the state and the scenario's `started_ago`,
 * else from its `status` text ("Up 20 seconds": the start time agrees with what the text says).
 */
function timesOf(state: ContainerState, o: ContainerInput['override'], now: Date): { startedAt?: Date; finishedAt?: Date } {
  const ago = (ms: number): Date => new Date(now.getTime() - ms);
  const up = o?.status !== undefined ? statusUptimeMs(o.status) : undefined;
  const started = o?.started_ago !== undefined ? ago(durationMs(o.started_ago)) : up !== undefined ? ago(up) : undefined;
  switch (state) {
    case 'running':
    case 'paused': {
      const startedAt = started ?? ago(5 * HOUR);
      return (o?.restarts ?? 0) > 0 ? { startedAt, finishedAt: new Date(startedAt.getTime() - 1_000) } : { startedAt };
    }
    case 'restarting':
      return { startedAt: started ?? ago(30 * SECOND), finishedAt: ago(4 * SECOND) };
    case 'exited':
    case 'dead':
      return started
        ? { startedAt: started, finishedAt: new Date(Math.min(now.getTime(), started.getTime() + 1_000)) }
        : { startedAt: ago(8 * HOUR), finishedAt: ago(3 * HOUR) };
    case 'created':
      return {};
  }
}

function makeContainer(input: ContainerInput): LabContainer {
  const state = input.override?.state ?? 'running';
  const exitCode = input.override?.exitCode ?? 0;
  const health = input.override?.health ?? '';
  const times = timesOf(state, input.override, input.now);
  const derivedStatus = statusText(state, exitCode, health, times, input.now);
  const publishers = input.ports.map((p) => ({
    URL: p.url ?? '0.0.0.0',
    TargetPort: p.targetPort,
    PublishedPort: state === 'running' ? (p.publishedPort ?? p.targetPort) : 0,
    Protocol: p.protocol ?? 'tcp',
  }));
  return {
    ID: containerId(input.host, input.name),
    Name: input.name,
    Image: `lab/${input.service}:latest`,
    Service: input.service,
    Project: input.project,
    State: state,
    Status: input.override?.status ?? derivedStatus,
    Health: health,
    ExitCode: exitCode,
    Publishers: publishers.length === 0 && input.nullPublishers ? null : publishers,
    inspect: {
      ...times,
      restartCount: input.override?.restarts ?? 0,
      oomKilled: input.override?.oomKilled ?? false,
      workingDir: input.workingDir,
      derivedStatus,
    },
  };
}

/** The container name compose reports for a registry service: `container`, else the service id. */
export function containerName(service: Service): string {
  return service.container ?? service.id;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Fills `host.stacks` of every compose target's SSH host. `hostOf` maps a compose target id to its lab host.
 * Throws a UserError naming the scenario line for overrides that name no declared container.
 */
export function populateStacks(model: Model, loaded: LoadedScenario, hostOf: (target: string) => LabHost, now: Date): void {
  const overrides = loaded.scenario.containers ?? {};
  const used = new Set<string>();
  for (const target of model.composeTargets) {
    const host = hostOf(target.id);
    for (const decl of target.stacks) {
      const absPath = expandHome(decl.path, host.home);
      const stack: LabStack = { target: target.id, name: decl.name, path: decl.path, absPath, containers: [] };
      for (const svc of model.services) {
        if (svc.host !== target.id || !svc.compose) continue;
        if (remoteDirname(svc.compose, host.home) !== absPath) continue;
        const name = containerName(svc);
        const key = `${target.id}/${name}`;
        const override = overrides[key];
        used.add(key);
        // a disabled compose target runs nothing, as declared, unless the scenario names the container
        if (override?.absent || (!target.enabled && !override)) continue;
        const ports = override?.publishers ?? (typeof svc.port === 'number' ? [{ targetPort: svc.port }] : []);
        stack.containers.push(
          makeContainer({ host: host.id, project: decl.name, name, service: svc.id, ports, nullPublishers: host.composeFormat === 'ndjson', override, workingDir: absPath, now }),
        );
      }
      if (!host.stacks.has(absPath)) host.stacks.set(absPath, stack);
      else host.stacks.get(absPath)?.containers.push(...stack.containers);
    }
  }
  for (const key of Object.keys(overrides)) {
    if (!used.has(key)) {
      throw scenarioError(
        loaded,
        `/containers/${escapePointer(key)}`,
        `no declared container "${key}": the key is <compose target id>/<container name> of a registry service whose compose file lies in a declared stack`,
      );
    }
  }
  (loaded.scenario.extraContainers ?? []).forEach((extra, index) => {
    const target = model.composeTargets.find((t) => t.id === extra.host);
    if (!target) throw scenarioError(loaded, `/extraContainers/${index}/host`, `unknown compose target "${extra.host}"`);
    const host = hostOf(target.id);
    const decl = target.stacks.find((s) => s.name === extra.stack);
    if (!decl) throw scenarioError(loaded, `/extraContainers/${index}/stack`, `compose target "${extra.host}" declares no stack "${extra.stack}"`);
    const stack = host.stacks.get(expandHome(decl.path, host.home));
    stack?.containers.push(
      makeContainer({
        host: host.id,
        project: decl.name,
        name: extra.name,
        service: extra.service ?? extra.name,
        ports: extra.publishers ?? [],
        nullPublishers: host.composeFormat === 'ndjson',
        override: extra,
        workingDir: stack?.absPath ?? decl.path,
        now,
      }),
    );
  });
}
