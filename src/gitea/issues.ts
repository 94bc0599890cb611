// Issues (paths as in swagger.v1.json): list, create, edit. For the drift dashboard.
import type { RepoRef } from './api.js';
import { seg, type GiteaHttp } from './http.js';
import type { User } from './types.js';

/** definitions.Issue (subset) */
export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: User | null;
  html_url: string;
  /** set when the issue is a pull request */
  pull_request?: object | null;
}

const repoPath = (r: RepoRef): string => `/repos/${seg(r.owner)}/${seg(r.repo)}`;

export interface ListIssuesQuery {
  state?: 'open' | 'closed' | 'all';
  type?: 'issues' | 'pulls';
  /** login of the author (servers that ignore it list everyone's: callers check `user` themselves) */
  created_by?: string;
}

/** GET /repos/{owner}/{repo}/issues (all pages) */
export function listIssues(http: GiteaHttp, r: RepoRef, query: ListIssuesQuery): Promise<Issue[]> {
  return http.paginate<Issue>(`${repoPath(r)}/issues`, { ...query });
}

/** POST /repos/{owner}/{repo}/issues */
export async function createIssue(http: GiteaHttp, r: RepoRef, option: { title: string; body: string; labels?: number[] }): Promise<Issue> {
  return (await http.request<Issue>('POST', `${repoPath(r)}/issues`, { body: option })).body;
}

/** PATCH /repos/{owner}/{repo}/issues/{index} */
export async function editIssue(http: GiteaHttp, r: RepoRef, index: number, option: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<Issue> {
  return (await http.request<Issue>('PATCH', `${repoPath(r)}/issues/${seg(index)}`, { body: option })).body;
}
