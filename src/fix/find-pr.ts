// Which open PR is driftgate's for a topic: listed (never looked up by base/head: Gitea's lookup
// has no state filter and answers an old closed PR first), on the same repository, from the
// topic's branch into the base, carrying the plan marker of the topic AND opened by the token's
// own user. An open PR on the branch that fails those tests is someone else's: left alone.
import { createIssueComment, listIssueComments, type RepoRef } from '../gitea/api.js';
import type { GiteaHttp } from '../gitea/http.js';
import { listOpenPulls, type PullRequest } from '../gitea/pulls.js';
import type { User } from '../gitea/types.js';
import { readFingerprint } from './pr-body.js';

export interface FoundPr {
  /** driftgate's open PR of the topic */
  pr?: PullRequest;
  /** an open PR on the topic's branch that is not driftgate's */
  foreign?: PullRequest;
}

export function isOwnPr(p: PullRequest, topic: string, me: User): boolean {
  return readFingerprint(p.body, topic) !== undefined && p.user?.id === me.id;
}

export async function findFixPr(http: GiteaHttp, repo: RepoRef, base: string, branch: string, topic: string, me: User): Promise<FoundPr> {
  const onBranch = (await listOpenPulls(http, repo, { base }))
    .filter((p) => p.head.ref === branch && p.base.ref === base)
    // a PR from a fork with a branch of the same name is not ours
    .filter((p) => p.head.repo_id === undefined || p.base.repo_id === undefined || p.head.repo_id === p.base.repo_id)
    .sort((a, b) => a.number - b.number);
  const pr = onBranch.find((p) => isOwnPr(p, topic, me));
  return pr ? { pr } : { foreign: onBranch[0] };
}

/** Posts `text` under `marker` unless driftgate's user already did on this PR (another user's copy of the marker does not count). */
export async function commentOnce(http: GiteaHttp, repo: RepoRef, index: number, marker: string, text: string, me: User): Promise<boolean> {
  const comments = await listIssueComments(http, repo, index);
  if (comments.some((c) => c.user?.id === me.id && c.body.includes(marker))) return false;
  await createIssueComment(http, repo, index, { body: `${marker}\n${text}` });
  return true;
}
