// The contents endpoints (paths as in swagger.v1.json): read one file at a ref, change several
// files in one commit (ChangeFilesOptions), and create or update one file (the run history's state
// file: an update only while its blob sha is still `sha`, Gitea answers 422 otherwise).
import { orUndefined, repoPath, type RepoRef } from './api.js';
import { seg, type GiteaHttp } from './http.js';

const filePath = (r: RepoRef, path: string): string => `${repoPath(r)}/contents/${path.split('/').map(seg).join('/')}`;

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
  return orUndefined(http.request<ContentsResponse>('GET', filePath(r, path), { query: { ref } }));
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

/** definitions.FileResponse (subset) */
export interface FileResponse {
  content?: { path?: string; sha?: string } | null;
  commit?: { sha?: string } | null;
}

/** definitions.CreateFileOptions (subset): `branch` the change starts from, `new_branch` cut from it */
export interface CreateFileOptions {
  /** base64 */
  content: string;
  branch?: string;
  new_branch?: string;
  message?: string;
  author?: Identity;
  committer?: Identity;
}

/** definitions.UpdateFileOptions (subset): `sha` is the blob sha of the file being replaced */
export interface UpdateFileOptions extends CreateFileOptions {
  sha: string;
}

/** POST /repos/{owner}/{repo}/contents/{filepath} */
export async function createFile(http: GiteaHttp, r: RepoRef, path: string, option: CreateFileOptions): Promise<FileResponse> {
  return (await http.request<FileResponse>('POST', filePath(r, path), { body: option })).body;
}

/** PUT /repos/{owner}/{repo}/contents/{filepath} */
export async function updateFile(http: GiteaHttp, r: RepoRef, path: string, option: UpdateFileOptions): Promise<FileResponse> {
  return (await http.request<FileResponse>('PUT', filePath(r, path), { body: option })).body;
}
