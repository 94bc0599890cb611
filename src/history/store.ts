// Where the run history lives, behind one interface: a local JSON file (file-store.ts) or one file
// on a state branch of the spine's Gitea (gitea-store.ts). Writes are compare-and-swap: a state
// that changed since it was read is re-read, the run re-applied, and the write tried again.
import { recordRun, emptyState, type RecordSettings, type RunInput } from './record-run.js';
import { parseState, serializeState, StateError } from './state-doc.js';
import type { HistoryState } from './types.js';

export interface StoredState {
  /** the raw document, undefined when there is none yet */
  text?: string;
  /** what the store compares on write (a content hash, a blob sha); undefined = does not exist */
  version?: string;
}

export interface HistoryStore {
  /** where the state lives, for messages and the report (a path, or branch:path) */
  readonly source: string;
  read(): Promise<StoredState>;
  /**
   * Writes `text` when the stored state is still at `version` (undefined: must not exist yet).
   * Returns false on a conflict (it changed since it was read); throws on any other failure.
   */
  write(text: string, version: string | undefined, message: string): Promise<boolean>;
}

/** Attempts of a write before giving up on conflicts. */
export const WRITE_ATTEMPTS = 4;

/** Reads and parses the state; undefined when none exists yet. Throws StateError when unusable. */
export async function loadState(store: HistoryStore): Promise<HistoryState | undefined> {
  const stored = await store.read();
  return stored.text === undefined ? undefined : parseState(stored.text, store.source);
}

export interface SaveResult {
  state: HistoryState;
  /** false when the stored state already was this (e.g. the same run recorded again) */
  written: boolean;
  attempts: number;
}

/** Records `run` on the latest stored state, retrying on conflicts a bounded number of times. */
export async function saveRun(store: HistoryStore, run: RunInput, settings: RecordSettings, attempts = WRITE_ATTEMPTS): Promise<SaveResult> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const stored = await store.read();
    const prev = stored.text === undefined ? emptyState() : parseState(stored.text, store.source);
    const state = recordRun(prev, run, settings);
    const text = serializeState(state);
    if (text === stored.text) return { state, written: false, attempts: attempt };
    const message = `driftgate: record the live run of ${run.run.at} (${run.run.result}) [skip ci]`;
    if (await store.write(text, stored.version, message)) return { state, written: true, attempts: attempt };
  }
  throw new StateError(`${store.source}: the run history changed while it was written, ${attempts} times in a row; this run was not recorded`);
}
