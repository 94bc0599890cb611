// The config's probe.known_hosts pins host keys for a live check without any --known-hosts flag,
// and a pinned key that does not match fails closed (host-identity), never a pass.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type Lab, startLab } from '../../src/lab/start-lab.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const labs: Lab[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(labs.map((l) => l.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function spineWithConfig(knownHosts: (lab: Lab) => string): Promise<{ root: string; lab: Lab }> {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-kh-'));
  dirs.push(root);
  cpSync(resolve(REPO_DIR, 'examples/spine'), root, { recursive: true });
  const lab = await startLab({ root, scenario: resolve(REPO_DIR, 'examples/scenarios/all-as-declared.yaml'), outDir: join(root, '.lab'), now: NOW, cwd: root });
  labs.push(lab);
  writeFileSync(join(root, 'pinned_hosts'), knownHosts(lab));
  writeFileSync(join(root, 'driftgate.config.yaml'), 'probe:\n  known_hosts: pinned_hosts\n');
  return { root, lab };
}

type Json = { result: string; findings: Array<{ gate: string; severity: string }> };

/** Runs check as CI runs it (CI=true, no TTY): JSON on stdout, the probe log on stderr. */
function run(root: string, lab: Lab): Promise<{ code: number; json: Json; log: string }> {
  const io = memoryIo({ CI: 'true' });
  const files = lab.files!;
  return main(['check', '--root', root, '--connect-map', files.connectMap, '--identity', files.identity, '--format', 'json'], io).then((code) => ({
    code,
    json: JSON.parse(io.out.join('')) as Json,
    log: io.err.join(''),
  }));
}

describe('probe.known_hosts in driftgate.config.yaml', () => {
  it('pins the lab hosts: the as-declared infrastructure passes', async () => {
    const { root, lab } = await spineWithConfig((l) => l.knownHosts);
    const { code, json, log } = await run(root, lab);
    expect(json.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(code).toBe(0);
    // the CI log names every host it probed, grouped, with the key it pinned
    for (const host of ['edge', 'apps', 'media', 'pve']) expect(log).toMatch(new RegExp(`host ${host}: ok \\(.*pinned SHA256:`));
    expect(log).toMatch(/\d+ of \d+ probes answered, 0 failed/);
  }, 60_000);

  it('fails closed when the pinned keys belong to another machine', async () => {
    const other = await startLab({ root: resolve(REPO_DIR, 'examples/spine'), scenario: resolve(REPO_DIR, 'examples/scenarios/all-as-declared.yaml'), now: NOW, cwd: REPO_DIR });
    labs.push(other);
    const { root, lab } = await spineWithConfig(() => other.knownHosts);
    const { code, json } = await run(root, lab);
    expect(code).toBe(1);
    expect(json.findings.some((f) => f.gate === 'host-identity' && f.severity === 'error')).toBe(true);
  }, 60_000);
});
