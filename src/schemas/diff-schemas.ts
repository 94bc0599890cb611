// `driftgate schemas diff --from REV`: the shapes of the binding files (and every other YAML file
// beside them) at a git revision against the working tree: renamed keys, new and gone keys, new
// values of enum-like fields, renames that left both spellings in one mapping, and the config/schema
// update to propose (propose-patch.ts).
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { BINDING_KINDS } from '../bindings/input-states.js';
import { MAX_FILE_BYTES, parseYamlFile, parseYamlText } from '../bindings/parse-yaml.js';
import { bindingSchemas } from '../bindings/schemas.js';
import type { BindingKind, SourceFile } from '../bindings/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { compareShapes, type FileChanges, type Rename } from './compare-shapes.js';
import { filesAt, resolveRevision, textAt } from './git.js';
import { proposePatch, type ProposedPatch } from './propose-patch.js';
import { enumKeysAt } from './schema-edit.js';
import { fileShape, type FileShape } from './shapes.js';
import { spellingClashes, type SpellingClash } from './spelling-clashes.js';

export interface SchemasDiff {
  from: string;
  commit: string;
  /** files compared (present in both) */
  compared: string[];
  added: string[];
  removed: string[];
  /** files that could not be parsed on one side, with why */
  unreadable: string[];
  changes: Map<string, FileChanges>;
  clashes: SpellingClash[];
  proposal: ProposedPatch;
}

async function yamlNamesIn(root: string, dir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(root, dir), { withFileTypes: true });
    return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => posix.join(dir, e.name));
  } catch {
    return [];
  }
}

function shapeOf(file: SourceFile): FileShape | undefined {
  return file.doc ? fileShape(file.doc, file.lineCounter) : undefined;
}

/** Renames that count for the whole repo: at least one group where every entry that had the old key switched. */
function repoRenames(all: readonly Rename[]): Rename[] {
  return all.filter((r) => r.count === r.had);
}

export async function diffSchemas(root: string, config: ResolvedConfig, from: string, exportDir: string): Promise<SchemasDiff> {
  const commit = await resolveRevision(root, from);
  const kinds = new Map<string, BindingKind>(BINDING_KINDS.map((k) => [config.paths[k], k]));
  const dirs = [...new Set([...kinds.keys()].map((p) => posix.dirname(p)))].sort();
  const nowFiles = new Set((await Promise.all(dirs.map((d) => yamlNamesIn(root, d)))).flat());
  const thenFiles = new Set((await Promise.all(dirs.map((d) => filesAt(root, commit, d)))).flat().filter((f) => /\.ya?ml$/.test(f)));
  for (const file of config.schemas ?? []) if (!/[*?]/.test(file.file)) [nowFiles, thenFiles].forEach((s) => s.add(file.file));
  const compared: string[] = [];
  const unreadable: string[] = [];
  const changes = new Map<string, FileChanges>();
  const shapes = new Map<string, { before: FileShape; after: FileShape }>();
  for (const file of [...nowFiles].filter((f) => thenFiles.has(f)).sort()) {
    const [now, oldText] = await Promise.all([parseYamlFile(join(root, file), file, 'config'), textAt(root, commit, file)]);
    if (oldText === undefined) continue;
    const after = shapeOf(now.file);
    // the same limit as for the working tree: a huge file is not parsed
    const before = Buffer.byteLength(oldText) > MAX_FILE_BYTES ? undefined : shapeOf(parseYamlText(oldText, file, 'config').file);
    if (!after || !before) {
      if (now.problems.some((p) => p.code === 'FILE_MISSING')) continue;
      unreadable.push(`${file} (${!after ? 'now' : `at ${from}`})`);
      continue;
    }
    compared.push(file);
    shapes.set(file, { before, after });
    const kind = kinds.get(file);
    const schemas = kind ? bindingSchemas(kind, config) : [];
    const enumKeys = (shape: string) => new Set(schemas.flatMap((s) => [...enumKeysAt(s, shape)]));
    changes.set(file, compareShapes(file, before, after, enumKeys));
  }
  const renames = [...changes.values()].flatMap((c) => c.renames);
  const clashes = [...shapes].flatMap(([file, s]) => spellingClashes(file, s.after, renames, s.before));
  const forbid = repoRenames(renames).map((r) => r.from);
  const proposal = await proposePatch(root, config, changes, { since: from, exportDir, forbid });
  return {
    from,
    commit,
    compared,
    added: [...nowFiles].filter((f) => !thenFiles.has(f)).sort(),
    removed: [...thenFiles].filter((f) => !nowFiles.has(f)).sort(),
    unreadable,
    changes,
    clashes,
    proposal,
  };
}
