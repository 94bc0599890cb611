import { describe, expect, it } from 'vitest';
import gate, { publishedPorts } from '../../src/gates/unmanaged-containers.js';
import { container, ctxOf, emptyModel, observations, runGate, service, stackObs, target, withTargets } from './live-helpers.js';

const CA = '/opt/stacks/caddy-auth';

function model() {
  return withTargets(
    emptyModel({ services: [service('authentik', 'infra-core', `${CA}/docker-compose.yml`, 'active', 'authentik-server')] }),
    target('infra-core', { 'caddy-auth': CA }),
  );
}

describe('unmanaged-containers', () => {
  it('counts only host-published ports (PublishedPort 0 is exposed, not published)', () => {
    const c = container('x', 'running', {
      publishers: [
        { url: '', targetPort: 5432, publishedPort: 0, protocol: 'tcp' },
        { url: '0.0.0.0', targetPort: 80, publishedPort: 8080, protocol: 'tcp' },
        { url: '::', targetPort: 80, publishedPort: 8080, protocol: 'tcp' },
      ],
    });
    expect(publishedPorts(c)).toEqual([8080]);
  });

  it('groups internal-only containers of a stack into one notice and warns on published ones', () => {
    const obs = observations({
      stacks: [stackObs('infra-core', 'caddy-auth', CA, [
        container('authentik-server', 'running', { publishers: [{ targetPort: 9000, publishedPort: 9000 }] }),
        container('authentik-worker'),
        container('authentik-redis', 'running', { publishers: [{ targetPort: 6379, publishedPort: 0 }] }),
        container('authentik-postgres'),
        container('adminer', 'running', { publishers: [{ targetPort: 8080, publishedPort: 8081 }] }),
        container('old-exporter', 'exited'),
      ])],
    });
    const drafts = runGate(gate, model(), obs);
    expect(drafts.map((d) => [d.severity, d.subject.id])).toEqual([
      ['warning', 'adminer'],
      ['notice', 'caddy-auth'],
    ]);
    expect(drafts[0]!.message).toContain('publishes port 8081');
    expect(drafts[1]!.details).toEqual({ stack: 'caddy-auth', containers: ['authentik-postgres', 'authentik-redis', 'authentik-worker'] });
  });

  it('accepts a container named by a service of the same host even if its compose path differs', () => {
    const m = model();
    m.services.push(service('adminer', 'infra-core', '/elsewhere/docker-compose.yml'));
    const obs = observations({
      stacks: [stackObs('infra-core', 'caddy-auth', CA, [
        container('authentik-server'),
        container('adminer', 'running', { publishers: [{ targetPort: 8080, publishedPort: 8081 }] }),
      ])],
    });
    expect(runGate(gate, m, obs)).toEqual([]);
  });

  it('is inconclusive when the stack could not be listed', () => {
    const obs = observations({
      stacks: [{ ...stackObs('infra-core', 'caddy-auth', CA, []), ok: false, failure: { reason: 'parse-error', error: 'line 1: not JSON' } }],
    });
    const drafts = runGate(gate, model(), obs);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ inconclusive: true, direction: 'unknown', subject: { kind: 'stack', id: 'caddy-auth' } });
  });

  it('reports running compose projects outside every declared stack, and containers outside compose', () => {
    const model = withTargets(emptyModel(), target('apps', { gitea: '/opt/stacks/gitea' }));
    const host = {
      target: 'apps', address: '10.0.0.4:22', ok: true, startedAt: '2026-02-11T11:59:00Z', durationMs: 40,
      otherContainers: [
        container('old-web', 'running', { project: 'forgotten', workingDir: '/opt/stacks/forgotten' }),
        container('old-db', 'running', { project: 'forgotten', workingDir: '/opt/stacks/forgotten' }),
        container('stale', 'exited', { project: 'gone' }),
        container('adhoc', 'running', { project: '' }),
      ],
    };
    const drafts = runGate(gate, model, observations({ hosts: [host], stacks: [stackObs('apps', 'gitea', '/opt/stacks/gitea', [])] }));
    expect(drafts.map((d) => [d.kind, d.severity, d.message])).toEqual([
      ['undeclared-project', 'warning', 'compose project "forgotten" (/opt/stacks/forgotten) runs 2 containers on "apps" (old-db, old-web) but no stack in ops/bindings/docker.compose.targets.yaml declares it; declare the stack or remove the project'],
      ['outside-compose', 'notice', '1 container on "apps" run outside compose (adhoc); no stack or registry entry can describe them'],
    ]);
    expect(drafts[0]?.at).toEqual([{ file: 'ops/bindings/docker.compose.targets.yaml', pointer: '/targets/apps' }]);
  });

  it('counts the running containers it judged, those outside every stack too; a host where an unreadable stack entry may declare a project is not judged', () => {
    const m = withTargets(emptyModel(), target('apps', { gitea: '/opt/stacks/gitea' }));
    const others = [container('old-web', 'running', { project: 'forgotten' }), container('stale', 'exited', { project: 'gone' })];
    const host = { target: 'apps', address: '10.0.0.4:22', ok: true, startedAt: '2026-02-11T11:59:00Z', durationMs: 40, otherContainers: others };
    const obs = observations({ hosts: [host], stacks: [stackObs('apps', 'gitea', '/opt/stacks/gitea', [container('gitea'), container('runner', 'exited')])] });
    const out = gate.run(ctxOf(m, obs));
    expect(out.checked).toEqual({ containers: 2 });
    expect(out.findings.map((f) => f.kind)).toEqual(['unmanaged-internal', 'undeclared-project']);
    m.unreadable.push({ kind: 'stacks', ref: { file: 'ops/bindings/docker.compose.targets.yaml', pointer: '/targets/apps/stacks/1' }, reason: 'name is missing' });
    const unsure = gate.run(ctxOf(m, obs));
    expect(unsure.checked).toEqual({ containers: 1 });
    expect(unsure.findings.map((f) => f.kind)).toEqual(['unmanaged-internal']);
  });
});
