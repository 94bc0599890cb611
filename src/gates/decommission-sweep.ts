// decommission-sweep: anything the spine declares gone for good (a status meaning `inert`:
// decommissioned or retired VMs, services, STACK_REGISTRY stacks, naming.policy hosts) that an
// enabled health probe, an enabled compose target or its stacks, an enabled backup target, a routed
// hostname, the Caddyfile or an ssh target still refers to. Names reused by something in service
// (a rebuilt VM with the old hostname, a reused address or VM id) are not references.
import { inertThings } from './sweep/inert.js';
import { inertReferences, sweepFinding } from './sweep/references.js';
import { defineGate } from './types.js';

export default defineGate({
  id: 'decommission-sweep',
  aliases: [],
  kind: 'static',
  severity: 'error',
  describe:
    'Reports what still refers to things declared decommissioned or retired (VMs, services, stacks, hosts): enabled probes, compose targets and their stacks, enabled backup targets, routes, Caddyfile upstreams and ssh targets.',
  reads: ['registry', 'vms', 'health', 'compose', 'backups', 'routing', 'ssh', 'stacks', 'naming', 'caddyfile'],
  judges: ['vms', 'services', 'endpoints', 'composeTargets', 'backups', 'routes', 'sshTargets'],
  run(ctx) {
    const m = ctx.model;
    const inert = inertThings(m, ctx.config);
    const findings = inert.things.length === 0 ? [] : inertReferences(m, ctx.config, inert).map((h) => sweepFinding(m, h));
    return {
      findings,
      checked: {
        vms: m.vms.filter((v) => v.meaning !== 'unknown').length,
        services: m.services.filter((s) => s.meaning !== 'unknown').length,
        endpoints: m.endpoints.filter((e) => e.enabled).length,
        composeTargets: m.composeTargets.filter((t) => t.enabled).length,
        backups: m.backups.filter((b) => b.enabled).length,
        routes: m.routes.length,
        sshTargets: m.sshTargets.length,
      },
    };
  },
});
