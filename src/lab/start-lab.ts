// Starts the simulated infrastructure of a scenario: one SSH server per host and one HTTP server per
// endpoint origin, all on 127.0.0.1 ephemeral ports; writes the connect map, known_hosts and the identity.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadSpine } from '../bindings/load-spine.js';
import type { Model } from '../bindings/types.js';
import { defaultConfig } from '../config/defaults.js';
import type { ResolvedConfig } from '../config/types.js';
import { createClosedPorts, type ClosedPorts } from './closed-port.js';
import { startHttpOrigin } from './http-server.js';
import type { HttpOriginServer } from './http-server.js';
import { generateEd25519, generateRsa, type KeyPair } from './lab-keys.js';
import { loadScenario, scenarioFromObject } from './scenario.js';
import { type LabRoute, parseKeyOrThrow, startSshHost } from './ssh-server.js';
import type { SshHostServer } from './ssh-server.js';
import type { LabHost, LabOrigin, LabPlane, LoadedScenario, Scenario, World } from './types.js';
import { buildWorld } from './world.js';

/**
 * The `--connect-map` file format (PRODUCT.md section 3). Keys `<id>@lan` / `<id>@tailscale` redirect
 * one address plane of a target; targets reached through a jump host have no entry (the jump host's
 * lab server routes their declared address).
 */
export interface ConnectMap {
  ssh: Record<string, { host: string; port: number }>;
  http: Record<string, string>;
}

export interface StartLabOptions {
  /** spine root; the model is loaded from it unless `model` is given */
  root?: string;
  model?: Model;
  config?: ResolvedConfig;
  /** scenario file path (relative to `cwd`), a scenario object, or an already loaded scenario */
  scenario: string | Scenario | LoadedScenario;
  /** when set, connect-map.json, known_hosts and id_ed25519 are written there */
  outDir?: string;
  /** the lab's clock (backup file ages); default: now */
  now?: Date;
  cwd?: string;
}

export interface LabFiles {
  connectMap: string;
  knownHosts: string;
  identity: string;
}

export interface Lab {
  scenario: Scenario;
  world: World;
  model: Model;
  connectMap: ConnectMap;
  /** known_hosts text: the declared address of every host with the key written for it */
  knownHosts: string;
  /** the client private key (OpenSSH format) the SSH servers accept */
  identity: string;
  files?: LabFiles;
  close(): Promise<void>;
}

function publicKeyLine(publicKey: string): string {
  return publicKey.trim().split(/\s+/).slice(0, 2).join(' ');
}

function knownHostName(address: string, port: number): string {
  return port === 22 ? address : `[${address}]:${port}`;
}

async function resolveScenario(opts: StartLabOptions): Promise<LoadedScenario> {
  if (typeof opts.scenario === 'string') return loadScenario(opts.scenario, opts.cwd);
  if ('scenario' in opts.scenario) return opts.scenario;
  return scenarioFromObject(opts.scenario);
}

interface StartedHost {
  host: LabHost;
  server?: SshHostServer;
  port: number;
  pinnedKey: string;
}

