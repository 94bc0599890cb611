// A key the schema requires, renamed in every entry of a file of the reference corpus (a copy of
// ../shared/spine), or a whole collection renamed: the entries cannot be read. Whatever the key,
// the run adds no finding but the schema's own and the "could not be read" lines (no cascade, no
// false "has no probe" or "does not declare"), and a gate that lost a true finding because it
// could not read its input is inconclusive, never `pass` (nothing is dropped silently).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import type { Report } from '../../src/report/types.js';
import { memoryIo } from '../support/io.js';
import { SPINE_DIR } from '../support/paths.js';

type Finding = Report['findings'][number];

/** file, what changes, and how (a required key of every entry, or a collection key) */
const RENAMES: Array<{ file: string; what: string; from: RegExp; to: string }> = [
  { file: SPINE_PATHS.registry, what: 'service host', from: /^( {4})host:/gm, to: '$1runs_on:' },
  { file: SPINE_PATHS.registry, what: 'service compose', from: /^( {4})compose:/gm, to: '$1compose_file:' },
  { file: SPINE_PATHS.registry, what: 'the services map', from: /^services:/m, to: 'service:' },
  { file: SPINE_PATHS.health, what: 'endpoint host', from: /^( {4})host:/gm, to: '$1target:' },
  { file: SPINE_PATHS.health, what: 'endpoint expect', from: /^( {4})expect:/gm, to: '$1expected_status:' },
  { file: SPINE_PATHS.vms, what: 'VM stacks', from: /^( {4})stacks:/gm, to: '$1compose_stacks:' },
  { file: SPINE_PATHS.vms, what: 'VM services', from: /^( {4})services:/gm, to: '$1apps:' },
  { file: SPINE_PATHS.vms, what: 'the vms list', from: /^vms:/m, to: 'machines:' },
  { file: SPINE_PATHS.ssh, what: 'the ssh targets list', from: /^ {2}targets:/m, to: '  hosts:' },
  { file: SPINE_PATHS.backups, what: 'backup host', from: /^( {4})host:/gm, to: '$1node:' },
  { file: SPINE_PATHS.compose, what: 'compose target ssh_target', from: /^( {4})ssh_target:/gm, to: '$1ssh:' },
];

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function check(root: string): Promise<Pick<Report, 'gates' | 'findings'>> {
  const io = memoryIo();
  await main(['check', '--offline', '--root', root, '--format', 'json'], io);
  return JSON.parse(io.out.join('')) as Report;
}

/** A finding's identity whatever its wording (a hint built from an entry that could not be read drops out): gate, severity, place. */
const line = (f: Finding): string => `${f.gate} ${f.severity} at ${f.locations[0]?.file}:${f.locations[0]?.line}:${f.locations[0]?.column}`;
const coverage = (f: Finding): boolean => f.details?.coverage !== undefined;

let baseline: Pick<Report, 'gates' | 'findings'>;
beforeAll(async () => {
  baseline = await check(SPINE_DIR);
});

describe('a required key or a collection renamed in the corpus: no cascade, nothing dropped silently', () => {
  for (const r of RENAMES) {
    it(`${r.what} (${r.file})`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'driftgate-renames-'));
      roots.push(root);
      cpSync(SPINE_DIR, root, { recursive: true });
      const text = readFileSync(join(root, r.file), 'utf8');
      const renamed = text.replace(r.from, r.to);
      expect(renamed).not.toBe(text);
      writeFileSync(join(root, r.file), renamed);
      const report = await check(root);
      const before = new Set(baseline.findings.map(line));
      const after = new Set(report.findings.map(line));
      // nothing new but the file's own schema problems and the lines about what could not be read
      const invented = report.findings.filter((f) => f.gate !== 'schema' && !coverage(f) && !before.has(line(f)));
      expect(invented.map(line)).toEqual([]);
      expect(report.findings.filter(coverage).length).toBeGreaterThan(0);
      // a gate that no longer reports a finding it reported on the intact corpus says why
      const lost = new Set(baseline.findings.filter((f) => !after.has(line(f))).map((f) => f.gate));
      for (const gate of lost) {
        expect(report.gates.find((g) => g.id === gate)?.result, `${gate} lost a finding`).not.toMatch(/^(pass|warn)$/);
        expect(report.findings.some((f) => f.gate === gate && coverage(f)), `${gate} lost a finding and says nothing`).toBe(true);
      }
    });
  }
});
