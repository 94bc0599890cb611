// Live gate cases with a scenario.yaml run in the lab as well: the clean fixture spine overlaid
// with the case, the lab running the scenario, a real probe (SSH to the lab's hosts) of what the
// gate reads, and the gate over that snapshot must print the case's expected.txt. The case's
// observations.json, which the fast runner (fixtures.test.ts) reads, is that probe's snapshot with
// its run-dependent values (ports, keys, durations) fixed; UPDATE_OBSERVATIONS=1 rewrites it.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { applyExceptions } from '../../src/gates/apply-exceptions.js';
import { GATES } from '../../src/gates/index.js';
import { runGates } from '../../src/gates/run-gates.js';
import { selectGates } from '../../src/gates/select-gates.js';
import { loadScenario } from '../../src/lab/scenario.js';
import { startLab } from '../../src/lab/start-lab.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import { probeKindsFor } from '../../src/probes/probe-kinds.js';
import { parseObservations } from '../../src/probes/snapshot.js';
import type { Observations } from '../../src/probes/types.js';
import { compareLines, discoverCases, findingLine, type GateCase, overlaySpine, readExpected } from './support/gate-cases.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const cases: GateCase[] = [];
for (const c of await discoverCases()) if (await stat(join(c.dir, 'scenario.yaml')).catch(() => undefined)) cases.push(c);

/** The snapshot with what differs from run to run (ports, host keys, timings) fixed, for a stable file. */
function stable(probed: Observations): Observations {
  const obs = JSON.parse(JSON.stringify(probed).replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:2222')) as Observations;
  const fix = <T extends { durationMs: number }>(o: T): T => ({ ...o, durationMs: 30 });
  return {
    ...obs,
    durationMs: 1000,
    hosts: obs.hosts.map((h) => ({ ...fix(h), address: `${h.target}:22`, ...(h.hostKey ? { hostKey: { algorithm: h.hostKey.algorithm, fingerprint: `SHA256:labKeyOf${h.target.replace(/[^A-Za-z0-9]/g, "")}` } } : {}) })),
    stacks: obs.stacks.map(fix),
    endpoints: obs.endpoints.map(fix),
    backups: obs.backups.map(fix),
    hypervisors: obs.hypervisors.map(fix),
    ...(obs.composeFiles ? { composeFiles: obs.composeFiles.map(fix) } : {}),
    ...(obs.disks ? { disks: obs.disks.map(fix) } : {}),
    ...(obs.backupJobs ? { backupJobs: obs.backupJobs.map(fix) } : {}),
    ...(obs.backupSizes ? { backupSizes: obs.backupSizes.map(fix) } : {}),
  };
}

describe('live gate cases in the lab', () => {
  it('found cases with a scenario', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.gate}/${c.name}`, async () => {
      const root = await overlaySpine(c.dir);
      try {
        const config = await loadConfig(root);
        const { model, problems } = await loadSpine(root, config);
        const { scenario, source } = await loadScenario(join(c.dir, 'scenario.yaml'));
        const lab = await startLab({ model, config, scenario: { scenario, ...(source ? { source } : {}) }, now: NOW });
        let observations: Observations;
        try {
          observations = await probeAll(model, config, { connectMap: lab.connectMap, knownHosts: KnownHosts.parse(lab.knownHosts), identity: lab.identity, now: () => NOW, kinds: probeKindsFor([c.gate]) });
        } finally {
          await lab.close();
        }
        if (process.env.UPDATE_OBSERVATIONS) await writeFile(join(c.dir, 'observations.json'), `${JSON.stringify(stable(observations), null, 2)}\n`);
        const { findings } = runGates(selectGates(GATES, [c.gate], { offline: false }), { model, problems, config, now: NOW, observations });
        const actual = applyExceptions(findings, config, NOW, { root }).findings.map(findingLine);
        expect(compareLines(actual, await readExpected(c.dir)).join('\n')).toBe('');
        // the fast runner's snapshot is this one
        const saved = parseObservations(await readFile(join(c.dir, 'observations.json'), 'utf8'), `${c.gate}/${c.name}/observations.json`);
        expect(saved).toEqual(stable(observations));
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
