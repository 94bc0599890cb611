// registry-parity: the further registries of the spine against its main files. STACK_REGISTRY.yaml,
// infra.placement.policy.yaml, naming.policy.yaml and startup.sequencing.yaml name hosts, stacks,
// VMs and services; each reference must resolve, and each registry must agree with what
// docker.compose.targets.yaml, vm.lifecycle.yaml, ssh.targets.yaml and the service registry
// declare. A registry the spine does not have is not checked.
import { resolveProfile } from '../profile/profile.js';
import { unreadEntryDraft } from './coverage.js';
import { spineOf } from './registries/common.js';
import { naming } from './registries/naming.js';
import { placement } from './registries/placement.js';
import { stackRegistry } from './registries/stack-registry.js';
import { startup } from './registries/startup.js';
import type { FindingDraft } from './types.js';
import { defineGate } from './types.js';

export default defineGate({
  id: 'registry-parity',
  aliases: [],
  kind: 'static',
  severity: 'warning',
  describe:
    'Checks that STACK_REGISTRY.yaml, infra.placement.policy.yaml, naming.policy.yaml and startup.sequencing.yaml name hosts, stacks, VMs and services the main files declare, and agree with them (placement, VMID ranges, surfaces, start order covering every stack).',
  reads: ['stacks', 'placement', 'naming', 'startup', 'compose', 'vms', 'ssh', 'registry'],
  judges: ['vms', 'composeTargets', 'stacks'],
  run(ctx) {
    const s = spineOf(ctx.model, resolveProfile(ctx.config), ctx.problems);
    const findings: FindingDraft[] = [];
    const entries = [stackRegistry, placement, naming, startup].reduce((n, check) => n + check(s, findings), 0);
    // an entry of a registry that could not be read: one line each, never a pass
    for (const u of s.unread) findings.push(unreadEntryDraft(ctx.model, u.ref, u.why));
    return { findings, checked: { entries } };
  },
});
