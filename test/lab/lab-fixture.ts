// Shared helpers of the lab tests: the example spine's model and a real ssh2 client.
import { resolve } from 'node:path';
import ssh2 from 'ssh2';
import { loadSpine } from '../../src/bindings/load-spine.js';
import type { Endpoint, Model, SshTarget, Vm } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Lab } from '../../src/lab/start-lab.js';
import { REPO_DIR } from '../support/paths.js';

export const EXAMPLE_SPINE = resolve(REPO_DIR, 'examples/spine');
export const LAB_NOW = new Date('2026-02-11T12:00:00Z');

export async function exampleModel(): Promise<Model> {
  return (await loadSpine(EXAMPLE_SPINE, defaultConfig())).model;
}

const ref = (pointer: string) => ({ file: 'ops/bindings/ssh.targets.yaml', pointer });
const target = (id: string, over: Partial<SshTarget>): SshTarget => ({ id, host: '192.0.2.1', user: 'admin', port: 22, connectTimeoutSec: 3, optional: false, ref: ref(`/ssh/targets/${id}`), ...over });

/**
 * The example spine plus devices and services reached otherwise: a switch and a legacy access point
 * behind pve (probe_via), a service of media probed over SSH, a lan_first target and an LXC guest.
 */
export async function reachModel(): Promise<Model> {
  const model = await exampleModel();
  const ntp: Endpoint = { id: 'ntp-ui', host: 'media', url: 'http://100.64.0.13:8123/status', expect: [200], enabled: true, probeVia: 'ssh', ref: { file: 'ops/bindings/services.health.yaml', pointer: '/endpoints/99' } };
  const dns: Vm = { vmid: 120, hostname: 'dns', proxmoxHost: 'pve', status: 'active', meaning: 'running', vmType: 'lxc', onboot: true, resources: { cpuCores: 1, memoryMb: 512, bootDiskGb: 4 }, stacks: [], services: [], ref: { file: 'ops/bindings/vm.lifecycle.yaml', pointer: '/vms/9' } };
  return {
    ...model,
    sshTargets: [
      ...model.sshTargets,
      target('switch', { host: '192.168.1.2', probeVia: 'pve' }),
      target('ap', { host: '192.168.1.185', probeVia: 'pve', extraOpts: '-o HostKeyAlgorithms=+ssh-rsa -o PubkeyAcceptedAlgorithms=+ssh-rsa' }),
      target('dns', { host: '10.0.0.53', addresses: { lan: '10.0.0.53', tailscale: '100.64.0.53' }, accessPolicy: 'lan_first' }),
    ],
    endpoints: [...model.endpoints, ntp],
    vms: [...model.vms, dns],
  };
}

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** the host key blob the server presented */
  hostKey: Buffer;
}

/** Connects to one lab host with a real ssh2 client and runs one command. */
export function sshExec(lab: Lab, hostId: string, command: string, privateKey: string = lab.identity): Promise<ExecResult> {
  const to = lab.connectMap.ssh[hostId];
  if (!to) throw new Error(`no ssh host ${hostId} in the connect map`);
  return new Promise((res, rej) => {
    const conn = new ssh2.Client();
    let hostKey: Buffer = Buffer.alloc(0);
    conn.on('error', rej);
    conn.on('ready', () => {
      conn.exec(command, (err, stream) => {
        if (err) return rej(err);
        let stdout = '';
        let stderr = '';
        let code: number | null = null;
        stream.on('data', (d: Buffer) => (stdout += d.toString()));
        stream.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        stream.on('exit', (c: number | null) => (code = c));
        stream.on('close', () => {
          conn.end();
          res({ code, stdout, stderr, hostKey });
        });
      });
    });
    conn.connect({
      host: to.host,
      port: to.port,
      username: 'ubuntu',
      privateKey,
      readyTimeout: 5_000,
      hostVerifier: (key: Buffer) => {
        hostKey = key;
        return true;
      },
    });
  });
}

/** The key blob known_hosts pins for `name` (first match), decoded. */
export function pinnedKey(knownHosts: string, name: string): Buffer | undefined {
  for (const line of knownHosts.split('\n')) {
    const [host, , b64] = line.split(' ');
    if (host === name && b64) return Buffer.from(b64, 'base64');
  }
  return undefined;
}
