// The fix settings of driftgate.config.yaml (issue #15): fix kinds switched off one by one, the
// exited-status mapping, the expect groups, the persistence of an exited container, shadow probes,
// and fix.gates by alias. Unknown kinds are errors with a did-you-mean.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import configSchema from '../../schemas/driftgate.config.schema.json' with { type: 'json' };
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load-config.js';
import { FIX_GATES, FIX_KINDS } from '../../src/gates/fix-kinds.js';
import { REPO_DIR } from '../support/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-fix-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function configFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('fix settings', () => {
  it('default: every gate with a fix kind, every kind on, shadow probes on', () => {
    const config = defaultConfig();
    expect(config.fix.gates).toEqual(['registry-status', 'health', 'backup-freshness', 'compose-state', 'vm-inventory', 'unmanaged-containers']);
    expect(FIX_GATES).toEqual(config.fix.gates);
    expect(config.fix.kinds).toEqual({});
    expect(config.fix).toMatchObject({ minDownMinutes: 60, exitedStatus: { failed: 'stopped', clean: 'parked' }, expectGroups: [[401, 403]] });
    expect(config.probe.shadow).toBe(true);
  });

  it('reads kinds, the exited status (one side kept), the groups, the persistence and the shadow switch; fix.gates by alias', async () => {
    const file = configFile(
      'fix.yaml',
      'probe:\n  shadow: false\nfix:\n  gates: [D23, vm-inventory]\n  kinds: { health-expect: false, vm-status: true }\n  min_down_minutes: 180\n  exited_status: { clean: stopped }\n  expect_groups: [[401, 403], [301, 302, 307]]\n',
    );
    const config = await loadConfig(tmp, file);
    expect(config.probe.shadow).toBe(false);
    expect(config.fix).toMatchObject({
      gates: ['health', 'vm-inventory'],
      kinds: { 'health-expect': false, 'vm-status': true },
      minDownMinutes: 180,
      exitedStatus: { failed: 'stopped', clean: 'stopped' },
      expectGroups: [[401, 403], [301, 302, 307]],
    });
  });

  it('an unknown kind is an error at its line, with a did-you-mean', async () => {
    const file = configFile('typo.yaml', 'fix:\n  kinds:\n    health-expct: false\n');
    await expect(loadConfig(tmp, file)).rejects.toThrow(`${file}:3:5 unknown key "health-expct" in "kinds"; did you mean "health-expect"?`);
  });

  it('docs/fix-prs.md shows every fix setting in its example', () => {
    const doc = readFileSync(join(REPO_DIR, 'docs/fix-prs.md'), 'utf8');
    for (const key of ['gates:', 'kinds:', 'min_uptime_minutes:', 'min_down_minutes:', 'exited_status:', 'expect_groups:', 'shadow:']) expect(doc, key).toContain(key);
  });

  it("the kind tables of docs/fix-prs.md and the README are the code's list of topics: every kind, in order, no other, each with its evidence and settings", () => {
    const doc = readFileSync(join(REPO_DIR, 'docs/fix-prs.md'), 'utf8');
    const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
    const rows = (text: string) => text.split('\n').filter((l) => /^\| `[a-z-]+` \|/.test(l)).map((l) => l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
    const table = rows(doc.slice(doc.indexOf('| kind (topic) |'), doc.indexOf('**Evidence.**')));
    expect(table.map((r) => [r[0], r[1]])).toEqual(FIX_KINDS.map((k) => [`\`${k.id}\``, `\`${k.gate}\``]));
    for (const [i, k] of FIX_KINDS.entries()) {
      const [, , proposes, evidence] = table[i] as string[];
      expect(proposes, k.id).toMatch(/\w/);
      expect(evidence, k.id).toMatch(/\w/);
      // the settings the code's description of the kind names (`fix.min_down_minutes`, …) are on its row
      for (const setting of `${k.proposes} ${k.evidence}`.match(/`fix\.[a-z_]+`|`stale_after_hours`/g) ?? []) expect(table[i]?.join(' '), `${k.id} ${setting}`).toContain(setting);
    }
    // the switches: per gate and per kind, named in the doc; the example lists every gate with a kind
    expect(doc).toContain('`fix.gates`');
    expect(doc).toContain('`fix.kinds`');
    expect(doc).toContain(`  gates: [${FIX_GATES.join(', ')}]`);
    const section = readme.slice(readme.indexOf('## Fix PRs'), readme.indexOf('## Development'));
    expect(rows(section).map((r) => r[0])).toEqual(FIX_KINDS.map((k) => `\`${k.id}\``));
    expect(section).toContain('`fix.gates` switches them off per gate and `fix.kinds` per kind');
  });

  it('the config schema names every fix kind, and no other', () => {
    const kinds = (configSchema as { properties: { fix: { properties: { kinds: { properties: Record<string, unknown> } } } } }).properties.fix.properties.kinds.properties;
    expect(Object.keys(kinds)).toEqual(FIX_KINDS.map((k) => k.id));
  });
});
