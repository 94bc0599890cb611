// Issue endpoints (paths as in swagger.v1.json), for an issue kept up to date by driftgate (a drift
// dashboard): list, create, edit. Like comments, an issue is driftgate's only when its marker AND
// its author (GET /user) say so: filter the list by `created_by` and still check `user.id`.
import { repoPath, type RepoRef } from './api.js';
import { seg, type GiteaHttp } from './http.js';
import type { Label } from './pulls.js';
import type { User } from './types.js';

/** definitions.Issue (subset) */
export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  html_url: string;
  user: User | null;
  labels?: Label[];
  /** set when the "issue" is a pull request (the issue list returns both unless `type` is given) */
  pull_request?: unknown;
  created_at: string;
  updated_at: string;
}

/** GET /repos/{owner}/{repo}/issues?type=issues (all pages; `createdBy` = a login) */
export function listIssues(http: GiteaHttp, r: RepoRef, filter: { state?: 'open' | 'closed' | 'all'; createdBy?: string } = {}): Promise<Issue[]> {
  return http.paginate<Issue>(`${repoPath(r)}/issues`, { type: 'issues', state: filter.state ?? 'open', created_by: filter.createdBy });
}

/** POST /repos/{owner}/{repo}/issues */
export async function createIssue(http: GiteaHttp, r: RepoRef, option: { title: string; body: string; labels?: number[] }): Promise<Issue> {
  return (await http.request<Issue>('POST', `${repoPath(r)}/issues`, { body: option })).body;
}

/** PATCH /repos/{owner}/{repo}/issues/{index} (Gitea answers 201; `state` closes or reopens) */
export async function editIssue(http: GiteaHttp, r: RepoRef, index: number, option: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<Issue> {
  return (await http.request<Issue>('PATCH', `${repoPath(r)}/issues/${seg(index)}`, { body: option })).body;
}
