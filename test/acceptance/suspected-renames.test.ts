// Optional keys renamed without an alias, in a copy of ../shared/spine-next: the registry's
// `status` (absent means active), the VMs' `ssh_target` and the services' `container`. Before
// driftgate suspected such renames, the model used the fields' defaults and the gates reported
// false errors (parked services "declared active", "has no ssh_target"). Now the run invents
// nothing: the entries are not judged on those fields, each gate that uses them says so, the
// unknown-key notice names the config line, and with those lines the findings are spine-next's.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import { affectedKinds } from '../../src/gates/coverage.js';
import { GATES } from '../../src/gates/index.js';
import type { Report } from '../../src/report/types.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SPINE_NEXT_DIR } from '../support/paths.js';

type Finding = Report['findings'][number];
const NEXT_CONFIG = join(REPO_DIR, 'test/fixtures/config/spine-next.yaml');

/** file, what, the key's lines and its new name */
const RENAMES = [
  { file: SPINE_PATHS.registry, kind: 'services', from: /^( {4})status:/gm, key: 'state', field: 'status' },
  { file: SPINE_PATHS.vms, kind: 'vms', from: /^( {4})ssh_target:/gm, key: 'ssh_host', field: 'ssh_target' },
  { file: SPINE_PATHS.registry, kind: 'services', from: /^( {4})container:/gm, key: 'container_name', field: 'container' },
] as const;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function check(root: string, config: string, gates: string[] = []): Promise<Report> {
  const io = memoryIo();
  await main(['check', '--offline', '--root', root, '--config', config, '--format', 'json', ...(gates.length ? ['--gates', gates.join(',')] : [])], io);
  return JSON.parse(io.out.join('')) as Report;
}

/**
 * A finding's identity: gate, severity, place and message; the column of a place quoted in the
 * message is left out (`container_name:` puts its value five columns further right).
 */
const same = (f: Finding): string => `${f.gate} ${f.severity} ${f.locations[0]?.file}:${f.locations[0]?.line}:${f.locations[0]?.column} ${f.message.replace(/(\.yaml:\d+):\d+/g, '$1')}`;
const uncertainLine = (f: Finding): boolean => f.details?.coverage === 'uncertain-field';
const renameWarning = (f: Finding): boolean => f.gate === 'schema' && RENAMES.some((r) => f.message.startsWith(`unknown key "${r.key}" `));

/** Deep merge of config maps (the suggested lines into spine-next's config). */
function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] = old && typeof old === 'object' && !Array.isArray(old) && v && typeof v === 'object' && !Array.isArray(v) ? merge(old as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

let next: Report;
let renamed: Report;
let root: string;
beforeAll(async () => {
  next = await check(SPINE_NEXT_DIR, NEXT_CONFIG);
  root = mkdtempSync(join(tmpdir(), 'driftgate-suspected-'));
  dirs.push(root);
  cpSync(SPINE_NEXT_DIR, root, { recursive: true });
  for (const r of RENAMES) {
    const path = join(root, r.file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(r.from, `$1${r.key}:`);
    expect(after, r.key).not.toBe(before);
    writeFileSync(path, after);
  }
  renamed = await check(root, NEXT_CONFIG);
}, 120_000);

describe('optional keys renamed without an alias (a copy of spine-next)', () => {
  it('invents no finding: only the rename warnings and the "not judged" lines are new', () => {
    const known = new Set(next.findings.map(same));
    const invented = renamed.findings.filter((f) => !renameWarning(f) && !uncertainLine(f) && !known.has(same(f)));
    expect(invented.map(same)).toEqual([]);
  });

  it('turns each renamed key into one warning with the config line that declares it', () => {
    for (const r of RENAMES) {
      const warnings = renamed.findings.filter((f) => f.gate === 'schema' && f.message.startsWith(`unknown key "${r.key}" `));
      expect(warnings.map((w) => w.severity), r.key).toEqual(['warning']);
      expect(warnings[0]!.message).toContain(`profile: {fields: {${r.kind}: {${r.field}: [`);
      expect(warnings[0]!.message).not.toContain('did you mean');
    }
  });

  it('names, in the one warning of each renamed key, every gate that uses its entries, and none of them passes over them', () => {
    let judged = 0;
    const warningOf = (key: string): Finding | undefined => renamed.findings.find((f) => renameWarning(f) && f.message.startsWith(`unknown key "${key}" `));
    for (const gate of GATES.filter((g) => g.id !== 'schema')) {
      const kinds = affectedKinds(gate);
      const used = RENAMES.filter((r) => kinds.includes(r.kind));
      const run = renamed.gates.find((g) => g.id === gate.id);
      if (used.length === 0 || !run || run.result === 'skipped') continue;
      expect(run.result, gate.id).not.toMatch(/^(pass|warn)$/);
      // folded into the root cause: no line of its own per gate
      expect(renamed.findings.filter((f) => f.gate === gate.id && uncertainLine(f)), gate.id).toEqual([]);
      for (const r of used) {
        const warning = warningOf(r.key);
        expect(warning?.details?.affectedGates, `${gate.id} ${r.key}`).toContain(gate.id);
        expect(warning!.message).toContain(`Not judged because of it: `);
        judged++;
      }
    }
    expect(judged).toBeGreaterThanOrEqual(RENAMES.length);
    // a gate that lost a finding of spine-next says why: a coverage line of its own, or named by a rename warning
    const found = new Set(renamed.findings.map(same));
    const named = new Set(renamed.findings.filter(renameWarning).flatMap((f) => (f.details?.affectedGates as string[] | undefined) ?? []));
    for (const gate of new Set(next.findings.filter((f) => !found.has(same(f))).map((f) => f.gate))) {
      expect(named.has(gate) || renamed.findings.some((f) => f.gate === gate && f.details?.coverage !== undefined), gate).toBe(true);
    }
  });

  it('without the schema gate, each gate that uses the renamed entries says so itself', async () => {
    const gates = GATES.filter((g) => g.id !== 'schema' && g.kind === 'static' && RENAMES.some((r) => affectedKinds(g).includes(r.kind)));
    const only = await check(root, NEXT_CONFIG, gates.map((g) => g.id));
    for (const gate of gates) {
      const lines = only.findings.filter((f) => f.gate === gate.id && uncertainLine(f));
      const used = RENAMES.filter((r) => affectedKinds(gate).includes(r.kind));
      expect(lines.length, gate.id).toBe(used.length);
      for (const l of lines) expect(l.message).toMatch(/not judged on /);
    }
  }, 60_000);

  it('with the suggested config lines added: exactly the findings of spine-next', async () => {
    const lines = renamed.findings.filter(renameWarning).map((f) => /(profile: \{fields: .*\}\}\})/.exec(f.message)?.[1]);
    expect(lines).toHaveLength(RENAMES.length);
    let config = parse(readFileSync(NEXT_CONFIG, 'utf8')) as Record<string, unknown>;
    for (const line of lines) config = merge(config, parse(line!) as Record<string, unknown>);
    const path = join(root, 'driftgate.renames.yaml');
    writeFileSync(path, stringify(config));
    const fixed = await check(root, path);
    expect(fixed.findings.map(same).sort()).toEqual(next.findings.map(same).sort());
  }, 60_000);
});
