// The contents endpoints (paths as in swagger.v1.json): read one file at a ref, and change several
// files in one commit (ChangeFilesOptions). Also what a state file kept in the repository needs.
import { orUndefined, repoPath, type RepoRef } from './api.js';
import { seg, type GiteaHttp } from './http.js';

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
  /** blob sha of the file being replaced on the source branch (update, delete): Gitea refuses (422) when it differs */
  sha?: string;
}

/**
 * definitions.ChangeFilesOptions: `branch` is the source, `new_branch` the target (created from
 * the source; 422 when it exists, unless `force_push`, Gitea 1.26+, which rebuilds it blindly).
 */
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
  commit?: { sha?: string; parents?: Array<{ sha?: string }> };
}

/** GET /repos/{owner}/{repo}/contents/{filepath}?ref= (a branch, tag or commit sha); undefined when missing */
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
