// The new live gates over a corpus spine in the lab: the lab runs a scenario, a real probe reads
// what those gates need (compose files, containers, disks, backup jobs and sizes), the gates judge.
import type { Model } from '../../../src/bindings/types.js';
import type { ResolvedConfig } from '../../../src/config/types.js';
import { GATES } from '../../../src/gates/index.js';
import { runGates } from '../../../src/gates/run-gates.js';
import type { Finding, GateRun } from '../../../src/gates/types.js';
import { startLab } from '../../../src/lab/start-lab.js';
import type { Scenario } from '../../../src/lab/types.js';
import { KnownHosts } from '../../../src/probes/known-hosts.js';
import { probeAll } from '../../../src/probes/probe-all.js';
import { probeKindsFor } from '../../../src/probes/probe-kinds.js';

export const NEW_LIVE_GATES = ['deployed-compose', 'backup-depth', 'disk-usage'];

export async function labFindings(model: Model, config: ResolvedConfig, scenario: Scenario, now: Date): Promise<{ runs: GateRun[]; findings: Finding[] }> {
  const lab = await startLab({ model, config, scenario, now });
  try {
    const observations = await probeAll(model, config, {
      connectMap: lab.connectMap,
      knownHosts: KnownHosts.parse(lab.knownHosts),
      identity: lab.identity,
      now: () => now,
      kinds: probeKindsFor(NEW_LIVE_GATES),
    });
    return runGates(GATES.filter((g) => NEW_LIVE_GATES.includes(g.id)), { model, problems: [], config, observations, now });
  } finally {
    await lab.close();
  }
}
