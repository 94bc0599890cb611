// The fix branch: its deterministic name, whose commits it carries, and what is on it now.
import type { RepoRef } from '../gitea/api.js';
import { getBranch, listBranchCommits, type Commit } from '../gitea/branches.js';
import type { Identity } from '../gitea/contents.js';
import type { GiteaHttp } from '../gitea/http.js';
import { PLAN_TRAILER } from './pr-body.js';

export const DEFAULT_BOT: Identity = { name: 'driftgate-bot', email: 'driftgate-bot@noreply.localhost' };

/** `driftgate/fix/<base>/<topic>` */
export function fixBranchName(base: string, topic: string): string {
  return `driftgate/fix/${base}/${topic}`;
}

/** A bot commit carries the plan trailer and the bot's author email; anything else is a human's. */
export function isBotCommit(c: Commit, bot: Identity): boolean {
  const email = (c.commit.author?.email ?? '').toLowerCase();
  return c.commit.message.includes(PLAN_TRAILER) && email === bot.email.toLowerCase();
}

export function humanCommits(commits: Commit[], bot: Identity): Commit[] {
  return commits.filter((c) => !isBotCommit(c, bot));
}

/** "abc1234567 by Alice, def… by Bob" */
export function describeCommits(commits: Commit[]): string {
  return commits.map((c) => `${c.sha.slice(0, 10)} by ${c.commit.author?.name ?? 'unknown'}`).join(', ');
}

/** A fix branch as checked: its head (the sha every later write is conditioned on) and its own commits. */
export interface BranchState {
  /** undefined when the branch does not exist */
  head?: string;
  /** the commits the base lacks, newest first */
  commits: Commit[];
  /** those not made by driftgate */
  humans: Commit[];
}

export async function readBranchState(http: GiteaHttp, repo: RepoRef, base: string, branch: string, bot: Identity, mergeBase?: string): Promise<BranchState> {
  const head = (await getBranch(http, repo, branch))?.commit?.id;
  if (!head) return { commits: [], humans: [] };
  const stopAt = [mergeBase, (await getBranch(http, repo, base))?.commit?.id].filter((x): x is string => Boolean(x));
  // listed at the checked sha, not by name: what is judged is exactly what a write will replace
  const commits = await listBranchCommits(http, repo, head, base, stopAt);
  return { head, commits, humans: humanCommits(commits, bot) };
}

/** true when the newest commit of the branch is driftgate's commit of exactly this plan */
export function holdsPlan(state: BranchState, fingerprint: string, bot: Identity): boolean {
  const newest = state.commits[0];
  return Boolean(newest && isBotCommit(newest, bot) && newest.commit.message.includes(`${PLAN_TRAILER} ${fingerprint}`));
}
