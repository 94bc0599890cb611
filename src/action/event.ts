// What the workflow event says: the PR (number, head sha, fork or not), the commit, the run.
// Gitea's pull_request payload carries `number` and `pull_request.{number,head,base}` like GitHub's;
// its `action` for a push to the PR is `synchronized` (GitHub: `synchronize`).
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRepo?: string;
  baseRepo?: string;
  /** head repository differs from the base repository */
  fork: boolean;
}

export interface RunContext {
  eventName: string;
  action?: string;
  /** owner/name of the repository the workflow runs in */
  repository?: string;
  /** the commit to set the status on: the PR head, else GITHUB_SHA */
  sha?: string;
  pullRequest?: PullRequestInfo;
  serverUrl?: string;
  runId?: string;
  runNumber?: string;
}

interface RepoLike {
  full_name?: string;
  id?: number;
}

interface EventPayload {
  action?: string;
  number?: number;
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: RepoLike | null };
    base?: { repo?: RepoLike | null };
  };
  repository?: RepoLike;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export function readRunContext(env: Record<string, string | undefined>): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch {
      payload = {};
    }
  }
  const repository = env.GITHUB_REPOSITORY || payload.repository?.full_name;
  const pr = payload.pull_request;
  let pullRequest: PullRequestInfo | undefined;
  const number = pr?.number ?? payload.number;
  if (pr && number && (PR_EVENTS.has(eventName) || eventName === '')) {
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    const differentIds = pr.head?.repo?.id !== undefined && pr.base?.repo?.id !== undefined && pr.head.repo.id !== pr.base.repo.id;
    pullRequest = {
      number,
      headSha: pr.head?.sha ?? env.GITHUB_SHA ?? '',
      headRepo,
      baseRepo,
      // a deleted head repository (null) is treated as a fork: nothing trusted about it
      fork: pr.head?.repo === null || differentIds || Boolean(headRepo && baseRepo && headRepo.toLowerCase() !== baseRepo.toLowerCase()),
    };
  }
  return {
    eventName,
    action: payload.action,
    repository,
    sha: pullRequest?.headSha || env.GITHUB_SHA,
    pullRequest,
    serverUrl: env.GITHUB_SERVER_URL,
    runId: env.GITHUB_RUN_ID,
    runNumber: env.GITHUB_RUN_NUMBER,
  };
}
