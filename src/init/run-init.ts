// `driftgate init`: sets driftgate up in an existing spine repository. It detects which files of
// the built-in `spine` profile exist (and where), writes driftgate.config.yaml (only what differs
// from the defaults), the PR-check and nightly workflows, and with --schemas the schemas and with
// --modelines the editor modelines (through `schemas export`'s own code). An existing file is never
// replaced without --force: identical is "unchanged", different is "skipped" with the reason.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig, SPINE_PATHS } from '../config/defaults.js';
import { loadConfig } from '../config/load-config.js';
import { mergeConfig } from '../config/merge-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { exportDir, modelineAdvice, planSchemaExport } from '../schemas/export-schemas.js';
import { insertModelines, type ModelineOutcome } from '../schemas/insert-modelines.js';
import { type ActionRef, resolveActionRef } from './action-ref.js';
import { type Detection, detectProfile } from './detect-profile.js';
import { applyFiles, type PlannedFile, planFile, type WantedFile } from './plan-files.js';
import { DEFAULT_BRANCH, renderConfig } from './render-config.js';
import { type RenderedWorkflow, renderWorkflows } from './render-workflows.js';

export const SCHEMAS_DIR = '.driftgate/schemas';

export interface InitOptions {
  /** the repository root (runInit wants it absolute) */
  root: string;
  force: boolean;
  /** also export the schemas (`schemas export`) */
  schemas: boolean;
  /** also insert the editor modelines (implies schemas) */
  modelines: boolean;
  dryRun: boolean;
  /** the Action reference of the workflows (--action) */
  action?: string;
  /** the default branch (--branch) */
  branch?: string;
}

export interface InitResult {
  detection: Detection;
  files: PlannedFile[];
  modelines: ModelineOutcome[];
  action: ActionRef;
  branch: string;
  workflowsDir: string;
  /** the workflows written (or planned), with their runner labels */
  workflows: RenderedWorkflow[];
  /** things the team must know that are not a file outcome */
  notes: string[];
  dryRun: boolean;
}

function checkBranch(branch: string): string {
  if (!/^[A-Za-z0-9._][A-Za-z0-9._/-]*$/.test(branch)) throw new UserError(`--branch "${branch}" is not a branch name init can write into a workflow`, EXIT_ERROR);
  return branch;
}

async function existingConfig(root: string, force: boolean): Promise<ResolvedConfig | undefined> {
  try {
    if (!(await stat(join(root, CONFIG_FILE_NAME))).isFile()) return undefined;
  } catch {
    return undefined;
  }
  try {
    return await loadConfig(root);
  } catch (error) {
    if (force) return undefined; // it is about to be replaced
    throw error;
  }
}

export async function runInit(opts: InitOptions): Promise<InitResult> {
  try {
    if (!(await stat(opts.root)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UserError(`--root ${opts.root} is not a directory`, EXIT_ERROR);
  }
  const notes: string[] = [];
  const detection = await detectProfile(opts.root);
  const existing = await existingConfig(opts.root, opts.force);
  const branch = checkBranch(opts.branch ?? existing?.fix.base ?? DEFAULT_BRANCH);
  const rendered = renderConfig(detection, branch);
  const config = await planFile(opts.root, { path: CONFIG_FILE_NAME, text: rendered.text }, opts.force);
  const kept = config.outcome === 'skipped' ? existing : undefined;
  const effective = kept ?? mergeConfig(defaultConfig(), rendered.raw, () => ({ file: CONFIG_FILE_NAME, line: 1, column: 1, pointer: '' }));
  // a kept config that names its own workflow directory wins: that is where check looks
  const workflowsDir = kept && kept.paths.workflows !== SPINE_PATHS.workflows ? kept.paths.workflows : detection.workflowsDir;
  if (kept && kept.paths.workflows !== workflowsDir) {
    notes.push(`${CONFIG_FILE_NAME} (kept) reads workflows from ${kept.paths.workflows}, but this repository keeps them in ${workflowsDir}: set paths.workflows: ${workflowsDir} so the workflow-lock gate (D50) sees them`);
  }
  if (detection.searchTruncated) notes.push('the search for profile files elsewhere stopped early (a very large repository); set paths: in the config for files it did not find');

  const action = await resolveActionRef(opts.root, opts.action);
  const workflows = renderWorkflows(workflowsDir, action.ref, branch);
  const wanted: WantedFile[] = workflows.map((w) => ({ path: w.path, text: w.text }));
  if (opts.schemas || opts.modelines) wanted.push(...(await planSchemaExport(opts.root, exportDir(SCHEMAS_DIR), effective)));
  const files = [config, ...(await Promise.all(wanted.map((w) => planFile(opts.root, w, opts.force))))];
  if (!opts.dryRun) applyFiles(opts.root, files);
  const modelines = opts.modelines ? await insertModelines(opts.root, await modelineAdvice(opts.root, effective, SCHEMAS_DIR), !opts.dryRun) : [];
  return { detection, files, modelines, action, branch, workflowsDir, workflows, notes, dryRun: opts.dryRun };
}
