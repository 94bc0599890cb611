// The endpoints of fix PRs (paths as in swagger.v1.json): pull requests, branches, commits,
// contents (read one file, change several in one commit) and labels. One function per call;
// a 404 on a lookup is `undefined`, every other failure is the transport's GiteaApiError.
import type { RepoRef } from './api.js';
import { GiteaApiError, seg, type GiteaHttp } from './http.js';

/** definitions.PRBranchInfo (subset) */
export interface PrBranchInfo {
  ref: string;
  sha?: string;
  label?: string;
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
  head: PrBranchInfo;
  base: PrBranchInfo;
  labels?: Label[];
}

/** definitions.Identity */
export interface Identity {
  name: string;
  email: string;
}

/** definitions.ChangeFileOperation */
export interface ChangeFileOperation {
  operation: 'create' | 'update' | 'delete';
  path: string;
  /** base64 */
  content?: string;
  /** blob sha of the file being replaced (update, delete) */
  sha?: string;
}

/** definitions.ChangeFilesOptions: `branch` is the source, `new_branch` the target; `force_push` from 1.26 */
export interface ChangeFilesOptions {
  files: ChangeFileOperation[];
  branch?: string;
  new_branch?: string;
  force_push?: boolean;
  message?: string;
  author?: Identity;
  committer?: Identity;
}

/** definitions.ContentsResponse (subset) */
export interface ContentsResponse {
  path: string;
  sha: string;
  type: string;
  encoding?: string;
  content?: string;
}

/** definitions.FilesResponse (subset) */
export interface FilesResponse {
  commit?: { sha?: string };
}

/** definitions.Commit (subset) */
export interface Commit {
  sha: string;
  commit: { message: string; author?: { name?: string; email?: string }; committer?: { name?: string; email?: string } };
  author?: { login?: string } | null;
}

/** definitions.Branch (subset) */
export interface Branch {
  name: string;
  commit?: { id?: string };
}

const repoPath = (r: RepoRef): string => `/repos/${seg(r.owner)}/${seg(r.repo)}`;

async function orUndefined<T>(call: Promise<{ body: T }>): Promise<T | undefined> {
  try {
    return (await call).body;
  } catch (error) {
    if (error instanceof GiteaApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** GET /repos/{owner}/{repo}/pulls/{base}/{head} (Gitea 1.22+); undefined when there is none */
export function getPullByBaseHead(http: GiteaHttp, r: RepoRef, base: string, head: string): Promise<PullRequest | undefined> {
  return orUndefined(http.request<PullRequest>('GET', `${repoPath(r)}/pulls/${seg(base)}/${seg(head)}`));
}

/** GET /repos/{owner}/{repo}/pulls?state=open[&labels=id] (all pages) */
export function listOpenPulls(http: GiteaHttp, r: RepoRef, labelId?: number): Promise<PullRequest[]> {
  return http.paginate<PullRequest>(`${repoPath(r)}/pulls`, { state: 'open', labels: labelId });
}

/** POST /repos/{owner}/{repo}/pulls */
export async function createPull(
  http: GiteaHttp,
  r: RepoRef,
  option: { base: string; head: string; title: string; body: string; labels?: number[] },
): Promise<PullRequest> {
  return (await http.request<PullRequest>('POST', `${repoPath(r)}/pulls`, { body: option })).body;
}

/** PATCH /repos/{owner}/{repo}/pulls/{index} */
export async function editPull(
  http: GiteaHttp,
  r: RepoRef,
  index: number,
  option: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: number[] },
): Promise<PullRequest> {
  return (await http.request<PullRequest>('PATCH', `${repoPath(r)}/pulls/${seg(index)}`, { body: option })).body;
}

/** GET /repos/{owner}/{repo}/branches/{branch}; undefined when it does not exist */
export function getBranch(http: GiteaHttp, r: RepoRef, branch: string): Promise<Branch | undefined> {
  return orUndefined(http.request<Branch>('GET', `${repoPath(r)}/branches/${seg(branch)}`));
}

/**
 * GET /repos/{owner}/{repo}/commits?sha=<branch>&not=<base>: the commits on `branch` that `base`
 * lacks, newest first. Servers that ignore `not` list the whole history, so the walk also stops
 * at the first commit in `stopAt` (the merge base, the base's head), page by page.
 */
export async function listBranchCommits(http: GiteaHttp, r: RepoRef, branch: string, notOn: string, stopAt: string[] = []): Promise<Commit[]> {
  const stop = new Set(stopAt);
  const out: Commit[] = [];
  const limit = 50;
  for (let page = 1; page <= 20; page++) {
    const query = { sha: branch, not: notOn, stat: false, verification: false, files: false, page, limit };
    const items = (await http.request<Commit[]>('GET', `${repoPath(r)}/commits`, { query })).body ?? [];
    for (const c of items) {
      if (stop.has(c.sha)) return out;
      out.push(c);
    }
    if (items.length < limit) break;
  }
  return out;
}

/** GET /repos/{owner}/{repo}/contents/{filepath}?ref=; undefined when missing */
export function getContents(http: GiteaHttp, r: RepoRef, path: string, ref: string): Promise<ContentsResponse | undefined> {
  const filepath = path.split('/').map(seg).join('/');
  return orUndefined(http.request<ContentsResponse>('GET', `${repoPath(r)}/contents/${filepath}`, { query: { ref } }));
}

/** The text of a file at a ref, with its blob sha; undefined when missing. */
export async function readTextFile(http: GiteaHttp, r: RepoRef, path: string, ref: string): Promise<{ text: string; sha: string } | undefined> {
  const c = await getContents(http, r, path, ref);
  if (!c || c.type !== 'file' || c.content === undefined) return undefined;
  return { text: Buffer.from(c.content, 'base64').toString('utf8'), sha: c.sha };
}

/** POST /repos/{owner}/{repo}/contents (several files, one commit) */
export async function changeFiles(http: GiteaHttp, r: RepoRef, option: ChangeFilesOptions): Promise<FilesResponse> {
  return (await http.request<FilesResponse>('POST', `${repoPath(r)}/contents`, { body: option })).body;
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
