// Shared helpers of the lab tests: the example spine's model and a real ssh2 client.
import { resolve } from 'node:path';
import ssh2 from 'ssh2';
import { loadSpine } from '../../src/bindings/load-spine.js';
import type { Model } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Lab } from '../../src/lab/start-lab.js';
import { REPO_DIR } from '../support/paths.js';

export const EXAMPLE_SPINE = resolve(REPO_DIR, 'examples/spine');
export const LAB_NOW = new Date('2026-02-11T12:00:00Z');

export async function exampleModel(): Promise<Model> {
  return (await loadSpine(EXAMPLE_SPINE, defaultConfig())).model;
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
