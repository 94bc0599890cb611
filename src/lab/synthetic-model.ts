// A generated declared state (Model) for benchmarks and scale tests: N docker hosts with stacks,
// containers and health endpoints, one Proxmox host listing them as VMs, one backup per VM.
// Deterministic for a given shape; no files are read or written.
import { inputsLoaded } from '../bindings/input-states.js';
import type { BackupTarget, ComposeTarget, Endpoint, Model, RegistryHost, Service, SshTarget, Stack, Vm } from '../bindings/types.js';
import { SPINE_PATHS } from '../config/defaults.js';

export interface SyntheticShape {
  /** stacks on each docker host (its length is the number of hosts) */
  stacksPerHost: number[];
  /** containers in each stack */
  containersPerStack: number;
  /** total health endpoints, spread round-robin over the hosts */
  endpoints: number;
}

/** The reference corpus's shape: 10 docker hosts, 22 stacks, 44 health endpoints. */
export const CORPUS_SHAPE: SyntheticShape = { stacksPerHost: [4, 2, 1, 5, 5, 1, 1, 1, 1, 1], containersPerStack: 4, endpoints: 44 };

function ref(file: string, pointer: string): { file: string; pointer: string } {
  return { file, pointer };
}

function address(i: number): string {
  return `100.70.${Math.floor(i / 250)}.${(i % 250) + 1}`;
}

export function syntheticModel(shape: SyntheticShape): Model {
  const p = SPINE_PATHS;
  const sshTargets: SshTarget[] = [];
  const hosts: RegistryHost[] = [];
  const composeTargets: ComposeTarget[] = [];
  const stacks: Stack[] = [];
  const services: Service[] = [];
  const vms: Vm[] = [];
  const backups: BackupTarget[] = [];
  const endpoints: Endpoint[] = [];
  const base = { user: 'ubuntu', port: 22, connectTimeoutSec: 5, optional: false };
  sshTargets.push({ id: 'pve', host: '100.70.255.1', ...base, user: 'root', ref: ref(p.ssh, '/ssh/targets/0') });
  shape.stacksPerHost.forEach((stackCount, h) => {
    const id = `host-${String(h + 1).padStart(3, '0')}`;
    const vmid = 1000 + h;
    sshTargets.push({ id, host: address(h), ...base, ref: ref(p.ssh, `/ssh/targets/${h + 1}`) });
    hosts.push({ id, tailscaleIp: address(h), ssh: id, vmid, proxmoxHost: 'pve', ref: ref(p.registry, `/hosts/${id}`) });
    const hostStacks: Stack[] = [];
    for (let s = 0; s < stackCount; s++) {
      const stack: Stack = { name: `stack-${s + 1}`, path: `/opt/stacks/stack-${s + 1}`, target: id, ref: ref(p.compose, `/targets/${id}/stacks/${s}`) };
      hostStacks.push(stack);
      for (let c = 0; c < shape.containersPerStack; c++) {
        const sid = `${id}-s${s + 1}-app${c + 1}`;
        services.push({
          id: sid,
          host: id,
          container: sid,
          port: 10_000 + s * 100 + c,
          compose: `${stack.path}/docker-compose.yml`,
          status: 'active',
          meaning: 'running',
          statusDeclared: false,
          ref: ref(p.registry, `/services/${sid}`),
        });
      }
    }
    stacks.push(...hostStacks);
    composeTargets.push({ id, sshTarget: id, enabled: true, stacks: hostStacks, ref: ref(p.compose, `/targets/${id}`) });
    const backup = `vm-${vmid}`;
    vms.push({
      vmid,
      hostname: id,
      proxmoxHost: 'pve',
      status: 'active',
      meaning: 'running',
      tailscaleIp: address(h),
      sshTarget: id,
      resources: { cpuCores: 4, memoryMb: 8192, bootDiskGb: 50 },
      stacks: hostStacks.map((s) => s.name),
      services: services.filter((s) => s.host === id).map((s) => s.id),
      backupTarget: backup,
      ref: ref(p.vms, `/vms/${h}`),
    });
    backups.push({
      name: backup,
      enabled: true,
      kind: 'file_glob',
      host: 'pve',
      basePath: '/var/lib/vz/dump',
      glob: `vzdump-qemu-${vmid}-*.vma.zst`,
      staleAfterHours: 26,
      ref: ref(p.backups, `/targets/${h}`),
    });
  });
  for (let e = 0; e < shape.endpoints; e++) {
    const h = e % shape.stacksPerHost.length;
    const id = `endpoint-${e + 1}`;
    endpoints.push({ id, host: hosts[h]?.id, url: `http://${address(h)}:${20_000 + e}/health`, expect: [200], enabled: true, ref: ref(p.health, `/endpoints/${e}`) });
  }
  return {
    root: '<synthetic>',
    files: new Map(),
    paths: { ...p },
    services,
    hosts,
    secretsProjects: new Map(),
    endpoints,
    healthDefaults: { connectTimeoutSec: 5, maxTimeSec: 10 },
    composeTargets,
    stacks,
    vms,
    sshDefaults: { user: 'ubuntu', port: 22, connectTimeoutSec: 5 },
    sshTargets,
    backupDefaults: { sshTimeoutSec: 6, staleAfterHours: 26 },
    backups,
    routes: [],
    deployDependencies: [],
    unreadable: [],
    uncertain: [],
    inputs: inputsLoaded(p),
  };
}
