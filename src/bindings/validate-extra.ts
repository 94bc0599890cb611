// The extra schemas of the config (`schemas:`): every matching file is parsed (once, even when it is
// also a binding or a file beside them) and validated; a plain path that does not exist is
// FILE_MISSING, a glob that matches nothing is a warning (a check that checks nothing is not a pass).
// A `replace: true` entry of a binding file that was read is left to validateBinding (schemas.ts).
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { globFiles, isGlob } from './glob-files.js';
import { parseYamlFile } from './parse-yaml.js';
import type { SchemaValidator } from './validate-schema.js';
import type { LoadProblem, SourceFile } from './types.js';

export interface ExtraValidation {
  problems: LoadProblem[];
  /** files parsed here that loadSpine had not read (for the file count and to skip re-parsing) */
  parsed: Map<string, SourceFile>;
}

/** The config file as reports name files: relative to the root when it lies inside it. */
function configPath(absRoot: string, file: string | undefined): string {
  if (file === undefined) return 'driftgate.config.yaml';
  const rel = relative(absRoot, file).split(sep).join('/');
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export async function validateExtraFiles(
  absRoot: string,
  config: ResolvedConfig,
  known: ReadonlyMap<string, SourceFile>,
  validator: SchemaValidator,
): Promise<ExtraValidation> {
  const problems: LoadProblem[] = [];
  const parsed = new Map<string, SourceFile>();
  for (const [index, entry] of (config.schemas ?? []).entries()) {
    const rels = isGlob(entry.file) ? await globFiles(absRoot, entry.file) : [entry.file];
    if (rels.length === 0) {
      problems.push({
        code: 'FILE_MISSING',
        severity: 'warning',
        message: `no file matches "${entry.file}", so schema "${entry.schema}" of the config validates nothing; fix the glob or remove the entry`,
        location: { file: configPath(absRoot, config.file), line: entry.line ?? 1, column: entry.column ?? 1, pointer: `/schemas/${index}` },
      });
      continue;
    }
    for (const rel of rels) {
      // a replacing schema of a binding file is applied by validateBinding, instead of the built-in
      if (entry.replace && known.has(rel)) continue;
      let file = known.get(rel) ?? parsed.get(rel);
      if (!file) {
        const result = await parseYamlFile(join(absRoot, rel), rel, 'config');
        if (result.problems.some((p) => p.code === 'FILE_MISSING')) {
          // a missing file has no line to point at: point at the config entry that names it
          problems.push({
            code: 'FILE_MISSING',
            severity: 'error',
            message: `${rel} does not exist, but schema "${entry.schema}" of the config must validate it; create the file or fix the path`,
            location: { file: configPath(absRoot, config.file), line: entry.line ?? 1, column: entry.column ?? 1, pointer: `/schemas/${index}` },
          });
          continue;
        }
        problems.push(...result.problems);
        file = result.file;
        parsed.set(rel, file);
      }
      if (file.data !== undefined) problems.push(...validator.validate(file, entry.definition));
    }
  }
  return { problems, parsed };
}
