// The lab: a scenario (deviations from the declared state) and the simulated world derived from it.

export type ContainerState = 'running' | 'exited' | 'restarting' | 'paused' | 'created' | 'dead';
export type HealthState = '' | 'healthy' | 'unhealthy' | 'starting';

export interface ScenarioHost {
  unreachable?: boolean;
  authDenied?: boolean;
  hostKeyRotated?: boolean;
  commandDelayMs?: number;
  composeFormat?: 'array' | 'ndjson';
  dockerUnreachable?: boolean;
}

export interface ScenarioContainer {
  state?: ContainerState;
  exitCode?: number;
  status?: string;
  health?: HealthState;
  absent?: boolean;
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
  publishers?: ScenarioPublisher[];
}

export interface ScenarioEndpoint {
  status?: number;
  latencyMs?: number;
  refuse?: boolean;
  location?: string;
}

export interface ScenarioBackup {
  ageHours?: number;
  missing?: boolean;
  dirMissing?: boolean;
}

export interface ScenarioVm {
  status?: 'running' | 'stopped' | 'paused';
  cpuCores?: number;
  memoryMb?: number;
  bootDiskGb?: number;
  absent?: boolean;
}

export interface ScenarioExtraVm extends Omit<ScenarioVm, 'absent'> {
  vmid: number;
  name: string;
  host?: string;
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
  hypervisor?: { vms?: Record<string, ScenarioVm>; extra?: ScenarioExtraVm[] };
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
}

export interface LabVm {
  vmid: number;
  name: string;
  status: 'running' | 'stopped' | 'paused';
  cpuCores?: number;
  memoryMb?: number;
  bootDiskGb?: number;
  template: boolean;
}

/** One simulated SSH host (per ssh target id). */
export interface LabHost {
  id: string;
  /** declared address and port (what known_hosts names) */
  address?: string;
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
  /** routes by path (without query) */
  routes: Map<string, LabRoute>;
}

export interface World {
  hosts: LabHost[];
  origins: LabOrigin[];
}
