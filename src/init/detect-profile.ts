// What `driftgate init` finds of the built-in `spine` profile in a repository: each profile file at
// its path, found elsewhere under the same file name (one candidate: proposed as a `paths:`
// override; several: listed for the team to choose), or missing; and the workflow directory the
// repository uses.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BINDING_KINDS, CORE_KINDS } from '../bindings/input-states.js';
import { SPINE_PATHS } from '../config/defaults.js';
import type { ResolvedConfig } from '../config/types.js';
import { candidatesFor, indexFileNames, type NameIndex } from './find-by-name.js';

export type ProfileKind = Exclude<keyof ResolvedConfig['paths'], 'workflows'>;

export interface DetectedFile {
  kind: ProfileKind;
  /** the profile's path */
  profilePath: string;
  required: boolean;
  /** found: at the profile's path; moved: one file of that name elsewhere; ambiguous: several; missing: none */
  status: 'found' | 'moved' | 'ambiguous' | 'missing';
  /** moved/ambiguous: the files found by name, relative to the root */
  candidates: string[];
}

export interface Detection {
  files: DetectedFile[];
  /** the workflow directory to write into, relative to the root */
  workflowsDir: string;
  /** whether that directory exists already */
  workflowsDirExists: boolean;
  /** the name search stopped early (see find-by-name.ts) */
  searchTruncated: boolean;
}

/**
 * Where workflows are read from: Gitea reads `.gitea/workflows`, and `.github/workflows` only when
 * the former does not exist; Forgejo reads `.forgejo/workflows`, else `.github/workflows`. init
 * writes into the first of these that exists (`.gitea/workflows` when none does), so it never
 * creates a directory that would make the server ignore the repository's existing workflows.
 */
const WORKFLOW_DIRS = ['.forgejo/workflows', '.gitea/workflows', '.github/workflows'] as const;
const DEFAULT_WORKFLOW_DIR = '.gitea/workflows';

const PROFILE_KINDS: ProfileKind[] = [...BINDING_KINDS, 'caddyfile'];

async function kindOf(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

export async function detectProfile(root: string): Promise<Detection> {
  const present = await Promise.all(PROFILE_KINDS.map(async (kind) => (await kindOf(join(root, SPINE_PATHS[kind]))) === 'file'));
  let index: NameIndex | undefined;
  if (present.includes(false)) index = await indexFileNames(root);
  const files = PROFILE_KINDS.map((kind, i): DetectedFile => {
    const profilePath = SPINE_PATHS[kind];
    const required = (CORE_KINDS as readonly string[]).includes(kind);
    if (present[i]) return { kind, profilePath, required, status: 'found', candidates: [] };
    const candidates = index === undefined ? [] : candidatesFor(index, profilePath);
    const status = candidates.length === 0 ? 'missing' : candidates.length === 1 ? 'moved' : 'ambiguous';
    return { kind, profilePath, required, status, candidates };
  });
  const dirs = await Promise.all(WORKFLOW_DIRS.map(async (d) => (await kindOf(join(root, d))) === 'dir'));
  const existing = WORKFLOW_DIRS.find((_, i) => dirs[i]);
  return { files, workflowsDir: existing ?? DEFAULT_WORKFLOW_DIR, workflowsDirExists: existing !== undefined, searchTruncated: index?.truncated ?? false };
}
