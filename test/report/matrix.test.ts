import { describe, expect, it } from 'vitest';
import type { ComposeTarget, Service, Vm } from '../../src/bindings/types.js';
import type { ContainerObservation, HostObservation, Observations, StackObservation } from '../../src/probes/types.js';
import { meaningOf, SPINE_STATUSES } from '../../src/profile/status-vocabulary.js';
import { buildMatrix, renderMatrixMarkdown, renderMatrixText } from '../../src/report/matrix.js';
import { emptyModel } from '../support/empty-model.js';

const ref = { file: 'ops/bindings/vm.lifecycle.yaml', pointer: '' };
const vm = (vmid: number, hostname: string, status = 'active'): Vm => ({
  vmid,
  hostname,
  status,
  meaning: meaningOf(SPINE_STATUSES.vocabularies.vms, status),
  sshTarget: hostname,
  stacks: [],
  services: [],
  ref,
});
const svc = (id: string, status: Service['status'], host?: string, stackName?: string): Service => ({
  id,
  container: id,
  status,
  meaning: meaningOf(SPINE_STATUSES.vocabularies.services, status),
  statusDeclared: true,
  ref,
  ...(host ? { host } : {}),
  ...(host && stackName ? { compose: `/opt/stacks/${stackName}/docker-compose.yml` } : {}),
});
const target = (id: string, stacks: string[]): ComposeTarget => ({
  id,
  sshTarget: id,
  enabled: true,
  stacks: stacks.map((name) => ({ name, path: `/opt/stacks/${name}`, target: id, ref })),
  ref,
});
const container = (name: string, state: string): ContainerObservation => ({
  name,
  service: name,
  project: 'p',
  state,
  status: state === 'running' ? 'Up 3 hours' : 'Exited (1) 2 hours ago',
  health: '',
  exitCode: state === 'running' ? 0 : 1,
  publishers: [],
});
const stack = (target: string, name: string, containers: ContainerObservation[], ok = true): StackObservation => ({
  target,
  sshTarget: target,
  stack: name,
  path: `/opt/stacks/${name}`,
  ok,
  containers,
  startedAt: '2026-02-11T12:00:00Z',
  durationMs: 5,
  ...(ok ? {} : { failure: { reason: 'timeout' as const, error: 'timed out' } }),
});

function observations(stacks: StackObservation[]): Observations {
  return { version: 1, startedAt: '2026-02-11T12:00:00Z', durationMs: 10, hosts: [], stacks, endpoints: [], backups: [], hypervisors: [] };
}

