// The live run on the lab (a child process, so the simulated hosts do not compete with the probes
// for the event loop): the corpus-shaped topology where every remote command costs 400 ms and one
// endpoint 2 s, driftgate (one exec per host, everything in parallel) against the serial approach
// of the team's scripts (a new connection per probe, one at a time, bench/live/serial.ts); the exec
// channels per host; then 200, 500 and 1,000 hosts for wall time, memory and growth per host, each
// against the serial approach on the same lab. Prints numbers only, no assertions: ratios are what
// to compare between machines (PRODUCT.md section 10).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Model } from '../src/bindings/types.js';
import { defaultConfig } from '../src/config/defaults.js';
import type { ConnectMap } from '../src/lab/start-lab.js';
import { CORPUS_SHAPE, syntheticModel } from '../src/lab/synthetic-model.js';
import type { SyntheticShape } from '../src/lab/synthetic-model.js';
import type { Scenario } from '../src/lab/types.js';
import { KnownHosts } from '../src/probes/known-hosts.js';
import { probeAll } from '../src/probes/probe-all.js';
import type { Observations } from '../src/probes/types.js';
import { serial, type SerialResult } from './live/serial.js';

const COMMAND_MS = 400;
const SLOW_ENDPOINT_MS = 2_000;

/** What the probes need of a lab running in another process. */
interface RemoteLab {
  connectMap: ConnectMap;
  knownHosts: string;
  identity: string;
  /** RSS of the lab process once started */
  rss: number;
  close(): Promise<void>;
}

/** Runs a script of bench/live/ in a child process (same Node, same tsx loader) with one JSON argument; resolves its first stdout line. */
function child(script: string, arg: unknown): { first: Promise<string>; stdin: NodeJS.WritableStream; exited: Promise<void> } {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'live', script);
  const proc = spawn(process.execPath, [...process.execArgv, path, JSON.stringify(arg)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((res) => proc.once('exit', () => res()));
  const first = new Promise<string>((res, rej) => {
    createInterface({ input: proc.stdout }).once('line', (l) => res(l));
    proc.once('exit', (code) => rej(new Error(`${script} exited (${String(code)}) before it answered`)));
  });
  return { first, stdin: proc.stdin, exited };
}

/** Starts bench/live/lab-process.ts in a child process. */
async function startRemoteLab(shape: SyntheticShape, scenario: Scenario): Promise<RemoteLab> {
  const proc = child('lab-process.ts', { shape, scenario });
  const info = JSON.parse(await proc.first) as Omit<RemoteLab, 'close'>;
  return {
    ...info,
    close: async () => {
      proc.stdin.end();
      await proc.exited;
    },
  };
}

/** The serial approach on `shape` in a child process (bench/live/serial-process.ts), every `every`-th probe. */
async function serialProcess(shape: SyntheticShape, lab: RemoteLab, every: number): Promise<SerialResult & { rssIdle: number; rssPeak: number }> {
  const proc = child('serial-process.ts', { shape, connectMap: lab.connectMap, identity: lab.identity, every });
  const r = JSON.parse(await proc.first) as SerialResult & { perHost: Array<[string, number]>; rssIdle: number; rssPeak: number };
  await proc.exited;
  return { ...r, perHost: new Map(r.perHost) };
}

/** Deterministic pseudo-random integers in [min, max] (LCG), so every run injects the same latencies. */
function rng(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return min + (state % (max - min + 1));
  };
}

/** Every remote command costs `commandMs`; HTTP 5-200 ms per endpoint, optionally one slow endpoint. */
function latencyScenario(model: Model, commandMs: number, slowEndpoint: boolean): Scenario {
  const next = rng(20260211);
  const hosts: NonNullable<Scenario['hosts']> = {};
  for (const t of model.sshTargets) hosts[t.id] = { commandDelayMs: commandMs || next(40, 120) };
  const endpoints: NonNullable<Scenario['endpoints']> = {};
  model.endpoints.forEach((e, i) => {
    endpoints[e.id] = { latencyMs: slowEndpoint && i === 6 ? SLOW_ENDPOINT_MS : next(5, 200) };
  });
  return { version: 1, hosts, endpoints };
}

