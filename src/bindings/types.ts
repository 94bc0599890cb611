// The typed model of the declared state. Every entity keeps a `ref` (file + JSON pointer)
// so a gate can name the exact place; `locate()` turns a ref into line:column.
import type { Document, LineCounter } from 'yaml';
import type { ComposeSpec } from '../compose/compose-spec.js';
import type { StatusMeaning } from '../profile/status-vocabulary.js';

/** A place in a binding file, resolved to a 1-based line and column. */
export interface Location {
  file: string; // relative to the root, POSIX separators
  line: number;
  column: number;
  pointer: string; // RFC 6901 JSON pointer ('' for the whole file)
}

/** An unresolved place: which file, which node. Resolved late by `locate()`. */
export interface Ref {
  file: string;
  pointer: string;
  /**
   * An entity's fields that were read from another key than their own name (the profile's aliases:
   * `vmid` read from `id`), field → key. `sub(ref, 'vmid')` follows it to the key the file has.
   */
  keys?: Readonly<Record<string, string>>;
}

/** The binding files driftgate knows. `caddyfile` and `workflow` are not YAML bindings with a schema of ours. */
export type BindingKind =
  | 'registry'
  | 'health'
  | 'compose'
  | 'vms'
  | 'ssh'
  | 'backups'
  | 'routing'
  | 'stacks'
  | 'placement'
  | 'naming'
  | 'deploy'
  | 'gaps'
  | 'startup';

/** `staged`: a compose file staged in the spine (config `compose.staged`), compared with the deployed one. */
export type FileKind = BindingKind | 'caddyfile' | 'workflow' | 'config' | 'staged';

/** What a gate reads: a binding file, the Caddyfile, or the workflow directory. */
export type InputKind = BindingKind | 'caddyfile' | 'workflows';

/**
 * Whether an input loaded: `ok`; `missing` (an error only for required files); `failed` (it exists
 * but could not be used: permission, binary, too large, encoding, YAML syntax, alias bomb, or a
 * top level that is empty or not a map). A gate that reads a failed or required-missing input is
 * `inconclusive` and computes nothing from it.
 */
export interface InputState {
  kind: InputKind;
  /** relative path of the file (the directory, for workflows) */
  path: string;
  status: 'ok' | 'missing' | 'failed';
  required: boolean;
  /** why it did not load: the first problem of the file, at its place */
  problem?: LoadProblem;
}

/** The entity lists of the Model, by name: what a gate judges and what an unreadable entry was meant to be. */
export type EntityKind =
  | 'services'
  | 'hosts'
  | 'endpoints'
  | 'composeTargets'
  | 'stacks'
  | 'vms'
  | 'sshTargets'
  | 'backups'
  | 'routes'
  | 'deployDependencies';

/**
 * An entry of a binding file that could not be read into the model (a missing or mistyped key, a
 * value that is not a map, a collection that is not a list). It stays in the model so gates that
 * would have judged it say so instead of passing or inventing cross-file errors about it.
 */
/**
 * An unknown key that seems to be a new spelling of a known optional field (src/renames): the
 * entries that have it are not judged on the field, and each gate that uses their kind says so.
 */
export interface UncertainField {
  kind: EntityKind;
  file: string;
  key: string;
  /** the fields it may stand for: one, or several when it cannot be told which */
  fields: string[];
  /** a vocabulary or a reference fits exactly one field: the model reads the key as that field */
  confident: boolean;
  /** what fits: a word of the field's vocabulary, the id of what it refers to, or only its type */
  evidence: 'vocabulary' | 'reference' | 'type';
  /** the entries that have the key */
  entries: Ref[];
  /** the key's first place */
  first: Ref;
  /** the config line that declares each field's new spelling (YAML for driftgate.config.yaml) */
  declare: string[];
}

