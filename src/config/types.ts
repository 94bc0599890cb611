// driftgate.config.yaml, resolved: every default filled once (see resolve-config.ts).
import type { BindingKind } from '../bindings/types.js';
import type { Severity } from '../gates/types.js';
import type { ProfileSettings } from '../profile/profile.js';

export type GateSetting = Severity | 'off';

export interface GateException {
  gate: string; // id or alias
  subject: string; // subject id the exception covers ("*" not allowed: be explicit)
  reason: string;
  expires: string; // YYYY-MM-DD
  /** where the exception is declared, for the expired-exception finding */
  line?: number;
  column?: number;
}

export interface ProbeSettings {
  /** hosts probed at once */
  hostConcurrency: number;
  /** exec channels per SSH connection (OpenSSH allows 10 sessions; at most 8) */
  channelsPerHost: number;
  /** HTTP probes at once */
  httpConcurrency: number;
  sshConnectTimeoutMs: number;
  sshCommandTimeoutMs: number;
  /** whole-run deadline */
  runTimeoutMs: number;
  /** in-run retries for transient failures (timeout, refused), with backoff */
  retries: number;
  retryBackoffMs: number;
  /** trust-on-first-use for hosts missing from known_hosts (reported as a warning) */
  trustOnFirstUse: boolean;
  /** ssh target id of the Proxmox host whose `qm list` is the hypervisor truth */
  hypervisorTargets: string[];
  /** absolute path of the config's `probe.known_hosts` file (the `configFile` of resolveKnownHosts) */
  knownHosts?: string;
  /** login user per ssh target id (`probe.users`); a target's declared `user` is the default */
  users: Record<string, string>;
  /**
   * shadow probes: disabled health endpoints, backup targets and compose targets are probed too (never
   * blocking, never inconclusive), so "it works again" can become a fix; never for inert hosts
   */
  shadow: boolean;
}

/** An extra JSON Schema of the config (`schemas:`), read and checked when the config is loaded. */
export interface ExtraSchema {
  /** path or glob of the files it validates, relative to the root */
  file: string;
  /** path of the schema file, relative to the root */
  schema: string;
  /** the JSON Schema it stands for (translated from a field list, wrapped for `each`) */
  definition: object;
  /** the schema of the binding file `file` instead of the built-in one (not in addition to it) */
  replace?: boolean;
  /** JSON pointer of a list or map in the file: the schema validates each of its entries */
  each?: string;
  /** set when the schema file is in the field-list dialect (translated by src/schemas/field-list.ts) */
  dialect?: 'field-list';
  /** where the entry is declared in the config */
  line?: number;
  column?: number;
}

/** What the repo's conventions say about key names. */
export interface Conventions {
  /** key names that are forbidden or legacy: did-you-mean never proposes them */
  forbiddenKeys: string[];
}

export interface FixSettings {
  /** gates whose declared-stale findings may become fix PRs (ids; aliases are resolved at load) */
  gates: string[];
  /** fix kinds switched off (`false`) or on; a kind not named is on (src/gates/fix-kinds.ts) */
  kinds: Record<string, boolean>;
  base: string;
  labels: string[];
  maxOpenPrs: number;
  /** author and committer of fix commits (default driftgate-bot <driftgate-bot@noreply.localhost>) */
  committer?: { name: string; email: string };
  /** registry-status proposes `active` only for a container up at least this long, without restarts (minutes) */
  minUptimeMinutes: number;
  /** registry-exited proposes a stopped status only for a container exited at least this long ago (minutes) */
  minDownMinutes: number;
  /** the registry status registry-exited proposes: `failed` for a non-zero exit, `clean` for exit 0 */
  exitedStatus: { failed: string; clean: string };
  /** HTTP statuses health-expect proposes together when one of them is answered (`[[401, 403]]`) */
  expectGroups: number[][];
}

/** N of M damping of one gate's live findings (see src/history/damping.ts). */
export interface DampingRule {
  /** a finding blocks (error) only when seen in `seen` of the last `of` runs */
  seen: number;
  of: number;
  /** more changes (seen ↔ not seen) than this in the last `of` runs = flapping (a warning, never a fix) */
  maxFlips: number;
  /** a fix PR needs the same fix value in this many consecutive runs */
  fixRuns: number;
}

/** Run history (src/history): what the state keeps, the heartbeat, and damping per gate. */
export interface HistorySettings {
  /** live runs kept in the state (the longest window a rule can look at) */
  keepRuns: number;
  /** a live run this close (minutes) to the previous one replaces it (a re-run is not a second run) */
  minGapMinutes: number;
  /** a static-only run warns when the last live run is older than this (hours) */
  heartbeatHours: number;
  /** damping by gate id or alias; `default` applies to every other live gate */
  damping: Record<string, Partial<DampingRule>> & { default: DampingRule };
}

export interface ResolvedConfig {
  /** absolute path of the config file, when one was read */
  file?: string;
  profile: 'spine';
  /** the config's `profile:` section (aliases, statuses, address planes, joins, scopes, unique keys), over the built-in profile */
  profileSettings?: ProfileSettings;
  paths: Record<BindingKind, string> & { caddyfile: string; workflows: string };
  /** per-gate severity overrides by gate id */
  gates: Record<string, GateSetting>;
  exceptions: GateException[];
  /** extra schemas (`schemas:`): files matching `file` are validated against `definition` */
  schemas?: ExtraSchema[];
  /** the repo's naming conventions (`conventions:`), resolved: lists read from the repo's files */
  conventions?: Conventions;
  probe: ProbeSettings;
  fix: FixSettings;
  history: HistorySettings;
  caddy: {
    /** upstreams (host:port) that count as the auth server for caddy-proto */
    authUpstreams: string[];
  };
  /** deployed-compose: where the staged copy of a stack's compose file is (`{stack}`, `{target}`) */
  compose: { staged: string };
  /** backup-depth: size regression and app-level targets */
  backups: {
    /** the newest file is suspiciously small below this fraction of the median of the previous ones */
    sizeRatio: number;
    /** how many previous files it is compared with */
    compareLast: number;
    /** names of a stateful service's app-level backup target, `{service}` = its id */
    appTargets: string[];
  };
  /** disk-usage: thresholds in percent used, and mount points not judged */
  disk: { warnPercent: number; maxPercent: number; ignoreMounts: string[] };
}
