// When a topic's drift is gone. driftgate's own PR is closed and its branch deleted, but only
// while the branch holds nothing but driftgate's commits (checked again right before the delete).
// A PR a person has pushed to is left open with one comment saying the drift is gone: closing it
// would silently shelve their work. A left-over branch without a PR is deleted when it is
// driftgate's only, and otherwise left alone.
import { createIssueComment } from '../gitea/api.js';
import { deleteBranch, getBranch } from '../gitea/branches.js';
import { GiteaApiError } from '../gitea/http.js';
import { editPull, type PullRequest } from '../gitea/pulls.js';
import { describeCommits, readBranchState, type BranchState } from './fix-branch.js';
import { commentOnce } from './find-pr.js';
import { DRIFT_GONE_MARKER, driftGoneClosedComment, driftGoneLeftOpenComment } from './pr-body.js';
import type { FixPrResult, TopicContext } from './pr.js';

/** Deletes the branch if it still holds only driftgate's commits; otherwise says why it stays. */
async function deleteIfUnmoved(ctx: TopicContext, state: BranchState): Promise<{ deleted: boolean; kept?: string }> {
  const now = (await getBranch(ctx.http, ctx.repo, ctx.branch))?.commit?.id;
  if (!now) return { deleted: true };
  if (now !== state.head) {
    const fresh = await readBranchState(ctx.http, ctx.repo, ctx.base, ctx.branch, ctx.bot);
    if (fresh.humans.length > 0) return { deleted: false, kept: `it received commits that are not driftgate's (${describeCommits(fresh.humans)})` };
    // only driftgate's commits (a parallel run): still safe to delete, at the new head
  }
  // the residual window: a push between this GET and the DELETE (Gitea lists deleted branches for restore)
  try {
    await deleteBranch(ctx.http, ctx.repo, ctx.branch);
  } catch (error) {
    if (!(error instanceof GiteaApiError) || error.status === undefined || error.status >= 500) throw error;
    return { deleted: false, kept: `Gitea refused to delete it (${error.status}: a protected branch?)` };
  }
  return { deleted: true };
}

export async function driftGone(ctx: TopicContext, pr: PullRequest | undefined, state: BranchState, why: string): Promise<FixPrResult> {
  const base = { branch: ctx.branch, notes: [] as string[], warnings: [] as string[] };
  if (!pr) {
    if (!state.head) return { ...base, action: 'none', reason: why };
    if (state.humans.length > 0) {
      return { ...base, action: 'none', reason: `${why}; the left-over branch ${ctx.branch} holds commits that are not driftgate's (${describeCommits(state.humans)}) and is left alone` };
    }
    const gone = await deleteIfUnmoved(ctx, state);
    if (!gone.deleted) return { ...base, action: 'none', reason: `${why}; the left-over branch ${ctx.branch} is left alone: ${gone.kept}` };
    return { ...base, action: 'none', reason: why, notes: [`deleted the left-over branch ${ctx.branch} (only driftgate's commits)`] };
  }
  const ref = { number: pr.number, url: pr.html_url };
  if (state.humans.length > 0) {
    const who = describeCommits(state.humans);
    await commentOnce(ctx.http, ctx.repo, pr.number, DRIFT_GONE_MARKER, ctx.redact(driftGoneLeftOpenComment(why, ctx.plan.topic, ctx.base, ctx.branch, who)), ctx.me);
    return {
      ...base,
      ...ref,
      action: 'left-open',
      reason: `${why}, but the branch carries commits that are not driftgate's (${who})`,
      warnings: [`PR #${pr.number} is left open: the drift it was opened for is gone, but its branch ${ctx.branch} carries commits that are not driftgate's (${who}); merge or close it`],
    };
  }
  await editPull(ctx.http, ctx.repo, pr.number, { state: 'closed' });
  const gone = await deleteIfUnmoved(ctx, state);
  await createIssueComment(ctx.http, ctx.repo, pr.number, {
    body: ctx.redact(`${DRIFT_GONE_MARKER}\n${driftGoneClosedComment(why, ctx.plan.topic, ctx.base, ctx.branch, gone.kept)}`),
  });
  if (gone.deleted) return { ...base, ...ref, action: 'closed', reason: why, notes: [`deleted the branch ${ctx.branch} (only driftgate's commits)`] };
  return {
    ...base,
    ...ref,
    action: 'closed',
    reason: why,
    warnings: [`closed PR #${pr.number}, but its branch ${ctx.branch} stays: ${gone.kept}; driftgate cannot propose this topic again until the branch is deleted`],
  };
}
