// The live run on the lab: driftgate's parallel probes (probeAll) against the serial approach of the
// team's scripts (a new SSH connection per stack, one probe at a time) on the same corpus-shaped
// topology with injected latencies, in the same run; then a 200-host topology for wall time and memory.
// The lab runs in a child process. Prints numbers only; no assertions (PRODUCT.md section 10: the live run should cost about the slowest probe).
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
import { HYPERVISOR_COMMAND, backupListCommand, composePsCommand } from '../src/probes/commands.js';
import { mapHttpUrl } from '../src/probes/connect-map.js';
import { KnownHosts } from '../src/probes/known-hosts.js';
import { probeAll } from '../src/probes/probe-all.js';
import type { Observations } from '../src/probes/types.js';

const SLOW_ENDPOINT_MS = 1_500;

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

/** Realistic latencies: SSH commands 40-120 ms per host, HTTP 5-200 ms per endpoint, optionally one slow endpoint. */
function latencyScenario(model: Model, slowEndpoint: boolean): Scenario {
  const next = rng(20260211);
  const hosts: NonNullable<Scenario['hosts']> = {};
  for (const t of model.sshTargets) hosts[t.id] = { commandDelayMs: next(40, 120) };
  const endpoints: NonNullable<Scenario['endpoints']> = {};
  model.endpoints.forEach((e, i) => {
    endpoints[e.id] = { latencyMs: slowEndpoint && i === 6 ? SLOW_ENDPOINT_MS : next(5, 200) };
  });
  return { version: 1, hosts, endpoints };
}

async function parallel(model: Model, lab: RemoteLab): Promise<{ ms: number; obs: Observations }> {
  const config = defaultConfig();
  const t0 = performance.now();
  const obs = await probeAll(model, config, {
    connectMap: lab.connectMap,
    knownHosts: KnownHosts.parse(lab.knownHosts),
    identity: lab.identity,
    now: () => new Date(),
  });
  return { ms: performance.now() - t0, obs };
}

/** One new SSH connection, one command, closed: what `ssh host 'cd … && docker compose ps'` does per stack. */
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

async function serial(model: Model, lab: RemoteLab): Promise<{ ms: number; slowestMs: number; probes: number }> {
  const durations: number[] = [];
  const timed = async (fn: () => Promise<void>): Promise<void> => {
    const t = performance.now();
    await fn();
    durations.push(performance.now() - t);
  };
  const t0 = performance.now();
  for (const target of model.composeTargets) {
    for (const stack of target.stacks) await timed(() => sshOnce(lab, target.sshTarget ?? target.id, composePsCommand(stack.path)));
  }
  for (const b of model.backups.filter((x) => x.enabled)) await timed(() => sshOnce(lab, b.host, backupListCommand(b.basePath, b.glob)));
  await timed(() => sshOnce(lab, 'pve', HYPERVISOR_COMMAND));
  for (const e of model.endpoints.filter((x) => x.enabled)) await timed(() => httpOnce(lab, e.url));
  return { ms: performance.now() - t0, slowestMs: Math.max(...durations), probes: durations.length };
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(50)} ${value}\n`);
}

function failures(obs: Observations): number {
  return [obs.hosts, obs.stacks, obs.endpoints, obs.backups, obs.hypervisors].reduce((n, l) => n + l.filter((o) => !o.ok).length, 0);
}

async function corpusShaped(): Promise<void> {
  const model = syntheticModel(CORPUS_SHAPE);
  const lab = await startRemoteLab(CORPUS_SHAPE, latencyScenario(model, true));
  try {
    await parallel(model, lab); // warm-up: JIT, key parsing; not counted
    const par = await parallel(model, lab);
    const ser = await serial(model, lab);
    const probes = par.obs.stacks.length + par.obs.endpoints.length + par.obs.backups.length + par.obs.hypervisors.length;
    line('topology', `${CORPUS_SHAPE.stacksPerHost.length} hosts, ${model.stacks.length} stacks, ${model.endpoints.length} endpoints, ${model.backups.length} backups, 1 hypervisor (${probes} probes)`);
    line('injected latency', `ssh command 40-120 ms per host, http 5-200 ms, one endpoint ${SLOW_ENDPOINT_MS} ms`);
    line('parallel (probeAll) wall', `${par.ms.toFixed(0)} ms (${failures(par.obs)} failed probes)`);
    line('serial (new connection per stack, one at a time)', `${ser.ms.toFixed(0)} ms (${ser.probes} probes)`);
    line('ratio serial / parallel', `${(ser.ms / par.ms).toFixed(1)}x`);
    line('slowest single probe (measured alone, serially)', `${ser.slowestMs.toFixed(0)} ms`);
    const ratio = par.ms / ser.slowestMs;
    line('parallel wall / slowest single probe', `${ratio.toFixed(2)} (goal <= 1.25: ${ratio <= 1.25 ? 'met' : 'NOT met'})`);
  } finally {
    await lab.close();
  }
}

async function large(): Promise<void> {
  const shape: SyntheticShape = { stacksPerHost: Array.from({ length: 200 }, () => 2), containersPerStack: 5, endpoints: 400 };
  const model = syntheticModel(shape);
  const lab = await startRemoteLab(shape, latencyScenario(model, false));
  const rssIdle = process.memoryUsage().rss;
  let peak = rssIdle;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const par = await parallel(model, lab);
    peak = Math.max(peak, process.memoryUsage().rss);
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
    line('topology', `200 hosts, ${model.stacks.length} stacks, ${model.services.length} containers, ${model.endpoints.length} endpoints, ${model.backups.length} backups`);
    line('parallel (probeAll) wall', `${par.ms.toFixed(0)} ms (${failures(par.obs)} failed probes)`);
    line('probing process RSS: idle / peak during the run', `${mb(rssIdle)} / ${mb(peak)} (+${mb(peak - rssIdle)})`);
    line('probing process maxRSS (whole bench so far)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    line('lab process RSS (200 SSH + 400 HTTP servers)', mb(lab.rss));
  } finally {
    clearInterval(sampler);
    await lab.close();
  }
}

export async function run(): Promise<void> {
  process.stdout.write('-- corpus-shaped topology: parallel vs serial\n');
  await corpusShaped();
  process.stdout.write('-- 200-host synthetic topology\n');
  await large();
}
