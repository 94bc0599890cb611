// The observation snapshot: what the probes saw. Serialisable JSON (schemas/observations.schema.json)
// so a run can be probed on one machine and judged on another, and shards can be merged.
import type { ComposeServiceSpec } from '../compose/compose-spec.js';

/** Why a probe failed. Closed set; a failure is never a silent pass. */
export type FailureReason =
  | 'timeout'
  | 'refused'
  /** the peer (or something between) reset or closed the connection after accepting it */
  | 'reset'
  | 'dns'
  | 'unreachable'
  | 'tls'
  | 'auth-denied'
  | 'host-key-mismatch'
  | 'host-key-unknown'
  | 'dir-missing'
  | 'compose-missing'
  | 'docker-unreachable'
  | 'parse-error'
  | 'command-failed'
  | 'skipped'
  | 'error';

/** Common to every observation. */
export interface ProbeTiming {
  startedAt: string; // ISO 8601
  durationMs: number;
}

export interface ProbeFailure {
  reason: FailureReason;
  /** one line, secrets redacted */
  error: string;
}

/** The SSH connection to one ssh target (one per host per run). */
export interface HostObservation extends ProbeTiming {
  target: string; // ssh target id
  address: string; // host:port actually dialled (after the connect map)
  ok: boolean;
  failure?: ProbeFailure;
  /** the key the server presented */
  hostKey?: { algorithm: string; fingerprint: string /* SHA256:base64 */ };
  /** how the key was trusted: pinned (known_hosts), tofu (trust on first use, warned), none */
  trust?: 'pinned' | 'tofu' | 'mismatch' | 'unknown';
  /** fingerprints known_hosts pins for this host (set on a mismatch, so the report can show both keys) */
  pinnedFingerprints?: string[];
  /** the network path of the connection: lan, tailscale, direct (the declared host), or `via <jump host>` */
  pathUsed?: string;
  /** paths tried first that failed (lan_first falling back to tailscale) */
  pathFailures?: Array<{ path: string } & ProbeFailure>;
  /** containers of the host's docker listing that belong to no declared stack (undeclared compose projects, plain `docker run`) */
  otherContainers?: ContainerObservation[];
  /** connected only for shadow probes (disabled entries): its failure blocks nothing and is no inconclusive */
  shadow?: true;
}

/** One container of a host's docker listing (or of `docker compose ps -a --format json` in older snapshots). */
export interface ContainerObservation {
  name: string;
  service: string;
  project: string;
  state: string; // running | exited | restarting | paused | created | dead
  status: string; // "Up 3 hours", "Exited (1) 2 hours ago"
  health: string; // "", healthy, unhealthy, starting
  exitCode: number;
  publishers: Array<{ url?: string; targetPort?: number; publishedPort?: number; protocol?: string }>;
  /** when the container last started (ISO 8601), absent when it never did */
  startedAt?: string;
  /** when it last stopped (ISO 8601), absent when it never did */
  finishedAt?: string;
  /** restarts by its restart policy since it was created */
  restartCount?: number;
  /** the kernel killed it for lack of memory */
  oomKilled?: boolean;
  /** the compose project's working directory (label com.docker.compose.project.working_dir) */
  workingDir?: string;
  /** the compose files it was created from (label com.docker.compose.project.config_files) */
  composeFiles?: string[];
  image?: string;
}

export interface StackObservation extends ProbeTiming {
  target: string; // compose target id (host key in docker.compose.targets.yaml)
  sshTarget: string;
  stack: string;
  path: string;
  ok: boolean;
  failure?: ProbeFailure;
  containers: ContainerObservation[];
  /** a shadow probe: the stack of a disabled compose target (never blocking, never inconclusive) */
  shadow?: true;
}

export interface EndpointObservation extends ProbeTiming {
  id: string;
  url: string; // declared URL (credentials redacted)
  ok: boolean; // a response arrived (any status); false on timeout/refused/dns/tls
  status?: number;
  /** Location header of a redirect (never followed) */
  location?: string;
  failure?: ProbeFailure;
  /** the probe's total deadline, so gates can warn on latency near it */
  timeoutMs: number;
  attempts: number;
  /** ssh target the request was sent from (`probe_via: ssh`: to 127.0.0.1 on the host) */
  via?: string;
  /** a shadow probe: the endpoint is disabled (never blocking, never inconclusive) */
  shadow?: true;
}

