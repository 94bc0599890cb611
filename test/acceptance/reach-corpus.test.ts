// Issue 11 acceptance on the team's corpus (../shared/spine) in the lab, through the command line:
// the LAN-only devices behind pve are probed (no "not probed" skips), the three localhost-bound
// probes (firefly-iii, paperless-ngx, slskd) work once the health file says `probe_via: ssh` (an
// overlay of that one file in a temporary copy), and sharded probing merges to the same verdict.
// Nine days later (../shared/spine-next) the home router is reached through proxmox-home and an
// active LXC (pihole-home, vm_type: lxc) is listed by the hypervisor, not reported missing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type Lab, startLab } from '../../src/lab/start-lab.js';
import type { Scenario } from '../../src/lab/types.js';
import { readObservations } from '../../src/probes/snapshot.js';
import { memoryIo } from '../support/io.js';
import { loadConfig } from '../../src/config/load-config.js';
import { REPO_DIR, SPINE_DIR, SPINE_NEXT_DIR } from '../support/paths.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const HEALTH = 'ops/bindings/services.health.yaml';
const LOCALHOST_BOUND = ['firefly-iii-vm211', 'paperless-ngx-vm211', 'slskd'];
const LAN_ONLY = ['switch-shop', 'idrac-shop', 'nvr-shop', 'ap-shop', 'udr-shop'];

