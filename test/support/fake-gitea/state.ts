// The fake Gitea's in-memory world: users, repositories, pull requests, comments, statuses,
// labels, and a small git: commits form a DAG (each with its whole tree), branches point at
// commits. Route modules read and change it; tests set it up (addRepo, pushCommit) and assert on it.

export interface FakeUser {
  id: number;
  login: string;
}

/** A commit author as the fake records it: a user plus the identity written into the commit. */
export type FakeAuthor = FakeUser & { name?: string; email?: string };

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeStatus {
  id: number;
  sha: string;
  context: string;
  state: string;
  description: string;
  target_url: string;
  creator: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  head: { ref: string; sha: string };
  base: { ref: string };
  user: FakeUser;
  labels: number[];
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: FakeUser;
  labels: number[];
  created_at: string;
  updated_at: string;
  closed_at?: string;
}

export interface FakeCommit {
  sha: string;
  /** parent shas (empty for the first commit) */
  parents: string[];
  message: string;
  author: FakeAuthor;
  /** the whole tree after this commit: path → content */
  tree: Map<string, string>;
  created_at: string;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string;
}

export interface FakeRepo {
  id: number;
  owner: string;
  name: string;
  default_branch: string;
  /** next issue/PR number (shared sequence, as in Gitea) */
  nextIndex: number;
  pulls: Map<number, FakePull>;
  issues: Map<number, FakeIssue>;
  comments: FakeComment[];
  statuses: FakeStatus[];
  /** branch → head sha */
  branches: Map<string, string>;
  /** sha → commit (kept after a branch is deleted, as git keeps objects) */
  commits: Map<string, FakeCommit>;
  labels: FakeLabel[];
}

export interface FakeGiteaState {
  /** what GET /version answers */
  version: string;
  /** Gitea's ROOT_URL (with a trailing slash): the base of `html_url`s (default: the fake's own URL) */
  rootUrl: string;
  /** the user the API token belongs to (a collaborator with write access) */
  tokenUser: FakeUser;
  users: FakeUser[];
  repos: Map<string, FakeRepo>;
  nextId: () => number;
  now: () => string;
}

export function createState(version = '1.27.0', login = 'driftgate-bot'): FakeGiteaState {
  let id = 1000;
  let tick = Date.parse('2026-02-11T12:00:00Z');
  const tokenUser = { id: 1, login };
  return {
    version,
    rootUrl: 'http://127.0.0.1/',
    tokenUser,
    users: [tokenUser],
    repos: new Map(),
    nextId: () => ++id,
    // a deterministic clock: one second per event
    now: () => new Date((tick += 1000)).toISOString(),
  };
}

/** A 40-hex sha derived from a seed and the state's id sequence (deterministic per test). */
export function fakeSha(state: FakeGiteaState, seed: string): string {
  let h = 2166136261;
  const text = `${seed}:${state.nextId()}`;
  const out: string[] = [];
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ round, 16777619) >>> 0;
    out.push(h.toString(16).padStart(8, '0'));
  }
  return out.join('');
}

export function addRepo(
  state: FakeGiteaState,
  owner: string,
  name: string,
  files: Record<string, string> = {},
  defaultBranch = 'main',
): FakeRepo {
  const sha = fakeSha(state, `${owner}/${name}`);
  const initial: FakeCommit = { sha, parents: [], message: 'initial', author: state.tokenUser, tree: new Map(Object.entries(files)), created_at: state.now() };
  const repo: FakeRepo = {
    id: state.nextId(),
    owner,
    name,
    default_branch: defaultBranch,
    nextIndex: 1,
    pulls: new Map(),
    issues: new Map(),
    comments: [],
    statuses: [],
    branches: new Map([[defaultBranch, sha]]),
    commits: new Map([[sha, initial]]),
    labels: [],
  };
  state.repos.set(`${owner}/${name}`, repo);
  return repo;
}

export function addPull(
  state: FakeGiteaState,
  repo: FakeRepo,
  init: { title?: string; body?: string; head: string; base?: string; headSha?: string; user?: FakeUser; state?: 'open' | 'closed' },
): FakePull {
  const at = state.now();
  const pull: FakePull = {
    number: repo.nextIndex++,
    title: init.title ?? `Change ${init.head}`,
    body: init.body ?? '',
    state: init.state ?? 'open',
    merged: false,
    head: { ref: init.head, sha: init.headSha ?? repo.branches.get(init.head) ?? fakeSha(state, init.head) },
    base: { ref: init.base ?? repo.default_branch },
    user: init.user ?? state.tokenUser,
    labels: [],
    created_at: at,
    updated_at: at,
  };
  repo.pulls.set(pull.number, pull);
  return pull;
}

export function addComment(state: FakeGiteaState, repo: FakeRepo, issue: number, body: string, user: FakeUser = state.tokenUser): FakeComment {
  const at = state.now();
  const comment: FakeComment = { id: state.nextId(), issue, body, user, created_at: at, updated_at: at };
  repo.comments.push(comment);
  return comment;
}
