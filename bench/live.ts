// The live run on the lab (a child process, so the simulated hosts do not compete with the probes
// for the event loop): the corpus-shaped topology where every remote command costs 400 ms and one
// endpoint 2 s, driftgate (one exec per host, everything in parallel) against the serial approach
// of the team's scripts (a new connection per probe, one at a time); the exec channels per host;
// then 200, 500 and 1,000 hosts for wall time, memory and growth per host. Prints numbers only, no
// assertions: ratios are what to compare between machines (PRODUCT.md section 10).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import ssh2 from 'ssh2';
import { Agent, request } from 'undici';
import type { Model } from '../src/bindings/types.js';
import { defaultConfig } from '../src/config/defaults.js';
import type { ConnectMap } from '../src/lab/start-lab.js';
import { CORPUS_SHAPE, syntheticModel } from '../src/lab/synthetic-model.js';
import type { SyntheticShape } from '../src/lab/synthetic-model.js';
import type { Scenario } from '../src/lab/types.js';
import { backupBatch } from '../src/probes/backup.js';
import { type HostBatch, hostBatchCommand } from '../src/probes/host-batch.js';
import { mapHttpUrl } from '../src/probes/connect-map.js';
import { KnownHosts } from '../src/probes/known-hosts.js';
import { probeAll } from '../src/probes/probe-all.js';
import type { Observations } from '../src/probes/types.js';

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

/** Starts bench/live/lab-process.ts in a child process (same Node, same tsx loader). */
async function startRemoteLab(shape: SyntheticShape, scenario: Scenario): Promise<RemoteLab> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'live', 'lab-process.ts');
  const child = spawn(process.execPath, [...process.execArgv, script, JSON.stringify({ shape, scenario })], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const first = await new Promise<string>((res, rej) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (l) => res(l));
    child.once('exit', (code) => rej(new Error(`lab process exited (${String(code)}) before it started`)));
  });
  const info = JSON.parse(first) as Omit<RemoteLab, 'close'>;
  return {
    ...info,
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
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

/** One new SSH connection, one command, closed: what `ssh host '<probe>'` does per probe. */
function sshOnce(lab: RemoteLab, target: string, command: string): Promise<void> {
  const to = lab.connectMap.ssh[target];
  if (!to) return Promise.reject(new Error(`no lab host ${target}`));
  return new Promise((res, rej) => {
    const conn = new ssh2.Client();
    conn.on('error', rej);
    conn.on('ready', () =>
      conn.exec(command, (err, stream) => {
        if (err) return rej(err);
        stream.on('data', () => undefined);
        stream.stderr.on('data', () => undefined);
        stream.on('close', () => {
          conn.end();
          res();
        });
      }),
    );
    conn.connect({ host: to.host, port: to.port, username: 'bench', privateKey: lab.identity, readyTimeout: 10_000, hostVerifier: () => true });
  });
}

/** One new HTTP connection per probe, like one curl per endpoint. */
async function httpOnce(lab: RemoteLab, url: string): Promise<void> {
  const mapped = mapHttpUrl(lab.connectMap, url) ?? url;
  const dispatcher = new Agent({ connect: { timeout: 5_000 } });
  try {
    const res = await request(mapped, { dispatcher, headersTimeout: 10_000, bodyTimeout: 10_000 });
    await res.body.dump();
  } finally {
    await dispatcher.close();
  }
}

const one = (b: Partial<HostBatch>): string => hostBatchCommand({ docker: false, stacks: [], hypervisor: false, ...b });

/** The team's scripts: a new connection per probe (one stack, one backup, the hypervisor), one at a time. */
async function serial(model: Model, lab: RemoteLab): Promise<{ ms: number; slowestMs: number; probes: number; perHost: Map<string, number> }> {
  const durations: number[] = [];
  const perHost = new Map<string, number>();
  const timed = async (host: string, fn: () => Promise<void>): Promise<void> => {
    const t = performance.now();
    await fn();
    durations.push(performance.now() - t);
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
  };
  const t0 = performance.now();
  for (const target of model.composeTargets) {
    const host = target.sshTarget ?? target.id;
    for (const stack of target.stacks) await timed(host, () => sshOnce(lab, host, one({ docker: true, stacks: [stack.path] })));
  }
  for (const b of model.backups.filter((x) => x.enabled)) await timed(b.host, () => sshOnce(lab, b.host, one({ backups: backupBatch([b]) })));
  await timed('pve', () => sshOnce(lab, 'pve', one({ hypervisor: true })));
  for (const e of model.endpoints.filter((x) => x.enabled)) await timed('http', () => httpOnce(lab, e.url));
  perHost.delete('http');
  return { ms: performance.now() - t0, slowestMs: Math.max(...durations), probes: durations.length, perHost };
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
    const ratio = par.ms / ser.slowestMs;
    line('driftgate wall', `${par.ms.toFixed(0)} ms (${failures(par.obs)} failed probes)`);
    line('driftgate wall / slowest probe', `${ratio.toFixed(2)} (goal <= 1.25: ${ratio <= 1.25 ? 'met' : 'NOT met'})`);
    line('serial wall (new connection per probe, one at a time)', `${ser.ms.toFixed(0)} ms (${ser.probes} probes)`);
    line('serial wall / slowest probe', `${(ser.ms / ser.slowestMs).toFixed(2)}`);
    line('remote exec channels per host: driftgate', spread(par.execs));
    line('remote exec channels per host: serial', spread(ser.perHost));
  } finally {
    await lab.close();
  }
}

