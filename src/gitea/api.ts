// One exported function per Gitea endpoint driftgate uses (paths as in swagger.v1.json).
import { seg, type GiteaHttp } from './http.js';
import type {
  Comment,
  CommitStatus,
  CreateIssueCommentOption,
  CreateStatusOption,
  EditIssueCommentOption,
  Repository,
  ServerVersion,
} from './types.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

const repoPath = (r: RepoRef): string => `/repos/${seg(r.owner)}/${seg(r.repo)}`;

/** GET /version */
export async function getVersion(http: GiteaHttp): Promise<ServerVersion> {
  return (await http.request<ServerVersion>('GET', '/version')).body;
}

/** GET /repos/{owner}/{repo} */
export async function getRepo(http: GiteaHttp, r: RepoRef): Promise<Repository> {
  return (await http.request<Repository>('GET', repoPath(r))).body;
}

/** GET /repos/{owner}/{repo}/issues/{index}/comments (Gitea returns them all, unpaginated) */
export async function listIssueComments(http: GiteaHttp, r: RepoRef, index: number): Promise<Comment[]> {
  return (await http.request<Comment[]>('GET', `${repoPath(r)}/issues/${seg(index)}/comments`)).body ?? [];
}

/** POST /repos/{owner}/{repo}/issues/{index}/comments */
export async function createIssueComment(http: GiteaHttp, r: RepoRef, index: number, option: CreateIssueCommentOption): Promise<Comment> {
  return (await http.request<Comment>('POST', `${repoPath(r)}/issues/${seg(index)}/comments`, { body: option })).body;
}

/** PATCH /repos/{owner}/{repo}/issues/comments/{id} */
export async function editIssueComment(http: GiteaHttp, r: RepoRef, id: number, option: EditIssueCommentOption): Promise<Comment> {
  return (await http.request<Comment>('PATCH', `${repoPath(r)}/issues/comments/${seg(id)}`, { body: option })).body;
}

/** DELETE /repos/{owner}/{repo}/issues/comments/{id} */
export async function deleteIssueComment(http: GiteaHttp, r: RepoRef, id: number): Promise<void> {
  await http.request<void>('DELETE', `${repoPath(r)}/issues/comments/${seg(id)}`);
}

/** POST /repos/{owner}/{repo}/statuses/{sha} */
export async function createCommitStatus(http: GiteaHttp, r: RepoRef, sha: string, option: CreateStatusOption): Promise<CommitStatus> {
  return (await http.request<CommitStatus>('POST', `${repoPath(r)}/statuses/${seg(sha)}`, { body: option })).body;
}

/** GET /repos/{owner}/{repo}/statuses/{sha} (all pages) */
export async function listCommitStatuses(http: GiteaHttp, r: RepoRef, sha: string): Promise<CommitStatus[]> {
  return http.paginate<CommitStatus>(`${repoPath(r)}/statuses/${seg(sha)}`);
}
