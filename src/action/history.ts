// The Action's run history and drift dashboard: the state branch store for the check (input
// `state`), recording the live run after the report is written, and the dashboard issue after the
// fix PR (input `dashboard`). None of them fails the job on its own: each problem is a warning.
import type { CheckExtras } from '../core/check.js';
import type { Io } from '../core/io.js';
import { getRepo } from '../gitea/api.js';
import { createGiteaHttp, type GiteaHttp } from '../gitea/http.js';
import { dashboardBody, type DashboardFixPr } from '../history/dashboard.js';
import { ensureDashboard } from '../history/ensure-dashboard.js';
import { DEFAULT_STATE_FILE, giteaStore, parseStateLocation } from '../history/gitea-store.js';
import { saveRunHistory, type HistoryOutcome } from '../history/run-history.js';
import type { Identity } from '../gitea/contents.js';
import { runUrl } from '../report/commit-status.js';
import type { Report } from '../report/types.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { PublishLog } from './publish.js';

export interface ActionHistory {
  extras: CheckExtras;
  http: GiteaHttp;
  owner: string;
  repo: string;
}

function target(inputs: ActionInputs, context: RunContext): { serverUrl: string; owner: string; repo: string; token: string } | undefined {
  const serverUrl = inputs.serverUrl || context.serverUrl;
  const [owner, repo] = (context.repository ?? '').split('/');
  if (!inputs.token || !serverUrl || !owner || !repo) return undefined;
  return { serverUrl, owner, repo, token: inputs.token };
}

/** The state branch store for the check, or undefined (no `state` input, or no way to reach Gitea: said). */
export function actionHistory(
  inputs: ActionInputs,
  context: RunContext,
  opts: { redact: (text: string) => string; log: PublishLog; committer?: Identity },
): ActionHistory | undefined {
  if (!inputs.state) return undefined;
  const to = target(inputs, context);
  if (!to) {
    opts.log.notice('state needs a token, the server URL and the repository (GITHUB_SERVER_URL, GITHUB_REPOSITORY): running without run history');
    return undefined;
  }
  const http = createGiteaHttp({ serverUrl: to.serverUrl, token: to.token });
  const file = inputs.commentKey ? DEFAULT_STATE_FILE.replace(/\.json$/, `-${inputs.commentKey.replace(/[^A-Za-z0-9._-]/g, '-')}.json`) : DEFAULT_STATE_FILE;
  const { branch, path } = parseStateLocation(inputs.state, file);
  const store = giteaStore({ http, repo: { owner: to.owner, repo: to.repo }, branch, path, committer: opts.committer, redact: opts.redact });
  return { http, owner: to.owner, repo: to.repo, extras: { history: { store, strict: false, warn: (m) => opts.log.warning(m) } } };
}

/** Records the live run on the state branch (nothing for a static-only run). */
export async function saveActionHistory(outcome: HistoryOutcome | undefined, io: Io, log: PublishLog): Promise<void> {
  if (!outcome?.record) return;
  const line = await saveRunHistory(outcome, io);
  if (line) log.info(line);
}

export interface DashboardRequest {
  report: Report;
  inputs: ActionInputs;
  context: RunContext;
  history?: ActionHistory;
  fixPrs: DashboardFixPr[];
  runUrl?: string;
  heartbeatHours: number;
  redact: (text: string) => string;
  now: Date;
}

/** Writes the drift dashboard issue; a problem is a warning, never a failed job. */
export async function updateDashboard(req: DashboardRequest, log: PublishLog): Promise<void> {
  const to = target(req.inputs, req.context);
  if (!to) {
    log.notice('dashboard needs a token, the server URL and the repository: no dashboard');
    return;
  }
  const http = req.history?.http ?? createGiteaHttp({ serverUrl: to.serverUrl, token: to.token });
  const ref = { owner: to.owner, repo: to.repo };
  try {
    const repo = await getRepo(http, ref);
    const link = req.runUrl ?? runUrl({ serverUrl: req.context.serverUrl || to.serverUrl, repository: `${to.owner}/${to.repo}`, runId: req.context.runId, runNumber: req.context.runNumber, repoUrl: repo.html_url });
    const body = dashboardBody({
      report: req.report,
      repoUrl: repo.html_url || undefined,
      branch: repo.default_branch,
      runUrl: link,
      fixPrs: req.fixPrs,
      heartbeatHours: req.heartbeatHours,
      now: req.now,
      key: req.inputs.commentKey,
    });
    const out = await ensureDashboard(http, ref, req.redact(body), req.inputs.commentKey);
    log.info(`dashboard #${out.number} ${out.action}: ${out.url}`);
  } catch (error) {
    log.warning(`could not write the dashboard: ${(error as Error).message}`);
  }
}
