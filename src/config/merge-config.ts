// Merges a schema-valid raw config (snake_case YAML) over the defaults (camelCase ResolvedConfig).
import type { Location } from '../bindings/types.js';
import type { DampingRule, GateSetting, HistorySettings, ResolvedConfig } from './types.js';

export interface RawDampingRule {
  seen?: number;
  of?: number;
  max_flips?: number;
  fix_runs?: number;
}

export interface RawConfig {
  /** `spine`, or the profile section (read by src/profile/load-profile.ts) */
  profile?: unknown;
  paths?: Partial<Record<keyof ResolvedConfig['paths'], string>>;
  gates?: Record<string, GateSetting>;
  exceptions?: Array<{ gate: string; subject: string; reason: string; expires: string }>;
  probe?: {
    host_concurrency?: number;
    channels_per_host?: number;
    http_concurrency?: number;
    ssh_connect_timeout_ms?: number;
    ssh_command_timeout_ms?: number;
    run_timeout_ms?: number;
    retries?: number;
    retry_backoff_ms?: number;
    trust_on_first_use?: boolean;
    hypervisor_targets?: string[];
    known_hosts?: string;
    users?: Record<string, string>;
    shadow?: boolean;
  };
  schemas?: Array<{ file: string; schema: string; replace?: boolean; each?: string }>;
  conventions?: { forbidden_keys?: string[]; forbidden_keys_from?: Array<{ file: string; at: string }> };
  fix?: {
    gates?: string[];
    kinds?: Record<string, boolean>;
    base?: string;
    labels?: string[];
    max_open_prs?: number;
    min_uptime_minutes?: number;
    min_down_minutes?: number;
    exited_status?: { failed?: string; clean?: string };
    expect_groups?: number[][];
  };
  history?: { keep_runs?: number; min_gap_minutes?: number; heartbeat_hours?: number; damping?: Record<string, RawDampingRule> };
  caddy?: { auth_upstreams?: string[] };
  compose?: { staged?: string };
  backups?: { size_ratio?: number; compare_last?: number; app_targets?: string[] };
  disk?: { warn_percent?: number; max_percent?: number; ignore_mounts?: string[] };
}

function defined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function mergeHistory(base: HistorySettings, raw: NonNullable<RawConfig['history']>): HistorySettings {
  const damping: HistorySettings['damping'] = { ...base.damping };
  for (const [gate, rule] of Object.entries(raw.damping ?? {})) {
    const given: Partial<DampingRule> = defined({ seen: rule.seen, of: rule.of, maxFlips: rule.max_flips, fixRuns: rule.fix_runs });
    if (gate === 'default') damping.default = { ...damping.default, ...given };
    else damping[gate] = { ...(damping[gate] ?? {}), ...given };
  }
  return {
    ...base,
    ...defined({ keepRuns: raw.keep_runs, minGapMinutes: raw.min_gap_minutes, heartbeatHours: raw.heartbeat_hours }),
    damping,
  };
}

export function mergeConfig(base: ResolvedConfig, raw: RawConfig, locate: (pointer: string) => Location): ResolvedConfig {
  const p = raw.probe ?? {};
  const f = raw.fix ?? {};
  return {
    ...base,
    paths: { ...base.paths, ...defined(raw.paths ?? {}) },
    gates: { ...base.gates, ...(raw.gates ?? {}) },
    exceptions: (raw.exceptions ?? []).map((e, i) => {
      const at = locate(`/exceptions/${i}`);
      return { gate: e.gate, subject: e.subject, reason: e.reason, expires: e.expires, line: at.line, column: at.column };
    }),
    probe: {
      ...base.probe,
      ...defined({
        hostConcurrency: p.host_concurrency,
        channelsPerHost: p.channels_per_host,
        httpConcurrency: p.http_concurrency,
        sshConnectTimeoutMs: p.ssh_connect_timeout_ms,
        sshCommandTimeoutMs: p.ssh_command_timeout_ms,
        runTimeoutMs: p.run_timeout_ms,
        retries: p.retries,
        retryBackoffMs: p.retry_backoff_ms,
        trustOnFirstUse: p.trust_on_first_use,
        hypervisorTargets: p.hypervisor_targets,
        users: p.users,
        shadow: p.shadow,
      }),
      // resolved against the root by loadConfig
      ...(p.known_hosts !== undefined ? { knownHosts: p.known_hosts } : {}),
    },
    fix: {
      ...base.fix,
      ...defined({
        gates: f.gates,
        kinds: f.kinds,
        base: f.base,
        labels: f.labels,
        maxOpenPrs: f.max_open_prs,
        minUptimeMinutes: f.min_uptime_minutes,
        minDownMinutes: f.min_down_minutes,
        expectGroups: f.expect_groups,
      }),
      exitedStatus: { ...base.fix.exitedStatus, ...defined({ failed: f.exited_status?.failed, clean: f.exited_status?.clean }) },
    },
    history: mergeHistory(base.history, raw.history ?? {}),
    caddy: { ...base.caddy, ...defined({ authUpstreams: raw.caddy?.auth_upstreams }) },
    compose: { ...base.compose, ...defined({ staged: raw.compose?.staged }) },
    backups: {
      ...base.backups,
      ...defined({ sizeRatio: raw.backups?.size_ratio, compareLast: raw.backups?.compare_last, appTargets: raw.backups?.app_targets }),
    },
    disk: {
      ...base.disk,
      ...defined({ warnPercent: raw.disk?.warn_percent, maxPercent: raw.disk?.max_percent, ignoreMounts: raw.disk?.ignore_mounts }),
    },
  };
}
