// The serial approach of the team's scripts, the benchmark's baseline on the same lab topology: a
// new SSH connection per probe (one per stack, one per backup, one for the hypervisor lists) and a
// new HTTP connection per endpoint, one at a time. On a large topology it runs a deterministic
// sample (every k-th probe of each kind) and estimates the whole: one at a time, its wall time is
// the sum of its probes' times by construction.
import ssh2 from 'ssh2';
import { Agent, request } from 'undici';
import type { Model } from '../../src/bindings/types.js';
import type { ConnectMap } from '../../src/lab/start-lab.js';
import { backupBatch } from '../../src/probes/backup.js';
import { mapHttpUrl } from '../../src/probes/connect-map.js';
import { type HostBatch, hostBatchCommand } from '../../src/probes/host-batch.js';

export interface SerialLab {
  connectMap: ConnectMap;
  identity: string;
}

export interface SerialResult {
  /** wall time: measured when every probe ran, else the per-kind means times the counts */
  ms: number;
  /** true when only a sample ran */
  estimated: boolean;
  /** probes of the topology / probes that ran */
  probes: number;
  measured: number;
  slowestMs: number;
  /** exec channels per host: one connection and one exec per probe */
  perHost: Map<string, number>;
}

interface SerialProbe {
  kind: 'stack' | 'backup' | 'hypervisor' | 'endpoint';
  /** the ssh target it connects to (undefined for HTTP) */
  host?: string;
  run: () => Promise<void>;
}

/** One new SSH connection, one command, closed: what `ssh host '<probe>'` does per probe. */
function sshOnce(lab: SerialLab, target: string, command: string): Promise<void> {
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
async function httpOnce(lab: SerialLab, url: string): Promise<void> {
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

function serialProbes(model: Model, lab: SerialLab): SerialProbe[] {
  const probes: SerialProbe[] = [];
  for (const target of model.composeTargets) {
    const host = target.sshTarget ?? target.id;
    for (const stack of target.stacks) probes.push({ kind: 'stack', host, run: () => sshOnce(lab, host, one({ docker: true, stacks: [stack.path] })) });
  }
  for (const b of model.backups.filter((x) => x.enabled)) probes.push({ kind: 'backup', host: b.host, run: () => sshOnce(lab, b.host, one({ backups: backupBatch([b]) })) });
  probes.push({ kind: 'hypervisor', host: 'pve', run: () => sshOnce(lab, 'pve', one({ hypervisor: true })) });
  for (const e of model.endpoints.filter((x) => x.enabled)) probes.push({ kind: 'endpoint', run: () => httpOnce(lab, e.url) });
  return probes;
}

/**
 * Runs the serial approach: every probe (`every` = 1), or every `every`-th probe of each kind (at
 * least the first of each), estimating the wall time as the sum over kinds of mean × count.
 */
export async function serial(model: Model, lab: SerialLab, every = 1): Promise<SerialResult> {
  const probes = serialProbes(model, lab);
  const perHost = new Map<string, number>();
  for (const p of probes) if (p.host) perHost.set(p.host, (perHost.get(p.host) ?? 0) + 1);
  const byKind = new Map<SerialProbe['kind'], { count: number; times: number[] }>();
  const t0 = performance.now();
  for (const p of probes) {
    const k = byKind.get(p.kind) ?? { count: 0, times: [] };
    const index = k.count++;
    byKind.set(p.kind, k);
    if (index % every !== 0) continue;
    const t = performance.now();
    await p.run();
    k.times.push(performance.now() - t);
  }
  const kinds = [...byKind.values()];
  const all = kinds.flatMap((k) => k.times);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const ms = every === 1 ? performance.now() - t0 : sum(kinds.map((k) => (sum(k.times) / k.times.length) * k.count));
  return { ms, estimated: every !== 1, probes: probes.length, measured: all.length, slowestMs: Math.max(...all), perHost };
}
