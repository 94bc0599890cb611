// The one endpoint builder every connecting command uses (a run, `hosts pin`, `hosts commands`):
// the `probe.users` override for the target and for its jump host, the dial order of its address
// planes read through the profile's plane keys, and the targets it cannot connect at all.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { sshEndpoint, sshEndpoints, unknownUserOverrides } from '../../src/probes/transport/ssh-endpoint.js';
import { REPO_DIR } from '../support/paths.js';

const SSH = 'ops/bindings/ssh.targets.yaml';
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** The example spine with more ssh targets and a config. */
async function spine(targets: string, config: string) {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-endpoint-'));
  roots.push(root);
  cpSync(resolve(REPO_DIR, 'examples/spine'), root, { recursive: true });
  writeFileSync(join(root, SSH), `${readFileSync(join(root, SSH), 'utf8').trimEnd()}\n${targets}`);
  writeFileSync(join(root, 'driftgate.config.yaml'), config);
  const cfg = await loadConfig(root);
  return { model: (await loadSpine(root, cfg)).model, config: cfg };
}

const DEVICES = `
    - id: switch
      host: "192.168.1.2"
      user: admin
      probe_via: pve
    - id: loop-a
      host: "192.168.1.3"
      probe_via: loop-b
    - id: loop-b
      host: "192.168.1.4"
      probe_via: loop-a
    - id: orphan
      host: "192.168.1.5"
      probe_via: nowhere
    - id: dns
      host: "10.0.0.53"
      ts_ip: "100.64.0.53"
      access_policy: lan_first
`;

describe('sshEndpoint', () => {
  it('logs in as the probe.users override, on the target and on its jump host alike', async () => {
    const { model, config } = await spine(DEVICES, 'probe:\n  users:\n    pve: driftgate\n    switch: netops\n    typo: x\n');
    const ep = sshEndpoint(model, 'switch', config.probe.users);
    expect(ep).toMatchObject({ id: 'switch', host: '192.168.1.2', user: 'netops', via: { id: 'pve', user: 'driftgate', host: '100.64.0.2' } });
    // without overrides: the declared users
    expect(sshEndpoint(model, 'switch')).toMatchObject({ user: 'admin', via: { user: 'root' } });
    expect(unknownUserOverrides(model, config.probe.users)).toEqual([`probe.users names ssh target "typo", which ${SSH} does not declare; it is ignored`]);
  });

  it('dials the address planes read through the profile\'s plane keys, and pins the key under any declared name', async () => {
    const { model, config } = await spine(DEVICES, 'profile:\n  addresses:\n    tailscale: { keys: [tailscale_ip, ts_ip] }\n');
    expect(sshEndpoint(model, 'dns', config.probe.users)?.plan).toEqual({
      candidates: [{ plane: 'lan', host: '10.0.0.53' }, { plane: 'tailscale', host: '100.64.0.53' }],
      identityNames: ['10.0.0.53', '100.64.0.53'],
    });
  });

  it('says why a target cannot be connected at all: a probe_via loop, or a jump host nobody declared', async () => {
    const { model } = await spine(DEVICES, '');
    const all = sshEndpoints(model);
    expect(all.get('loop-a')?.invalid?.error).toBe('probe_via of "loop-b" loops (loop-a → loop-b → loop-a)');
    expect(all.get('orphan')?.invalid?.error).toBe(`ssh target "orphan" is reached via "nowhere" (probe_via), which ${SSH} does not declare`);
    expect(all.get('switch')?.invalid).toBeUndefined();
    expect(sshEndpoint(model, 'nowhere')).toBeUndefined();
  });
});
