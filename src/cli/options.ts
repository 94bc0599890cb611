// Typed options shared by the CLI and the Action: both translate their inputs into these and call the same commands.
export type Format = 'text' | 'json' | 'markdown';

export interface CommonOptions {
  root: string;
  config?: string;
  format: Format;
  out?: string;
  /** gate ids or aliases; undefined = all */
  gates?: string[];
  connectMap?: string;
  knownHosts?: string;
  identity?: string;
}

export interface CheckOptions extends CommonOptions {
  offline: boolean;
  /** observation snapshots to judge instead of probing (several = shards, merged) */
  observations?: string[];
  metricsOut?: string;
  /** trust hosts missing from known_hosts for this run (reported as a warning) */
  trustOnFirstUse?: boolean;
  /** run history file: a live run is recorded there, a static-only run reads it (heartbeat) */
  state?: string;
  /** text report: the errors and the result line only; no probe log */
  quiet?: boolean;
  /** list the findings config exceptions suppressed in the text report */
  showSuppressed?: boolean;
}

export interface ProbeOptions extends CommonOptions {
  out?: string;
  trustOnFirstUse?: boolean;
  /** `K/N`: probe only this shard (merge the snapshots with `check --observations a.json,b.json,…`) */
  shard?: string;
}

export interface FixOptions extends CheckOptions {
  dryRun: boolean;
  pr: boolean;
  /** apply the plan to the working tree (same guards as a fix PR) */
  write?: boolean;
  /** Gitea API base (e.g. https://git.example.com) and token, for --pr */
  serverUrl?: string;
  repo?: string; // owner/name
  token?: string;
  base?: string;
}

export interface LabOptions {
  scenario: string;
  root: string;
  config?: string;
  out?: string;
}
