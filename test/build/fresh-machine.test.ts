// `npm test` on a machine without sshd, ssh-keygen, caddy, promtool or openssl: their tests skip with
// one line naming the Debian package, and DRIFTGATE_REQUIRE_TOOLS (set by .ci/run) turns the skip
// into a failure. Simulated with the DRIFTGATE_TEST_<TOOL> overrides (empty = absent), in a child
// vitest run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTool, requiredTools, TOOL_NAMES, toolReport } from '../support/tools.js';
import { REPO_DIR } from '../support/paths.js';

const NONE = { DRIFTGATE_TEST_SSHD: '', DRIFTGATE_TEST_SSH_KEYGEN: '', DRIFTGATE_TEST_CADDY: '/nonexistent/caddy', DRIFTGATE_TEST_PROMTOOL: '', DRIFTGATE_TEST_OPENSSL: '' };
const SKIPPED = {
  sshd: 'skipped the OpenSSH integration tests: sshd not found (apt-get install openssh-server)',
  'ssh-keygen': 'skipped the tests that use ssh-keygen and ssh-agent (OpenSSH integration, fingerprint and hashed known_hosts cross-checks): ssh-keygen not found (apt-get install openssh-client)',
  caddy: 'skipped the "caddy adapt" comparison: caddy not found (apt-get install caddy)',
  promtool: 'skipped the "promtool check rules" test of examples/monitoring: promtool not found (apt-get install prometheus)',
  openssl: 'skipped the TLS tests that make a self-signed certificate: openssl not found (apt-get install openssl)',
};

describe('external test tools', () => {
  it('a missing tool skips with one line naming its Debian package', () => {
    const report = toolReport({ PATH: '/nonexistent', ...NONE });
    expect(report.missingRequired).toEqual([]);
    expect(report.skipped).toEqual(Object.values(SKIPPED));
  });

  it('DRIFTGATE_REQUIRE_TOOLS makes the missing tools it names a failure', () => {
    expect(requiredTools({ DRIFTGATE_REQUIRE_TOOLS: '1' })).toEqual(['sshd', 'ssh-keygen', 'caddy', 'promtool', 'openssl']);
    expect(requiredTools({ DRIFTGATE_REQUIRE_TOOLS: 'sshd, promtool,bogus' })).toEqual(['sshd', 'promtool']);
    const report = toolReport({ ...NONE, DRIFTGATE_REQUIRE_TOOLS: 'sshd,promtool' });
    expect(report.missingRequired).toEqual([
      'sshd is missing but DRIFTGATE_REQUIRE_TOOLS requires it: apt-get install openssh-server',
      'promtool is missing but DRIFTGATE_REQUIRE_TOOLS requires it: apt-get install prometheus',
    ]);
    expect(report.skipped).toEqual([SKIPPED['ssh-keygen'], SKIPPED.caddy, SKIPPED.openssl]);
  });

  it('finds a tool on PATH, and an override names the binary to use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-tools-'));
    try {
      writeFileSync(join(dir, 'promtool'), '#!/bin/sh\n', { mode: 0o755 });
      expect(findTool('promtool', { PATH: `/nonexistent:${dir}` }).path).toBe(join(dir, 'promtool'));
      expect(findTool('promtool', { PATH: '/nonexistent' }).path).toBeUndefined();
      expect(findTool('sshd', { DRIFTGATE_TEST_SSHD: join(dir, 'promtool') }).path).toBe(join(dir, 'promtool'));
      expect(findTool('ssh-keygen', { PATH: dir, DRIFTGATE_TEST_SSH_KEYGEN: '' }).path).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('.ci/run', () => {
  const script = readFileSync(join(REPO_DIR, '.ci/run'), 'utf8');
  const commands = script.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));

  it('installs the package of every test tool and makes each one required', () => {
    for (const name of TOOL_NAMES) {
      const { pkg } = findTool(name, {});
      // promtool's package is unpacked (apt-get download prometheus), the others installed
      const installs = name === 'promtool' ? script.includes('apt-get download prometheus') : commands.some((l) => l.includes(`missing+=(${pkg})`));
      expect(installs, `${name} (${pkg})`).toBe(true);
    }
    expect(commands).toContain('export DRIFTGATE_REQUIRE_TOOLS=1');
    expect(requiredTools({ DRIFTGATE_REQUIRE_TOOLS: '1' })).toEqual(TOOL_NAMES);
  });

  it('checks the alert rules with promtool and ends with the README\'s test command', () => {
    expect(commands).toContain('promtool check rules examples/monitoring/driftgate.rules.yml');
    const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
    const testCommand = /^(npm \S+)\s+# the test suite/m.exec(readme)?.[1];
    expect(testCommand).toBe('npm test');
    expect(commands.at(-1)).toBe(testCommand);
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

describe('npm test without sshd, ssh-keygen, caddy, promtool and openssl', () => {
  // a test file of each tool (sshd, ssh-keygen, caddy, promtool, openssl) and the unit tests that make keys without ssh-keygen
  const files = [
    'test/probes/openssh.int.test.ts',
    'test/probes/probe-command.int.test.ts',
    'test/hosts/pin-openssh.int.test.ts',
    'test/probes/known-hosts.test.ts',
    'test/probes/identity.test.ts',
    'test/caddy/caddy-adapt.test.ts',
    'test/probes/http.int.test.ts',
  ];

  it('passes, skipping their tests, and names each missing package once', () => {
    const { status, output } = vitest(files, NONE);
    expect(output).not.toMatch(/ENOENT|Unhandled/);
    expect(status, output).toBe(0);
    for (const pkg of ['openssh-server', 'openssh-client', 'caddy', 'prometheus', 'openssl']) {
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
