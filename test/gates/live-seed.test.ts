// The live gates over the reference corpus and the lab running the seed scenario (the 2026-02-11
// report's "before" state): real SSH and HTTP servers on 127.0.0.1, the real prober, the real gates.
// The corpus's own max_time (10 s) is kept: a lower one would make healthy endpoints flaky on a
// loaded machine, so this test waits the ten seconds of the sabnzbd timeout (concurrently with the rest).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import type { Model } from '../../src/bindings/types.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { GATES } from '../../src/gates/index.js';
import { runGates } from '../../src/gates/run-gates.js';
import type { Finding } from '../../src/gates/types.js';
import { startLab } from '../../src/lab/start-lab.js';
import type { Lab } from '../../src/lab/start-lab.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import type { Observations } from '../../src/probes/types.js';
import { REPO_DIR, SPINE_DIR } from '../support/paths.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const SEED = resolve(REPO_DIR, 'examples/scenarios/seed-2026-02-11.yaml');
const LIVE = ['compose-state', 'registry-status', 'unmanaged-containers', 'health', 'backup-freshness', 'vm-inventory', 'host-identity'];

let lab: Lab | undefined;
let model: Model;
let config: ResolvedConfig;
let observations: Observations;
let findings: Finding[];

/** 1-based line of the first line of `file` containing `needle` after the line containing `after`. */
function lineOf(file: string, after: string, needle: string): number {
  const lines = readFileSync(resolve(SPINE_DIR, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes(after));
  return lines.findIndex((l, i) => i > start && l.includes(needle)) + 1;
}

beforeAll(async () => {
  config = await loadConfig(SPINE_DIR);
  config.probe.retries = 0;
  ({ model } = await loadSpine(SPINE_DIR, config));
  lab = await startLab({ model, config, scenario: SEED, now: NOW, cwd: REPO_DIR });
  observations = await probeAll(model, config, {
    connectMap: lab.connectMap,
    knownHosts: KnownHosts.parse(lab.knownHosts),
    identity: lab.identity,
    now: () => NOW,
  });
  const gates = GATES.filter((g) => LIVE.includes(g.id));
  findings = runGates(gates, { model, problems: [], config, observations, now: NOW }).findings;
}, 60_000);

afterAll(async () => {
  await lab?.close();
});

const of = (gate: string) => findings.filter((f) => f.gate === gate);

describe('live gates over the corpus with the seed scenario', () => {
  it('reports the two swaparr entries as declared-stale with a fix at their registry line', () => {
    const stale = of('registry-status');
    expect(stale.map((f) => f.subject.id).sort()).toEqual(['swaparr-lidarr', 'swaparr-sonarr']);
    for (const f of stale) {
      const id = f.subject.id;
      expect(f).toMatchObject({ severity: 'error', direction: 'declared-stale', expected: 'stopped', observed: 'running' });
      expect(f.fix).toEqual({ file: 'docs/governance/SERVICE_REGISTRY.yaml', pointer: `/services/${id}/status`, value: 'active' });
      expect(f.locations[0]).toMatchObject({
        file: 'docs/governance/SERVICE_REGISTRY.yaml',
        line: lineOf('docs/governance/SERVICE_REGISTRY.yaml', `  ${id}:`, 'status: stopped'),
        column: 13,
      });
    }
  });

  it('reports the sabnzbd timeout with its latency, and nothing else about health', () => {
    const health = of('health');
    expect(health).toHaveLength(1);
    expect(health[0]!.subject.id).toBe('sabnzbd');
    expect(health[0]!.message).toMatch(/^sabnzbd: TIMEOUT after 10\.\d s \(max_time 10 s\)/);
    expect(health[0]!.details).toMatchObject({ timeoutMs: 10_000 });
    expect(health[0]!.locations[0]!.line).toBe(lineOf('ops/bindings/services.health.yaml', 'id: sabnzbd', 'url:'));
  });

  it('reports download-stack 21/24 with the three exited containers listed and judged expected', () => {
    const compose = of('compose-state');
    expect(compose).toHaveLength(1);
    expect(compose[0]).toMatchObject({ severity: 'notice', subject: { kind: 'stack', id: 'download-stack' } });
    expect(compose[0]!.message).toBe(
      'download-stack: 21/24 running; exited: huntarr (declared stopped), slskd (declared parked), tdarr (declared parked) — all expected',
    );
    expect(compose[0]!.details).toMatchObject({ running: 21, total: 24 });
  });

  it('notes the five internal infra-core containers per stack, without warnings', () => {
    const unmanaged = of('unmanaged-containers');
    expect(unmanaged.map((f) => [f.severity, f.subject.id]).sort()).toEqual([['notice', 'caddy-auth'], ['notice', 'secrets']]);
    const names = unmanaged.flatMap((f) => f.details?.['containers'] as string[]).sort();
    expect(names).toEqual(['authentik-postgres', 'authentik-redis', 'authentik-worker', 'infisical-db', 'infisical-redis']);
  });

  it('finds nothing else: no inconclusive finding, host keys pinned, backups fresh, VMs as declared', () => {
    expect(findings.filter((f) => f.inconclusive)).toEqual([]);
    expect([...of('host-identity'), ...of('backup-freshness'), ...of('vm-inventory')]).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.subject.id).sort()).toEqual(['sabnzbd', 'swaparr-lidarr', 'swaparr-sonarr']);
  });
});
