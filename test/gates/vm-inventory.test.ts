import { describe, expect, it } from 'vitest';
import type { Vm } from '../../src/bindings/types.js';
import gate from '../../src/gates/vm-inventory.js';
import { meaningOf, SPINE_STATUSES } from '../../src/profile/status-vocabulary.js';
import type { HypervisorObservation, HypervisorVm } from '../../src/probes/types.js';
import { ctxOf, emptyModel, observations, runGate } from './live-helpers.js';

function vm(vmid: number, hostname: string, status: string, index: number, over: Partial<Vm> = {}): Vm {
  return {
    vmid,
    hostname,
    proxmoxHost: 'pve',
    status,
    meaning: meaningOf(SPINE_STATUSES.vocabularies.vms, status),
    resources: { cpuCores: 4, memoryMb: 16384, bootDiskGb: 100 },
    stacks: [],
    services: [],
    ref: { file: 'ops/bindings/vm.lifecycle.yaml', pointer: `/vms/${index}` },
    ...over,
  };
}

function live(vmid: number, name: string, status = 'running', over: Partial<HypervisorVm> = {}): HypervisorVm {
  return { vmid, name, status, cpuCores: 4, memoryMb: 16384, bootDiskGb: 100, ...over };
}

function hyper(vms: HypervisorVm[], over: Partial<HypervisorObservation> = {}): HypervisorObservation {
  return { host: 'pve', ok: true, vms, startedAt: '2026-02-11T11:59:00Z', durationMs: 900, ...over };
}

const declared = () => [
  vm(202, 'automation-stack', 'active', 0),
  vm(209, 'download-stack', 'active', 1),
  vm(201, 'media-stack', 'decommissioned', 2, { resources: null }),
  vm(9000, 'ubuntu-template', 'template', 3),
];