export interface BackupObservation extends ProbeTiming {
  name: string;
  host: string; // ssh target id
  ok: boolean;
  failure?: ProbeFailure;
  /** newest file matching the glob, absent when nothing matched */
  newest?: { path: string; mtime: string };
  matches: number;
  /** a shadow probe: the backup target is disabled (never blocking, never inconclusive) */
  shadow?: true;
}

export interface HypervisorVm {
  vmid: number;
  name: string;
  status: string; // running | stopped | ...
  cpuCores?: number;
  memoryMb?: number;
  bootDiskGb?: number;
  template?: boolean;
  /** qemu (`qm list`) or lxc (`pct list`); absent in older snapshots means qemu */
  type?: 'qemu' | 'lxc';
  /** Proxmox `onboot`: starts with its node */
  onboot?: boolean;
  /** the Proxmox node the guest is on */
  node?: string;
}

export interface HypervisorObservation extends ProbeTiming {
  host: string; // ssh target id of the Proxmox host
  /** the Proxmox node name of the host (`uname -n`, short) */
  node?: string;
  ok: boolean;
  failure?: ProbeFailure;
  vms: HypervisorVm[];
}

/**
 * The compose file deployed in a stack directory, as its summary (src/compose/compose-spec.ts):
 * images, ports, mounts, environment KEYS and healthchecks. Never the file, never an env value.
 */
export interface ComposeFileObservation extends ProbeTiming {
  target: string; // compose target id
  sshTarget: string;
  stack: string;
  path: string; // declared stack directory
  ok: boolean;
  failure?: ProbeFailure;
  /** the compose file found in the directory (compose.yaml, …, docker-compose.yml) */
  file?: string;
  /** the directory with symlinks resolved (`pwd -P`) */
  realPath?: string;
  services: ComposeServiceSpec[];
}

/** One mounted file system (`df -P -k`). */
export interface FilesystemObservation {
  filesystem: string;
  mount: string;
  sizeKb: number;
  usedKb: number;
  availKb: number;
  /** df's Capacity column */
  usedPercent: number;
}

/** A host's file systems and the docker data root (on hosts with stacks). */
export interface DiskObservation extends ProbeTiming {
  host: string; // ssh target id
  ok: boolean;
  failure?: ProbeFailure;
  filesystems: FilesystemObservation[];
  /** `docker info --format '{{.DockerRootDir}}'`, absent when not asked or docker did not answer */
  dockerRoot?: string;
}

/** One backup job of the hypervisor (`pvesh get /cluster/backup`). */
export interface BackupJob {
  id: string;
  enabled: boolean;
  /** every guest (of `node`, when set) except `exclude` */
  all: boolean;
  vmids: number[];
  exclude: number[];
  node?: string;
  pool?: string;
  storage?: string;
  schedule?: string;
}

export interface BackupJobsObservation extends ProbeTiming {
  host: string; // ssh target id of the Proxmox host
  /** its Proxmox node name (`uname -n`, short): a job restricted to a node covers that node's guests */
  node?: string;
  ok: boolean;
  failure?: ProbeFailure;
  jobs: BackupJob[];
}

/** The files of a backup target with their sizes, newest first (at most the ones backup-depth compares). */
export interface BackupSizeObservation extends ProbeTiming {
  name: string;
  host: string;
  ok: boolean;
  failure?: ProbeFailure;
  files: Array<{ path: string; mtime: string; bytes: number }>;
}

export interface Observations {
  version: 1;
  startedAt: string;
  durationMs: number;
  hosts: HostObservation[];
  stacks: StackObservation[];
  endpoints: EndpointObservation[];
  backups: BackupObservation[];
  hypervisors: HypervisorObservation[];
  /** deployed compose files (absent in snapshots of runs that did not read them) */
  composeFiles?: ComposeFileObservation[];
  disks?: DiskObservation[];
  backupJobs?: BackupJobsObservation[];
  backupSizes?: BackupSizeObservation[];
}
