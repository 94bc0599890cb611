import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_STAGED, demoCommand, demoPaths } from '../../src/cli/commands/demo.js';
import { labCommand } from '../../src/cli/commands/lab.js';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/lab/package-root.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';
import { sshExec } from './lab-fixture.js';

describe('driftgate demo', () => {
  it('finds the bundled examples from the source tree', () => {
    expect(packageRoot()).toBe(REPO_DIR);
    expect(demoPaths().spine).toBe(join(REPO_DIR, 'examples', 'spine'));
  });

  it('runs the whole pipeline against the lab, prints report and fix plan, and finds every staged drift', async () => {
    const io = memoryIo();
    const code = await demoCommand({ format: 'text' }, io);
    const out = io.out.join('');
    expect(io.err.join('')).not.toContain('internal error');
    expect(code).toBe(0);
    expect(out).toContain('Result: DRIFT (exit 1)');
    expect(out).toContain(`the demo found ${DEMO_STAGED.length} drifts, as staged`);
    // the fix plan: bazarr is declared stopped but runs, so its registry status becomes active
    expect(out).toMatch(/-\s+status: stopped\n\+\s+status: active/);
  });

  it.skipIf(!existsSync(join(REPO_DIR, 'dist', 'cli.js')))('runs from the bundle (bin/driftgate.mjs) in any working directory, the verdict last', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'driftgate-demo-cwd-'));
    const run = spawnSync(process.execPath, [join(REPO_DIR, 'bin', 'driftgate.mjs'), 'demo'], { cwd, encoding: 'utf8', timeout: 60_000 });
    rmSync(cwd, { recursive: true, force: true });
    expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(run.status).toBe(0);
    const tail = run.stdout.trimEnd().split('\n').slice(-(DEMO_STAGED.length + 2));
    expect(tail[0]).toBe(`driftgate demo: the demo found ${DEMO_STAGED.length} drifts, as staged:`);
  });

  it('prints the JSON report with --format json', async () => {
    const io = memoryIo();
    expect(await main(['demo', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out.join('')) as { version: number; result: string; findings: Array<{ gate: string }> };
    expect(report).toMatchObject({ version: 1, result: 'drift' });
    for (const staged of DEMO_STAGED) expect(report.findings.some((f) => f.gate === staged.gate)).toBe(true);
  });
});

describe('driftgate lab', () => {
  it('starts the scenario, writes its files, prints the check command, serves until stopped', async () => {
    const out = await mkdtemp(join(tmpdir(), 'dg-labcmd-'));
    const io = { ...memoryIo(), cwd: REPO_DIR };
    let served = '';
    const code = await labCommand({ scenario: 'examples/scenarios/demo.yaml', root: 'examples/spine', out }, io, {
      until: async (lab) => {
        served = (await sshExec(lab, 'media', 'uptime')).stderr;
      },
    });
    expect(code).toBe(0);
    expect(served).toContain('not one of the fixed templates');
    const text = io.out.join('');
    expect(text).toContain(`connect map:  ${join(out, 'connect-map.json')}`);
    expect(text).toMatch(/driftgate check --root examples\/spine --connect-map \S+connect-map\.json --known-hosts \S+known_hosts --identity \S+id_ed25519/);
    const map = JSON.parse(await readFile(join(out, 'connect-map.json'), 'utf8')) as { ssh: Record<string, unknown> };
    expect(Object.keys(map.ssh).sort()).toEqual(['apps', 'edge', 'media', 'nas', 'pve']);
    expect(io.err.join('')).toContain('driftgate lab: stopped');
  });

  it('exits 2 with file:line for an invalid scenario', async () => {
    const io = memoryIo();
    const code = await main(['lab', '--scenario', join(REPO_DIR, 'test/lab/fixtures/bad-scenario.yaml'), '--root', join(REPO_DIR, 'examples/spine')], io);
    expect(code).toBe(2);
    expect(io.err.join('')).toMatch(/bad-scenario\.yaml:4:5: unknown key "latency_ms".*did you mean "latencyMs"/);
  });

  it('reads --config: a broken config is exit 2 naming its file and line, before anything listens', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'driftgate-lab-config-'));
    const config = join(dir, 'lab.config.yaml');
    writeFileSync(config, 'probe:\n  host_concurrency: many\n');
    const io = memoryIo();
    const code = await main(['lab', '--scenario', join(REPO_DIR, 'examples/scenarios/demo.yaml'), '--root', join(REPO_DIR, 'examples/spine'), '--config', config], io);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(io.err.join('')).toMatch(/lab\.config\.yaml:2:\d+/);
    expect(io.out.join('')).not.toContain('connect map:');
  });
});
