// Writing a fix branch without ever losing someone's push: every write is conditioned on the
// branch head the run checked (compare-and-swap). A write that finds the branch moved throws
// BranchMovedError and the caller re-plans (and then sees the new commits). How, per server:
// - new branch (all servers): `new_branch` from the base; Gitea refuses (422) if it appeared.
// - Gitea 1.27+: the plan is committed on a scratch branch cut from the base, then the fix branch
//   is moved to that commit with PUT /branches/{branch} and `old_commit_id` = the checked head
//   (409 when it moved): a true compare-and-swap, and the branch is rebuilt from the base.
// - older Gitea and Forgejo (no conditional branch update; `force_push` of Gitea 1.26 is not
//   conditional, so it is never used): one commit on top of the branch, each file with its blob
//   sha at the checked head (Gitea refuses a file someone changed), then the new commit's parent
//   is compared with the checked head. A push of other files that lands between the check and
//   the write stays under driftgate's commit (nothing is lost) and is reported; the run re-plans.
import type { RepoRef } from '../gitea/api.js';
import { deleteBranch, getBranch, updateBranch } from '../gitea/branches.js';
import { changeFiles, readTextFile, type ChangeFileOperation, type Identity } from '../gitea/contents.js';
import { GiteaApiError, type GiteaHttp } from '../gitea/http.js';
import { giteaAtLeast, type ServerInfo } from '../gitea/server-info.js';
import type { BranchState } from './fix-branch.js';
import { commitMessage } from './pr-body.js';
import type { TopicPlan } from './plan-fixes.js';

/** The branch moved between the check and the write: nothing was overwritten; re-plan. */
export class BranchMovedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BranchMovedError';
  }
}

/** `driftgate/scratch/<base>/<topic>`: driftgate's own short-lived branch (Gitea 1.27+ writes) */
export function scratchBranchName(base: string, topic: string): string {
  return `driftgate/scratch/${base}/${topic}`;
}

/** true when the server can move a branch only if it is still at a given commit */
export function canSwapBranch(server: ServerInfo | undefined): boolean {
  return server?.product === 'gitea' && giteaAtLeast(server, '1.27');
}

export interface WriteInput {
  http: GiteaHttp;
  repo: RepoRef;
  base: string;
  branch: string;
  plan: TopicPlan;
  /** blob sha of each file on the base */
  baseShas: Record<string, string>;
  /** the branch as the run checked it */
  checked: BranchState;
  server?: ServerInfo;
  bot: Identity;
}

export interface WriteResult {
  /** the commit now at the branch head (undefined when nothing had to be written) */
  commit?: string;
  notes: string[];
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const conflict = (e: unknown): boolean => e instanceof GiteaApiError && (e.status === 409 || e.status === 422);

/** Write the plan's files to the fix branch in one commit, conditioned on `checked.head`. */
export async function writeFixBranch(w: WriteInput): Promise<WriteResult> {
  if (!w.checked.head) return createBranch(w);
  if (canSwapBranch(w.server)) return swapBranch(w, w.checked.head);
  return commitOnTop(w, w.checked.head);
}

function who(w: WriteInput) {
  return { author: w.bot, committer: w.bot, message: commitMessage(w.plan) };
}

function fromBase(w: WriteInput): ChangeFileOperation[] {
  return w.plan.files.map((f) => ({ operation: 'update', path: f.file, content: b64(f.after), sha: w.baseShas[f.file] }));
}

/** After a refused write: did the branch move (re-plan) or is it another failure (rethrow)? */
async function movedOr(w: WriteInput, error: unknown, expected: string | undefined): Promise<never> {
  if (conflict(error)) {
    const now = (await getBranch(w.http, w.repo, w.branch))?.commit?.id;
    if (now !== expected) {
      throw new BranchMovedError(expected ? `${w.branch} moved from ${expected.slice(0, 10)} to ${now ? now.slice(0, 10) : 'nothing'} while driftgate wrote it` : `${w.branch} appeared while driftgate created it`);
    }
  }
  throw error;
}

async function createBranch(w: WriteInput): Promise<WriteResult> {
  try {
    const res = await changeFiles(w.http, w.repo, { ...who(w), files: fromBase(w), branch: w.base, new_branch: w.branch });
    return { commit: res.commit?.sha, notes: [] };
  } catch (error) {
    return movedOr(w, error, undefined);
  }
}

async function swapBranch(w: WriteInput, head: string): Promise<WriteResult> {
  const scratch = scratchBranchName(w.base, w.plan.topic);
  // a scratch branch left by a crashed run is driftgate's own: rebuilt with force_push
  const res = await changeFiles(w.http, w.repo, { ...who(w), files: fromBase(w), branch: w.base, new_branch: scratch, force_push: true });
  const commit = res.commit?.sha;
  const notes: string[] = [];
  try {
    if (!commit) throw new GiteaApiError('POST', '/contents', undefined, 'the answer names no commit');
    await updateBranch(w.http, w.repo, w.branch, { oldCommit: head, newCommit: commit, force: true });
  } catch (error) {
    await movedOr(w, error, head);
  } finally {
    await deleteBranch(w.http, w.repo, scratch).catch((e: unknown) => notes.push(`could not delete the scratch branch ${scratch}: ${(e as Error).message}`));
  }
  return { commit, notes };
}

async function commitOnTop(w: WriteInput, head: string): Promise<WriteResult> {
  const files: ChangeFileOperation[] = [];
  for (const f of w.plan.files) {
    const current = await readTextFile(w.http, w.repo, f.file, head);
    if (current?.text === f.after) continue;
    files.push(current ? { operation: 'update', path: f.file, content: b64(f.after), sha: current.sha } : { operation: 'create', path: f.file, content: b64(f.after) });
  }
  if (files.length === 0) return { notes: [] };
  let res;
  try {
    res = await changeFiles(w.http, w.repo, { ...who(w), files, branch: w.branch });
  } catch (error) {
    return movedOr(w, error, head);
  }
  const parent = res.commit?.parents?.[0]?.sha;
  if (parent && parent !== head) {
    throw new BranchMovedError(
      `commit ${parent.slice(0, 10)} reached ${w.branch} between driftgate's check and its write; driftgate's commit ${res.commit?.sha?.slice(0, 10) ?? ''} sits on top of it and nothing was lost`,
    );
  }
  return { commit: res.commit?.sha, notes: [] };
}
