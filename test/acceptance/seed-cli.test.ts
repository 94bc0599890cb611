// Issue acceptance through the command line, exactly as an operator runs it: the lab serves the seed
// report's "before" state (2026-02-11) for the reference corpus, and `driftgate check` is pointed at
// it with --connect-map, --known-hosts and --identity files. The corpus keeps its 10 s max_time, so
// the sabnzbd timeout takes ten real seconds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type Lab, startLab } from '../../src/lab/start-lab.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SPINE_DIR } from '../support/paths.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const REGISTRY = 'docs/governance/SERVICE_REGISTRY.yaml';
const LIVE = ['compose-state', 'registry-status', 'unmanaged-containers', 'health', 'backup-freshness', 'vm-inventory', 'host-identity'];

interface JsonFinding {
  gate: string;
  severity: string;
  message: string;
  subject: { kind: string; id: string };
  locations: Array<{ file: string; line: number; column: number; pointer: string }>;
  expected?: unknown;
  observed?: unknown;
  direction: string;
  fix?: { file: string; pointer: string; value: unknown };
  details?: Record<string, unknown>;
}

const labs: Lab[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(labs.map((l) => l.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function runAgainst(scenario: string, extra: string[] = []): Promise<{ code: number; json: Record<string, unknown>; err: string }> {
  const out = mkdtempSync(join(tmpdir(), 'driftgate-accept-'));
  dirs.push(out);
  const lab = await startLab({ root: SPINE_DIR, scenario: resolve(REPO_DIR, 'examples/scenarios', scenario), outDir: out, now: NOW, cwd: REPO_DIR });
  labs.push(lab);
  const files = lab.files!;
  const io = memoryIo();
  const code = await main(
    ['check', '--root', SPINE_DIR, '--connect-map', files.connectMap, '--known-hosts', files.knownHosts, '--identity', files.identity, '--format', 'json', ...extra],
    io,
  );
  return { code, json: JSON.parse(io.out.join('')) as Record<string, unknown>, err: io.err.join('') };
}

/** 1-based line of the `status:` key of a registry service, read from the corpus itself. */
function statusLine(service: string): number {
  const lines = readFileSync(resolve(SPINE_DIR, REGISTRY), 'utf8').split('\n');
  const start = lines.findIndex((l) => l === `  ${service}:`);
  return lines.findIndex((l, i) => i > start && /^\s+status:/.test(l)) + 1;
}

describe('driftgate check over the corpus with the seed scenario in the lab', () => {
  it('exits 1 and reports exactly the seed report\'s live findings, with the matrix of its totals', async () => {
    const { code, json } = await runAgainst('seed-2026-02-11.yaml');
    expect(code).toBe(1);
    const findings = (json.findings as JsonFinding[]).filter((f) => LIVE.includes(f.gate));
    const blocking = findings.filter((f) => f.severity !== 'notice');

    // 1. swaparr-sonarr and swaparr-lidarr: declared stopped, running → declared-stale with a fix
    const stale = blocking.filter((f) => f.gate === 'registry-status');
    expect(stale.map((f) => f.subject.id).sort()).toEqual(['swaparr-lidarr', 'swaparr-sonarr']);
    for (const f of stale) {
      expect(f).toMatchObject({ severity: 'error', direction: 'declared-stale', expected: 'stopped', observed: 'running' });
      expect(f.fix).toEqual({ file: REGISTRY, pointer: `/services/${f.subject.id}/status`, value: 'active' });
      expect(f.locations[0]).toMatchObject({ file: REGISTRY, line: statusLine(f.subject.id), pointer: `/services/${f.subject.id}/status` });
    }

    // 2. sabnzbd: a timeout, with its latency against the deadline
    const health = blocking.filter((f) => f.gate === 'health');
    expect(health.map((f) => f.subject.id)).toEqual(['sabnzbd']);
    expect(health[0]).toMatchObject({ severity: 'error', direction: 'live-broken', observed: 'TIMEOUT' });
    expect(health[0]?.message).toMatch(/TIMEOUT after 10(\.\d)? s/);

    // nothing else blocks in the live gates
    expect(blocking).toHaveLength(3);

    // 3. download-stack 21/24 with the three exited containers listed and judged expected
    const stacks = findings.filter((f) => f.gate === 'compose-state');
    expect(stacks).toHaveLength(1);
    expect(stacks[0]).toMatchObject({ severity: 'notice', subject: { id: 'download-stack' } });
    expect(stacks[0]?.message).toMatch(/21\/24 running/);
    for (const name of ['huntarr (declared stopped)', 'tdarr (declared parked)', 'slskd (declared parked)']) {
      expect(stacks[0]?.message).toContain(name);
    }
    expect(stacks[0]?.message).toMatch(/all expected/);

    // the VM-container matrix of the report
    expect((json.matrix as { totals: unknown }).totals).toEqual({ vms: 10, stacks: 22, containers: 86, running: 83, exited: 3 });
  }, 60_000);

  it('exits 0 when the infrastructure is exactly as declared (live gates)', async () => {
    const { code, json } = await runAgainst('corpus-as-declared.yaml', ['--gates', LIVE.join(',')]);
    expect(code).toBe(0);
    expect(json.result).toBe('pass');
    expect((json.gates as Array<{ result: string }>).every((g) => g.result === 'pass')).toBe(true);
  }, 60_000);
});
