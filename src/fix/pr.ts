// Open, update or close the one fix PR of a topic (PRODUCT.md section 9). Never spams (an
// unchanged plan writes nothing), never clobbers (a branch with a person's commits is left alone,
// and every branch write is a compare-and-swap on the head the run checked: a push in between
// makes the run re-plan), respects a cap on open driftgate PRs, and when the drift is gone closes
// driftgate's own PR and deletes its branch (see drift-gone.ts).
import { getCurrentUser, type RepoRef } from '../gitea/api.js';
import { readTextFile, type Identity } from '../gitea/contents.js';
import { GiteaApiError, type GiteaHttp } from '../gitea/http.js';
import { addIssueLabels, createLabel, createPull, editPull, listLabels, listOpenPulls, type PullRequest } from '../gitea/pulls.js';
import { detectServer, type ServerInfo } from '../gitea/server-info.js';
import type { User } from '../gitea/types.js';
import { driftGone } from './drift-gone.js';
import { DEFAULT_BOT, describeCommits, fixBranchName, holdsPlan, readBranchState, type BranchState } from './fix-branch.js';
import { commentOnce, findFixPr } from './find-pr.js';
import { HUMAN_COMMITS_MARKER, humanCommitsComment, prBody, prTitle, readFingerprint } from './pr-body.js';
import type { Revalidate, TopicPlan } from './plan-fixes.js';
import { rebasePlan } from './rebase-plan.js';
import { BranchMovedError, writeFixBranch } from './write-branch.js';

export type FixPrAction = 'created' | 'updated' | 'not-updated' | 'closed' | 'left-open' | 'none' | 'blocked';

export interface FixPrResult {
  action: FixPrAction;
  branch: string;
  number?: number;
  url?: string;
  /** why: for blocked, closed, left-open and none */
  reason?: string;
  /** what happened on the way (a re-applied plan, a re-plan after a push, a deleted branch) */
  notes: string[];
  /** what a person must look at (the job log shows these as warnings) */
  warnings: string[];
  /** the plan as pushed (after re-applying on the current base) */
  plan?: TopicPlan;
}

export interface FixPrOptions {
  base: string;
  labels: string[];
  maxOpenPrs: number;
  bot?: Identity;
  revalidate?: Revalidate;
  /** masks secrets in every text sent to Gitea (PR title and body, comments) */
  redact?: (text: string) => string;
}

/** Everything one topic's lifecycle works with. */
export interface TopicContext {
  http: GiteaHttp;
  repo: RepoRef;
  plan: TopicPlan;
  base: string;
  branch: string;
  bot: Identity;
  /** the token's own user: only its PRs and comments are driftgate's */
  me: User;
  server: ServerInfo;
  opts: FixPrOptions;
  redact: (text: string) => string;
}

/** how often a topic is planned again after its branch moved under a write */
export const MAX_ATTEMPTS = 3;
const LABEL_COLOR = '#d93f0b';

function editCount(plan: TopicPlan): number {
  return plan.files.reduce((n, f) => n + f.edits.length, 0);
}

async function ensureLabels(http: GiteaHttp, repo: RepoRef, names: string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const existing = await listLabels(http, repo);
  const ids: number[] = [];
  for (const name of names) {
    const found = existing.find((l) => l.name === name);
    ids.push(found ? found.id : (await createLabel(http, repo, { name, color: LABEL_COLOR, description: 'opened by driftgate' })).id);
  }
  return ids;
}

function foreignPr(ctx: TopicContext, pr: PullRequest): FixPrResult {
  const reason = `open PR #${pr.number} uses the branch ${ctx.branch} but is not driftgate's (no plan marker of this topic, or opened by another user); driftgate leaves it alone`;
  return { action: 'blocked', branch: ctx.branch, number: pr.number, url: pr.html_url, reason, notes: [], warnings: [`${reason} and cannot propose its fix`] };
}

async function humanBranch(ctx: TopicContext, pr: PullRequest | undefined, state: BranchState): Promise<FixPrResult> {
  const who = describeCommits(state.humans);
  const reason = `branch ${ctx.branch} carries commits that are not driftgate's (${who}); they are never overwritten`;
  if (pr) {
    // a person took the PR over: their call, said once on the PR
    await commentOnce(ctx.http, ctx.repo, pr.number, HUMAN_COMMITS_MARKER, ctx.redact(humanCommitsComment(ctx.branch, who)), ctx.me);
    return { action: 'blocked', branch: ctx.branch, number: pr.number, url: pr.html_url, reason, notes: [], warnings: [] };
  }
  // drift is back, the branch left from a closed PR holds a person's work: nobody sees it unless said
  const warning = `drift is back, but the branch ${ctx.branch} (no open PR) carries commits that are not driftgate's (${who}): driftgate cannot propose this fix until that branch is merged or deleted`;
  return { action: 'blocked', branch: ctx.branch, reason, notes: [], warnings: [warning] };
}

