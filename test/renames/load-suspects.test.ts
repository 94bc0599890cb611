// Suspected renames as the loader sees them, in copies of ../shared/spine: a typo of a field is one
// rename warning (never also a did-you-mean at each place), a weak suspect is read as nothing, a
// key next to the field in one entry is never suspected, and the unchanged corpus has none.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import { SPINE_DIR, SPINE_NEXT_DIR } from '../support/paths.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function copy(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-suspects-'));
  dirs.push(root);
  cpSync(SPINE_DIR, root, { recursive: true });
  const before = readFileSync(join(root, file), 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(join(root, file), after);
  return root;
}

async function load(root: string) {
  return loadSpine(root, await loadConfig(root));
}

describe('suspected renames in a loaded spine', () => {
  it('finds none in the unchanged corpus', async () => {
    expect((await load(SPINE_DIR)).model.uncertain).toEqual([]);
    expect((await load(SPINE_NEXT_DIR)).model.uncertain).toEqual([]);
  });

  it('a misspelt status is one rename warning, with no did-you-mean at each place', async () => {
    const root = copy(SPINE_PATHS.registry, (t) => t.replace(/^( {4})status:/gm, '$1stauts:'));
    const { model, problems } = await load(root);
    const about = problems.filter((p) => p.message.includes('"stauts"'));
    expect(about).toHaveLength(1);
    expect(about[0]).toMatchObject({ code: 'UNKNOWN_KEY', severity: 'warning' });
    expect(about[0]!.message).toContain('stands where "status" is expected');
    expect(about[0]!.message).toContain('profile: {fields: {services: {status: [status, stauts]}}}');
    expect(about[0]!.message).not.toContain('did you mean');
    // read as the status it stands for (the words fit), never as the default
    const u = model.uncertain.find((x) => x.key === 'stauts')!;
    expect(u).toMatchObject({ kind: 'services', fields: ['status'], confident: true, evidence: 'vocabulary' });
    const parked = model.services.filter((s) => u.entries.some((e) => e.pointer === s.ref.pointer) && s.status !== 'active');
    expect(parked.length).toBeGreaterThan(0);
  });

  it("an ssh target's renamed user is a weak suspect: read as no field, one warning that cannot tell", async () => {
    const root = copy(SPINE_PATHS.ssh, (t) => t.replace(/^( {6})user:/gm, '$1login_user:'));
    const { model, problems } = await load(root);
    const u = model.uncertain.find((x) => x.key === 'login_user')!;
    expect(u).toMatchObject({ kind: 'sshTargets', fields: ['user'], confident: false, evidence: 'type' });
    // not confident: the model reads `login_user` as nothing (the gates drop what they concluded from the default)
    const suspected = model.sshTargets.filter((t) => u.entries.some((e) => e.pointer === t.ref.pointer));
    expect(suspected.length).toBe(u.entries.length);
    expect(suspected.filter((t) => t.ref.keys?.user !== undefined)).toEqual([]);
    expect(problems.filter((p) => p.message.startsWith('unknown key "login_user"')).map((p) => p.severity)).toEqual(['warning']);
    expect(problems.find((p) => p.message.startsWith('unknown key "login_user"'))!.message).toContain('cannot tell');
  });

  it('never suspects a key that stands next to the field in one entry', async () => {
    const root = copy(SPINE_PATHS.registry, (t) => t.replace(/^( {4})status:/gm, '$1state:').replace(/^( {4})state: (\w+)/m, '$1state: $2\n$1status: $2'));
    const { model } = await load(root);
    expect(model.uncertain.filter((u) => u.key === 'state')).toEqual([]);
  });
});