async function startHost(host: LabHost, clientKey: ReturnType<typeof parseKeyOrThrow>, closed: ClosedPorts, route: LabRoute): Promise<StartedHost> {
  const generate = (): KeyPair => (host.legacyRsa ? generateRsa('lab-host') : generateEd25519('lab-host'));
  const pinned = generate();
  const presented = host.hostKeyRotated ? generate() : pinned;
  if (host.unreachable) return { host, port: await closed.take(), pinnedKey: pinned.public };
  const server = await startSshHost({ host, hostKey: presented.private, clientKey, route });
  return { host, server, port: server.port, pinnedKey: pinned.public };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The lab's network as seen from inside a host: its own 127.0.0.1-bound services and any lab port on
 * 127.0.0.1, and the other hosts by their declared addresses (an unreachable host or plane refuses).
 */
function labNetwork(hosts: StartedHost[], origins: Map<LabOrigin, number>, closedPort: () => number): LabRoute {
  const local = new Set<number>([...hosts.filter((h) => h.server).map((h) => h.port), ...origins.values()]);
  return (from, address, port) => {
    if (LOOPBACK.has(address)) {
      const origin = from.loopback.get(port);
      if (origin) return origins.has(origin) ? { host: '127.0.0.1', port: origins.get(origin) as number } : undefined;
      return local.has(port) ? { host: '127.0.0.1', port } : undefined;
    }
    const to = hosts.find((h) => h.host.port === port && h.host.names.includes(address));
    if (!to) return undefined;
    const plane = (Object.entries(to.host.planes) as Array<[LabPlane, string]>).find(([, a]) => a === address)?.[0];
    if (!to.server || (plane && to.host.unreachablePlanes.includes(plane))) return { host: '127.0.0.1', port: closedPort() };
    return { host: '127.0.0.1', port: to.port };
  };
}

/** Starts the lab. Bad scenario references are a UserError naming the scenario line. */
export async function startLab(opts: StartLabOptions): Promise<Lab> {
  const config = opts.config ?? defaultConfig();
  const loaded = await resolveScenario(opts);
  let model = opts.model;
  if (!model) {
    if (!opts.root) throw new Error('startLab needs a root or a model');
    model = (await loadSpine(resolve(opts.cwd ?? process.cwd(), opts.root), config)).model;
  }
  const world = buildWorld(model, config, loaded, opts.now ?? new Date());
  const client = generateEd25519('driftgate-lab');
  const clientKey = parseKeyOrThrow(client.public);

  const hosts: StartedHost[] = [];
  const origins: HttpOriginServer[] = [];
  const connectMap: ConnectMap = { ssh: {}, http: {} };
  // unreachable hosts and refusing origins: ports that refuse connections for the lab's lifetime
  const closed = createClosedPorts();
  const close = async (): Promise<void> => {
    await Promise.all([...hosts.map((h) => h.server?.close()), ...origins.map((o) => o.close()), closed.close()]);
  };
  const originPorts = new Map<LabOrigin, number>();
  let refusing = 0;
  const route: LabRoute = (from, address, port) => labNetwork(hosts, originPorts, () => refusing)(from, address, port);
  try {
    refusing = await closed.take();
    const [startedHosts, startedOrigins] = await Promise.all([
      Promise.all(world.hosts.map((h) => startHost(h, clientKey, closed, route))),
      Promise.all(world.origins.filter((o) => !o.refuse).map((o) => startHttpOrigin(o))),
    ]);
    hosts.push(...startedHosts);
    origins.push(...startedOrigins);
    for (const o of startedOrigins) originPorts.set(o.origin, o.port);
    for (const o of world.origins.filter((x) => x.refuse || x.loopbackOnly)) {
      const port = await closed.take();
      for (const key of [o.origin, ...o.aliases]) connectMap.http[key] = `http://127.0.0.1:${port}`;
    }
  } catch (error) {
    await close();
    throw error;
  }
  const lines: string[] = [];
  for (const h of hosts) {
    if (!h.host.via) {
      connectMap.ssh[h.host.id] = { host: '127.0.0.1', port: h.port };
      for (const plane of Object.keys(h.host.planes) as LabPlane[]) {
        connectMap.ssh[`${h.host.id}@${plane}`] = { host: '127.0.0.1', port: h.host.unreachablePlanes.includes(plane) ? refusing : h.port };
      }
    }
    const key = publicKeyLine(h.pinnedKey);
    for (const name of h.host.names) lines.push(`${knownHostName(name, h.host.port)} ${key}`);
    lines.push(`${knownHostName('127.0.0.1', h.port)} ${key}`);
  }
  for (const o of origins) {
    if (o.origin.loopbackOnly) continue;
    for (const key of [o.origin.origin, ...o.origin.aliases]) connectMap.http[key] = `http://127.0.0.1:${o.port}`;
  }
  const lab: Lab = { scenario: loaded.scenario, world, model, connectMap, knownHosts: `${lines.join('\n')}\n`, identity: client.private, close };
  if (opts.outDir) {
    try {
      lab.files = await writeLabFiles(resolve(opts.cwd ?? process.cwd(), opts.outDir), lab);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return lab;
}

/** Writes connect-map.json, known_hosts and id_ed25519 (mode 0600) into `dir`. */
export async function writeLabFiles(dir: string, lab: Pick<Lab, 'connectMap' | 'knownHosts' | 'identity'>): Promise<LabFiles> {
  await mkdir(dir, { recursive: true });
  const files: LabFiles = { connectMap: join(dir, 'connect-map.json'), knownHosts: join(dir, 'known_hosts'), identity: join(dir, 'id_ed25519') };
  await writeFile(files.connectMap, `${JSON.stringify(lab.connectMap, null, 2)}\n`);
  await writeFile(files.knownHosts, lab.knownHosts);
  await writeFile(files.identity, lab.identity, { mode: 0o600 });
  await chmod(files.identity, 0o600);
  return files;
}
