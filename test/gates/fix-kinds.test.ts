// The fix each live gate derives from a probe (src/gates/fix-kinds.ts), and when it derives none:
// the expect in the file's style, the refusal a container explains (moved port, localhost bind),
// the exited container's status, the VM in service, the registry entry skeleton.
import { describe, expect, it } from 'vitest';
import type { Endpoint, Model, Vm } from '../../src/bindings/types.js';
import { defaultConfig, SPINE_PATHS } from '../../src/config/defaults.js';
import healthGate from '../../src/gates/health.js';
import registryStatus from '../../src/gates/registry-status.js';
import unmanaged from '../../src/gates/unmanaged-containers.js';
import vmInventory from '../../src/gates/vm-inventory.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { FindingDraft, GateDef } from '../../src/gates/types.js';
import type { ContainerObservation, EndpointObservation, Observations } from '../../src/probes/types.js';
import { sourceFile } from '../support/empty-model.js';
import { container, ctxOf, emptyModel, NOW, observations, service, sshTarget, stackObs, target, withTargets } from './live-helpers.js';

function run(gate: GateDef, model: Model, obs: Observations, config: ResolvedConfig = defaultConfig()): FindingDraft[] {
  return gate.run({ ...ctxOf(model, obs), config }).findings;
}

/** A health file with these `expect` sources, one endpoint each (ids e0, e1, …) on host "app". */
function healthModel(expects: string[], over: Partial<Endpoint> = {}): Model {
  const text = `endpoints:\n${expects.map((x, i) => `  - id: e${i}\n    host: app\n    url: "http://10.0.0.3:8080/h${i}"\n    expect: ${x}\n`).join('')}`;
  const file = sourceFile('health', SPINE_PATHS.health, text);
  const endpoints = expects.map((_, i): Endpoint => ({
    id: `e${i}`, host: 'app', url: `http://10.0.0.3:8080/h${i}`, expect: [200], enabled: true, ref: { file: SPINE_PATHS.health, pointer: `/endpoints/${i}` }, ...over,
  }));
  return emptyModel({ files: new Map([[SPINE_PATHS.health, file]]), endpoints });
}

const answered = (id: string, status: number, extra: Partial<EndpointObservation> = {}): EndpointObservation => ({
  id, url: 'u', ok: true, status, startedAt: NOW.toISOString(), durationMs: 20, timeoutMs: 10_000, attempts: 1, ...extra,
});

describe('health-expect: the answered status, in the style of the file', () => {
  const fixOf = (expects: string[], status: number, index = 0) => {
    const model = healthModel(expects);
    const findings = run(healthGate, model, observations({ endpoints: model.endpoints.map((e, i) => answered(e.id, i === index ? status : 200)) }));
    return findings.find((f) => f.subject.id === `e${index}`);
  };

  it('keeps a number a number, a string a string and a list a list', () => {
    expect(fixOf(['200'], 302)?.fix).toEqual({ kind: 'health-expect', file: SPINE_PATHS.health, pointer: '/endpoints/0/expect', value: 302 });
    expect(fixOf(['"200"'], 307)?.fix?.value).toBe('307');
    expect(fixOf(['[200]'], 301)?.fix?.value).toEqual([301]);
  });

  it('proposes a 401/403 group together: the comma string (spaced as the file spaces it) or the list the file uses', () => {
    expect(fixOf(['200'], 403)?.fix?.value).toBe('401,403');
    expect(fixOf(['200', '"401, 403"'], 401)?.fix?.value).toBe('401, 403');
    expect(fixOf(['200', '[200, 204]'], 401)?.fix?.value).toEqual([401, 403]);
  });

  it('never proposes a 404 or a server error: they stay live-broken', () => {
    for (const status of [404, 500, 503]) {
      const f = fixOf(['200'], status);
      expect(f).toMatchObject({ kind: 'unexpected-status', direction: 'live-broken' });
      expect(f?.fix).toBeUndefined();
    }
  });
});