export interface Unreadable {
  kind: EntityKind;
  /** the entry's id when it could be read (a map key, an id, a hostname) */
  id?: string;
  /** other names it is known by (a VM's vmid next to its hostname) */
  names?: string[];
  /** one of its identifying keys could not be read: any name of that kind may be this entry */
  anyName?: boolean;
  ref: Ref;
  /** why, as a clause: `it has no "vmid"` */
  reason: string;
}

/** A file as read from disk. `doc` is present for YAML files that parsed. */
export interface SourceFile {
  kind: FileKind;
  path: string; // relative to root
  absPath: string;
  text: string;
  data: unknown; // plain JS value (undefined when unparseable)
  doc?: Document.Parsed;
  lineCounter: LineCounter;
}

/** Closed set of load problem codes (yaml's errors, ajv's errors and our own). */
export type ProblemCode =
  | 'FILE_MISSING'
  | 'FILE_UNREADABLE'
  | 'FILE_TOO_LARGE'
  | 'FILE_BINARY'
  | 'FILE_ENCODING'
  | 'YAML_SYNTAX'
  | 'YAML_WARNING'
  | 'DUPLICATE_KEY'
  /** two spellings of one field (the profile's aliases) in one mapping */
  | 'DUPLICATE_SPELLING'
  | 'ALIAS_LIMIT'
  | 'SCHEMA_TYPE'
  | 'SCHEMA_ENUM'
  | 'SCHEMA_REQUIRED'
  | 'SCHEMA_PATTERN'
  | 'SCHEMA_FORMAT'
  | 'SCHEMA'
  | 'UNKNOWN_KEY';

export interface LoadProblem {
  code: ProblemCode;
  /** a notice informs (e.g. one per unknown key per file) and never fails a run */
  severity: 'error' | 'warning' | 'notice';
  message: string;
  location: Location;
}

export interface Service {
  id: string;
  host?: string;
  container?: string;
  port?: number | null;
  health?: string;
  compose?: string;
  /** the declared status as written (the profile's default when absent); may be one no vocabulary knows */
  status: string;
  /** what the status means (src/profile); gates judge by meaning, `unknown` is never judged */
  meaning: StatusMeaning;
  /** false when `status` was absent and defaulted to active */
  statusDeclared: boolean;
  secretsProject?: string;
  publicUrl?: string;
  /** `stateful: true`: it keeps data that needs an app-level backup and a data disk */
  stateful?: boolean;
  ref: Ref;
}

export interface RegistryHost {
  id: string;
  tailscaleIp?: string;
  ssh?: string;
  sshUser?: string;
  vmid?: number;
  proxmoxHost?: string;
  os?: string;
  ref: Ref;
}

export interface Endpoint {
  id: string;
  host?: string;
  url: string;
  /** accepted HTTP status codes; `expect: 200` and `expect: "401,403"` both normalise to a list */
  expect: number[];
  enabled: boolean;
  /** `probe_via: ssh`: the request is sent from the endpoint's host over SSH to 127.0.0.1:<URL port> */
  probeVia?: 'ssh';
  ref: Ref;
}

export interface HealthDefaults {
  connectTimeoutSec: number;
  maxTimeSec: number;
  ref?: Ref;
}

export interface ComposeTarget {
  id: string;
  sshTarget?: string;
  enabled: boolean;
  connectTimeoutSec?: number;
  stacks: Stack[];
  ref: Ref;
}

export interface Stack {
  name: string;
  path: string;
  /** id of the compose target (host) that declares this stack */
  target: string;
  ref: Ref;
}

export interface VmResources {
  cpuCores?: number;
  memoryMb?: number;
  bootDiskGb?: number;
}

