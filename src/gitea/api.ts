// One exported function per Gitea endpoint driftgate uses (paths as in swagger.v1.json).
import { GiteaApiError, seg, type GiteaHttp } from './http.js';
import type {
  User,
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

export const repoPath = (r: RepoRef): string => `/repos/${seg(r.owner)}/${seg(r.repo)}`;

/** A 404 on a lookup is `undefined`; every other failure is the transport's GiteaApiError. */
export async function orUndefined<T>(call: Promise<{ body: T }>): Promise<T | undefined> {
  try {
    return (await call).body;
  } catch (error) {
    if (error instanceof GiteaApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** GET /version */
export async function getVersion(http: GiteaHttp): Promise<ServerVersion> {
  return (await http.request<ServerVersion>('GET', '/version')).body;
}

/**
 * GET /user: the user the token belongs to. Comments and PRs are driftgate's only when this user
 * wrote them (a scoped token needs the `read:user` scope for it).
 */
export async function getCurrentUser(http: GiteaHttp): Promise<User> {
  return (await http.request<User>('GET', '/user')).body;
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
