// The run history on a state branch of the spine's Gitea (default `driftgate/state`): one JSON
// file written through the contents API. The branch is cut from the default branch the first
// time; every later write replaces the file only while its blob sha is the one read (Gitea answers
// 422 otherwise), so two runs never overwrite each other: the loser re-reads and re-applies.
// Commits say `[skip ci]`, so the branch triggers no workflows.
import { getRepo, type RepoRef } from '../gitea/api.js';
import { getBranch } from '../gitea/branches.js';
import { createFile, readTextFile, updateFile, type Identity } from '../gitea/contents.js';
import { GiteaApiError, type GiteaHttp } from '../gitea/http.js';
import type { HistoryStore, StoredState } from './store.js';

export const DEFAULT_STATE_BRANCH = 'driftgate/state';
export const DEFAULT_STATE_FILE = 'driftgate-state.json';

export interface GiteaStoreOptions {
  http: GiteaHttp;
  repo: RepoRef;
  branch: string;
  /** path of the file on the branch */
  path: string;
  /** author and committer of the state commits (default: the token's user) */
  committer?: Identity;
  /** masks secrets in what is written */
  redact?: (text: string) => string;
}

/** `branch` or `branch:path` (the Action's `state` input) → branch and file. */
export function parseStateLocation(value: string, defaultFile = DEFAULT_STATE_FILE): { branch: string; path: string } {
  const at = value.indexOf(':');
  const branch = (at < 0 ? value : value.slice(0, at)).trim() || DEFAULT_STATE_BRANCH;
  const path = (at < 0 ? '' : value.slice(at + 1)).trim().replace(/^\/+/, '') || defaultFile;
  return { branch, path };
}

/** A conflict or a vanished branch: the caller re-reads and tries again. */
function retryable(error: unknown): boolean {
  return error instanceof GiteaApiError && (error.status === 409 || error.status === 422 || error.status === 404);
}

export function giteaStore(o: GiteaStoreOptions): HistoryStore {
  const read = async (): Promise<StoredState> => {
    const file = await readTextFile(o.http, o.repo, o.path, o.branch);
    return file ? { text: file.text, version: file.sha } : {};
  };
  const identity = o.committer ? { author: o.committer, committer: o.committer } : {};

  return {
    source: `${o.branch}:${o.path}`,
    read,
    async write(text, version, message) {
      const content = Buffer.from(o.redact ? o.redact(text) : text, 'utf8').toString('base64');
      let cutBranch = false;
      try {
        if (version !== undefined) {
          await updateFile(o.http, o.repo, o.path, { content, sha: version, branch: o.branch, message, ...identity });
        } else if (await getBranch(o.http, o.repo, o.branch)) {
          await createFile(o.http, o.repo, o.path, { content, branch: o.branch, message, ...identity });
        } else {
          const base = (await getRepo(o.http, o.repo)).default_branch;
          cutBranch = true;
          await createFile(o.http, o.repo, o.path, { content, branch: base, new_branch: o.branch, message, ...identity });
        }
        return true;
      } catch (error) {
        if (!retryable(error)) throw error;
        // a conflict only if the file (or, on a first write, the branch) changed since it was read;
        // anything else is the error it says
        if ((await read()).version !== version) return false;
        if (cutBranch && (await getBranch(o.http, o.repo, o.branch))) return false;
        throw error;
      }
    },
  };
}
