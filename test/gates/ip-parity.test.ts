// ip-parity and the host joins, case by case over the clean fixture spine: addresses are judged
// against their own host's, in the plane their network puts them in; hosts are joined by the
// references the files declare, and `profile.joins` decides whether equal names join too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { hostIndex } from '../../src/bindings/model/host-index.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load-config.js';
import ipParity from '../../src/gates/ip-parity.js';
import { runGates } from '../../src/gates/run-gates.js';
import { resolveProfile } from '../../src/profile/profile.js';
import { CLEAN_SPINE } from './support/gate-cases.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function spine(edits: Partial<Record<keyof typeof SPINE_PATHS, (t: string) => string>>, config = '') {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-ip-'));
  roots.push(root);
  cpSync(CLEAN_SPINE, root, { recursive: true });
  for (const [kind, edit] of Object.entries(edits)) {
    const path = join(root, SPINE_PATHS[kind as keyof typeof SPINE_PATHS]);
    writeFileSync(path, edit!(readFileSync(path, 'utf8')));
  }
  writeFileSync(join(root, 'driftgate.config.yaml'), config);
  const cfg = await loadConfig(root);
  return { ...(await loadSpine(root, cfg)), config: cfg };
}

async function ipFindings(edits: Parameters<typeof spine>[0], config = ''): Promise<Array<{ severity: string; message: string }>> {
  const loaded = await spine(edits, config);
  const { findings } = runGates([ipParity], { ...loaded, now: new Date('2026-02-11T12:00:00Z') });
  return findings.map((f) => ({ severity: f.severity, message: f.message }));
}

describe('ip-parity by plane', () => {
  it('passes the clean spine and a health URL on the host LAN address', async () => {
    expect(await ipFindings({})).toEqual([]);
    expect(await ipFindings({ health: (t) => t.replace('http://100.64.0.11:8080', 'http://192.168.50.31:8080') })).toEqual([]);
  });

  it('reports a probe at an address of the tailnet that no file gives to any host', async () => {
    const found = await ipFindings({ health: (t) => t.replace('http://100.64.0.12:3000', 'http://100.64.9.9:3000') });
    expect(found.map((f) => f.message)).toEqual([
      'health endpoint "grafana" URL host is "100.64.9.9", but SERVICE_REGISTRY.yaml host "edge" tailscale_ip is "100.64.0.12" (SERVICE_REGISTRY.yaml:71:19); host "edge" has one Tailscale address',
    ]);
  });

  it('reports a LAN address of a network the profile declares that no host has, when the host has no LAN address', async () => {
    const found = await ipFindings({ health: (t) => t.replace('host: edge\n    url: "http://100.64.0.12:3000', 'host: pve\n    url: "http://10.9.9.9:3000') });
    expect(found.map((f) => f.message)).toEqual([
      'health endpoint "grafana" URL host is "10.9.9.9", an address of the LAN plane that no file gives to host "pve" or to any other host; declare it as the host\'s LAN address, or fix the URL',
    ]);
  });

  it('without networks, two planes of one host with one address are still one address too many', async () => {
    const config = 'profile:\n  addresses:\n    lan: { networks: [] }\n    tailscale: { networks: [] }\n';
    const found = await ipFindings({ vms: (t) => t.replace('tailscale_ip: 100.64.0.12', 'tailscale_ip: 192.168.50.32') }, config);
    expect(found.some((f) => /the same address as VM 302 lan_ip/.test(f.message))).toBe(true);
  });

  it('reads the plane keys the profile names', async () => {
    const config = 'profile:\n  addresses:\n    tailscale: { keys: [ts_ip] }\n';
    const found = await ipFindings({ registry: (t) => t.replace('tailscale_ip: 100.64.0.11', 'ts_ip: 100.64.0.99') }, config);
    expect(found.map((f) => f.message).join('\n')).toMatch(/SERVICE_REGISTRY\.yaml host "app-host" ts_ip/);
  });
});

describe('host joins', () => {
  it('joins a VM to its host by its ssh_target although the names differ, and by name only where the profile allows', async () => {
    const loaded = await spine({
      vms: (t) => t.replace('hostname: app-host', 'hostname: app-host-01'),
      compose: (t) => t,
    });
    const index = hostIndex(loaded.model, resolveProfile(loaded.config).joins);
    const vm = loaded.model.vms.find((v) => v.hostname === 'app-host-01')!;
    expect(index.ofVm(vm)?.id).toBe('app-host');
    expect(index.ofVm(vm)?.hosts.map((h) => h.id)).toEqual(['app-host']);
    const noNames = hostIndex(loaded.model, ['ssh_target']);
    const pve = loaded.model.hosts.find((h) => h.id === 'pve')!;
    expect(noNames.ofHost(pve).sshTargets.map((t) => t.id)).toEqual(['pve']); // by the registry host's `ssh:`
    const decommissioned = loaded.model.vms.find((v) => v.meaning === 'inert')!;
    expect(index.ofVm(decommissioned)).toBeUndefined();
  });
});
