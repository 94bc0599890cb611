// The fake's git: resolve a ref (branch or sha), walk history, write a commit on a branch, and the
// merge base. Commits carry whole trees, so reading a file at any ref is a map lookup.
import { fakeSha, type FakeAuthor, type FakeCommit, type FakeGiteaState, type FakeRepo } from './state.js';

/** The commit a branch name or a (full) sha names, or undefined. */
export function resolveRef(repo: FakeRepo, ref: string): FakeCommit | undefined {
  const sha = repo.branches.get(ref) ?? ref;
  return repo.commits.get(sha);
}

/** Every commit reachable from `sha` (itself included). */
export function reachable(repo: FakeRepo, sha: string | undefined): Set<string> {
  const seen = new Set<string>();
  const todo = sha ? [sha] : [];
  while (todo.length > 0) {
    const next = todo.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    todo.push(...(repo.commits.get(next)?.parents ?? []));
  }
  return seen;
}

/** The history of a ref (branch or sha) without what `not` reaches, newest first (as Gitea lists commits). */
export function history(repo: FakeRepo, ref: string, not?: string): FakeCommit[] {
  const excluded = not ? reachable(repo, repo.branches.get(not) ?? not) : new Set<string>();
  return [...reachable(repo, repo.branches.get(ref) ?? ref)]
    .filter((s) => !excluded.has(s))
    .map((s) => repo.commits.get(s) as FakeCommit)
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.sha.localeCompare(a.sha));
}

/** The newest commit both refs reach (undefined when they share none). */
export function mergeBase(repo: FakeRepo, a: string, b: string): string | undefined {
  const other = reachable(repo, b);
  return history(repo, a).find((c) => other.has(c.sha))?.sha;
}

export interface CommitInit {
  /** path → new content; null deletes the file */
  files: Record<string, string | null>;
  author?: FakeAuthor;
  message?: string;
  /** the parent (default: the branch's head; a new branch starts from the default branch) */
  parent?: string;
}

/** Writes one commit and moves `branch` to it (creating the branch). Used by routes and by tests ("a person pushes"). */
export function pushCommit(state: FakeGiteaState, repo: FakeRepo, branch: string, init: CommitInit): FakeCommit {
  const parentSha = init.parent ?? repo.branches.get(branch) ?? (repo.branches.get(repo.default_branch) as string);
  const parent = repo.commits.get(parentSha);
  const tree = new Map(parent?.tree ?? []);
  for (const [path, content] of Object.entries(init.files)) {
    if (content === null) tree.delete(path);
    else tree.set(path, content);
  }
  const commit: FakeCommit = {
    sha: fakeSha(state, branch),
    parents: parent ? [parent.sha] : [],
    message: init.message ?? 'update files',
    author: init.author ?? state.tokenUser,
    tree,
    created_at: state.now(),
  };
  repo.commits.set(commit.sha, commit);
  repo.branches.set(branch, commit.sha);
  return commit;
}

/** The text of a file at a branch or sha (undefined when missing). */
export function fileAt(repo: FakeRepo, ref: string, path: string): string | undefined {
  return resolveRef(repo, ref)?.tree.get(path);
}

/** definitions.CommitMeta of each parent of a commit */
export function parentMetas(repo: FakeRepo, c: FakeCommit): Array<{ sha: string; url: string; created: string }> {
  return c.parents.map((sha) => ({ sha, url: `http://127.0.0.1/api/v1/repos/${repo.owner}/${repo.name}/git/commits/${sha}`, created: repo.commits.get(sha)?.created_at ?? c.created_at }));
}