export interface Vm {
  vmid: number;
  hostname: string;
  proxmoxHost?: string;
  /** the declared status as written (planning, active, decommissioned, … or one no vocabulary knows) */
  status: string;
  /** what the status means (src/profile); gates judge by meaning, `unknown` is never judged */
  meaning: StatusMeaning;
  lanIp?: string | null;
  tailscaleIp?: string | null;
  sshTarget?: string | null;
  sshUser?: string | null;
  resources?: VmResources | null;
  stacks: string[];
  services: string[];
  backupTarget?: string | null;
  healthProbePolicy?: string;
  /** `vm_type`: qemu (a VM, the default) or lxc (a container) */
  vmType?: 'qemu' | 'lxc';
  /** `onboot`: whether the guest starts with its Proxmox node */
  onboot?: boolean;
  /** `data_mount`: where its data disk is mounted (stateful stacks belong there, not on the boot disk) */
  dataMount?: string;
  ref: Ref;
}

export interface SshDefaults {
  user: string;
  port: number;
  connectTimeoutSec: number;
  strictHostKeyChecking?: string;
  userKnownHostsFile?: string;
  ref?: Ref;
}

export interface SshTarget {
  id: string;
  host: string;
  user: string;
  port: number;
  connectTimeoutSec: number;
  optional: boolean;
  accessMethod?: string;
  probeVia?: string;
  extraOpts?: string;
  /** the target's addresses besides `host`, by plane (keys from the profile's address planes: `lan_ip`, `tailscale_ip`) */
  addresses?: { lan?: string; tailscale?: string };
  /** which address a probe dials: `lan_first` (LAN, then Tailscale), `lan_only`, `tailscale_required` */
  accessPolicy?: AccessPolicy;
  ref: Ref;
}

export type AccessPolicy = 'lan_first' | 'lan_only' | 'tailscale_required';

export interface BackupDefaults {
  sshTimeoutSec: number;
  staleAfterHours: number;
}

export interface BackupTarget {
  name: string;
  enabled: boolean;
  kind: string;
  host: string;
  basePath: string;
  glob: string;
  staleAfterHours: number;
  classification?: string;
  /** `service`: the registry service whose data it backs up (an app-level backup) */
  service?: string;
  ref: Ref;
}

export interface Route {
  hostname: string;
  zone?: string;
  service?: string;
  stack?: string;
  routingLayer?: string;
  ref: Ref;
}

export interface DeployDependency {
  chain: string;
  service: string;
  host?: string;
  ref: Ref;
}

/** The compose file staged in the spine for one declared stack (config `compose.staged`). */
export interface StagedCompose {
  /** compose target id and stack name it stands for */
  target: string;
  stack: string;
  /** relative path of the staged file */
  file: string;
  /** its summary; absent when it did not parse or has no `services` map (the schema gate reports why) */
  spec?: ComposeSpec;
}

/** The declared state of one spine, as typed entities with their source refs. */
export interface Model {
  root: string;
  /** every file that was read (present or not), keyed by relative path */
  files: Map<string, SourceFile>;
  /** relative path of each binding kind, as the profile and config resolved it */
  paths: Record<BindingKind, string> & { caddyfile: string; workflows: string };
  services: Service[];
  hosts: RegistryHost[];
  /** registry `infisical_projects` keys */
  secretsProjects: Map<string, Ref>;
  endpoints: Endpoint[];
  healthDefaults: HealthDefaults;
  composeTargets: ComposeTarget[];
  stacks: Stack[];
  vms: Vm[];
  sshDefaults: SshDefaults;
  sshTargets: SshTarget[];
  backupDefaults: BackupDefaults;
  backups: BackupTarget[];
  routes: Route[];
  deployDependencies: DeployDependency[];
  /** the staged compose files of declared stacks (absent in models built in memory) */
  stagedCompose?: StagedCompose[];
  /** entries that could not be read, with where and why (never dropped silently) */
  unreadable: Unreadable[];
  /** unknown keys that seem to be new spellings of optional fields: their entries are not judged on those */
  uncertain: UncertainField[];
  /** whether each input loaded */
  inputs: Record<InputKind, InputState>;
}

/** The result of loading a spine: the model (best effort) plus every problem found on the way. */
export interface LoadResult {
  model: Model;
  problems: LoadProblem[];
  /** how many files were read and validated */
  fileCount: number;
}
