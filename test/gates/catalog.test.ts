// The catalog contract (STYLE.md point 2): unique kebab-case ids and aliases, a file per gate, a
// doc page per gate whose example output is what the gate really prints, and fixtures per gate.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import { GATES } from '../../src/gates/index.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';
import { GATES_TEST_DIR, readExpected } from './support/gate-cases.js';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function cases(id: string): string[] {
  const dir = join(GATES_TEST_DIR, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.txt')));
}

describe('gate catalog', () => {
  it('declares for every gate the inputs it reads and the kinds it judges (judged kinds come from files it reads)', () => {
    const fileOf: Record<string, string> = {
      services: 'registry', hosts: 'registry', endpoints: 'health', composeTargets: 'compose', stacks: 'compose',
      vms: 'vms', sshTargets: 'ssh', backups: 'backups', routes: 'routing', deployDependencies: 'deploy',
    };
    for (const g of GATES) {
      for (const kind of g.judges) expect(g.reads, `${g.id} judges ${kind}`).toContain(fileOf[kind]);
      if (g.id !== 'schema') expect(g.reads.length, g.id).toBeGreaterThan(0);
    }
  });

  it('has unique kebab-case ids, unique aliases and a source file named after each id', () => {
    const names = GATES.flatMap((g) => [g.id.toLowerCase(), ...g.aliases.map((a) => a.toLowerCase())]);
    expect(new Set(names).size).toBe(names.length);
    for (const g of GATES) {
      expect(g.id).toMatch(KEBAB);
      expect(g.describe.length, g.id).toBeGreaterThan(20);
      expect(existsSync(join(REPO_DIR, 'src/gates', `${g.id}.ts`)), `src/gates/${g.id}.ts`).toBe(true);
    }
  });

  it('has a doc page and a failing and a passing fixture case for every gate', () => {
    const missing: string[] = [];
    for (const g of GATES) {
      if (!existsSync(join(REPO_DIR, 'docs/gates', `${g.id}.md`))) missing.push(`docs/gates/${g.id}.md`);
      const all = cases(g.id);
      if (!all.some((c) => c.startsWith('ok-'))) missing.push(`test/gates/${g.id}/ok-*/`);
      if (!all.some((c) => !c.startsWith('ok-'))) missing.push(`test/gates/${g.id}/<failing case>/`);
    }
    expect(missing).toEqual([]);
  });

  it('says in each doc page what the gate reads and what its coverage counts', () => {
    for (const g of GATES) {
      const page = join(REPO_DIR, 'docs/gates', `${g.id}.md`);
      if (!existsSync(page)) continue; // reported by the test above
      const section = /## Coverage\n([\s\S]*?)\n## /.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
      expect(section, `${g.id}.md needs a "## Coverage" section`).toContain('`checked`');
      for (const kind of g.reads) {
        const path = kind === 'caddyfile' ? 'Caddyfile' : kind === 'workflows' ? '.gitea/workflows/' : SPINE_PATHS[kind].split('/').pop()!;
        expect(section, `${g.id}.md: reads ${kind}`).toContain(path);
      }
    }
  });

  it('shows in each doc page the exact output of the fixture case it names', async () => {
    for (const g of GATES) {
      const page = join(REPO_DIR, 'docs/gates', `${g.id}.md`);
      if (!existsSync(page)) continue; // reported by the test above
      const text = readFileSync(page, 'utf8');
      const markers = [...text.matchAll(/<!-- example: ([a-z0-9-]+) -->[\s\S]*?```text\n([\s\S]*?)```/g)];
      expect(markers.length, `${g.id}.md needs "<!-- example: <case> -->" followed by a \`\`\`text block`).toBeGreaterThan(0);
      for (const marker of markers) {
        const expected = await readExpected(join(GATES_TEST_DIR, g.id, marker[1]!));
        const shown = marker[2]!.split('\n').filter((l) => l.trim() !== '');
        expect(shown, `${g.id}.md example ${marker[1]}`).toEqual(expected);
      }
    }
  });

  it('prints the catalog with driftgate gates (text and json), exit 0', async () => {
    const text = memoryIo();
    expect(await main(['gates'], text)).toBe(0);
    const out = text.out.join('');
    for (const g of GATES) expect(out).toContain(g.id);
    expect(out).toMatch(/^ip-parity\s+D54\s+static\s+error$/m);
    const json = memoryIo();
    expect(await main(['gates', '--format', 'json'], json)).toBe(0);
    const data = JSON.parse(json.out.join('')) as { version: number; gates: Array<{ id: string; aliases: string[]; kind: string; severity: string; description: string }> };
    expect(data.version).toBe(1);
    expect(data.gates.map((g) => g.id)).toEqual(GATES.map((g) => g.id));
    expect(data.gates.find((g) => g.id === 'vm-governance')).toMatchObject({ aliases: ['D69'], kind: 'static', severity: 'error', reads: expect.arrayContaining(['vms']), judges: expect.arrayContaining(['vms']) });
  });
});
