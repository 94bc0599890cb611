// The Gitea channels of a run: the sticky PR comment and the commit status. Each is skipped with
// a notice when it cannot apply (no token, no PR, no sha) and never fails the job on its own.
import { getRepo } from '../gitea/api.js';
import { createGiteaHttp, GiteaApiError, type GiteaHttp } from '../gitea/http.js';
import { detectServer, type ServerInfo } from '../gitea/server-info.js';
import { ensureStickyComment, reportDigest, type StickyCommentResult } from '../report/comment.js';
import { runUrl, setCommitStatus, statusContext, statusFromReport } from '../report/commit-status.js';
import type { Report } from '../report/types.js';
import type { RunContext } from './event.js';
import { failureReason, type FailOn } from './fail-on.js';

export interface PublishLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

export interface PublishRequest {
  report: Report;
  /** the Markdown report, already redacted */
  markdown: string;
  context: RunContext;
  serverUrl?: string;
  token?: string;
  comment: boolean;
  status: boolean;
  /** keys the sticky comment and the status context (`driftgate/<key>`) */
  commentKey?: string;
  /** the job's fail-on: the status state follows the job's verdict (default error) */
  failOn?: FailOn;
  /** driftgate's exit code (2 = could not evaluate) */
  exitCode?: number;
  /** masks the run's secrets in what is sent (the status description carries the report's error) */
  redact?: (text: string) => string;
}

export interface PublishResult {
  server?: ServerInfo;
  comment?: StickyCommentResult;
  statusSet: boolean;
  runUrl?: string;
  http?: GiteaHttp;
}

export async function publishToGitea(req: PublishRequest, log: PublishLog): Promise<PublishResult> {
  const result: PublishResult = { statusSet: false };
  const serverUrl = req.serverUrl || req.context.serverUrl;
  if (!req.comment && !req.status) return result;
  if (!req.token) {
    log.notice('no token given: skipping the PR comment and the commit status (set the `token` input)');
    return result;
  }
  if (!serverUrl || !req.context.repository) {
    log.notice('server URL or repository unknown (GITHUB_SERVER_URL, GITHUB_REPOSITORY): skipping the PR comment and the commit status');
    return result;
  }
  const [owner, repo] = req.context.repository.split('/') as [string, string];
  const http = createGiteaHttp({ serverUrl, token: req.token });
  result.http = http;
  try {
    result.server = await detectServer(http);
    log.info(`forge: ${result.server.product} ${result.server.version}`);
  } catch (error) {
    log.warning(`could not read the server version (${(error as Error).message}); assuming a current Gitea`);
  }
  result.runUrl = runUrl({
    serverUrl: req.context.serverUrl || serverUrl,
    repository: req.context.repository,
    runId: req.context.runId,
    runNumber: req.context.runNumber,
    server: result.server,
    repoUrl: await repoHtmlUrl(http, owner, repo, log),
  });

  if (req.status) {
    if (!req.context.sha) log.notice('no commit sha in the event: skipping the commit status');
    else {
      try {
        const failOn = req.failOn ?? 'error';
        const fails = failureReason(req.report, req.exitCode ?? 0, failOn) !== undefined;
        const { state, description } = statusFromReport(req.report, fails, failOn);
        const text = req.redact ? req.redact(description) : description;
        const context = statusContext(req.commentKey);
        await setCommitStatus(http, { owner, repo, sha: req.context.sha, state, description: text, targetUrl: result.runUrl, context });
        result.statusSet = true;
        log.info(`commit status "${context}" set to ${state} on ${req.context.sha.slice(0, 12)}`);
      } catch (error) {
        log.warning(`could not set the commit status: ${(error as Error).message}`);
      }
    }
  }

  if (req.comment) {
    const pr = req.context.pullRequest;
    if (!pr) log.info('not a pull request event: no PR comment');
    else {
      try {
        // no run link in the body, and a digest without timings: an identical report in a later
        // run leaves the comment alone
        result.comment = await ensureStickyComment(http, { owner, repo, index: pr.number, body: req.markdown, key: req.commentKey, digest: reportDigest(req.report) });
        const dups = result.comment.deleted.length ? `, ${result.comment.deleted.length} duplicate(s) removed` : '';
        log.info(`PR #${pr.number} comment ${result.comment.action}${dups}`);
      } catch (error) {
        const own = error instanceof GiteaApiError && error.path === '/user' ? ' (the token must be able to read its own user, scope read:user, so that driftgate edits only its own comment)' : '';
        log.warning(`could not write the PR comment: ${(error as Error).message}${own}`);
      }
    }
  }
  return result;
}

/**
 * The repository's address as people open it: `html_url`, which Gitea builds from its ROOT_URL.
 * GITHUB_SERVER_URL and the `server-url` input are addresses the runner reaches, possibly internal.
 */
async function repoHtmlUrl(http: GiteaHttp, owner: string, repo: string, log?: PublishLog): Promise<string | undefined> {
  try {
    return (await getRepo(http, { owner, repo })).html_url || undefined;
  } catch (error) {
    log?.info(`could not read the repository (${(error as Error).message}); the run link uses the server URL`);
    return undefined;
  }
}

/** When driftgate could not evaluate: an `error` commit status, so the PR does not look unchecked. */
export async function publishErrorStatus(
  req: { context: RunContext; serverUrl?: string; token?: string; commentKey?: string; message: string },
  log: PublishLog,
): Promise<void> {
  const serverUrl = req.serverUrl || req.context.serverUrl;
  if (!req.token || !serverUrl || !req.context.repository || !req.context.sha) return;
  const [owner, repo] = req.context.repository.split('/') as [string, string];
  const http = createGiteaHttp({ serverUrl, token: req.token, retries: 1 });
  try {
    const server = await detectServer(http).catch(() => undefined);
    const targetUrl = runUrl({
      serverUrl: req.context.serverUrl || serverUrl,
      repository: req.context.repository,
      runId: req.context.runId,
      runNumber: req.context.runNumber,
      server,
      repoUrl: await repoHtmlUrl(http, owner, repo),
    });
    await setCommitStatus(http, { owner, repo, sha: req.context.sha, state: 'error', description: `could not evaluate: ${req.message}`, targetUrl, context: statusContext(req.commentKey) });
  } catch (error) {
    log.warning(`could not set the commit status: ${(error as Error).message}`);
  }
}
