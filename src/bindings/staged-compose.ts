// The compose files the spine stages for its stacks (config `compose.staged`, default
// `ops/staged/{stack}/docker-compose.yml`): read and parsed with positions, so the deployed-compose
// gate can compare the deployed file with them and name the staged line. A stack without a staged
// copy has none (not an error); a staged copy that does not parse is the schema gate's problem.
import { join, posix } from 'node:path';
import { summarizeCompose } from '../compose/compose-spec.js';
import { parseYamlFile } from './parse-yaml.js';
import type { LoadProblem, Model, SourceFile, StagedCompose } from './types.js';

/** The staged path of a stack: the pattern with `{stack}` and `{target}` filled in; undefined when it would leave the root. */
function stagedPath(pattern: string, stack: { name: string; target: string }): string | undefined {
  const path = posix.normalize(pattern.replaceAll('{stack}', stack.name).replaceAll('{target}', stack.target));
  return path.startsWith('/') || path === '..' || path.startsWith('../') ? undefined : path;
}

export interface StagedLoad {
  staged: StagedCompose[];
  files: SourceFile[];
  problems: LoadProblem[];
}

/** Reads the staged copy of every declared stack that has one. */
export async function loadStagedCompose(absRoot: string, pattern: string, model: Pick<Model, 'stacks' | 'files'>): Promise<StagedLoad> {
  const out: StagedLoad = { staged: [], files: [], problems: [] };
  const read = new Map<string, SourceFile | undefined>();
  for (const stack of model.stacks) {
    const path = stagedPath(pattern, stack);
    if (path === undefined || (model.files.has(path) && !read.has(path))) continue;
    if (!read.has(path)) {
      const parsed = await parseYamlFile(join(absRoot, path), path, 'staged');
      const missing = parsed.problems.some((p) => p.code === 'FILE_MISSING');
      read.set(path, missing ? undefined : parsed.file);
      if (!missing) {
        out.files.push(parsed.file);
        out.problems.push(...parsed.problems);
      }
    }
    const file = read.get(path);
    if (!file) continue;
    const summary = file.data === undefined ? undefined : summarizeCompose(file.data);
    out.staged.push({ target: stack.target, stack: stack.name, file: path, ...(summary?.ok ? { spec: summary.value } : {}) });
  }
  return out;
}