describe('health-enable: a disabled endpoint judged by its shadow probe only', () => {
  it('proposes enabled: true when it answers its expect, and says nothing otherwise', () => {
    const model = healthModel(['200', '200'], { enabled: false });
    const obs = observations({ endpoints: [answered('e0', 200, { shadow: true }), { ...answered('e1', 0, { shadow: true }), ok: false, status: undefined, failure: { reason: 'refused', error: 'refused' } }] });
    const findings = run(healthGate, model, obs);
    expect(findings.map((f) => [f.subject.id, f.severity, f.direction, f.fix])).toEqual([
      ['e0', 'notice', 'declared-stale', { kind: 'health-enable', file: SPINE_PATHS.health, pointer: '/endpoints/0/enabled', value: true }],
    ]);
    expect(healthGate.run(ctxOf(model, obs)).checked).toEqual({ endpoints: 0 });
  });
});

describe('service-port and health-probe-via: a refusal the container explains', () => {
  const refused = (id: string): EndpointObservation => ({ ...answered(id, 0), ok: false, status: undefined, failure: { reason: 'refused', error: 'connect ECONNREFUSED' } });
  const world = (c: Partial<ContainerObservation>, probeVia?: 'ssh') => {
    const model = withTargets(
      emptyModel({
        services: [{ ...service('web', 'app', '/s/web/docker-compose.yml', 'active'), port: 8080 }],
        endpoints: [{ id: 'web', host: 'app', url: 'http://10.0.0.3:8080/healthz', expect: [200], enabled: true, ...(probeVia ? { probeVia } : {}), ref: { file: SPINE_PATHS.health, pointer: '/endpoints/0' } }],
        sshTargets: [sshTarget('app', 'ubuntu')],
      }),
      target('app', { web: '/s/web' }),
    );
    const obs = observations({ stacks: [stackObs('app', 'web', '/s/web', [container('web', 'running', c)])], endpoints: [refused('web')] });
    return run(healthGate, model, obs)[0];
  };

  it('proposes the published port in the registry and the probe URL, one fix', () => {
    const f = world({ publishers: [{ url: '0.0.0.0', targetPort: 8080, publishedPort: 18080 }] });
    expect(f).toMatchObject({ kind: 'failure-refused', direction: 'declared-stale' });
    expect(f?.fix).toEqual({
      kind: 'service-port', file: SPINE_PATHS.registry, pointer: '/services/web/port', value: 18080,
      also: [{ file: SPINE_PATHS.health, pointer: '/endpoints/0/url', value: 'http://10.0.0.3:18080/healthz' }],
    });
    expect(f?.message).toContain('publishes port 18080, not 8080');
  });

  it('proposes nothing when two other ports are published and neither maps the declared one', () => {
    const f = world({ publishers: [{ targetPort: 80, publishedPort: 8081 }, { targetPort: 443, publishedPort: 8443 }] });
    expect(f).toMatchObject({ direction: 'live-broken' });
    expect(f?.fix).toBeUndefined();
  });

  it('proposes probe_via: ssh when the container publishes nothing, or only on 127.0.0.1', () => {
    for (const publishers of [[], [{ url: '127.0.0.1', targetPort: 8080, publishedPort: 8080 }]]) {
      expect(world({ publishers })?.fix).toEqual({ kind: 'health-probe-via', file: SPINE_PATHS.health, pointer: '/endpoints/0/probe_via', value: 'ssh', op: 'add', after: ['enabled', 'expect', 'url'] });
    }
  });

  it('proposes nothing while the container has just started, or when it is probed over ssh already', () => {
    expect(world({ publishers: [], status: 'Up 20 seconds' })?.fix).toBeUndefined();
    expect(world({ publishers: [] }, 'ssh')?.fix).toBeUndefined();
  });
});