async function upsertPr(ctx: TopicContext, plan: TopicPlan, labelIds: number[], pr: PullRequest | undefined): Promise<{ action: 'created' | 'updated' | 'not-updated'; pr: PullRequest } | FixPrResult> {
  const content = { title: ctx.redact(prTitle(plan)), body: ctx.redact(prBody(plan)) };
  let current = pr;
  if (!current) {
    try {
      return { action: 'created', pr: await createPull(ctx.http, ctx.repo, { base: ctx.base, head: ctx.branch, ...content, labels: labelIds }) };
    } catch (error) {
      // 409: a PR for this branch appeared meanwhile (a parallel run): update it if it is driftgate's
      if (!(error instanceof GiteaApiError && error.status === 409)) throw error;
      const found = await findFixPr(ctx.http, ctx.repo, ctx.base, ctx.branch, plan.topic, ctx.me);
      if (found.foreign) return foreignPr(ctx, found.foreign);
      if (!found.pr) throw error;
      current = found.pr;
    }
  }
  let updated = current;
  const changed = current.title !== content.title || (current.body ?? '') !== content.body;
  if (changed) updated = await editPull(ctx.http, ctx.repo, current.number, content);
  const have = new Set((updated.labels ?? current.labels ?? []).map((l) => l.id));
  const missing = labelIds.filter((id) => !have.has(id));
  if (missing.length > 0) await addIssueLabels(ctx.http, ctx.repo, current.number, missing);
  return { action: changed ? 'updated' : 'not-updated', pr: updated };
}

async function attempt(ctx: TopicContext): Promise<FixPrResult> {
  const { http, repo, plan, branch } = ctx;
  const found = await findFixPr(http, repo, ctx.base, branch, plan.topic, ctx.me);
  if (found.foreign) return foreignPr(ctx, found.foreign);
  const pr = found.pr;
  const state = await readBranchState(http, repo, ctx.base, branch, ctx.bot, pr?.merge_base);

  if (editCount(plan) === 0) return driftGone(ctx, pr, state, 'driftgate finds no stale value to fix any more');
  if (state.humans.length > 0) return humanBranch(ctx, pr, state);
  const unchanged = (fp: string): FixPrResult | undefined =>
    pr && readFingerprint(pr.body, plan.topic) === fp
      ? { action: 'not-updated', branch, number: pr.number, url: pr.html_url, reason: 'the plan is unchanged', notes: [], warnings: [] }
      : undefined;
  const same = unchanged(plan.fingerprint);
  if (same) return same;

  const labelIds = await ensureLabels(http, repo, ctx.opts.labels);
  if (!pr && ctx.opts.maxOpenPrs >= 0) {
    // driftgate's PRs: those with its (first) label; without labels, those on a driftgate/fix/ branch
    const listed = await listOpenPulls(http, repo, { labelId: labelIds[0] });
    const open = labelIds.length > 0 ? listed : listed.filter((p) => p.head.ref.startsWith('driftgate/fix/'));
    if (open.length >= ctx.opts.maxOpenPrs) {
      const reason = `${open.length} driftgate PRs are open (cap ${ctx.opts.maxOpenPrs}); not opening another`;
      return { action: 'blocked', branch, reason, notes: [], warnings: [] };
    }
  }

  const rebased = await rebasePlan(plan, (file) => readTextFile(http, repo, file, ctx.base), ctx.opts.revalidate);
  if (editCount(rebased.plan) === 0) {
    const gone = await driftGone(ctx, pr, state, 'the base branch already has the values');
    return { ...gone, notes: [...rebased.notes, ...gone.notes] };
  }
  const sameRebased = unchanged(rebased.plan.fingerprint);
  if (sameRebased) return { ...sameRebased, notes: rebased.notes, plan: rebased.plan };

  const notes = [...rebased.notes];
  if (holdsPlan(state, rebased.plan.fingerprint, ctx.bot)) notes.push(`${branch} already holds this plan; nothing pushed`);
  else {
    const written = await writeFixBranch({ http, repo, base: ctx.base, branch, plan: rebased.plan, baseShas: rebased.shas, checked: state, server: ctx.server, bot: ctx.bot });
    notes.push(...written.notes);
  }
  const done = await upsertPr(ctx, rebased.plan, labelIds, pr);
  if (!('pr' in done)) return done;
  return { action: pr && done.action === 'not-updated' ? 'updated' : done.action, branch, number: done.pr.number, url: done.pr.html_url, notes, warnings: [], plan: rebased.plan };
}

export async function ensureFixPr(http: GiteaHttp, repo: RepoRef, plan: TopicPlan, opts: FixPrOptions): Promise<FixPrResult> {
  const ctx: TopicContext = {
    http,
    repo,
    plan,
    opts,
    base: opts.base,
    branch: fixBranchName(opts.base, plan.topic),
    bot: opts.bot ?? DEFAULT_BOT,
    redact: opts.redact ?? ((text) => text),
    server: await detectServer(http),
    me: await getCurrentUser(http),
  };
  const replans: string[] = [];
  for (let n = 1; ; n++) {
    try {
      const result = await attempt(ctx);
      return { ...result, notes: [...replans, ...result.notes] };
    } catch (error) {
      if (!(error instanceof BranchMovedError)) throw error;
      replans.push(`${error.message}; nothing was overwritten, re-planned`);
      if (n >= MAX_ATTEMPTS) {
        const reason = `the branch ${ctx.branch} kept moving while driftgate wrote it (${MAX_ATTEMPTS} attempts); nothing was overwritten`;
        return { action: 'blocked', branch: ctx.branch, reason, notes: replans, warnings: [reason] };
      }
    }
  }
}
