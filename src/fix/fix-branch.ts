// The fix branch: its deterministic name, whose commits it carries, and how the bot writes it
// (Gitea 1.26+: rebuilt from the base with `force_push`; older: one commit on top of the branch).
import type { RepoRef } from '../gitea/api.js';
import type { GiteaHttp } from '../gitea/http.js';
import { changeFiles, readTextFile, type ChangeFileOperation, type Commit, type Identity } from '../gitea/pulls.js';
import { commitMessage, PLAN_TRAILER } from './pr-body.js';
import type { TopicPlan } from './plan-fixes.js';

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

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export interface PushInput {
  http: GiteaHttp;
  repo: RepoRef;
  base: string;
  branch: string;
  plan: TopicPlan;
  /** blob sha of each file on the base */
  baseShas: Record<string, string>;
  branchExists: boolean;
  forcePush: boolean;
  bot: Identity;
}

/** Write the plan's files to the branch in one commit. */
export async function pushPlan(p: PushInput): Promise<void> {
  const message = commitMessage(p.plan);
  const who = { author: p.bot, committer: p.bot, message };
  if (p.forcePush || !p.branchExists) {
    const files: ChangeFileOperation[] = p.plan.files.map((f) => ({ operation: 'update', path: f.file, content: b64(f.after), sha: p.baseShas[f.file] }));
    await changeFiles(p.http, p.repo, { ...who, files, branch: p.base, new_branch: p.branch, ...(p.forcePush ? { force_push: true } : {}) });
    return;
  }
  const files: ChangeFileOperation[] = [];
  for (const f of p.plan.files) {
    const current = await readTextFile(p.http, p.repo, f.file, p.branch);
    if (current?.text === f.after) continue;
    files.push(current ? { operation: 'update', path: f.file, content: b64(f.after), sha: current.sha } : { operation: 'create', path: f.file, content: b64(f.after) });
  }
  if (files.length > 0) await changeFiles(p.http, p.repo, { ...who, files, branch: p.branch });
}
