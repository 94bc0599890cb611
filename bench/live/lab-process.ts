// Runs a lab for the live benchmark in its own process, so the simulated hosts do not compete with
// the probes for the event loop (on real infrastructure they are other machines).
// Protocol: argv[2] = JSON { shape, scenario }; prints one JSON line { connectMap, knownHosts, identity, rss };
// closes the lab and exits when stdin ends.
import { startLab } from '../../src/lab/start-lab.js';
import { syntheticModel } from '../../src/lab/synthetic-model.js';
import type { SyntheticShape } from '../../src/lab/synthetic-model.js';
import type { Scenario } from '../../src/lab/types.js';

const input = JSON.parse(process.argv[2] ?? '{}') as { shape: SyntheticShape; scenario: Scenario };
const lab = await startLab({ model: syntheticModel(input.shape), scenario: input.scenario });
process.stdout.write(`${JSON.stringify({ connectMap: lab.connectMap, knownHosts: lab.knownHosts, identity: lab.identity, rss: process.memoryUsage().rss })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void lab.close().then(() => process.exit(0));
});
