// Branch endpoints (paths as in swagger.v1.json): read one, move it with compare-and-swap (Gitea
// 1.27+: PUT with `old_commit_id`), delete it, and list the commits a branch has that another ref
// lacks. A 404 on a lookup is `undefined`.
import { orUndefined, repoPath, type RepoRef } from './api.js';
import { seg, type GiteaHttp } from './http.js';

/** definitions.Commit (subset) */
export interface Commit {
  sha: string;
  commit: { message: string; author?: { name?: string; email?: string }; committer?: { name?: string; email?: string } };
  author?: { login?: string } | null;
  parents?: Array<{ sha: string }>;
}

/** definitions.Branch (subset) */
export interface Branch {
  name: string;
  commit?: { id?: string };
}

/** GET /repos/{owner}/{repo}/branches/{branch}; undefined when it does not exist */
export function getBranch(http: GiteaHttp, r: RepoRef, branch: string): Promise<Branch | undefined> {
  return orUndefined(http.request<Branch>('GET', `${repoPath(r)}/branches/${seg(branch)}`));
}

/**
 * PUT /repos/{owner}/{repo}/branches/{branch} (Gitea 1.27+): point the branch at `newCommit`,
 * only if it is still at `oldCommit` (409 otherwise: someone pushed, nothing is overwritten).
 */
export async function updateBranch(http: GiteaHttp, r: RepoRef, branch: string, option: { oldCommit: string; newCommit: string; force: boolean }): Promise<void> {
  const body = { old_commit_id: option.oldCommit, new_commit_id: option.newCommit, force: option.force };
  await http.request<void>('PUT', `${repoPath(r)}/branches/${seg(branch)}`, { body });
}

/** DELETE /repos/{owner}/{repo}/branches/{branch} (Gitea closes the open PRs of that head branch) */
export async function deleteBranch(http: GiteaHttp, r: RepoRef, branch: string): Promise<void> {
  await http.request<void>('DELETE', `${repoPath(r)}/branches/${seg(branch)}`);
}

/**
 * GET /repos/{owner}/{repo}/commits?sha=<ref>&not=<base>: the commits on `ref` that `base`
 * lacks, newest first. Servers that ignore `not` list the whole history, so the walk also stops
 * at the first commit in `stopAt` (the merge base, the base's head), page by page.
 */
export async function listBranchCommits(http: GiteaHttp, r: RepoRef, ref: string, notOn: string, stopAt: string[] = []): Promise<Commit[]> {
  const stop = new Set(stopAt);
  const out: Commit[] = [];
  const limit = 50;
  for (let page = 1; page <= 20; page++) {
    const query = { sha: ref, not: notOn, stat: false, verification: false, files: false, page, limit };
    const items = (await http.request<Commit[]>('GET', `${repoPath(r)}/commits`, { query })).body ?? [];
    for (const c of items) {
      if (stop.has(c.sha)) return out;
      out.push(c);
    }
    if (items.length < limit) break;
  }
  return out;
}
