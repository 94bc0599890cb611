// `npm pack` makes a package that works outside the clone: the bin runs the committed bundle with no
// node_modules at all (the package declares no dependencies: everything it runs is in the bundle),
// every chunk the CLI imports is inside, and `npm install -g` of the tarball works without registry
// access; the installed `driftgate` prints its help and runs the demo from its example spine.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-pack-'));
let files: string[] = [];
let pkg: string;
let tarball: string;

function npm(args: string[]): string {
  return execFileSync('npm', args, { cwd: REPO_DIR, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false' } });
}

beforeAll(() => {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp])) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed[0]!.files.map((f) => f.path);
  tarball = packed[0]!.filename;
  const unpacked = join(tmp, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', join(tmp, tarball), '-C', unpacked]);
  pkg = join(unpacked, 'package');
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Relative chunk paths (esbuild's hashed names) a bundle file imports, statically or dynamically, transitively. */
function importedChunks(entry: string, root: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/(?:chunks\/)?[\w.-]+-[A-Z0-9]{8}\.js)["']/g)) {
      const target = posix.normalize(posix.join(posix.dirname(file), m[1] as string));
      if (!seen.has(target)) {
        seen.add(target);
        visit(target);
      }
    }
  };
  visit(entry);
  return [...seen];
}

describe('npm pack', () => {
  it('ships the bin, the bundle, the examples, schemas and docs, and no sources or tests', () => {
    for (const f of ['bin/driftgate.mjs', 'dist/cli.js', 'package.json', 'README.md', 'CHANGELOG.md', 'examples/spine/ops/bindings/ssh.targets.yaml', 'examples/scenarios/demo.yaml', 'examples/monitoring/driftgate.rules.yml', 'schemas/driftgate.config.schema.json', 'docs/least-privilege.md']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|scripts|bench|node_modules)\//.test(f) || f === 'dist/action.js')).toEqual([]);
  });

  it('contains every chunk the CLI bundle imports', () => {
    const chunks = importedChunks('dist/cli.js', REPO_DIR);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.filter((c) => !files.includes(c))).toEqual([]);
  });

  it('declares no dependencies: the bundle is all it runs', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
  });

  it('runs from the unpacked package with no node_modules: --version and validate', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(pkg, 'bin/driftgate.mjs'), ...args], { cwd: dirname(pkg), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    const version = run('--version');
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as { version: string }).version);
    const validate = run('validate', '--root', join(pkg, 'examples/spine'));
    expect(validate.stdout).toMatch(/validated \d+ files: 0 errors, 0 warnings/);
    expect(validate.status).toBe(0);
  });

  it('installs with npm install -g from the tarball without registry access; the installed driftgate prints its help and runs the demo', () => {
    const prefix = join(tmp, 'prefix');
    // an empty cache and --offline: any dependency to fetch would fail the install
    npm(['install', '-g', '--prefix', prefix, '--offline', '--cache', join(tmp, 'empty-cache'), '--no-audit', '--no-fund', join(tmp, tarball)]);
    const env = { PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(':'), HOME: tmp, NO_COLOR: '1' };
    const run = (...args: string[]) => spawnSync('driftgate', args, { cwd: tmp, encoding: 'utf8', env, timeout: 60_000 });
    const help = run('--help');
    expect(help.status).toBe(0);
    for (const command of ['init', 'check', 'hosts', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const demo = run('demo');
    expect(demo.stdout).toMatch(/the demo found 9 drifts, as staged/);
    expect(demo.status).toBe(0);
  }, 120_000);
});