const labs: Lab[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(labs.map((l) => l.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function lab(root: string, scenario: string | Scenario, configFile?: string) {
  const out = tmp('driftgate-reach-lab-');
  const config = configFile ? { config: await loadConfig(root, configFile) } : {};
  const l = await startLab({ root, scenario: typeof scenario === 'string' ? resolve(REPO_DIR, 'examples/scenarios', scenario) : scenario, outDir: out, now: NOW, cwd: REPO_DIR, ...config });
  labs.push(l);
  const f = l.files!;
  return { lab: l, transport: ['--connect-map', f.connectMap, '--known-hosts', f.knownHosts, '--identity', f.identity] };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

interface JsonReport {
  result: string;
  gates: Array<{ id: string; result: string }>;
  findings: Array<{ gate: string; severity: string; fingerprint: string; message: string; subject: { id: string }; observed?: unknown }>;
}

describe('reach on the corpus', () => {
  it('probes the LAN-only devices through pve with their own keys, ap-shop with its declared ssh-rsa', async () => {
    const { transport } = await lab(SPINE_DIR, 'seed-2026-02-11.yaml');
    const out = join(tmp('driftgate-reach-obs-'), 'obs.json');
    const r = await cli(['probe', '--root', SPINE_DIR, ...transport, '--out', out, '--gates', 'host-identity']);
    expect(r.code).toBe(0);
    const obs = readObservations([out]);
    const devices = obs.hosts.filter((h) => LAN_ONLY.includes(h.target));
    expect(devices.map((h) => [h.target, h.ok, h.trust, h.pathUsed]).sort()).toEqual(LAN_ONLY.map((id) => [id, true, 'pinned', 'via pve']).sort());
    expect(devices.find((h) => h.target === 'ap-shop')?.hostKey?.algorithm).toBe('ssh-rsa');
    expect(obs.hosts.filter((h) => h.failure?.reason === 'skipped')).toEqual([]);
    expect(r.out).not.toMatch(/not probed|jump hosts/);
  }, 60_000);

  it('enables the three localhost-bound probes with probe_via: ssh (an overlay of the health file)', async () => {
    // the services bind 127.0.0.1: from outside they refuse, as the team saw (GAP-OP-099)
    const scenario: Scenario = { version: 1, endpoints: Object.fromEntries(LOCALHOST_BOUND.map((id) => [id, { loopbackOnly: true }])) };
    const gates = ['--gates', 'health,health-coverage', '--format', 'json'];
    const before = await lab(SPINE_DIR, scenario);
    const refused = JSON.parse((await cli(['check', '--root', SPINE_DIR, ...before.transport, ...gates])).out) as JsonReport;
    expect(refused.findings.filter((f) => f.gate === 'health' && LOCALHOST_BOUND.includes(f.subject.id)).map((f) => [f.subject.id, f.observed])).toEqual([
      ['firefly-iii-vm211', 'REFUSED'],
      ['paperless-ngx-vm211', 'REFUSED'],
    ]);

    const root = tmp('driftgate-reach-spine-');
    cpSync(SPINE_DIR, root, { recursive: true });
    const text = readFileSync(join(root, HEALTH), 'utf8');
    let edited = text;
    for (const id of LOCALHOST_BOUND) {
      // `probe_via: ssh` under the endpoint's host, and slskd's probe switched back on
      edited = edited.replace(new RegExp(`(  - id: ${id}\\n    host: [^\\n]+\\n)`), '$1    probe_via: ssh\n');
    }
    edited = edited.replace(/(  - id: slskd\n(?:    .*\n)*?    enabled: )false/, '$1true');
    expect(edited.match(/probe_via: ssh/g)).toHaveLength(3);
    writeFileSync(join(root, HEALTH), edited);
    const after = await lab(root, scenario);
    const r = await cli(['check', '--root', root, ...after.transport, ...gates]);
    const report = JSON.parse(r.out) as JsonReport;
    expect(report.findings.filter((f) => f.gate === 'health' && LOCALHOST_BOUND.includes(f.subject.id))).toEqual([]);
    // health-coverage accepts the probes; slskd is parked in the registry, so it asks for that probe to be off again
    expect(report.findings.filter((f) => f.gate === 'health-coverage' && LOCALHOST_BOUND.includes(f.subject.id)).map((f) => [f.subject.id, f.message])).toEqual([
      ['slskd', expect.stringContaining('service "slskd" is parked')],
    ]);
    const out = join(tmp('driftgate-reach-obs-'), 'obs.json');
    expect((await cli(['probe', '--root', root, ...after.transport, '--out', out, '--gates', 'health'])).code).toBe(0);
    const probed = readObservations([out]).endpoints.filter((e) => LOCALHOST_BOUND.includes(e.id));
    expect(probed.map((e) => [e.id, e.ok, e.status, e.via])).toEqual([
      ['slskd', true, 200, 'download-stack'],
      ['firefly-iii-vm211', true, 302, 'finance-stack'],
      ['paperless-ngx-vm211', true, 302, 'finance-stack'],
    ]);
  }, 60_000);

  it('merges shards to the verdict of one unsharded run', async () => {
    const scenario: Scenario = {
      version: 1,
      hosts: { 'nvr-shop': { hostKeyRotated: true } },
      containers: { 'download-stack/huntarr': { state: 'exited', exitCode: 255 }, 'infra-core/caddy': { state: 'restarting', exitCode: 1, restarts: 7 } },
      backups: { 'app-gitea': { ageHours: 40 } },
      endpoints: { grafana: { status: 502 } },
    };
    const { transport } = await lab(SPINE_DIR, scenario);
    const live = ['--gates', 'compose-state,registry-status,unmanaged-containers,health,backup-freshness,vm-inventory,host-identity', '--format', 'json'];
    const whole = await cli(['check', '--root', SPINE_DIR, ...transport, ...live]);
    const dir = tmp('driftgate-shards-');
    const shards = [1, 2, 3].map((k) => join(dir, `shard-${k}.json`));
    for (const [i, out] of shards.entries()) await cli(['probe', '--root', SPINE_DIR, ...transport, '--shard', `${i + 1}/3`, '--out', out]);
    const sizes = shards.map((f) => readObservations([f])).map((o) => o.hosts.length + o.endpoints.length);
    expect(sizes.every((n) => n > 0)).toBe(true);
    const merged = await cli(['check', '--root', SPINE_DIR, '--observations', shards.join(','), ...live]);
    const verdict = (r: { code: number; out: string }) => {
      const report = JSON.parse(r.out) as JsonReport;
      return {
        code: r.code,
        result: report.result,
        gates: report.gates.map((g) => [g.id, g.result]),
        // durations in messages ("after 0.1 s") differ between runs; everything else must not
        findings: report.findings.map((f) => [f.gate, f.severity, f.fingerprint, f.message.replace(/\d+(\.\d+)? m?s\b/g, 'N s')]),
      };
    };
    expect(verdict(whole).findings.length).toBeGreaterThan(3);
    expect(verdict(merged)).toEqual(verdict(whole));
  }, 90_000);

  it('nine days later: udr-home through proxmox-home, and the active LXC pihole-home listed, not missing', async () => {
    const config = resolve(REPO_DIR, 'test/fixtures/config/spine-next.yaml');
    const { transport } = await lab(SPINE_NEXT_DIR, { version: 1 }, config);
    const out = join(tmp('driftgate-reach-obs-'), 'obs.json');
    const gates = ['--gates', 'host-identity,vm-inventory'];
    const r = await cli(['probe', '--root', SPINE_NEXT_DIR, '--config', config, ...transport, '--out', out, ...gates]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/not probed|jump hosts/);
    const obs = readObservations([out]);
    expect(obs.hosts.find((h) => h.target === 'udr-home')).toMatchObject({ ok: true, trust: 'pinned', pathUsed: 'via proxmox-home' });
    expect(obs.hosts.filter((h) => !h.ok)).toEqual([]);
    const home = obs.hypervisors.find((h) => h.host === 'proxmox-home');
    expect(home?.vms.filter((v) => v.type === 'lxc').map((v) => [v.vmid, v.name, v.status])).toEqual([[105, 'pihole-home', 'running']]);
    const check = await cli(['check', '--root', SPINE_NEXT_DIR, '--config', config, '--observations', out, ...gates, '--format', 'json']);
    const report = JSON.parse(check.out) as JsonReport;
    expect(report.gates.map((g) => [g.id, g.result])).toEqual([['vm-inventory', 'pass'], ['host-identity', 'pass']]);
    expect(report.findings).toEqual([]);
  }, 60_000);
});
