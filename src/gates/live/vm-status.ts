// vm-status: a VM declared planned, registered or provisioned (not in service yet) that the
// hypervisor lists running is in service now; the fix writes the vocabulary's running status.
import type { Vm } from '../../bindings/types.js';
import { resolveStatuses } from '../../profile/statuses.js';
import { statusWithMeaning } from '../../profile/status-vocabulary.js';
import type { HypervisorVm } from '../../probes/types.js';
import { sub } from '../gate-helpers.js';
import type { FindingDraft, GateContext } from '../types.js';

/** `VM 202 "automation-stack"`, `LXC 120 "dns"`: a guest in messages. */
export function vmLabel(vm: Vm): string {
  return `${vm.vmType === 'lxc' ? 'LXC' : 'VM'} ${vm.vmid} "${vm.hostname}"`;
}

/** A VM declared planned or provisioning that the hypervisor lists running: in service now (vm-status). */
export function vmInService(ctx: GateContext, vm: Vm, live: HypervisorVm, hypervisor: string): FindingDraft[] {
  if ((vm.meaning !== 'planned' && vm.meaning !== 'provisioning') || live.status !== 'running') return [];
  const running = statusWithMeaning(resolveStatuses(ctx.config).vocabularies.vms, 'running');
  if (running === undefined) return [];
  const ref = sub(vm.ref, 'status');
  return [{
    kind: `running-while-${vm.meaning}`,
    severity: 'warning',
    subject: { kind: 'vm', id: vm.hostname },
    at: [ref],
    message: `${vmLabel(vm)} is declared ${vm.status} but runs on hypervisor "${hypervisor}"; if it is in service, set status: ${running}`,
    expected: vm.status,
    observed: live.status,
    direction: 'declared-stale',
    fix: { kind: 'vm-status', file: ref.file, pointer: ref.pointer, value: running },
  }];
}
