// Open, update or close the one fix PR of a topic (PRODUCT.md section 9). Never spams (an
// unchanged plan pushes nothing), never clobbers (a branch with a human's commits is left alone,
// with one comment saying why), respects a cap on open driftgate PRs, closes when the drift is gone.
import { createIssueComment, listIssueComments, type RepoRef } from '../gitea/api.js';
import { GiteaApiError, type GiteaHttp } from '../gitea/http.js';
import {
  addIssueLabels,
  createLabel,
  createPull,
  editPull,
  getBranch,
  getPullByBaseHead,
  listBranchCommits,
  listLabels,
  listOpenPulls,
  readTextFile,
  type Identity,
  type PullRequest,
} from '../gitea/pulls.js';
import { detectServer, giteaAtLeast } from '../gitea/server-info.js';
import { DEFAULT_BOT, fixBranchName, humanCommits, pushPlan } from './fix-branch.js';
import { DRIFT_GONE_MARKER, HUMAN_COMMITS_MARKER, prBody, prTitle, readFingerprint } from './pr-body.js';
import type { Revalidate, TopicPlan } from './plan-fixes.js';
import { rebasePlan } from './rebase-plan.js';

export type FixPrAction = 'created' | 'updated' | 'not-updated' | 'closed' | 'none' | 'blocked';

