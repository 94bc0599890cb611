// The run history in a local file: created on the first live run, replaced only while it is what
// was read, never overwritten when it is not a driftgate state.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStore } from '../../src/history/file-store.js';
import { parseState, StateError } from '../../src/history/state-doc.js';
import { loadState, saveRun } from '../../src/history/store.js';
import { config, finding, night } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'driftgate-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (n: number) => ({ run: { id: night(n), at: night(n), result: 'pass' as const }, findings: [finding('health', 'a')], judged: new Set(['health']) });

describe('fileStore', () => {
  it('creates the file on the first write and refuses a write over a changed file', async () => {
    const path = join(dir, 'nested', 'state.json');
    const store = fileStore(path, 'nested/state.json');
    expect(await store.read()).toEqual({});
    await saveRun(store, run(1), config().history);
    const stored = await store.read();
    expect(parseState(stored.text as string, 'x').runs).toHaveLength(1);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"pass"', '"drift"'));
    expect(await store.write('{}', stored.version, 'm')).toBe(false);
    expect(await store.write('{}', undefined, 'm')).toBe(false);
  });

  it('names the file in every problem and leaves a foreign file alone', async () => {
    const path = join(dir, 'foreign.json');
    writeFileSync(path, '[1, 2]');
    const store = fileStore(path, 'foreign.json');
    await expect(loadState(store)).rejects.toThrow(new StateError('foreign.json: the run history is not a JSON object'));
    await expect(saveRun(store, run(1), config().history)).rejects.toBeInstanceOf(StateError);
    expect(readFileSync(path, 'utf8')).toBe('[1, 2]');
    writeFileSync(path, JSON.stringify({ version: 7, runs: [], findings: {} }));
    await expect(loadState(store)).rejects.toThrow('foreign.json: the run history has version 7, written by a newer driftgate; this one reads version 1');
    writeFileSync(path, JSON.stringify({ version: 1, runs: [{ id: 'x', at: night(1), result: 'pass' }], findings: { f: { gate: 'g', message: 'm', firstSeen: night(1), subject: { kind: 'service', id: 's' }, seen: '11' } } }));
    await expect(loadState(store)).rejects.toThrow('foreign.json: finding f: "seen" must hold one of 0, 1, ? per recorded run (1)');
  });
});
