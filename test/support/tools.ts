// External programs some tests need (sshd, ssh-keygen, caddy, promtool, openssl), found once. Without
// one, its tests skip and the run prints ONE line naming the Debian package to install
// (test/support/global-setup.ts); DRIFTGATE_REQUIRE_TOOLS (set by .ci/run) turns a missing tool into
// a failure, so CI never skips silently. DRIFTGATE_TEST_<TOOL> (SSH_KEYGEN for ssh-keygen) overrides
// where a tool is looked for (a path; empty = absent), e.g. to simulate a fresh machine:
// DRIFTGATE_TEST_SSHD=/nonexistent npm test.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type ToolName = 'sshd' | 'ssh-keygen' | 'caddy' | 'promtool' | 'openssl';

export interface ToolInfo {
  name: ToolName;
  /** the Debian package that provides it */
  pkg: string;
  /** what skips without it */
  needs: string;
  /** absolute path, or undefined when absent */
  path: string | undefined;
}

const TOOLS: Record<ToolName, { pkg: string; needs: string; fixed: string[] }> = {
  sshd: { pkg: 'openssh-server', needs: 'the OpenSSH integration tests', fixed: ['/usr/sbin/sshd'] },
  // with ssh-agent and ssh-add (same package): the OpenSSH tests, and the cross-checks of fingerprints and hashed known_hosts
  'ssh-keygen': { pkg: 'openssh-client', needs: 'the tests that use ssh-keygen and ssh-agent (OpenSSH integration, fingerprint and hashed known_hosts cross-checks)', fixed: [] },
  caddy: { pkg: 'caddy', needs: 'the "caddy adapt" comparison', fixed: [] },
  promtool: { pkg: 'prometheus', needs: 'the "promtool check rules" test of examples/monitoring', fixed: [] },
  openssl: { pkg: 'openssl', needs: 'the TLS tests that make a self-signed certificate', fixed: [] },
};

export const TOOL_NAMES = Object.keys(TOOLS) as ToolName[];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where `name` is: the DRIFTGATE_TEST_<NAME> override, else a fixed location, else PATH. */
export function findTool(name: ToolName, env: Record<string, string | undefined> = process.env): ToolInfo {
  const spec = TOOLS[name];
  const override = env[`DRIFTGATE_TEST_${name.toUpperCase().replace(/-/g, '_')}`];
  let path: string | undefined;
  if (override !== undefined) {
    path = override && executable(override) ? override : undefined;
  } else {
    const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
    path = [...spec.fixed, ...dirs.map((d) => join(d, name))].find(executable);
  }
  return { name, pkg: spec.pkg, needs: spec.needs, path };
}

/** The tools DRIFTGATE_REQUIRE_TOOLS names ("1" or "all" = every tool; else a comma list). */
export function requiredTools(env: Record<string, string | undefined> = process.env): ToolName[] {
  const value = (env.DRIFTGATE_REQUIRE_TOOLS ?? '').trim();
  if (!value || value === '0') return [];
  if (value === '1' || value === 'all') return [...TOOL_NAMES];
  return value.split(',').map((v) => v.trim()).filter((v): v is ToolName => (TOOL_NAMES as string[]).includes(v));
}

export interface ToolReport {
  /** one line per missing tool that only skips */
  skipped: string[];
  /** one line per missing tool that DRIFTGATE_REQUIRE_TOOLS requires */
  missingRequired: string[];
}

/** What a test run on this machine (and environment) skips or must refuse. */
export function toolReport(env: Record<string, string | undefined> = process.env): ToolReport {
  const required = requiredTools(env);
  const report: ToolReport = { skipped: [], missingRequired: [] };
  for (const name of TOOL_NAMES) {
    const tool = findTool(name, env);
    if (tool.path) continue;
    if (required.includes(name)) {
      report.missingRequired.push(`${name} is missing but DRIFTGATE_REQUIRE_TOOLS requires it: apt-get install ${tool.pkg}`);
    } else {
      report.skipped.push(`skipped ${tool.needs}: ${name} not found (apt-get install ${tool.pkg})`);
    }
  }
  return report;
}

/** The path of a tool the current run has (undefined: its tests skip). */
export function toolPath(name: ToolName): string | undefined {
  return findTool(name).path;
}