async function parallel(model: Model, lab: RemoteLab): Promise<{ ms: number; obs: Observations; execs: Map<string, number> }> {
  const config = defaultConfig();
  const execs = new Map<string, number>();
  const t0 = performance.now();
  const obs = await probeAll(model, config, {
    connectMap: lab.connectMap,
    knownHosts: KnownHosts.parse(lab.knownHosts),
    identity: lab.identity,
    now: () => new Date(),
    onSshEvent: (e) => {
      if (e.type === 'exec') execs.set(e.target, (execs.get(e.target) ?? 0) + 1);
    },
  });
  return { ms: performance.now() - t0, obs, execs };
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(58)} ${value}\n`);
}

function failures(obs: Observations): number {
  return [obs.hosts, obs.stacks, obs.endpoints, obs.backups, obs.hypervisors].reduce((n, l) => n + l.filter((o) => !o.ok).length, 0);
}

function spread(counts: Map<string, number>): string {
  const values = [...counts.values()];
  return `min ${Math.min(...values)}, max ${Math.max(...values)}, total ${values.reduce((a, b) => a + b, 0)} over ${values.length} hosts`;
}

const ratio = (a: number, b: number): string => (a / b).toFixed(a / b < 0.1 ? 3 : 2);
const mb = (bytes: number): number => bytes / 1024 / 1024;

async function corpusShaped(): Promise<void> {
  const model = syntheticModel(CORPUS_SHAPE);
  const lab = await startRemoteLab(CORPUS_SHAPE, latencyScenario(model, COMMAND_MS, true));
  try {
    await parallel(model, lab); // warm-up: JIT, key parsing; not counted
    const par = await parallel(model, lab);
    const ser = await serial(model, lab);
    const probes = par.obs.stacks.length + par.obs.endpoints.length + par.obs.backups.length + par.obs.hypervisors.length;
    line('topology', `${CORPUS_SHAPE.stacksPerHost.length} hosts, ${model.stacks.length} stacks, ${model.endpoints.length} endpoints, ${model.backups.length} backups, 1 hypervisor (${probes} probes)`);
    line('injected latency', `${COMMAND_MS} ms per remote command, http 5-200 ms, one endpoint ${SLOW_ENDPOINT_MS} ms`);
    line('slowest single probe (measured alone)', `${ser.slowestMs.toFixed(0)} ms`);
    const wall = par.ms / ser.slowestMs;
    line('driftgate wall', `${par.ms.toFixed(0)} ms (${failures(par.obs)} failed probes)`);
    line('serial wall (new connection per probe, one at a time)', `${ser.ms.toFixed(0)} ms (${ser.probes} probes)`);
    line('wall / slowest probe: driftgate', `${wall.toFixed(2)} (goal <= 1.25: ${wall <= 1.25 ? 'met' : 'NOT met'})`);
    line('wall / slowest probe: serial', ratio(ser.ms, ser.slowestMs));
    line('wall: driftgate / serial', ratio(par.ms, ser.ms));
    line('remote exec channels per host: driftgate', spread(par.execs));
    line('remote exec channels per host: serial', spread(ser.perHost));
    const max = (m: Map<string, number>): number => Math.max(...m.values());
    const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
    line('exec channels: driftgate / serial', `most on one host ${ratio(max(par.execs), max(ser.perHost))}, all hosts ${ratio(total(par.execs), total(ser.perHost))}`);
  } finally {
    await lab.close();
  }
}

interface ScaleRun {
  ms: number;
  peakRssMb: number;
  serialMs: number;
  serialPeakRssMb: number;
}

/**
 * N hosts of 2 stacks x 5 containers, one endpoint each, one backup each on the hypervisor:
 * driftgate, then the serial approach on the same lab (a sample of about 80 of its probes, in a
 * process of its own).
 */
async function scale(hosts: number): Promise<ScaleRun> {
  const shape: SyntheticShape = { stacksPerHost: Array.from({ length: hosts }, () => 2), containersPerStack: 5, endpoints: hosts };
  const model = syntheticModel(shape);
  const lab = await startRemoteLab(shape, latencyScenario(model, 0, false));
  global.gc?.();
  const rssIdle = process.memoryUsage().rss;
  let peak = rssIdle;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const par = await parallel(model, lab);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const ser = await serialProcess(shape, lab, Math.max(1, Math.round(hosts / 20)));
    line(`${hosts} hosts: driftgate`, `wall ${(par.ms / 1000).toFixed(1)} s, RSS peak ${mb(peak).toFixed(0)} MB (+${mb(peak - rssIdle).toFixed(0)} MB), ${failures(par.obs)} failed probes; lab process ${mb(lab.rss).toFixed(0)} MB`);
    line(`${hosts} hosts: serial`, `wall ${(ser.ms / 1000).toFixed(1)} s (estimated from ${ser.measured} of its ${ser.probes} probes run one at a time), RSS peak ${mb(ser.rssPeak).toFixed(0)} MB`);
    line(`${hosts} hosts: driftgate / serial`, `wall ${ratio(par.ms, ser.ms)}, RSS peak ${ratio(peak, ser.rssPeak)}`);
    return { ms: par.ms, peakRssMb: mb(peak), serialMs: ser.ms, serialPeakRssMb: mb(ser.rssPeak) };
  } finally {
    clearInterval(sampler);
    await lab.close();
  }
}

async function large(): Promise<void> {
  line('topology per host', '2 stacks x 5 containers, 1 endpoint, 1 backup on the hypervisor; ssh commands 40-120 ms, http 5-200 ms');
  const runs = new Map<number, ScaleRun>();
  for (const n of [200, 500, 1_000]) runs.set(n, await scale(n));
  const a = runs.get(200)!;
  const b = runs.get(1_000)!;
  const perHost = (x: number, y: number): number => (y - x) / 800;
  const ms = perHost(a.ms, b.ms);
  const serialMs = perHost(a.serialMs, b.serialMs);
  line('growth per host (200 -> 1,000): driftgate', `${ms.toFixed(1)} ms wall, ${(perHost(a.peakRssMb, b.peakRssMb) * 1024).toFixed(0)} KB peak RSS`);
  line('growth per host (200 -> 1,000): serial', `${serialMs.toFixed(1)} ms wall, ${(perHost(a.serialPeakRssMb, b.serialPeakRssMb) * 1024).toFixed(0)} KB peak RSS`);
  line('growth per host: driftgate / serial', `wall ${ratio(ms, serialMs)}`);
  line('1,000 hosts against the goals', `wall ${(b.ms / 1000).toFixed(1)} s (goal <= 60 s: ${b.ms <= 60_000 ? 'met' : 'NOT met'}), RSS ${b.peakRssMb.toFixed(0)} MB (goal <= 512 MB: ${b.peakRssMb <= 512 ? 'met' : 'NOT met'})`);
}

export async function run(): Promise<void> {
  process.stdout.write('-- corpus-shaped topology: driftgate vs the serial approach\n');
  await corpusShaped();
  process.stdout.write('-- scale: 200, 500 and 1,000 hosts, driftgate vs the serial approach\n');
  await large();
}
