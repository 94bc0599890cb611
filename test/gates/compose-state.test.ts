import { describe, expect, it } from 'vitest';
import gate from '../../src/gates/compose-state.js';
import registryStatus from '../../src/gates/registry-status.js';
import { container, emptyModel, observations, runGate, service, stackObs, target, withTargets } from './live-helpers.js';

const DL = '/opt/stacks/download-stack';
const COMPOSE = `${DL}/docker-compose.yml`;

function model() {
  return withTargets(
    emptyModel({
      services: [
        service('huntarr', 'download-stack', COMPOSE, 'stopped'),
        service('slskd', 'download-stack', COMPOSE, 'parked'),
        service('tdarr', 'download-stack', COMPOSE, 'parked'),
        service('sabnzbd', 'download-stack', COMPOSE, 'active'),
      ],
    }),
    target('download-stack', { 'download-stack': DL }),
  );
}

const running = (n: number) => Array.from({ length: n }, (_, i) => container(`svc-${i}`));

describe('compose-state', () => {
  it('summarises 21/24 with the three exited containers judged expected, as a notice', () => {
    const obs = observations({
      stacks: [stackObs('download-stack', 'download-stack', DL, [
        ...running(21),
        container('tdarr', 'exited', { exitCode: 0, status: 'Exited (0) 2 days ago' }),
        container('huntarr', 'exited'),
        container('slskd', 'exited', { exitCode: 0 }),
      ])],
    });
    const drafts = runGate(gate, model(), obs);
    expect(drafts).toHaveLength(1);
    const f = drafts[0]!;
    expect(f.severity).toBe('notice');
    expect(f.message).toBe(
      'download-stack: 21/24 running; exited: huntarr (declared stopped), slskd (declared parked), tdarr (declared parked) — all expected',
    );
    expect(f.details).toMatchObject({ running: 21, total: 24 });
    const exited = f.details!['exited'] as Array<{ name: string; expected: boolean; exitCode: number }>;
    expect(exited.map((e) => [e.name, e.expected, e.exitCode])).toEqual([
      ['huntarr', true, 255],
      ['slskd', true, 0],
      ['tdarr', true, 0],
    ]);
  });

  it('reports nothing when every container runs', () => {
    const obs = observations({ stacks: [stackObs('download-stack', 'download-stack', DL, running(3))] });
    expect(runGate(gate, model(), obs)).toEqual([]);
  });

  it('leaves unexpected declared exits to registry-status (notice) but errs on exits nobody declares', () => {
    const declaredOnly = observations({
      stacks: [stackObs('download-stack', 'download-stack', DL, [container('sabnzbd', 'exited'), container('huntarr', 'exited')])],
    });
    const [a] = runGate(gate, model(), declaredOnly);
    expect(a).toMatchObject({ severity: 'notice', kind: 'exited-unexpected', expected: '1/2 running', observed: '0/2 running' });
    expect(a!.message).toContain('sabnzbd (declared active: unexpected)');

    const undeclared = observations({
      stacks: [stackObs('download-stack', 'download-stack', DL, [container('authentik-worker', 'restarting'), container('sabnzbd')])],
    });
    const [b] = runGate(gate, model(), undeclared);
    expect(b).toMatchObject({ severity: 'error', kind: 'exited-unreported', direction: 'live-broken' });
    expect(b!.message).toContain('authentik-worker (restarting, not in the registry) — 1 unexpected');
  });

  it('leaves an exited container declared on the host but outside this stack to registry-status, which places it where it was observed', () => {
    const m = model();
    m.services.push(service('mcp', 'download-stack', '~/stacks/mcp/docker-compose.yml'));
    const obs = observations({ stacks: [stackObs('download-stack', 'download-stack', DL, [container('mcp', 'exited'), container('sabnzbd')])] });
    const [f] = runGate(gate, m, obs);
    expect(f).toMatchObject({ severity: 'notice', kind: 'exited-unexpected' });
    expect(f!.message).toBe('download-stack: 1/2 running; exited: mcp (declared active: unexpected) — unexpected ones are reported by registry-status');
    expect(runGate(registryStatus, m, obs).map((d) => [d.subject.id, d.kind])).toEqual([['mcp', 'not-running-exited']]);
  });

  it('errs on an exited container that no registry service names (nobody else reports it)', () => {
    const obs = observations({ stacks: [stackObs('download-stack', 'download-stack', DL, [container('mystery', 'exited'), container('sabnzbd')])] });
    const [f] = runGate(gate, model(), obs);
    expect(f).toMatchObject({ severity: 'error', kind: 'exited-unreported' });
    expect(f!.message).toBe('download-stack: 1/2 running; exited: mystery (not in the registry) — 1 unexpected');
  });

  it('errs on an empty stack and on a missing directory, and is inconclusive on a probe failure', () => {
    const m = withTargets(model(), target('observability', { grafana: '/opt/stacks/grafana', loki: '/opt/stacks/loki' }));
    const obs = observations({
      stacks: [
        stackObs('download-stack', 'download-stack', DL, []),
        { ...stackObs('observability', 'grafana', '/opt/stacks/grafana', []), ok: false, failure: { reason: 'dir-missing', error: 'exit 90' } },
        { ...stackObs('observability', 'loki', '/opt/stacks/loki', []), ok: false, failure: { reason: 'docker-unreachable', error: 'Cannot connect to the Docker daemon' } },
      ],
    });
    const drafts = runGate(gate, m, obs);
    expect(drafts.map((d) => [d.subject.id, d.kind, d.inconclusive ?? false])).toEqual([
      ['download-stack', 'empty-stack', false],
      ['grafana', 'stack-dir-missing', false],
      ['loki', 'inconclusive-stack-docker-unreachable', true],
    ]);
    expect(drafts[2]!.message).toContain('DOCKER-UNREACHABLE');
  });

  it('never passes a stack that the snapshot does not mention', () => {
    const drafts = runGate(gate, model(), observations());
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ inconclusive: true, subject: { kind: 'host', id: 'download-stack' }, observed: 'not probed' });
  });
});