/** N hosts of 2 stacks x 5 containers, one endpoint each, one backup each on the hypervisor. */
async function scale(hosts: number): Promise<{ ms: number; peakRssMb: number; idleRssMb: number }> {
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
    peak = Math.max(peak, process.memoryUsage().rss);
    const mb = (n: number): number => n / 1024 / 1024;
    line(`${hosts} hosts`, `wall ${(par.ms / 1000).toFixed(1)} s, RSS peak ${mb(peak).toFixed(0)} MB (+${mb(peak - rssIdle).toFixed(0)} MB), ${failures(par.obs)} failed probes; lab process ${mb(lab.rss).toFixed(0)} MB`);
    return { ms: par.ms, peakRssMb: mb(peak), idleRssMb: mb(rssIdle) };
  } finally {
    clearInterval(sampler);
    await lab.close();
  }
}

async function large(): Promise<void> {
  line('topology per host', '2 stacks x 5 containers, 1 endpoint, 1 backup on the hypervisor; ssh commands 40-120 ms, http 5-200 ms');
  const runs = new Map<number, Awaited<ReturnType<typeof scale>>>();
  for (const n of [200, 500, 1_000]) runs.set(n, await scale(n));
  const a = runs.get(200)!;
  const b = runs.get(1_000)!;
  const msPerHost = (b.ms - a.ms) / 800;
  const mbPerHost = ((b.peakRssMb - a.peakRssMb) / 800) * 1024;
  line('growth per host (200 -> 1,000)', `${msPerHost.toFixed(1)} ms wall, ${mbPerHost.toFixed(0)} KB peak RSS`);
  line('1,000 hosts against the goals', `wall ${(b.ms / 1000).toFixed(1)} s (goal <= 60 s: ${b.ms <= 60_000 ? 'met' : 'NOT met'}), RSS ${b.peakRssMb.toFixed(0)} MB (goal <= 512 MB: ${b.peakRssMb <= 512 ? 'met' : 'NOT met'})`);
}

export async function run(): Promise<void> {
  process.stdout.write('-- corpus-shaped topology: driftgate vs the serial approach\n');
  await corpusShaped();
  process.stdout.write('-- scale: 200, 500 and 1,000 hosts\n');
  await large();
}