describe('buildMatrix', () => {
  const model = emptyModel();
  model.vms = [vm(209, 'download-stack'), vm(200, 'docker-host'), vm(201, 'media-stack', 'decommissioned'), vm(206, 'dev-tools')];
  model.composeTargets = [target('download-stack', ['download-stack'])];
  model.services = [
    svc('huntarr', 'stopped', 'download-stack', 'download-stack'),
    svc('tdarr', 'parked', 'download-stack', 'download-stack'),
    // declared on the host but without a compose file: found by host
    svc('slskd', 'parked', 'download-stack'),
  ];
  const running = (n: number, prefix: string): ContainerObservation[] =>
    Array.from({ length: n }, (_, i) => container(`${prefix}-${i}`, 'running'));
  const obs = observations([
    stack('docker-host', 'mint-os', running(9, 'mint')),
    stack('docker-host', 'dashy', running(1, 'dashy')),
    stack('download-stack', 'download-stack', [
      ...running(10, 'arr'),
      container('huntarr', 'exited'),
      ...running(11, 'more'),
      container('tdarr', 'exited'),
      container('slskd', 'exited'),
    ]),
    stack('media-stack', 'old', running(2, 'old')),
  ]);

  it('has one row per active VM with observed stacks, by vmid, exited containers named with their declared status', () => {
    const m = buildMatrix(model, obs);
    expect(m.rows).toEqual([
      { vmid: 200, hostname: 'docker-host', stacks: 2, containers: 10, running: 10, exited: 0, notes: 'mint-os(9)+dashy(1)' },
      {
        vmid: 209,
        hostname: 'download-stack',
        stacks: 1,
        containers: 24,
        running: 21,
        exited: 3,
        notes: 'huntarr (stopped), tdarr (parked), slskd (parked)',
      },
    ]);
    expect(m.totals).toEqual({ vms: 2, stacks: 3, containers: 34, running: 31, exited: 3 });
    expect(renderMatrixText(m)).toContain('Totals: 2 VMs, 3 stacks, 34 containers, 31 running, 3 exited');
    expect(renderMatrixMarkdown(m)).toContain('| 209 | download-stack | 1 | 24 | 21 | 3 | huntarr (stopped), tdarr (parked), slskd (parked) |');
  });

  it('names failed stack probes and undeclared exited containers instead of hiding them', () => {
    const m = buildMatrix(
      model,
      observations([stack('dev-tools', 'gitea', [], false), stack('dev-tools', 'runner', [container('ghost', 'restarting')])]),
    );
    expect(m.rows).toEqual([
      { vmid: 206, hostname: 'dev-tools', stacks: 2, containers: 1, running: 0, exited: 1, notes: 'gitea: probe failed (timeout), ghost (undeclared, restarting)' },
    ]);
  });

  it('scopes the declared status to the VM\'s host and stack when hosts share a container name', () => {
    const shared = emptyModel();
    shared.vms = [vm(200, 'docker-host'), vm(209, 'download-stack')];
    shared.composeTargets = [target('docker-host', ['ops']), target('download-stack', ['ops'])];
    // the same container name on both hosts, with different declared statuses; the first one
    // in the registry is the other host's
    shared.services = [
      { ...svc('watchtower-docker', 'parked', 'docker-host', 'ops'), container: 'watchtower' },
      { ...svc('watchtower-download', 'stopped', 'download-stack', 'ops'), container: 'watchtower' },
      { ...svc('node-exporter-docker', 'active', 'docker-host', 'ops'), container: 'node-exporter' },
      { ...svc('node-exporter-download', 'deprecated', 'download-stack'), container: 'node-exporter' },
    ];
    const m = buildMatrix(
      shared,
      observations([
        stack('docker-host', 'ops', [container('watchtower', 'exited'), container('node-exporter', 'exited')]),
        stack('download-stack', 'ops', [container('watchtower', 'exited'), container('node-exporter', 'exited'), container('cadvisor', 'exited')]),
      ]),
    );
    expect(m.rows.map((r) => [r.hostname, r.notes])).toEqual([
      ['docker-host', 'watchtower (parked), node-exporter (active)'],
      ['download-stack', 'watchtower (stopped), node-exporter (deprecated), cadvisor (undeclared)'],
    ]);
  });

  it('shows the network path of each VM\'s SSH connection in a Path column once any host knows its path', () => {
    const host = (target: string, pathUsed?: string): HostObservation => ({ target, address: `${target}:22`, ok: true, startedAt: '2026-02-11T12:00:00Z', durationMs: 5, ...(pathUsed ? { pathUsed } : {}) });
    const withPaths = { ...obs, hosts: [host('docker-host', 'tailscale'), host('download-stack')] };
    const m = buildMatrix(model, withPaths);
    expect(m.rows.map((r) => [r.hostname, r.path])).toEqual([['docker-host', 'tailscale'], ['download-stack', undefined]]);
    const text = renderMatrixText(m).split('\n');
    expect(text[0]).toMatch(/^VM\s+Hostname\s+Path\s+Stacks\s+Containers\s+Running\s+Exited\s+Notes$/);
    expect(text[1]).toMatch(/^200\s+docker-host\s+tailscale\s+2\s+10\s+10\s+0\s+mint-os\(9\)\+dashy\(1\)$/);
    expect(text[2]).toMatch(/^209\s+download-stack\s+-\s+1\s+24/);
    expect(renderMatrixMarkdown(m)).toContain('| 200 | docker-host | tailscale | 2 | 10 | 10 | 0 | mint-os(9)+dashy(1) |');
    // a VM reached through a jump host
    const via = buildMatrix(model, { ...obs, hosts: [host('download-stack', 'via pve')] });
    expect(renderMatrixMarkdown(via)).toContain('| 209 | download-stack | via pve | 1 | 24 |');
    // no path known anywhere: no column
    expect(renderMatrixText(buildMatrix(model, { ...obs, hosts: [host('docker-host')] })).split('\n')[0]).not.toContain('Path');
  });
});
