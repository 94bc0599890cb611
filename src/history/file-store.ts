// The run history in a local JSON file (`check --state FILE`): for the CLI, local use and tests.
// Written atomically (temp file + rename) and only when the file is still what was read.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { errorMessage } from '../core/errors.js';
import { writeFileAtomic } from '../report/write-report.js';
import { StateError } from './state-doc.js';
import type { HistoryStore, StoredState } from './store.js';

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function readText(path: string, shown: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateError(`cannot read the run history ${shown}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
  }
}

/** `path` is absolute; `shown` is how messages name it (as the user gave it). */
export function fileStore(path: string, shown = path): HistoryStore {
  return {
    source: shown,
    async read(): Promise<StoredState> {
      const text = await readText(path, shown);
      return text === undefined ? {} : { text, version: hash(text) };
    },
    async write(text, version): Promise<boolean> {
      const current = await readText(path, shown);
      if ((current === undefined ? undefined : hash(current)) !== version) return false;
      try {
        writeFileAtomic(path, text);
      } catch (error) {
        throw new StateError(`cannot write the run history ${shown}: ${errorMessage(error)}`);
      }
      return true;
    },
  };
}
