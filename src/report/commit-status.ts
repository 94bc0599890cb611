// The commit status (context `driftgate`, or `driftgate/<comment-key>` so that several driftgate
// jobs keep separate required checks) with a link to the run. Its state follows the same decision
// as the job (the `fail-on` input): a run that does not fail the job posts `success`, and the
// description still says what was found. Run URLs: Gitea ≥ 1.26 uses the
// run's real id (GITHUB_RUN_ID); older Gitea and Forgejo use the run number (GITHUB_RUN_NUMBER).
// The link's base is the repository's `html_url` when the API gave it (Gitea builds it from its
// ROOT_URL: the address people open, sub-path included), else the server URL given.
import { createCommitStatus, type RepoRef } from '../gitea/api.js';
import type { GiteaHttp } from '../gitea/http.js';
import { normalizeServerUrl } from '../gitea/http.js';
import { giteaAtLeast, type ServerInfo } from '../gitea/server-info.js';
import type { CommitStatus, CommitStatusState } from '../gitea/types.js';
import type { Report, RunResult } from './types.js';

export const STATUS_CONTEXT = 'driftgate';

/** `driftgate`, or `driftgate/<key>` for a keyed job (same sanitising as the comment marker's key) */
export function statusContext(key?: string): string {
  return key ? `${STATUS_CONTEXT}/${key.replace(/[^A-Za-z0-9._-]/g, '-')}` : STATUS_CONTEXT;
}
/** GitHub caps descriptions at 140 characters; Gitea accepts more but shows one line. */
const MAX_DESCRIPTION = 140;

export interface RunLinkInput {
  serverUrl: string;
  /** owner/name */
  repository: string;
  runId?: string;
  runNumber?: string;
  server?: ServerInfo;
  /** the repository's `html_url` from the API (wins over serverUrl + repository) */
  repoUrl?: string;
}

/** The URL of the workflow run, or undefined when the run is unknown. */
export function runUrl(input: RunLinkInput): string | undefined {
  const usesNumber = input.server && (input.server.product === 'forgejo' || !giteaAtLeast(input.server, '1.26.0'));
  const run = usesNumber ? (input.runNumber ?? input.runId) : (input.runId ?? input.runNumber);
  if (!run || !input.repository) return undefined;
  if (input.repoUrl && /^https?:\/\//i.test(input.repoUrl)) return `${input.repoUrl.replace(/\/+$/, '')}/actions/runs/${encodeURIComponent(run)}`;
  const repository = input.repository.split('/').map(encodeURIComponent).join('/');
  return `${normalizeServerUrl(input.serverUrl)}${repository}/actions/runs/${encodeURIComponent(run)}`;
}

const STATE: Record<RunResult, CommitStatusState> = { pass: 'success', drift: 'failure', inconclusive: 'error', error: 'error' };

/**
 * The status of a run. `fails` is the job's own verdict (see the Action's failureReason): when the
 * job passes although something was found (`fail-on: never`, or warnings under `fail-on: error`),
 * the status is `success` so a required check agrees with the job, and the description says what
 * was found and why it does not fail. When `fails` is not given, drift fails and inconclusive errs.
 */
export function statusFromReport(report: Report, fails?: boolean, failOn?: string): { state: CommitStatusState; description: string } {
  const { errors, warnings } = report.summary;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const description: Record<RunResult, string> = {
    pass: warnings ? `no blocking drift (${warnings} warning${warnings === 1 ? '' : 's'})` : 'no drift',
    drift: `drift: ${counts}`,
    inconclusive: `inconclusive: probes failed (${counts})`,
    error: `could not evaluate${report.error ? `: ${report.error}` : ''}`,
  };
  let state = STATE[report.result];
  let text = description[report.result];
  if (report.result !== 'error' && fails !== undefined) {
    if (!fails && state !== 'success') {
      state = 'success';
      text = `${text}; not failing (fail-on: ${failOn ?? 'never'})`;
    } else if (fails && state === 'success') {
      state = 'failure';
      text = `${text}; failing (fail-on: ${failOn ?? 'warning'})`;
    }
  }
  return { state, description: text.slice(0, MAX_DESCRIPTION) };
}

export interface CommitStatusRequest extends RepoRef {
  sha: string;
  state: CommitStatusState;
  description: string;
  targetUrl?: string;
  context?: string;
}

export async function setCommitStatus(http: GiteaHttp, req: CommitStatusRequest): Promise<CommitStatus> {
  return createCommitStatus(
    http,
    { owner: req.owner, repo: req.repo },
    req.sha,
    {
      state: req.state,
      context: req.context ?? STATUS_CONTEXT,
      description: req.description.slice(0, MAX_DESCRIPTION),
      ...(req.targetUrl ? { target_url: req.targetUrl } : {}),
    },
  );
}
