// The pull request and label endpoints of fix PRs (paths as in swagger.v1.json), one function per
// call. There is deliberately no lookup by base/head here: Gitea's GET /pulls/{base}/{head} has
// no state filter and no ORDER BY, so with an old closed PR on the same branch it answers that
// one; a PR is found by listing the open ones (see src/fix/find-pr.ts).
import { repoPath, type RepoRef } from './api.js';
import { seg, type GiteaHttp } from './http.js';
import type { User } from './types.js';

/** definitions.PRBranchInfo (subset) */
export interface PrBranchInfo {
  ref: string;
  sha?: string;
  label?: string;
  repo_id?: number;
}

/** definitions.Label (subset) */
export interface Label {
  id: number;
  name: string;
  color?: string;
}

/** definitions.PullRequest (subset) */
export interface PullRequest {
  number: number;
  title: string;
  body?: string;
  state: 'open' | 'closed';
  merged?: boolean;
  html_url: string;
  merge_base?: string;
  user?: User | null;
  head: PrBranchInfo;
  base: PrBranchInfo;
  labels?: Label[];
}

/** GET /repos/{owner}/{repo}/pulls?state=open[&base_branch=][&labels=id] (all pages; Gitea has no head filter) */
export function listOpenPulls(http: GiteaHttp, r: RepoRef, filter: { base?: string; labelId?: number } = {}): Promise<PullRequest[]> {
  return http.paginate<PullRequest>(`${repoPath(r)}/pulls`, { state: 'open', base_branch: filter.base, labels: filter.labelId });
}

/** POST /repos/{owner}/{repo}/pulls */
export async function createPull(
  http: GiteaHttp,
  r: RepoRef,
  option: { base: string; head: string; title: string; body: string; labels?: number[] },
): Promise<PullRequest> {
  return (await http.request<PullRequest>('POST', `${repoPath(r)}/pulls`, { body: option })).body;
}

/** PATCH /repos/{owner}/{repo}/pulls/{index} (Gitea answers 201) */
export async function editPull(
  http: GiteaHttp,
  r: RepoRef,
  index: number,
  option: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: number[] },
): Promise<PullRequest> {
  return (await http.request<PullRequest>('PATCH', `${repoPath(r)}/pulls/${seg(index)}`, { body: option })).body;
}

/** GET /repos/{owner}/{repo}/labels (all pages) */
export function listLabels(http: GiteaHttp, r: RepoRef): Promise<Label[]> {
  return http.paginate<Label>(`${repoPath(r)}/labels`);
}

/** POST /repos/{owner}/{repo}/labels */
export async function createLabel(http: GiteaHttp, r: RepoRef, option: { name: string; color: string; description?: string }): Promise<Label> {
  return (await http.request<Label>('POST', `${repoPath(r)}/labels`, { body: option })).body;
}

/** POST /repos/{owner}/{repo}/issues/{index}/labels (adds; keeps the labels already there) */
export async function addIssueLabels(http: GiteaHttp, r: RepoRef, index: number, ids: number[]): Promise<Label[]> {
  return (await http.request<Label[]>('POST', `${repoPath(r)}/issues/${seg(index)}/labels`, { body: { labels: ids } })).body;
}