describe('registry-exited: a container that stays exited', () => {
  const exited = (c: Partial<ContainerObservation>, status?: string, config?: ResolvedConfig) => {
    const model = withTargets(emptyModel({ services: [service('api', 'app', '/s/api/docker-compose.yml', status)] }), target('app', { api: '/s/api' }));
    return run(registryStatus, model, observations({ stacks: [stackObs('app', 'api', '/s/api', [container('api', c.state ?? 'exited', c)])] }), config)[0];
  };
  const finished = (ago: number) => new Date(NOW.getTime() - ago * 60_000).toISOString();

  it('proposes stopped for a non-zero exit and parked for a clean one, the status added where none is declared', () => {
    expect(exited({ exitCode: 1, finishedAt: finished(180) }, 'active')?.fix).toEqual({ kind: 'registry-exited', file: SPINE_PATHS.registry, pointer: '/services/api/status', value: 'stopped' });
    expect(exited({ exitCode: 0, finishedAt: finished(180) })?.fix).toEqual({
      kind: 'registry-exited', file: SPINE_PATHS.registry, pointer: '/services/api/status', value: 'parked', op: 'add', after: ['host', 'port', 'health', 'compose', 'container'],
    });
  });

  it('proposes nothing for a container exited minutes ago, one that restarts, or a status the vocabulary does not know as stopped', () => {
    expect(exited({ exitCode: 1, finishedAt: finished(5) }, 'active')?.fix).toBeUndefined();
    expect(exited({ state: 'restarting', exitCode: 1, finishedAt: finished(180) }, 'active')?.fix).toBeUndefined();
    const config = defaultConfig();
    config.fix.exitedStatus = { failed: 'broken', clean: 'parked' };
    const f = exited({ exitCode: 1, finishedAt: finished(180) }, 'active', config);
    expect(f?.fix).toBeUndefined();
    expect(f?.message).toContain('fix.exited_status names "broken"');
  });
});

describe('vm-status: a VM not in service yet that runs', () => {
  const vm = (status: 'provisioned' | 'planning'): Vm => ({
    vmid: 303, hostname: 'builder', status, meaning: status === 'provisioned' ? 'provisioning' : 'planned', stacks: [], services: [], ref: { file: SPINE_PATHS.vms, pointer: '/vms/2' },
  });
  const hyper = (state: string): Observations =>
    observations({ hypervisors: [{ host: 'pve', ok: true, startedAt: NOW.toISOString(), durationMs: 5, vms: [{ vmid: 303, name: 'builder', status: state }] }] });

  it('proposes the running status when it runs, nothing when it is stopped', () => {
    const f = run(vmInventory, emptyModel({ vms: [vm('provisioned')] }), hyper('running'))[0];
    expect(f).toMatchObject({ kind: 'running-while-provisioning', severity: 'warning', direction: 'declared-stale' });
    expect(f?.fix).toEqual({ kind: 'vm-status', file: SPINE_PATHS.vms, pointer: '/vms/2/status', value: 'active' });
    expect(run(vmInventory, emptyModel({ vms: [vm('planning')] }), hyper('stopped'))).toEqual([]);
  });
});

describe('registry-entry: a skeleton for a running, published, undeclared container', () => {
  const undeclared = (c: Partial<ContainerObservation>, services = [service('web', 'app', '/s/web/compose.yaml', 'active')]) => {
    const model = withTargets(emptyModel({ services }), target('app', { web: '/s/web' }));
    const cache = container('cache', 'running', { publishers: [{ targetPort: 6379, publishedPort: 6380 }], ...c });
    return run(unmanaged, model, observations({ stacks: [stackObs('app', 'web', '/s/web', [container('web'), cache])] }))[0];
  };

  it('adds the entry after the entries of its stack, with the compose file its siblings name', () => {
    expect(undeclared({})?.fix).toEqual({
      kind: 'registry-entry',
      file: SPINE_PATHS.registry,
      pointer: '/services/cache',
      value: { host: 'app', port: 6380, compose: '/s/web/compose.yaml', container: 'cache', status: 'active' },
      op: 'add',
      after: ['web'],
      comment: 'added by driftgate: "cache" runs in stack "web" on "app"; complete this entry',
    });
  });

  it('takes another key when the name is taken on another host, and proposes nothing for a container that just started', () => {
    const taken = [service('web', 'app', '/s/web/compose.yaml', 'active'), service('cache', 'other', '/o/compose.yaml', 'active')];
    expect(undeclared({}, taken)?.fix?.pointer).toBe('/services/cache-app');
    expect(undeclared({ status: 'Up 30 seconds' })?.fix).toBeUndefined();
  });
});
