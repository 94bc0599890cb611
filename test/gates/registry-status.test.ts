import { describe, expect, it } from 'vitest';
import gate from '../../src/gates/registry-status.js';
import type { Observations } from '../../src/probes/types.js';
import { container, emptyModel, observations, runGate, service, sshTarget, stackObs, target, withTargets } from './live-helpers.js';

const DL = '/opt/stacks/download-stack';
const COMPOSE = `${DL}/docker-compose.yml`;

function downloadModel() {
  const model = emptyModel({
    services: [
      service('swaparr-sonarr', 'download-stack', COMPOSE, 'stopped'),
      service('huntarr', 'download-stack', COMPOSE, 'stopped'),
      service('tdarr', 'download-stack', COMPOSE, 'parked'),
      service('sabnzbd', 'download-stack', COMPOSE),
      service('old-api', 'download-stack', COMPOSE, 'deprecated'),
    ],
  });
  return withTargets(model, target('download-stack', { 'download-stack': DL }));
}

function obsWith(containers: ReturnType<typeof container>[]): Observations {
  return observations({ stacks: [stackObs('download-stack', 'download-stack', DL, containers)] });
}

describe('registry-status', () => {
  it('reports a running container declared stopped as declared-stale with a fix to active', () => {
    const drafts = runGate(gate, downloadModel(), obsWith([
      container('swaparr-sonarr'),
      container('huntarr', 'exited'),
      container('tdarr', 'exited'),
      container('sabnzbd'),
      container('old-api', 'exited'),
    ]));
    expect(drafts).toHaveLength(1);
    const f = drafts[0]!;
    expect(f.direction).toBe('declared-stale');
    expect(f.severity).toBe('error');
    expect(f.subject).toEqual({ kind: 'service', id: 'swaparr-sonarr' });
    expect(f.fix).toEqual({ file: 'docs/governance/SERVICE_REGISTRY.yaml', pointer: '/services/swaparr-sonarr/status', value: 'active' });
    expect(f.at).toEqual([{ file: 'docs/governance/SERVICE_REGISTRY.yaml', pointer: '/services/swaparr-sonarr/status' }]);
    expect(f.expected).toBe('stopped');
    expect(f.observed).toBe('running');
    expect(f.message).toContain('running for 5 hours');
  });

  it('makes a running parked container a warning, still with the fix', () => {
    const drafts = runGate(gate, downloadModel(), obsWith([
      container('swaparr-sonarr', 'exited'),
      container('huntarr', 'exited'),
      container('tdarr', 'running', { status: 'Up About an hour (healthy)' }),
      container('sabnzbd'),
      container('old-api'),
    ]));
    expect(drafts.map((d) => [d.subject.id, d.severity, d.fix?.value])).toEqual([['tdarr', 'warning', 'active']]);
    expect(drafts[0]!.message).toContain('running for about an hour');
  });

  it('reports an exited container declared active (status absent) as live-broken with exit code', () => {
    const drafts = runGate(gate, downloadModel(), obsWith([
      container('swaparr-sonarr', 'exited'),
      container('huntarr', 'exited'),
      container('tdarr', 'exited'),
      container('sabnzbd', 'exited', { exitCode: 137, status: 'Exited (137) 2 minutes ago' }),
      container('old-api'),
    ]));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ direction: 'live-broken', expected: 'running', observed: 'exited', subject: { id: 'sabnzbd' } });
    expect(drafts[0]!.fix).toBeUndefined();
    expect(drafts[0]!.message).toContain('exit code 137');
    // status absent: the location is the service entry, not a status node
    expect(drafts[0]!.at).toEqual([{ file: 'docs/governance/SERVICE_REGISTRY.yaml', pointer: '/services/sabnzbd' }]);
  });

  it('treats restarting as not running and unhealthy as broken for active services', () => {
    const drafts = runGate(gate, downloadModel(), obsWith([
      container('swaparr-sonarr', 'restarting'),
      container('huntarr', 'exited'),
      container('tdarr', 'exited'),
      container('sabnzbd', 'running', { health: 'unhealthy', status: 'Up 2 hours (unhealthy)' }),
      container('old-api'),
    ]));
    expect(drafts.map((d) => [d.subject.id, d.observed])).toEqual([['sabnzbd', 'unhealthy']]);
  });

  it('reports a declared active container missing from its stack, but not a missing parked one', () => {
    const drafts = runGate(gate, downloadModel(), obsWith([container('swaparr-sonarr', 'exited'), container('huntarr', 'exited')]));
    expect(drafts.map((d) => d.subject.id)).toEqual(['sabnzbd']);
    expect(drafts[0]!.message).toContain('no container "sabnzbd" in stack "download-stack"');
  });

  it('matches a container by its compose service name when the name differs', () => {
    const drafts = runGate(gate, downloadModel(), obsWith([
      container('download-stack-swaparr-sonarr-1', 'running', { service: 'swaparr-sonarr' }),
      container('huntarr', 'exited'),
      container('tdarr', 'exited'),
      container('download-stack-sabnzbd-1', 'running', { service: 'sabnzbd' }),
    ]));
    expect(drafts.map((d) => d.subject.id)).toEqual(['swaparr-sonarr']);
  });

  it('places services by host and the literal directory of their compose file', () => {
    const model = withTargets(
      emptyModel({ services: [service('dashy', 'docker-host', '~/stacks/dashy/docker-compose.yml', 'stopped')] }),
      target('docker-host', { mint: '~/stacks/mint-os', dashy: '~/stacks/dashy/' }),
    );
    const obs = observations({ stacks: [stackObs('docker-host', 'dashy', '~/stacks/dashy', [container('dashy')])] });
    // the unprobed "mint" stack holds no registry service, so it leaves registry-status nothing to miss
    expect(runGate(gate, model, obs).map((d) => d.kind)).toEqual(['running-while-stopped']);
  });

  it('expands ~ with the ssh user\'s home when the literal comparison finds no stack (mcpjungle)', () => {
    const model = withTargets(
      emptyModel({ services: [service('mcpjungle', 'automation-stack', '~/stacks/mcpjungle/docker-compose.yml', 'stopped')] }),
      target('automation-stack', { automation: '/home/automation/stacks/automation', mcpjungle: '/home/automation/stacks/mcpjungle' }),
    );
    model.sshTargets.push(sshTarget('automation-stack', 'automation'));
    const obs = observations({
      stacks: [
        stackObs('automation-stack', 'automation', '/home/automation/stacks/automation', [container('mcpjungle')]),
        stackObs('automation-stack', 'mcpjungle', '/home/automation/stacks/mcpjungle', [container('mcpjungle')]),
      ],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts.map((d) => [d.kind, d.details?.stack])).toEqual([['running-while-stopped', 'mcpjungle']]);
  });

  it('expands ~ to /root for root, and leaves other users\' homes alone', () => {
    const model = withTargets(
      emptyModel({ services: [service('app', 'box', '~/app/docker-compose.yml')] }),
      target('box', { app: '/root/app' }),
    );
    model.sshTargets.push(sshTarget('box', 'root'));
    const obs = observations({ stacks: [stackObs('box', 'app', '/root/app', [container('app', 'exited')])] });
    expect(runGate(gate, model, obs).map((d) => d.kind)).toEqual(['not-running-exited']);
    model.sshTargets[0] = sshTarget('box', 'ubuntu');
    // no stack at /home/ubuntu/app: not placed by path, but its container is observed, so still judged
    expect(runGate(gate, model, obs).map((d) => [d.kind, d.details?.stack])).toEqual([['not-running-exited', 'app']]);
  });

  it('judges a service whose compose path leads to no stack where its container is observed on its host', () => {
    const model = withTargets(
      emptyModel({
        services: [
          service('stray', 'box', '/srv/elsewhere/docker-compose.yml', 'stopped'),
          service('ghost', 'box', '/srv/elsewhere/docker-compose.yml', 'stopped'),
        ],
      }),
      target('box', { main: '/opt/main' }, true),
      target('other', { main: '/opt/main' }, true),
    );
    const obs = observations({
      stacks: [
        stackObs('box', 'main', '/opt/main', [container('stray')]),
        // the same name on another host does not count for "ghost" (declared on box)
        stackObs('other', 'main', '/opt/main', [container('ghost')]),
      ],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts.map((d) => [d.subject.id, d.kind, d.details?.stack])).toEqual([['stray', 'running-while-stopped', 'main']]);
  });

  it('is inconclusive once per unreachable host, not once per service', () => {
    const model = downloadModel();
    const obs = observations({
      hosts: [{ target: 'download-stack', address: '127.0.0.1:2201', ok: false, failure: { reason: 'timeout', error: 'connect timed out' }, startedAt: 'x', durationMs: 5000 }],
      stacks: [{ ...stackObs('download-stack', 'download-stack', DL, []), ok: false, failure: { reason: 'timeout', error: 'connect timed out' } }],
    });
    const drafts = runGate(gate, model, obs);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ inconclusive: true, direction: 'unknown', subject: { kind: 'host', id: 'download-stack' } });
    expect(drafts[0]!.message).toContain('TIMEOUT after 5.0 s');
    expect(drafts[0]!.message).toContain('the status of 5 registry services');
  });

  it('leaves a missing stack directory to compose-state (one root cause, one finding)', () => {
    const obs = observations({
      stacks: [{ ...stackObs('download-stack', 'download-stack', DL, []), ok: false, failure: { reason: 'dir-missing', error: 'exit 90' } }],
    });
    expect(runGate(gate, downloadModel(), obs)).toEqual([]);
  });

  it('does nothing without observations and skips disabled compose targets', () => {
    expect(runGate(gate, downloadModel(), undefined)).toEqual([]);
    const model = withTargets(emptyModel({ services: [service('a', 'h', '/opt/a/c.yml', 'stopped')] }), target('h', { a: '/opt/a' }, false));
    expect(runGate(gate, model, observations())).toEqual([]);
  });
});
