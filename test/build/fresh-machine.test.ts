// `npm test` on a machine without sshd, caddy or promtool: their tests skip with one line naming the
// Debian package, and DRIFTGATE_REQUIRE_TOOLS (set by .ci/run) turns the skip into a failure.
// Simulated with the DRIFTGATE_TEST_<TOOL> overrides (empty = absent), in a child vitest run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTool, requiredTools, toolReport } from '../support/tools.js';
import { REPO_DIR } from '../support/paths.js';

const NONE = { DRIFTGATE_TEST_SSHD: '', DRIFTGATE_TEST_CADDY: '/nonexistent/caddy', DRIFTGATE_TEST_PROMTOOL: '' };

describe('external test tools', () => {
  it('a missing tool skips with one line naming its Debian package', () => {
    const report = toolReport({ PATH: '/nonexistent', ...NONE });
    expect(report.missingRequired).toEqual([]);
    expect(report.skipped).toEqual([
      'skipped the OpenSSH integration tests: sshd not found (apt-get install openssh-server)',
      'skipped the "caddy adapt" comparison: caddy not found (apt-get install caddy)',
      'skipped the "promtool check rules" test of examples/monitoring: promtool not found (apt-get install prometheus)',
    ]);
  });

  it('DRIFTGATE_REQUIRE_TOOLS makes the missing tools it names a failure', () => {
    expect(requiredTools({ DRIFTGATE_REQUIRE_TOOLS: '1' })).toEqual(['sshd', 'caddy', 'promtool']);
    expect(requiredTools({ DRIFTGATE_REQUIRE_TOOLS: 'sshd, promtool,bogus' })).toEqual(['sshd', 'promtool']);
    const report = toolReport({ ...NONE, DRIFTGATE_REQUIRE_TOOLS: 'sshd,promtool' });
    expect(report.missingRequired).toEqual([
      'sshd is missing but DRIFTGATE_REQUIRE_TOOLS requires it: apt-get install openssh-server',
      'promtool is missing but DRIFTGATE_REQUIRE_TOOLS requires it: apt-get install prometheus',
    ]);
    expect(report.skipped).toEqual(['skipped the "caddy adapt" comparison: caddy not found (apt-get install caddy)']);
  });

  it('finds a tool on PATH, and an override names the binary to use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-tools-'));
    try {
      writeFileSync(join(dir, 'promtool'), '#!/bin/sh\n', { mode: 0o755 });
      expect(findTool('promtool', { PATH: `/nonexistent:${dir}` }).path).toBe(join(dir, 'promtool'));
      expect(findTool('promtool', { PATH: '/nonexistent' }).path).toBeUndefined();
      expect(findTool('sshd', { DRIFTGATE_TEST_SSHD: join(dir, 'promtool') }).path).toBe(join(dir, 'promtool'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Runs vitest on some test files in a child process with a changed environment. */
function vitest(files: string[], env: Record<string, string>): { status: number | null; output: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'DRIFTGATE_REQUIRE_TOOLS'));
  const result = spawnSync(process.execPath, [join(REPO_DIR, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
    cwd: REPO_DIR,
    env: { ...clean, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm test without sshd, caddy and promtool', () => {
  const files = ['test/probes/openssh.int.test.ts', 'test/probes/probe-command.int.test.ts', 'test/caddy/caddy-adapt.test.ts'];

  it('passes, skipping their tests, and names each missing package once', () => {
    const { status, output } = vitest(files, NONE);
    expect(output).not.toMatch(/ENOENT|Unhandled/);
    expect(status, output).toBe(0);
    for (const pkg of ['openssh-server', 'caddy', 'prometheus']) {
      expect(output.split(`apt-get install ${pkg})`).length - 1, pkg).toBe(1);
    }
    expect(output).toMatch(/skipped/);
  });

  it('fails instead when DRIFTGATE_REQUIRE_TOOLS requires the missing sshd', () => {
    const { status, output } = vitest(files, { ...NONE, DRIFTGATE_REQUIRE_TOOLS: 'sshd' });
    expect(status).not.toBe(0);
    expect(output).toContain('sshd is missing but DRIFTGATE_REQUIRE_TOOLS requires it: apt-get install openssh-server');
  });
});