export interface FixPrResult {
  action: FixPrAction;
  branch: string;
  number?: number;
  url?: string;
  /** why: for blocked, closed and none; notes about a re-applied plan */
  reason?: string;
  notes: string[];
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

const LABEL_COLOR = '#d93f0b';

function editCount(plan: TopicPlan): number {
  return plan.files.reduce((n, f) => n + f.edits.length, 0);
}

async function findOpenPr(http: GiteaHttp, repo: RepoRef, base: string, head: string, byBaseHead: boolean): Promise<PullRequest | undefined> {
  if (byBaseHead) {
    const pr = await getPullByBaseHead(http, repo, base, head);
    return pr?.state === 'open' ? pr : undefined;
  }
  // before 1.22 there is no lookup by head and the list has no head filter: match head.ref
  return (await listOpenPulls(http, repo)).find((p) => p.head.ref === head && p.base.ref === base);
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

type Redact = (text: string) => string;
const asIs: Redact = (text) => text;

async function commentOnce(http: GiteaHttp, repo: RepoRef, index: number, marker: string, text: string, redact: Redact): Promise<void> {
  const comments = await listIssueComments(http, repo, index);
  if (comments.some((c) => c.body.includes(marker))) return;
  await createIssueComment(http, repo, index, { body: `${marker}\n${redact(text)}` });
}

async function closePr(http: GiteaHttp, repo: RepoRef, pr: PullRequest, topic: string, base: string, branch: string, why: string, redact: Redact = asIs): Promise<FixPrResult> {
  await createIssueComment(http, repo, pr.number, {
    body: redact(`${DRIFT_GONE_MARKER}\nThe drift this PR fixed is gone: ${why} (topic \`${topic}\`, base \`${base}\`). driftgate closes it.`),
  });
  await editPull(http, repo, pr.number, { state: 'closed' });
  return { action: 'closed', branch, number: pr.number, url: pr.html_url, reason: why, notes: [] };
}

async function upsertPr(http: GiteaHttp, repo: RepoRef, head: string, base: string, plan: TopicPlan, labelIds: number[], pr: PullRequest | undefined, redact: Redact) {
  const content = { title: redact(prTitle(plan)), body: redact(prBody(plan)) };
  let current = pr;
  if (!current) {
    try {
      const created = await createPull(http, repo, { base, head, ...content, labels: labelIds });
      return { action: 'created' as const, pr: created };
    } catch (error) {
      // 409: someone (a parallel run) opened it meanwhile; find it and update it instead
      if (!(error instanceof GiteaApiError && error.status === 409)) throw error;
      current = (await listOpenPulls(http, repo)).find((p) => p.head.ref === head && p.base.ref === base);
      if (!current) throw error;
    }
  }
  const updated = await editPull(http, repo, current.number, content);
  const have = new Set((updated.labels ?? current.labels ?? []).map((l) => l.id));
  const missing = labelIds.filter((id) => !have.has(id));
  if (missing.length > 0) await addIssueLabels(http, repo, current.number, missing);
  return { action: 'updated' as const, pr: updated };
}

export async function ensureFixPr(http: GiteaHttp, repo: RepoRef, plan: TopicPlan, opts: FixPrOptions): Promise<FixPrResult> {
  const bot = opts.bot ?? DEFAULT_BOT;
  const redact = opts.redact ?? asIs;
  const base = opts.base;
  const branch = fixBranchName(base, plan.topic);
  const server = await detectServer(http);
  const pr = await findOpenPr(http, repo, base, branch, giteaAtLeast(server, '1.22'));

  if (editCount(plan) === 0) {
    if (pr) return closePr(http, repo, pr, plan.topic, base, branch, 'driftgate finds no stale value to fix any more', redact);
    return { action: 'none', branch, reason: 'nothing to fix', notes: [] };
  }
  if (pr && readFingerprint(pr.body, plan.topic) === plan.fingerprint) {
    return { action: 'not-updated', branch, number: pr.number, url: pr.html_url, reason: 'the plan is unchanged', notes: [] };
  }

  const existing = await getBranch(http, repo, branch);
  if (existing) {
    const stopAt = [pr?.merge_base, (await getBranch(http, repo, base))?.commit?.id].filter((x): x is string => Boolean(x));
    const humans = humanCommits(await listBranchCommits(http, repo, branch, base, stopAt), bot);
    if (humans.length > 0) {
      const who = humans.map((c) => `${c.sha.slice(0, 10)} by ${c.commit.author?.name ?? 'unknown'}`).join(', ');
      const reason = `branch ${branch} carries commits that are not driftgate's (${who}); they are never overwritten`;
      if (pr) {
        await commentOnce(http, repo, pr.number, HUMAN_COMMITS_MARKER,
          `driftgate did not update this branch: it carries commits that are not driftgate's (${who}), and driftgate never overwrites them. Merge or close this PR (or delete the branch) and driftgate proposes a fresh one on its next run.`, redact);
      }
      return { action: 'blocked', branch, number: pr?.number, url: pr?.html_url, reason, notes: [] };
    }
  }

  const labelIds = await ensureLabels(http, repo, opts.labels);
  if (!pr && opts.maxOpenPrs >= 0) {
    // driftgate's PRs: those with its (first) label; without labels, those on a driftgate/fix/ branch
    const listed = await listOpenPulls(http, repo, labelIds[0]);
    const open = labelIds.length > 0 ? listed : listed.filter((p) => p.head.ref.startsWith('driftgate/fix/'));
    if (open.length >= opts.maxOpenPrs) {
      return { action: 'blocked', branch, reason: `${open.length} driftgate PRs are open (cap ${opts.maxOpenPrs}); not opening another`, notes: [] };
    }
  }

  const rebased = await rebasePlan(plan, (file) => readTextFile(http, repo, file, base), opts.revalidate);
  if (editCount(rebased.plan) === 0) {
    if (pr) return { ...(await closePr(http, repo, pr, plan.topic, base, branch, 'the base branch already has the values', redact)), notes: rebased.notes };
    return { action: 'none', branch, reason: 'the base branch already has the values', notes: rebased.notes, plan: rebased.plan };
  }
  if (pr && readFingerprint(pr.body, plan.topic) === rebased.plan.fingerprint) {
    return { action: 'not-updated', branch, number: pr.number, url: pr.html_url, reason: 'the plan is unchanged', notes: rebased.notes, plan: rebased.plan };
  }

  await pushPlan({
    http,
    repo,
    base,
    branch,
    plan: rebased.plan,
    baseShas: rebased.shas,
    branchExists: Boolean(existing),
    forcePush: giteaAtLeast(server, '1.26'),
    bot,
  });
  const done = await upsertPr(http, repo, branch, base, rebased.plan, labelIds, pr, redact);
  return { action: done.action, branch, number: done.pr.number, url: done.pr.html_url, notes: rebased.notes, plan: rebased.plan };
}
