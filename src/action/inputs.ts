// The Action's inputs, read once into a typed object (the same names as action.yml).
// `@actions/core` getInput reads INPUT_<NAME> with hyphens kept; the composite wrapper passes
// INPUT_<NAME> with underscores (portable env names), so both spellings are accepted.
import { getInput } from '@actions/core';
import { UserError } from '../core/errors.js';
import type { FailOn } from './fail-on.js';

export type ActionMode = 'validate' | 'offline' | 'live';

export interface ActionInputs {
  mode: ActionMode;
  root: string;
  config?: string;
  gates?: string[];
  /** known_hosts content or a path to a known_hosts file */
  knownHosts?: string;
  /** SSH private key content */
  sshKey?: string;
  token?: string;
  /** Gitea server URL (default GITHUB_SERVER_URL) */
  serverUrl?: string;
  comment: boolean;
  status: boolean;
  failOn: FailOn;
  openFixPr: boolean;
  /** where to write the JSON report (default $RUNNER_TEMP/driftgate-report.json) */
  reportPath?: string;
  metricsOut?: string;
  connectMap?: string;
  /** key of the sticky comment and the status context (`driftgate/<key>`), to keep several driftgate jobs apart */
  commentKey?: string;
  /** run history on a state branch: `branch` or `branch:path` (empty = no history) */
  state?: string;
  /** live mode: write the drift dashboard issue */
  dashboard: boolean;
}

type Env = Record<string, string | undefined>;

export function readInput(env: Env, name: string): string {
  const direct = getInput(name);
  if (direct) return direct;
  const underscored = env[`INPUT_${name.replace(/[ -]/g, '_').toUpperCase()}`];
  return (underscored ?? '').trim();
}

function optional(env: Env, name: string): string | undefined {
  const v = readInput(env, name);
  return v === '' ? undefined : v;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const v = readInput(env, name).toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UserError(`input "${name}" must be true or false, got "${v}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const v = readInput(env, name).toLowerCase();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UserError(`input "${name}" must be one of ${allowed.join(', ')}, got "${v}"`);
}

export function readActionInputs(env: Env): ActionInputs {
  // getInput reads process.env; the env given here wins when it differs (tests, wrappers)
  const gates = optional(env, 'gates')
    ?.split(/[\s,]+/)
    .map((g) => g.trim())
    .filter(Boolean);
  return {
    mode: oneOf(env, 'mode', ['validate', 'offline', 'live'] as const, 'offline'),
    root: optional(env, 'root') ?? '.',
    config: optional(env, 'config'),
    gates: gates?.length ? gates : undefined,
    knownHosts: optional(env, 'known-hosts'),
    sshKey: readInput(env, 'ssh-key') || undefined,
    token: optional(env, 'token'),
    serverUrl: optional(env, 'server-url'),
    comment: bool(env, 'comment', true),
    status: bool(env, 'status', true),
    failOn: oneOf(env, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    openFixPr: bool(env, 'open-fix-pr', false),
    reportPath: optional(env, 'report-path'),
    metricsOut: optional(env, 'metrics-out'),
    connectMap: optional(env, 'connect-map'),
    commentKey: optional(env, 'comment-key'),
    state: optional(env, 'state'),
    dashboard: bool(env, 'dashboard', false),
  };
}
