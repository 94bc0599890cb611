// The built-in `spine` profile and every default of driftgate.config.yaml, in one place.
import { FIX_GATES } from '../gates/fix-kinds.js';
import type { ResolvedConfig } from './types.js';

export const SPINE_PATHS: ResolvedConfig['paths'] = {
  registry: 'docs/governance/SERVICE_REGISTRY.yaml',
  health: 'ops/bindings/services.health.yaml',
  compose: 'ops/bindings/docker.compose.targets.yaml',
  vms: 'ops/bindings/vm.lifecycle.yaml',
  ssh: 'ops/bindings/ssh.targets.yaml',
  backups: 'ops/bindings/backup.inventory.yaml',
  routing: 'docs/governance/DOMAIN_ROUTING_REGISTRY.yaml',
  stacks: 'docs/governance/STACK_REGISTRY.yaml',
  placement: 'ops/bindings/infra.placement.policy.yaml',
  naming: 'ops/bindings/naming.policy.yaml',
  deploy: 'ops/bindings/deploy.dependencies.yaml',
  gaps: 'ops/bindings/operational.gaps.yaml',
  startup: 'ops/bindings/startup.sequencing.yaml',
  caddyfile: 'ops/staged/caddy-auth/Caddyfile',
  workflows: '.gitea/workflows',
};

export const CONFIG_FILE_NAME = 'driftgate.config.yaml';

export function defaultConfig(): ResolvedConfig {
  return {
    profile: 'spine',
    paths: { ...SPINE_PATHS },
    gates: {},
    exceptions: [],
    probe: {
      hostConcurrency: 16,
      channelsPerHost: 8,
      httpConcurrency: 32,
      sshConnectTimeoutMs: 5_000,
      sshCommandTimeoutMs: 20_000,
      runTimeoutMs: 120_000,
      retries: 1,
      retryBackoffMs: 250,
      trustOnFirstUse: false,
      hypervisorTargets: [],
      users: {},
      shadow: true,
    },
    fix: {
      // every gate with a fix kind; a team opts out per gate or per kind (`fix.kinds`)
      gates: [...FIX_GATES],
      kinds: {},
      base: 'main',
      labels: ['driftgate'],
      maxOpenPrs: 5,
      minUptimeMinutes: 60,
      minDownMinutes: 60,
      exitedStatus: { failed: 'stopped', clean: 'parked' },
      expectGroups: [[401, 403]],
    },
    history: {
      keepRuns: 30,
      minGapMinutes: 60,
      heartbeatHours: 36,
      damping: {
        // blocks on the first sighting (as without history); 1,0,1 in three runs is flapping; a fix
        // PR needs the same value on two consecutive runs
        default: { seen: 1, of: 3, maxFlips: 1, fixRuns: 2 },
        // one timeout (or refusal, or bad status) alone does not block: 2 of the last 3 runs do
        health: { seen: 2, of: 3 },
      },
    },
    caddy: {
      authUpstreams: ['127.0.0.1:9000', 'localhost:9000', 'authentik-server:9000'],
    },
    compose: { staged: 'ops/staged/{stack}/docker-compose.yml' },
    backups: { sizeRatio: 0.5, compareLast: 7, appTargets: ['app-{service}'] },
    disk: { warnPercent: 80, maxPercent: 90, ignoreMounts: ['/boot/efi', '/snap/*'] },
  };
}
