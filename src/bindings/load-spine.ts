// Loads a spine: reads every bound file, parses YAML, validates it against its schema and builds
// the typed Model. Bad content never throws: problems are data. Only a missing root is a UserError.
import { readdir, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { buildModel } from './build-model.js';
import { resolveProfile } from '../profile/profile.js';
import { findSuspects, tentativeProfile } from '../renames/find-suspects.js';
import { renameWarnings } from '../renames/rename-warnings.js';
import { loadStagedCompose } from './staged-compose.js';
import { BINDING_KINDS, bindingState, CORE_KINDS, textState, workflowsState } from './input-states.js';
import { parseYamlFile, readSourceText } from './parse-yaml.js';
import { createBindingValidator, validateBinding } from './schemas.js';
import { setAsideInvalid } from './set-aside-invalid.js';
import { validateExtraFiles } from './validate-extra.js';
import type { InputKind, InputState, LoadProblem, LoadResult, SourceFile } from './types.js';
import { LineCounter } from 'yaml';


async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function yamlFilesIn(absDir: string, pattern: RegExp): Promise<string[]> {
  try {
    const entries = await readdir(absDir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

export async function loadSpine(root: string, config: ResolvedConfig): Promise<LoadResult> {
  const absRoot = resolve(root);
  if (!(await isDirectory(absRoot))) throw new UserError(`root directory not found: ${root}`, EXIT_ERROR);
  const files = new Map<string, SourceFile>();
  const problems: LoadProblem[] = [];
  let fileCount = 0;
  const paths = config.paths;
  const validator = createBindingValidator(config);

  const inputs = {} as Record<InputKind, InputState>;
  const bindings = await Promise.all(
    BINDING_KINDS.map(async (kind) => ({ kind, parsed: await parseYamlFile(join(absRoot, paths[kind]), paths[kind], kind) })),
  );
  for (const { kind, parsed } of bindings) {
    const required = CORE_KINDS.includes(kind);
    inputs[kind] = bindingState(kind, paths[kind], required, parsed.file, parsed.problems);
    const missing = parsed.problems.some((p) => p.code === 'FILE_MISSING');
    if (missing && !required) continue;
    files.set(parsed.file.path, parsed.file);
    problems.push(...parsed.problems);
    if (missing) continue;
    fileCount++;
    if (parsed.file.data !== undefined) problems.push(...validateBinding(kind, parsed.file, validator, config));
  }

  const caddy = await readSourceText(join(absRoot, paths.caddyfile), paths.caddyfile);
  inputs.caddyfile = textState(paths.caddyfile, caddy.text, caddy.problems);
  if (caddy.text !== undefined) {
    files.set(paths.caddyfile, {
      kind: 'caddyfile',
      path: paths.caddyfile,
      absPath: join(absRoot, paths.caddyfile),
      text: caddy.text,
      data: undefined,
      lineCounter: lineCounterOf(caddy.text),
    });
    fileCount++;
  } else {
    problems.push(...caddy.problems.filter((p) => p.code !== 'FILE_MISSING'));
  }

  const workflowNames = await yamlFilesIn(join(absRoot, paths.workflows), /\.ya?ml$/);
  const workflows = await Promise.all(
    workflowNames.map((n) => parseYamlFile(join(absRoot, paths.workflows, n), posix.join(paths.workflows, n), 'workflow')),
  );
  for (const parsed of workflows) {
    files.set(parsed.file.path, parsed.file);
    problems.push(...parsed.problems);
    fileCount++;
  }
  inputs.workflows = workflowsState(paths.workflows, workflows.length);

  // the config's extra schemas (`schemas:`), over bindings or any other file
  const extra = await validateExtraFiles(absRoot, config, files, validator);
  problems.push(...extra.problems);
  fileCount += extra.parsed.size;

  // an unknown key that seems to spell an optional field (a rename without its alias): read as that
  // field when only it fits, never judged on it, and one warning with the config line (src/renames)
  const profile = resolveProfile(config);
  const first = buildModel(absRoot, config, files, inputs, profile);
  const uncertain = findSuspects(first, config, profile);
  const model = uncertain.some((u) => u.confident) ? buildModel(absRoot, config, files, inputs, tentativeProfile(profile, uncertain)) : first;
  model.uncertain = uncertain;
  problems.splice(0, problems.length, ...renameWarnings(problems, uncertain, files));
  // an entry the schema rejects is not judged: it is unreadable, with the schema's reason
  setAsideInvalid(model, problems);
  // the staged compose files of the declared stacks (deployed-compose compares them with the hosts')
  const staged = await loadStagedCompose(absRoot, config.compose.staged, model);
  for (const f of staged.files) files.set(f.path, f);
  problems.push(...staged.problems);
  fileCount += staged.files.length;
  model.stagedCompose = staged.staged;

  // every other *.yaml beside the bound files: syntax and duplicate keys only (no schema, not in the model)
  const dirs = [...new Set(BINDING_KINDS.map((k) => posix.dirname(paths[k])))].sort();
  for (const dir of dirs) {
    const names = (await yamlFilesIn(join(absRoot, dir), /\.yaml$/)).map((n) => posix.join(dir, n)).filter((p) => !files.has(p) && !extra.parsed.has(p));
    const extras = await Promise.all(names.map((rel) => parseYamlFile(join(absRoot, rel), rel, 'config')));
    for (const parsed of extras) {
      problems.push(...parsed.problems);
      fileCount++;
    }
  }

  return { model, problems, fileCount };
}

function lineCounterOf(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lc.addNewLine(i + 1);
  return lc;
}
