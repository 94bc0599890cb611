// One file through the contents API (paths as in swagger.v1.json): create (optionally on a new
// branch cut from `branch`) and update (only while its blob sha is still `sha`: Gitea answers 422
// otherwise). Reading a file is `readTextFile` (pulls.ts).
import type { RepoRef } from './api.js';
import { seg, type GiteaHttp } from './http.js';
import type { Identity } from './pulls.js';

/** definitions.FileResponse (subset) */
export interface FileResponse {
  content?: { path?: string; sha?: string } | null;
  commit?: { sha?: string } | null;
}

interface FileOptions {
  /** base64 */
  content: string;
  /** the branch the change starts from (default: the default branch) */
  branch?: string;
  /** commit to this new branch, cut from `branch` */
  new_branch?: string;
  message?: string;
  author?: Identity;
  committer?: Identity;
}

/** definitions.CreateFileOptions (subset) */
export type CreateFileOptions = FileOptions;

/** definitions.UpdateFileOptions (subset): `sha` is the blob sha of the file being replaced */
export interface UpdateFileOptions extends FileOptions {
  sha: string;
}

const filePath = (r: RepoRef, path: string): string => `/repos/${seg(r.owner)}/${seg(r.repo)}/contents/${path.split('/').map(seg).join('/')}`;

/** POST /repos/{owner}/{repo}/contents/{filepath} */
export async function createFile(http: GiteaHttp, r: RepoRef, path: string, option: CreateFileOptions): Promise<FileResponse> {
  return (await http.request<FileResponse>('POST', filePath(r, path), { body: option })).body;
}

/** PUT /repos/{owner}/{repo}/contents/{filepath} */
export async function updateFile(http: GiteaHttp, r: RepoRef, path: string, option: UpdateFileOptions): Promise<FileResponse> {
  return (await http.request<FileResponse>('PUT', filePath(r, path), { body: option })).body;
}