describe('vm-inventory', () => {
  it('judges VM ids per hypervisor: a home VM 200 is not the shop VM 200', () => {
    const vms = [vm(200, 'docker-host', 'active', 0)];
    const obs = observations({
      hypervisors: [hyper([live(200, 'docker-host')]), hyper([live(200, 'home-assistant')], { host: 'proxmox-home' })],
    });
    const drafts = runGate(gate, emptyModel({ vms }), obs);
    expect(drafts.map((d) => [d.kind, d.message])).toEqual([
      ['undeclared', 'undeclared VM 200 "home-assistant" (running) on hypervisor "proxmox-home": add it to vm.lifecycle or destroy it'],
    ]);
  });

  it('is inconclusive, never a pass, for active VMs whose hypervisor the snapshot does not mention', () => {
    const vms = [...declared(), vm(300, 'far-away', 'active', 4, { proxmoxHost: 'pve-b' }), vm(301, 'old', 'decommissioned', 5, { proxmoxHost: 'pve-c' })];
    const obs = observations({ hypervisors: [hyper([live(202, 'automation-stack'), live(209, 'download-stack')])] });
    const drafts = runGate(gate, emptyModel({ vms }), obs);
    expect(drafts.map((d) => [d.kind, d.subject.id, d.inconclusive, d.direction])).toEqual([['not-probed', 'pve-b', true, 'unknown']]);
    expect(drafts[0]!.at).toEqual([{ file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/4/proxmox_host' }]);
    expect(drafts[0]!.message).toContain('1 active VM (300) not checked');
  });

  it('passes when the hypervisor matches the lifecycle', () => {
    const obs = observations({ hypervisors: [hyper([live(202, 'automation-stack'), live(209, 'download-stack'), live(9000, 't', 'stopped', { template: true })])] });
    expect(runGate(gate, emptyModel({ vms: declared() }), obs)).toEqual([]);
  });

  it('reports stopped and missing active VMs, leftovers of decommissioned ones and undeclared VMs', () => {
    const obs = observations({
      hypervisors: [hyper([
        live(202, 'automation-stack', 'stopped'),
        live(201, 'media-stack', 'stopped'),
        live(215, 'scratch'),
        live(9001, 'other-template', 'stopped', { template: true }),
      ])],
    });
    const drafts = runGate(gate, emptyModel({ vms: declared() }), obs);
    expect(drafts.map((d) => [d.subject.id, d.kind, d.severity ?? 'gate'])).toEqual([
      ['automation-stack', 'not-running', 'gate'],
      ['download-stack', 'missing', 'gate'],
      ['media-stack', 'still-present', 'gate'],
      ['215', 'undeclared', 'warning'],
    ]);
    expect(drafts[0]!.at).toEqual([{ file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/0/status' }]);
  });

  it('proposes a fix for each resource that differs, as declared-stale warnings', () => {
    const obs = observations({ hypervisors: [hyper([live(202, 'automation-stack', 'running', { cpuCores: 8, memoryMb: 32768, bootDiskGb: 120 }), live(209, 'download-stack')])] });
    const drafts = runGate(gate, emptyModel({ vms: declared() }), obs);
    expect(drafts.map((d) => [d.kind, d.direction, d.fix])).toEqual([
      ['resources-cpu_cores', 'declared-stale', { kind: 'vm-resources', file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/0/resources/cpu_cores', value: 8 }],
      ['resources-memory_mb', 'declared-stale', { kind: 'vm-resources', file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/0/resources/memory_mb', value: 32768 }],
      ['resources-boot_disk_gb', 'declared-stale', { kind: 'vm-resources', file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/0/resources/boot_disk_gb', value: 120 }],
    ]);
    expect(drafts[0]!.message).toContain('has 8 cores');
  });

  it('is inconclusive when the hypervisor could not be listed, and judges only its own VMs', () => {
    const vms = [...declared(), vm(300, 'home-vm', 'active', 4, { proxmoxHost: 'proxmox-home' })];
    const obs = observations({
      hypervisors: [hyper([], { ok: false, failure: { reason: 'timeout', error: 'connect timed out' } })],
    });
    const drafts = runGate(gate, emptyModel({ vms }), obs);
    // pve's failure covers only pve's VMs; the home VM's hypervisor was not probed at all
    expect(drafts.map((d) => [d.kind, d.subject.id, d.inconclusive])).toEqual([['probe-timeout', 'pve', true], ['not-probed', 'proxmox-home', true]]);
    expect(drafts[0]).toMatchObject({ direction: 'unknown', subject: { kind: 'host', id: 'pve' } });
  });

  it('compares the guest type and onboot where declared, and notes an active guest that will not start with its node', () => {
    const vms = [
      vm(105, 'pihole-home', 'active', 0, { vmType: 'lxc', onboot: true }),
      vm(202, 'automation-stack', 'active', 1),
      vm(209, 'download-stack', 'active', 2),
    ];
    const obs = observations({
      hypervisors: [hyper([
        live(105, 'pihole-home', 'running', { type: 'lxc', onboot: false }),
        live(202, 'automation-stack', 'running', { type: 'lxc', onboot: true }),
        live(209, 'download-stack', 'running', { type: 'qemu', onboot: false }),
        live(300, 'dns2', 'running', { type: 'lxc' }),
      ], { node: 'pve1' })],
    });
    const drafts = runGate(gate, emptyModel({ vms }), obs);
    expect(drafts.map((d) => [d.kind, d.severity, d.message])).toEqual([
      ['onboot', 'warning', 'LXC 105 "pihole-home" has onboot 0 on hypervisor "pve" (node "pve1") but vm.lifecycle declares onboot: true; one of the two is stale'],
      ['guest-type', 'warning', 'VM 202 "automation-stack" is declared vm_type qemu but hypervisor "pve" (node "pve1") runs it as an LXC container; set vm_type: lxc'],
      ['onboot-off', 'notice', 'VM 209 "download-stack" is active but does not start with its node on hypervisor "pve" (node "pve1") (onboot 0); declare onboot: false if that is intended'],
      ['undeclared', 'warning', 'undeclared LXC 300 "dns2" (running) on hypervisor "pve" (node "pve1"): add it to vm.lifecycle or destroy it'],
    ]);
    expect(drafts[0]?.at).toEqual([{ file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/0/onboot' }]);
  });

  it('finds a guest on another hypervisor than its declared proxmox_host (same id, same name)', () => {
    const vms = [vm(209, 'download-stack', 'active', 0)];
    const obs = observations({
      hypervisors: [hyper([]), hyper([live(209, 'download-stack')], { host: 'proxmox-home', node: 'pve' })],
    });
    const drafts = runGate(gate, emptyModel({ vms }), obs);
    expect(drafts.map((d) => [d.kind, d.message])).toEqual([
      ['moved', 'VM 209 "download-stack" is declared on proxmox_host "pve" but hypervisor "proxmox-home" (node "pve") lists it (running); update proxmox_host or migrate it back'],
    ]);
  });

  it('counts the declared guests it judged (VMs and LXC containers) under the hypervisors it could list', () => {
    const vms = [
      vm(105, 'pihole-home', 'active', 0, { vmType: 'lxc' }),
      vm(202, 'automation-stack', 'active', 1),
      vm(201, 'media-stack', 'decommissioned', 2, { resources: null }),
      vm(203, 'mystery', 'retired-ish', 3),
      vm(300, 'far-away', 'active', 4, { proxmoxHost: 'pve-b' }),
    ];
    const obs = observations({
      hypervisors: [
        hyper([live(105, 'pihole-home', 'running', { type: 'lxc' }), live(202, 'automation-stack'), live(203, 'mystery')]),
        hyper([], { host: 'pve-b', ok: false, failure: { reason: 'timeout', error: 'no answer' } }),
      ],
    });
    // 105, 202, 201 judged on pve; 203's status is unknown (declared, not judged); pve-b not listed
    expect(gate.run(ctxOf(emptyModel({ vms }), obs)).checked).toEqual({ vms: 3, hypervisors: 1 });
  });
});
