// Helpers of the init tests: a writable temporary copy of a spine, a byte-level snapshot of a tree,
// running the CLI in-process, and the validators the written files must pass.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import AjvModule from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SCHEMASTORE_DIR } from '../support/paths.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-init-'));
  dirs.push(dir);
  return dir;
}

function makeWritable(path: string): void {
  const s = statSync(path);
  chmodSync(path, s.mode | 0o200 | (s.isDirectory() ? 0o100 : 0));
  if (s.isDirectory()) for (const e of readdirSync(path)) makeWritable(join(path, e));
}

/** A copy of `source` in a new temporary directory (the reference corpus is read-only: made writable). */
export function copyOf(source: string): string {
  const root = tempDir();
  cpSync(source, root, { recursive: true });
  makeWritable(root);
  return root;
}

/** Every file under `root` with its bytes and mode, for a byte-identical comparison. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else out[relative(root, path)] = `${(statSync(path).mode & 0o7777).toString(8)} ${readFileSync(path).toString('base64')}`;
    }
  };
  walk(root);
  return out;
}

export async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

export interface OfflineFinding {
  gate: string;
  severity: string;
  fingerprint: string;
  message: string;
  locations: Array<{ file: string }>;
}

export async function checkOffline(root: string): Promise<{ code: number; findings: OfflineFinding[]; gates: Array<{ id: string; result: string }> }> {
  const r = await run(['check', '--offline', '--root', root, '--format', 'json']);
  const report = JSON.parse(r.out) as { findings: OfflineFinding[]; gates: Array<{ id: string; result: string }> };
  return { code: r.code, findings: report.findings, gates: report.gates };
}

/** Problems of a workflow file against SchemaStore's github-workflow.json (draft-07). */
export const workflowProblems = (() => {
  const ajv = new AjvModule.default({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMASTORE_DIR, 'github-workflow.json'), 'utf8')) as object);
  return (doc: unknown): string[] => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
})();

/** Problems of a config document against schemas/driftgate.config.schema.json (2020-12). */
export const configProblems = (() => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(REPO_DIR, 'schemas/driftgate.config.schema.json'), 'utf8')) as object);
  return (doc: unknown): string[] => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
})();

/** Whether a document is a JSON Schema 2020-12 that compiles. */
export function compilesAsSchema(doc: object): boolean {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.compile(doc);
  return true;
}

/** Runs init again with `args`: exit 0, the summary line given, and the tree byte for byte the same. */
export async function expectNoChangeOnRerun(root: string, args: string[], summary?: string): Promise<string> {
  const before = snapshot(root);
  const again = await run(['init', '--root', root, ...args]);
  expect(again.code).toBe(0);
  if (summary !== undefined) expect(again.out).toContain(`init: ${summary}\n`);
  expect(snapshot(root)).toEqual(before);
  return again.out;
}
