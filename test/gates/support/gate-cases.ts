// Golden gate fixtures (actionlint style): test/gates/<gate-id>/<case>/ holds only the spine files the
// case changes, laid over the clean fixture spine; expected.txt lists one `file:line:col: message [gate]`
// per finding (`/regex/` lines allowed); `ok-*` cases expect nothing. Live cases add observations.json.
// A case may also hold driftgate.config.yaml (exceptions, severities) and delete.txt (paths to remove),
// and a live case scenario.yaml: the lab scenario its observations.json was probed from
// (test/gates/lab-cases.test.ts runs it in the lab).
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_DIR } from '../../support/paths.js';
import type { Finding } from '../../../src/gates/types.js';

export const GATES_TEST_DIR = resolve(REPO_DIR, 'test/gates');
export const CLEAN_SPINE = resolve(REPO_DIR, 'test/fixtures/spines/clean');
/** files of a case dir that are not spine files */
export const CASE_META = new Set(['expected.txt', 'observations.json', 'delete.txt', 'README.md', 'scenario.yaml']);

export interface GateCase {
  gate: string;
  name: string;
  dir: string;
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Every case directory: test/gates/<gate>/<case>/ containing expected.txt. */
export async function discoverCases(): Promise<GateCase[]> {
  const cases: GateCase[] = [];
  for (const gate of (await readdir(GATES_TEST_DIR)).sort()) {
    const gateDir = join(GATES_TEST_DIR, gate);
    if (gate === 'support' || !(await isDir(gateDir))) continue;
    for (const name of (await readdir(gateDir)).sort()) {
      const dir = join(gateDir, name);
      if ((await isDir(dir)) && (await stat(join(dir, 'expected.txt')).catch(() => undefined))) cases.push({ gate, name, dir });
    }
  }
  return cases;
}

/** A temporary spine: the clean fixture with the case's files laid over it. Caller removes it. */
export async function overlaySpine(caseDir: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'driftgate-case-'));
  await cp(CLEAN_SPINE, root, { recursive: true });
  await cp(caseDir, root, { recursive: true, filter: (src) => !CASE_META.has(src.slice(caseDir.length + 1)) });
  const deletions = await readFile(join(caseDir, 'delete.txt'), 'utf8').catch(() => '');
  for (const rel of deletions.split('\n').map((l) => l.trim()).filter(Boolean)) {
    await rm(join(root, rel), { recursive: true, force: true });
  }
  return root;
}

/** The one-line form of a finding: first location, message, gate. */
export function findingLine(f: Finding): string {
  const loc = f.locations[0];
  return `${loc ? `${loc.file}:${loc.line}:${loc.column}` : '-'}: ${f.message} [${f.gate}]`;
}

export async function readExpected(caseDir: string): Promise<string[]> {
  const text = await readFile(join(caseDir, 'expected.txt'), 'utf8');
  return text.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '' && !l.startsWith('#'));
}

/** Lines that do not match, as readable pairs ([] when all match). */
export function compareLines(actual: string[], expected: string[]): string[] {
  const problems: string[] = [];
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    const a = actual[i];
    const e = expected[i];
    const ok =
      a !== undefined && e !== undefined && (e.length > 2 && e.startsWith('/') && e.endsWith('/') ? new RegExp(e.slice(1, -1)).test(a) : a === e);
    if (!ok) problems.push(`#${i + 1}\n  expected: ${e ?? '(nothing)'}\n  actual:   ${a ?? '(nothing)'}`);
  }
  return problems;
}
