// `driftgate schemas export`: writes the built-in schemas of the binding kinds into the repo (default
// `.driftgate/schemas`, relative to the root), so the team owns a copy its editors and its config can
// name, and says which modeline each binding file would carry. An existing file that differs is never
// overwritten without --force (and then nothing at all is written); --modelines inserts the modeline
// as the first line of the binding files that have none, changing nothing else.
import { readFile } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { BINDING_KINDS } from '../bindings/input-states.js';
import { BINDING_SCHEMAS, builtinSchema } from '../bindings/schemas.js';
import type { BindingKind } from '../bindings/types.js';
import { outside } from '../config/load-extra-schemas.js';
import type { ResolvedConfig } from '../config/types.js';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { writeFileAtomic } from '../report/write-report.js';
import { modelineFor } from './modeline.js';
import { insertModelines, type ModelineOutcome } from './insert-modelines.js';

export interface ExportOptions {
  root: string;
  dir: string;
  force: boolean;
  modelines: boolean;
  config: ResolvedConfig;
}

export interface ExportedSchema {
  kind: BindingKind;
  /** relative to the root */
  path: string;
  outcome: 'written' | 'unchanged' | 'replaced';
}

export interface ModelineAdvice {
  kind: BindingKind;
  file: string;
  /** the modeline, or why there is none */
  line?: string;
  note?: string;
}

export interface ExportResult {
  schemas: ExportedSchema[];
  advice: ModelineAdvice[];
  modelines: ModelineOutcome[];
}

/** The file name of a built-in schema: the last segment of its `$id`. */
export function schemaFileName(kind: BindingKind): string {
  const id = (BINDING_SCHEMAS[kind] as { $id: string }).$id;
  return id.slice(id.lastIndexOf('/') + 1);
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${path}: ${(error as Error).message}`, EXIT_ERROR);
  }
}

function adviceFor(kind: BindingKind, config: ResolvedConfig, schemaPath: string): ModelineAdvice {
  const file = config.paths[kind];
  const replaced = (config.schemas ?? []).find((s) => s.replace && s.file === file);
  if (replaced) {
    return { kind, file, note: `its schema is replaced by ${replaced.schema} in the config; a modeline naming the built-in schema would disagree with driftgate` };
  }
  return { kind, file, line: modelineFor(file, schemaPath) };
}

export interface PlannedSchema {
  kind: BindingKind;
  /** relative to the root */
  path: string;
  text: string;
  /** the file's text now, when it exists */
  existing?: string;
}

/** The normalized export directory; a directory outside the root is misuse (exit 2). */
export function exportDir(dirOption: string): string {
  const dir = posix.normalize(dirOption.replace(/\\/g, '/')).replace(/\/$/, '');
  if (outside(dir) || dir === '.') throw new UserError(`--dir "${dirOption}" must be a directory relative to the root and inside it`, EXIT_ERROR);
  return dir;
}

/** The schema files an export writes into `dir` (normalized, see exportDir), with what is there now. */
export async function planSchemaExport(root: string, dir: string, config: ResolvedConfig): Promise<PlannedSchema[]> {
  return Promise.all(
    BINDING_KINDS.map(async (kind) => {
      const path = posix.join(dir, schemaFileName(kind));
      // what driftgate validates with under this config's profile (its aliases and statuses)
      const text = `${JSON.stringify(builtinSchema(kind, config), null, 2)}\n`;
      const existing = await readOrUndefined(join(root, path));
      return existing === undefined ? { kind, path, text } : { kind, path, text, existing };
    }),
  );
}

/** The modeline of each binding file present under `config.paths`, naming the copies in `dir`. */
export async function modelineAdvice(root: string, config: ResolvedConfig, dir: string): Promise<ModelineAdvice[]> {
  const present = await Promise.all(BINDING_KINDS.map(async (kind) => ((await readOrUndefined(join(root, config.paths[kind]))) !== undefined ? kind : undefined)));
  return present.filter((k): k is BindingKind => k !== undefined).map((kind) => adviceFor(kind, config, posix.join(dir, schemaFileName(kind))));
}

export async function exportSchemas(opts: ExportOptions): Promise<ExportResult> {
  const dir = exportDir(opts.dir);
  const planned = await planSchemaExport(opts.root, dir, opts.config);
  const conflicts = planned.filter((p) => p.existing !== undefined && p.existing !== p.text);
  if (conflicts.length > 0 && !opts.force) {
    const names = conflicts.map((c) => c.path).join(', ');
    throw new UserError(`${conflicts.length} existing file(s) differ from the built-in schemas and were not overwritten (${names}); nothing was written. Keep your edits, or use --force to replace them`, EXIT_ERROR);
  }
  const schemas: ExportedSchema[] = [];
  for (const p of planned) {
    if (p.existing === p.text) {
      schemas.push({ kind: p.kind, path: p.path, outcome: 'unchanged' });
      continue;
    }
    writeFileAtomic(resolve(opts.root, p.path), p.text);
    schemas.push({ kind: p.kind, path: p.path, outcome: p.existing === undefined ? 'written' : 'replaced' });
  }
  const advice = await modelineAdvice(opts.root, opts.config, dir);
  const modelines = opts.modelines ? await insertModelines(opts.root, advice) : [];
  return { schemas, advice, modelines };
}
