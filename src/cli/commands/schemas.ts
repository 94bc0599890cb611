// `driftgate schemas export` and `driftgate schemas diff`: the repo owns its schemas, and sees how
// its files' shapes moved since a git revision. Thin: options in, src/schemas/ does the work.
import { resolve } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { UserError } from '../../core/errors.js';
import { EXIT_DRIFT, EXIT_ERROR, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { writeReport } from '../../report/write-report.js';
import { diffSchemas } from '../../schemas/diff-schemas.js';
import { exportSchemas } from '../../schemas/export-schemas.js';
import { renderDiffJson, renderDiffText } from '../../schemas/render-diff.js';
import { renderExportText } from '../../schemas/render-export.js';

export interface SchemasExportOptions {
  root: string;
  config?: string;
  dir: string;
  force: boolean;
  modelines: boolean;
}

export interface SchemasDiffOptions {
  root: string;
  config?: string;
  from: string;
  dir: string;
  out?: string;
  format: 'text' | 'json';
}

async function configOf(io: Io, opts: { root: string; config?: string }) {
  const root = resolve(io.cwd, opts.root);
  return { root, config: await loadConfig(root, opts.config === undefined ? undefined : resolve(io.cwd, opts.config)) };
}

export async function schemasExportCommand(opts: SchemasExportOptions, io: Io): Promise<number> {
  const { root, config } = await configOf(io, opts);
  const result = await exportSchemas({ root, dir: opts.dir, force: opts.force, modelines: opts.modelines, config });
  io.stdout(renderExportText(result, opts.dir, opts.modelines));
  return EXIT_OK;
}

export async function schemasDiffCommand(opts: SchemasDiffOptions, io: Io): Promise<number> {
  const { root, config } = await configOf(io, opts);
  if (opts.out !== undefined && opts.format === 'json') throw new UserError('--out writes the patch of the text form; use --format json without --out', EXIT_ERROR);
  const diff = await diffSchemas(root, config, opts.from, opts.dir);
  if (opts.out !== undefined && diff.proposal.patch !== '') await writeReport(resolve(io.cwd, opts.out), diff.proposal.patch);
  io.stdout(opts.format === 'json' ? renderDiffJson(diff) : renderDiffText(diff, diff.proposal.patch === '' ? undefined : opts.out));
  // a rename that left both spellings loses text silently: that is drift, like an invalid binding
  return diff.clashes.length > 0 ? EXIT_DRIFT : EXIT_OK;
}
