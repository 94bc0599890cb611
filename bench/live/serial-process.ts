// The serial approach on a large topology in a process of its own, so its memory is its own (one
// connection at a time) and not what the driftgate run before it left in the heap.
// Protocol: argv[2] = JSON { shape, connectMap, identity, every }; prints one JSON line with the
// result of `serial` (perHost as entries) and the process's idle and peak RSS in bytes.
import { syntheticModel, type SyntheticShape } from '../../src/lab/synthetic-model.js';
import type { ConnectMap } from '../../src/lab/start-lab.js';
import { serial } from './serial.js';

const input = JSON.parse(process.argv[2] ?? '{}') as { shape: SyntheticShape; connectMap: ConnectMap; identity: string; every: number };
const model = syntheticModel(input.shape);
const rssIdle = process.memoryUsage().rss;
let rssPeak = rssIdle;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
}, 10);
const result = await serial(model, { connectMap: input.connectMap, identity: input.identity }, input.every);
clearInterval(sampler);
rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
process.stdout.write(`${JSON.stringify({ ...result, perHost: [...result.perHost], rssIdle, rssPeak })}\n`);
