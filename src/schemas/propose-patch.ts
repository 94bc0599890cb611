// The config/schema update `schemas diff` proposes, as one patch `git apply` takes: the schema of
// each binding file that changed shape, with its renames, new keys and new enum values (the repo's
// own JSON schema when the config already replaces the built-in one, else a copy of the built-in
// under the export directory), the config entries that make those copies the binding's schema, and
// the old spellings of renamed keys as forbidden names. What cannot be patched (a YAML or field-list
// schema of the repo) is listed as a note instead.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { BINDING_KINDS } from '../bindings/input-states.js';
import { builtinSchema } from '../bindings/schemas.js';
import type { BindingKind } from '../bindings/types.js';
import { CONFIG_FILE_NAME } from '../config/defaults.js';
import type { ResolvedConfig } from '../config/types.js';
import { unifiedDiff } from '../fix/diff-guard.js';
import type { FileChanges } from './compare-shapes.js';
import { addToConfig } from './config-patch.js';
import { schemaFileName } from './export-schemas.js';
import { applyChanges } from './schema-edit.js';

export interface ProposedPatch {
  /** unified diff of every proposed file change ('' when there is nothing to propose) */
  patch: string;
  /** files the patch changes or creates, relative to the root */
  files: string[];
  /** schema files the patch creates as edited copies of a built-in schema (not exported yet) */
  created: string[];
  /** changes the patch cannot make, for a human */
  notes: string[];
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function diffOf(file: string, before: string | undefined, after: string): string {
  const patch = unifiedDiff(file, before ?? '', after);
  return before === undefined ? patch.replace(`--- a/${file}`, '--- /dev/null') : patch;
}

/** The relative path `configFile` has under the root, when it lies there. */
function configRel(root: string, config: ResolvedConfig): string | undefined {
  if (config.file === undefined) return CONFIG_FILE_NAME;
  const rel = posix.relative(root.split('\\').join('/'), config.file.split('\\').join('/'));
  return rel.startsWith('..') || posix.isAbsolute(rel) ? undefined : rel;
}

export async function proposePatch(
  root: string,
  config: ResolvedConfig,
  changes: ReadonlyMap<string, FileChanges>,
  opts: { since: string; exportDir: string; forbid: string[] },
): Promise<ProposedPatch> {
  const diffs: string[] = [];
  const files: string[] = [];
  const created: string[] = [];
  const notes: string[] = [];
  const owned: Array<Record<string, string | boolean>> = [];
  for (const kind of BINDING_KINDS as BindingKind[]) {
    const file = config.paths[kind];
    const c = changes.get(file);
    if (!c || c.renames.length + c.newKeys.length + c.newValues.length === 0) continue;
    const replacing = (config.schemas ?? []).filter((s) => s.replace && s.file === file);
    let target: string;
    let base: object;
    let before: string | undefined;
    if (replacing.length > 0) {
      const own = replacing[0]!;
      if (replacing.length > 1 || own.each !== undefined || own.dialect === 'field-list' || !own.schema.endsWith('.json') || own.schema.includes('#')) {
        notes.push(`${file}: its schema is ${replacing.map((r) => r.schema).join(', ')} (not one plain JSON file); update it by hand with the changes above`);
        continue;
      }
      target = own.schema;
      before = await readText(join(root, target));
      base = JSON.parse(before ?? '{}') as object;
    } else {
      target = posix.join(opts.exportDir, schemaFileName(kind));
      before = await readText(join(root, target));
      try {
        base = before === undefined ? builtinSchema(kind, config) : (JSON.parse(before) as object);
      } catch {
        notes.push(`${target} is not valid JSON; fix it, or delete it to start again from the built-in schema`);
        continue;
      }
      owned.push({ file, schema: target, replace: true });
    }
    const after = `${JSON.stringify(applyChanges(base, c, opts.since), null, 2)}\n`;
    if (before === after) continue;
    diffs.push(diffOf(target, before, after));
    files.push(target);
    if (before === undefined) created.push(target);
  }
  const already = new Set(config.conventions?.forbiddenKeys ?? []);
  const forbid = [...new Set(opts.forbid)].filter((k) => !already.has(k)).sort();
  if (owned.length > 0 || forbid.length > 0) {
    const rel = configRel(root, config);
    if (rel === undefined) {
      notes.push(`the config ${config.file ?? ''} lies outside the root; add ${owned.length} schemas entr(ies) and forbidden_keys [${forbid.join(', ')}] to it by hand`);
    } else {
      const before = config.file === undefined ? undefined : await readText(config.file);
      const after = addToConfig(before ?? '', { schemas: owned, forbiddenKeys: forbid });
      diffs.push(diffOf(rel, before, after));
      files.push(rel);
    }
  }
  return { patch: diffs.join(''), files, created, notes };
}
