// The lab: a scenario (deviations from the declared state) and the simulated world derived from it.
import type { BackupJob } from '../probes/types.js';

export type ContainerState = 'running' | 'exited' | 'restarting' | 'paused' | 'created' | 'dead';
export type HealthState = '' | 'healthy' | 'unhealthy' | 'starting';

export type LabPlane = 'lan' | 'tailscale';

export interface ScenarioHost {
  unreachable?: boolean;
  /** address planes that do not answer (the others do) */
  unreachablePlanes?: LabPlane[];
  authDenied?: boolean;
  hostKeyRotated?: boolean;
  commandDelayMs?: number;
  composeFormat?: 'array' | 'ndjson';
  dockerUnreachable?: boolean;
  /** the Proxmox node name a hypervisor host reports (default: its ssh target id) */
  nodeName?: string;
}

export interface ScenarioContainer {
  state?: ContainerState;
  exitCode?: number;
  status?: string;
  health?: HealthState;
  absent?: boolean;
  /** how long ago the container (re)started, e.g. "20s", "3h", "2d" */
  started_ago?: string;
  /** restarts by its restart policy */
  restarts?: number;
  oomKilled?: boolean;
  /** the ports it publishes instead of the registry's `port` (empty: none, e.g. bound to localhost) */
  publishers?: ScenarioPublisher[];
}

export interface ScenarioPublisher {
  targetPort: number;
  publishedPort?: number;
  url?: string;
  protocol?: 'tcp' | 'udp';
}

export interface ScenarioExtraContainer extends Omit<ScenarioContainer, 'absent'> {
  host: string;
  stack: string;
  name: string;
  service?: string;
}

export interface ScenarioEndpoint {
  status?: number;
  latencyMs?: number;
  refuse?: boolean;
  location?: string;
  /** the service binds 127.0.0.1 only: refused from outside, answered on its host's loopback */
  loopbackOnly?: boolean;
}

export interface ScenarioBackup {
  ageHours?: number;
  missing?: boolean;
  dirMissing?: boolean;
  /** size of the newest file (default: previousBytes) */
  newestBytes?: number;
  /** size of each older file (default 1 GiB) */
  previousBytes?: number;
}

/** The compose file deployed in a stack directory (default: the staged copy, else one written from the stack's containers). */
export interface ScenarioComposeFile {
  /** the file's text */
  content?: string;
  /** the directory holds no compose file */
  missing?: boolean;
}

export interface ScenarioFilesystem {
  mount: string;
  usedPercent: number;
  sizeGb?: number;
  filesystem?: string;
}

/** A host's disks: the file systems `df` lists and the docker data root. */
export interface ScenarioDisk {
  filesystems?: ScenarioFilesystem[];
  dockerRoot?: string;
}

/** A backup job of the hypervisor (`pvesh get /cluster/backup`). */
export interface ScenarioBackupJob {
  id: string;
  vmids?: number[];
  all?: boolean;
  exclude?: number[];
  enabled?: boolean;
  node?: string;
  pool?: string;
  /** ssh target id of the hypervisor that has it (default: the first) */
  host?: string;
}

export interface ScenarioVm {
  status?: 'running' | 'stopped' | 'paused';
  cpuCores?: number;
  memoryMb?: number;
  bootDiskGb?: number;
  absent?: boolean;
  onboot?: boolean;
  /** ssh target id of the hypervisor that lists it instead of its declared proxmox_host (migrated) */
  host?: string;
}

export interface ScenarioExtraVm extends Omit<ScenarioVm, 'absent'> {
  vmid: number;
  name: string;
  host?: string;
  type?: 'qemu' | 'lxc';
}

/** A validated scenario file (schemas/scenario.schema.json). */
export interface Scenario {
  version: 1;
  description?: string;
  latency?: { sshMs?: number; httpMs?: number };
  hosts?: Record<string, ScenarioHost>;
  containers?: Record<string, ScenarioContainer>;
  extraContainers?: ScenarioExtraContainer[];
  endpoints?: Record<string, ScenarioEndpoint>;
  backups?: Record<string, ScenarioBackup>;
  hypervisor?: { vms?: Record<string, ScenarioVm>; extra?: ScenarioExtraVm[]; backupJobs?: ScenarioBackupJob[] };
  /** deployed compose files, keyed by `<compose target id>/<stack name>` */
  composeFiles?: Record<string, ScenarioComposeFile>;
  /** disks per ssh target id */
  disks?: Record<string, ScenarioDisk>;
}

/** Where a scenario came from, so semantic errors can name file:line. */
export interface ScenarioSource {
  file: string;
  /** 1-based line and column of a JSON pointer in the scenario file (the closest existing node) */
  locate(pointer: string): { line: number; column: number };
}

