// Issue #9's reproductions on the reference corpus (a copy of ../shared/spine with one typo each):
// before, one unclosed "[" in the registry gave 185 findings, an unclosed quote in the health
// binding 35 "has no probe" errors, `status: stoped` a "does not declare …; did you mean
// swaparr-radarr?", and `--gates D51` over a registry that does not parse passed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { GATES } from '../../src/gates/index.js';
import type { Report } from '../../src/report/types.js';
import { memoryIo } from '../support/io.js';
import { SPINE_DIR } from '../support/paths.js';

const REG = 'docs/governance/SERVICE_REGISTRY.yaml';
const HEALTH = 'ops/bindings/services.health.yaml';
const STATIC = GATES.filter((g) => g.kind === 'static');

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function corpusWith(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-corpus-'));
  roots.push(root);
  cpSync(SPINE_DIR, root, { recursive: true });
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  return root;
}

async function check(root: string, args: string[] = []): Promise<{ code: number; report: Report }> {
  const io = memoryIo();
  const code = await main(['check', '--offline', '--root', root, '--format', 'json', ...args], io);
  return { code, report: JSON.parse(io.out.join('')) as Report };
}

const readers = (kind: 'registry' | 'health'): string[] => STATIC.filter((g) => g.reads.includes(kind)).map((g) => g.id);

describe('one typo in the corpus: one clear finding plus one line per dependent gate', () => {
  it('an unclosed "[" in the registry', async () => {
    const root = corpusWith(REG, (t) => t.replace('    port: 3335\n', '    port: [3335\n'));
    const { code, report } = await check(root);
    expect(code).toBe(1);
    const schema = report.findings.filter((f) => f.gate === 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]?.message).toContain('the "[" opened here is never closed');
    const others = report.findings.filter((f) => f.gate !== 'schema' && readers('registry').includes(f.gate));
    expect(others.map((f) => f.gate).sort()).toEqual(readers('registry').sort());
    for (const f of others) expect(f.message).toMatch(/^not evaluated: SERVICE_REGISTRY\.yaml did not load \(YAML syntax error: the "\[" opened here is never closed/);
    // the gates that do not read the registry still report what they found on the corpus
    expect(report.gates.find((g) => g.id === 'ssh-trust')?.result).toBe('fail');
  });

  it('an unclosed quote in the health binding: no "has no probe for it"', async () => {
    const root = corpusWith(HEALTH, (t) => t.replace(/url: "([^"\n]+)"/, 'url: "$1'));
    const { code, report } = await check(root, ['--gates', 'health-coverage']);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => /has no probe/.test(f.message))).toEqual([]);
    expect(report.gates.map((g) => `${g.id}:${g.result}`)).toEqual(['schema:fail', 'health-coverage:inconclusive']);
    expect(report.findings.filter((f) => f.gate === 'health-coverage')).toHaveLength(1);
  });

  it('`status: stoped`: the service is kept, nobody says it is undeclared or suggests another one', async () => {
    const root = corpusWith(REG, (t) => t.replace(/( {2}swaparr-sonarr:\n(?: {4}.*\n)*? {4}status: )stopped/, '$1stoped'));
    const { code, report } = await check(root, ['--gates', 'references']);
    expect(code).toBe(1);
    const about = report.findings.filter((f) => f.message.includes('swaparr-sonarr') || f.locations.some((l) => l.pointer.startsWith('/services/swaparr-sonarr')));
    expect(about.map((f) => `${f.gate}: ${f.message}`).sort()).toEqual([
      // the gate that would have judged it says it did not (inconclusive), instead of passing over it
      'references: service "swaparr-sonarr" has status "stoped", which no status vocabulary knows: not judged, so drift cannot be ruled out; declare it in profile.statuses',
      'schema: "status" has unknown value "stoped"; did you mean "stopped"?',
    ]);
    expect(report.gates.find((g) => g.id === 'references')?.result).not.toBe('pass');
    expect(report.findings.filter((f) => f.message.includes('swaparr-radarr'))).toEqual([]);
  });

  it('`--gates D51` over a registry that does not parse fails instead of passing', async () => {
    const root = corpusWith(REG, (t) => t.replace('    port: 3335\n', '    port: [3335\n'));
    const { code, report } = await check(root, ['--gates', 'D51']);
    expect(code).toBe(1);
    expect(report.gates.map((g) => `${g.id}:${g.result}`)).toEqual(['schema:fail', 'caddy-proto:inconclusive']);
    expect(report.gates[0]?.note).toBe(`not selected; runs because ${REG} did not load`);
  });
});
