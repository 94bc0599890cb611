// `schemas export --modelines`: the advised modeline becomes the first line of each binding file
// that has none. Only that comment line is added: the file is re-parsed before it is written and
// must hold exactly the same data, its line endings, byte order mark and permissions are kept, and
// the write is atomic. A file that already names a schema is left as it is.
import { chmodSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { errorMessage } from '../core/errors.js';
import { writeFileAtomic } from '../report/write-report.js';
import type { ModelineAdvice } from './export-schemas.js';
import { existingModeline, insertModeline } from './modeline.js';

export interface ModelineOutcome {
  file: string;
  outcome: 'inserted' | 'kept' | 'skipped';
  /** the schema an existing modeline names, or why a file was skipped */
  detail?: string;
}

function dataOf(text: string): unknown {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  return Array.isArray(docs) ? docs.map((d) => [d.errors.length, d.toJS({ maxAliasCount: 100 })]) : [];
}

/** With `write: false` nothing is written: the outcomes say what a write would do (`init --dry-run`). */
export async function insertModelines(root: string, advice: readonly ModelineAdvice[], write = true): Promise<ModelineOutcome[]> {
  const out: ModelineOutcome[] = [];
  for (const a of advice) {
    if (a.line === undefined) {
      out.push({ file: a.file, outcome: 'skipped', detail: a.note });
      continue;
    }
    const path = join(root, a.file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      out.push({ file: a.file, outcome: 'skipped', detail: errorMessage(error) });
      continue;
    }
    const existing = existingModeline(text);
    if (existing !== undefined) {
      out.push({ file: a.file, outcome: 'kept', detail: existing });
      continue;
    }
    const next = insertModeline(text, a.line);
    let same: boolean;
    try {
      same = isDeepStrictEqual(dataOf(text), dataOf(next));
    } catch {
      same = false;
    }
    if (!same) {
      out.push({ file: a.file, outcome: 'skipped', detail: 'the file would not read the same with the modeline; add it by hand' });
      continue;
    }
    if (write) {
      const mode = statSync(path).mode & 0o7777;
      writeFileAtomic(path, next);
      chmodSync(path, mode);
    }
    out.push({ file: a.file, outcome: 'inserted' });
  }
  return out;
}