export interface LoadedScenario {
  scenario: Scenario;
  source?: ScenarioSource;
}

/** One container as the lab's `docker compose ps -a --format json` prints it (Docker's own keys). */
export interface LabContainer {
  ID: string;
  Name: string;
  Image: string;
  Service: string;
  Project: string;
  State: ContainerState;
  Status: string;
  Health: HealthState;
  ExitCode: number;
  Publishers: Array<{ URL: string; TargetPort: number; PublishedPort: number; Protocol: string }> | null;
  /** what `docker inspect` adds (not printed by `compose ps`) */
  inspect: {
    startedAt?: Date;
    finishedAt?: Date;
    restartCount: number;
    oomKilled: boolean;
    workingDir: string;
    /** the Status text the times give; a different `Status` (scenario, test) travels in the listing as is */
    derivedStatus: string;
  };
}

export interface LabStack {
  /** compose target id */
  target: string;
  name: string;
  /** declared path */
  path: string;
  /** absolute path after `~` expansion with the host user's home */
  absPath: string;
  containers: LabContainer[];
}

export interface LabFile {
  name: string;
  mtime: Date;
  /** size in bytes (default 1 GiB) */
  bytes?: number;
}

export interface LabFilesystem {
  filesystem: string;
  mount: string;
  sizeKb: number;
  usedPercent: number;
}

export type LabBackupJob = Omit<BackupJob, 'storage' | 'schedule'>;

export interface LabVm {
  vmid: number;
  name: string;
  status: 'running' | 'stopped' | 'paused';
  cpuCores?: number;
  memoryMb?: number;
  bootDiskGb?: number;
  template: boolean;
  type: 'qemu' | 'lxc';
  onboot: boolean;
}

/** What a lab host received, so tests can prove that nothing was sent. */
export interface LabReceived {
  /** authentication attempts */
  auth: number;
  /** exec commands, in order */
  execs: string[];
  /** direct-tcpip channels opened through this host (`host:port`) */
  channels: string[];
}

/** One simulated SSH host (per ssh target id). */
export interface LabHost {
  id: string;
  /** declared address and port (what known_hosts names) */
  address?: string;
  /** every declared name of the host (host, lan_ip, tailscale_ip), each pinned in known_hosts */
  names: string[];
  /** the declared address of each address plane the target dials (lan_first, lan_only, tailscale_required) */
  planes: Partial<Record<LabPlane, string>>;
  /** jump host id (probe_via): reached through that host, not in the connect map */
  via?: string;
  unreachablePlanes: LabPlane[];
  /** presents an ssh-rsa key and only SHA-1 ssh-rsa signatures (a device declaring HostKeyAlgorithms=+ssh-rsa) */
  legacyRsa: boolean;
  /** the Proxmox node name it reports */
  nodeName: string;
  /** services bound to 127.0.0.1 on this host: port → origin */
  loopback: Map<number, LabOrigin>;
  received: LabReceived;
  port: number;
  user: string;
  home: string;
  unreachable: boolean;
  authDenied: boolean;
  hostKeyRotated: boolean;
  dockerUnreachable: boolean;
  commandDelayMs: number;
  composeFormat: 'array' | 'ndjson';
  /** stacks by absolute path */
  stacks: Map<string, LabStack>;
  /** backup directories by absolute path */
  dirs: Map<string, LabFile[]>;
  /** present on hypervisor hosts */
  vms?: LabVm[];
  /** deployed compose file text per absolute stack directory (none: the directory holds no compose file) */
  composeFiles?: Map<string, string>;
  /** what `df` lists (default: one root file system, 40% used) */
  filesystems?: LabFilesystem[];
  /** the docker data root */
  dockerRoot?: string;
  /** the hypervisor's backup jobs (hypervisor hosts) */
  backupJobs?: LabBackupJob[];
}

export interface LabRoute {
  endpoint: string;
  path: string;
  status: number;
  latencyMs: number;
  location?: string;
}

/** One simulated HTTP origin (scheme://host:port of the declared URLs). */
export interface LabOrigin {
  /** `new URL(url).origin` of the declared URL */
  origin: string;
  /** other spellings of the same origin (explicit default port) */
  aliases: string[];
  refuse: boolean;
  /** bound to 127.0.0.1 on its host only: refused from outside, answered through that host's SSH */
  loopbackOnly: boolean;
  /** routes by path (without query) */
  routes: Map<string, LabRoute>;
}

export interface World {
  hosts: LabHost[];
  origins: LabOrigin[];
}
