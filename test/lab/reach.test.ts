// Reach, on the lab: a LAN-only switch and a legacy (ssh-rsa) access point behind a jump host, a
// service bound to 127.0.0.1 probed over its host's SSH connection, a target whose LAN path is down
// (lan_first falls back to Tailscale and says so), and an LXC container on the hypervisor; the
// service over SSH keeps the deadline and latency budget of a direct probe.
import { afterEach, describe, expect, it } from 'vitest';
import type { Model } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { runGates } from '../../src/gates/run-gates.js';
import { GATES } from '../../src/gates/index.js';
import { type Lab, startLab } from '../../src/lab/start-lab.js';
import type { Scenario } from '../../src/lab/types.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import { summarizeObservations } from '../../src/probes/summary.js';
import type { Observations } from '../../src/probes/types.js';
import { LAB_NOW, reachModel } from './lab-fixture.js';

const labs: Lab[] = [];
afterEach(async () => {
  await Promise.all(labs.splice(0).map((l) => l.close()));
});

async function run(model: Model, scenario: Scenario, knownHosts?: (lab: Lab) => string): Promise<{ lab: Lab; obs: Observations }> {
  const lab = await startLab({ model, now: LAB_NOW, scenario });
  labs.push(lab);
  const obs = await probeAll(model, defaultConfig(), {
    connectMap: lab.connectMap,
    knownHosts: KnownHosts.parse(knownHosts ? knownHosts(lab) : lab.knownHosts),
    identity: lab.identity,
    now: () => LAB_NOW,
  });
  return { lab, obs };
}

const received = (lab: Lab, id: string) => lab.world.hosts.find((h) => h.id === id)?.received;

describe('reach on the lab', () => {
  it('probes devices behind the jump host with their own pinned keys and sends them nothing', async () => {
    const model = await reachModel();
    const { lab, obs } = await run(model, { version: 1 });
    const host = (id: string) => obs.hosts.find((h) => h.target === id);
    expect(host('switch')).toMatchObject({ ok: true, trust: 'pinned', pathUsed: 'via pve', address: '192.168.1.2:22 via pve' });
    expect(host('ap')).toMatchObject({ ok: true, trust: 'pinned', pathUsed: 'via pve', hostKey: { algorithm: 'ssh-rsa' } });
    // the handshake and the pinned key are the probe: no command reaches a device with no probe declared
    for (const id of ['switch', 'ap']) expect(received(lab, id)?.execs).toEqual([]);
    expect(received(lab, 'pve')?.channels).toEqual(expect.arrayContaining(['192.168.1.2:22', '192.168.1.185:22']));
    expect(lab.connectMap.ssh.switch).toBeUndefined(); // only reachable through pve
  });

  it('fails closed on a mismatched inner key: no authentication, nothing sent, and the jump host is fine', async () => {
    const model = await reachModel();
    const { lab, obs } = await run(model, { version: 1, hosts: { switch: { hostKeyRotated: true } } });
    expect(obs.hosts.find((h) => h.target === 'switch')).toMatchObject({ ok: false, trust: 'mismatch', failure: { reason: 'host-key-mismatch' }, pathUsed: 'via pve' });
    expect(received(lab, 'switch')).toEqual({ auth: 0, execs: [], channels: [] });
    expect(obs.hosts.find((h) => h.target === 'pve')?.ok).toBe(true);
    const findings = runGates(GATES.filter((g) => g.id === 'host-identity'), { model, problems: [], observations: obs, config: defaultConfig(), now: LAB_NOW }).findings;
    expect(findings.map((f) => [f.subject.id, f.severity])).toEqual([['switch', 'error']]);
  });

  it('does not accept SHA-1 ssh-rsa from a device that does not declare it', async () => {
    const declared = await reachModel();
    const lab = await startLab({ model: declared, now: LAB_NOW, scenario: { version: 1 } });
    labs.push(lab);
    // the same device, its ssh_extra_opts gone from ssh.targets.yaml
    const model = { ...declared, sshTargets: declared.sshTargets.map((t) => (t.id === 'ap' ? { ...t, extraOpts: undefined } : t)) };
    const obs = await probeAll(model, defaultConfig(), { connectMap: lab.connectMap, knownHosts: KnownHosts.parse(lab.knownHosts), identity: lab.identity, now: () => LAB_NOW });
    expect(obs.hosts.find((h) => h.target === 'ap')).toMatchObject({ ok: false, failure: { reason: 'host-key-mismatch', error: expect.stringContaining('-o HostKeyAlgorithms=+ssh-rsa') } });
    expect(received(lab, 'ap')?.auth).toBe(0);
    expect(obs.hosts.find((h) => h.target === 'switch')?.ok).toBe(true);
  });

  it('probes a service bound to 127.0.0.1 through its host, with the classification of a direct probe', async () => {
    const model = await reachModel();
    const { lab, obs } = await run(model, { version: 1, endpoints: { 'ntp-ui': { status: 200, latencyMs: 30 } } });
    const ui = obs.endpoints.find((e) => e.id === 'ntp-ui');
    expect(ui).toMatchObject({ ok: true, status: 200, via: 'media', url: 'http://100.64.0.13:8123/status' });
    expect(received(lab, 'media')?.channels).toEqual(['127.0.0.1:8123']);
    expect(summarizeObservations(obs)).toContainEqual(expect.stringMatching(/^  ntp-ui http:\/\/100\.64\.0\.13:8123\/status: 200 \(\d+ ms, from media over ssh\)$/));
    // from outside, the service refuses: the connect map points its origin at a closed port
    expect(lab.connectMap.http['http://100.64.0.13:8123']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const down = await run(model, { version: 1, hosts: { media: { unreachable: true } } });
    expect(down.obs.endpoints.find((e) => e.id === 'ntp-ui')).toMatchObject({ ok: false, via: 'media', failure: { reason: 'refused' } });
  });

  it('gives a service probed over SSH the deadline and latency budget of a direct probe', async () => {
    const declared = await reachModel();
    const model = { ...declared, healthDefaults: { ...declared.healthDefaults, maxTimeSec: 1 } };
    const health = (obs: Observations) =>
      runGates(GATES.filter((g) => g.id === 'health'), { model, problems: [], observations: obs, config: defaultConfig(), now: LAB_NOW }).findings.filter((f) => f.subject.id === 'ntp-ui');
    // past max_time: a timeout, never a pass
    const hung = (await run(model, { version: 1, endpoints: { 'ntp-ui': { latencyMs: 1_500 } } })).obs;
    expect(hung.endpoints.find((e) => e.id === 'ntp-ui')).toMatchObject({ ok: false, via: 'media', timeoutMs: 1_000, failure: { reason: 'timeout' } });
    expect(health(hung).map((f) => [f.observed, f.severity, f.direction])).toEqual([['TIMEOUT', 'error', 'live-broken']]);
    // within max_time but near it: answered, and warned as slow
    const slow = (await run(model, { version: 1, endpoints: { 'ntp-ui': { latencyMs: 900 } } })).obs;
    expect(slow.endpoints.find((e) => e.id === 'ntp-ui')).toMatchObject({ ok: true, status: 200, via: 'media' });
    expect(health(slow).map((f) => [f.severity, f.expected, f.message])).toEqual([['warning', '< 0.8 s', expect.stringContaining('ntp-ui: answered HTTP 200 but took')]]);
  });

  it('falls back from a dead LAN path to Tailscale and records the path; the key is checked against the declared identity', async () => {
    const model = await reachModel();
    const { obs } = await run(model, { version: 1, hosts: { dns: { unreachablePlanes: ['lan'] } } });
    expect(obs.hosts.find((h) => h.target === 'dns')).toMatchObject({
      ok: true,
      trust: 'pinned',
      pathUsed: 'tailscale',
      pathFailures: [{ path: 'lan', reason: 'refused' }],
    });
    // the probe log (probe, and check's text report) says which path answered and which failed first
    const log = summarizeObservations(obs);
    expect(log).toContainEqual(expect.stringMatching(/^host dns: ok \(127\.0\.0\.1:\d+, path tailscale, pinned SHA256:/));
    expect(log).toContainEqual(expect.stringMatching(/^  path lan failed first: refused: /));
    expect(log).toContainEqual(expect.stringMatching(/^host switch: ok \(192\.168\.1\.2:22 via pve, pinned /));
    const lanUp = await run(model, { version: 1 });
    expect(lanUp.obs.hosts.find((h) => h.target === 'dns')).toMatchObject({ ok: true, pathUsed: 'lan' });
    expect(lanUp.obs.hosts.find((h) => h.target === 'dns')?.pathFailures).toBeUndefined();
    // pinned under the Tailscale name only: the same identity, whichever address answered
    const onlyTailscale = await run(model, { version: 1, hosts: { dns: { unreachablePlanes: ['lan'] } } }, (lab) =>
      lab.knownHosts.split('\n').filter((l) => !l.startsWith('10.0.0.53 ')).join('\n'),
    );
    expect(onlyTailscale.obs.hosts.find((h) => h.target === 'dns')).toMatchObject({ ok: true, trust: 'pinned', pathUsed: 'tailscale' });
  });

  it('lan_only and tailscale_required dial one plane and never fall back', async () => {
    const declared = await reachModel();
    const policy = (accessPolicy: 'lan_only' | 'tailscale_required'): Model => ({ ...declared, sshTargets: declared.sshTargets.map((t) => (t.id === 'dns' ? { ...t, accessPolicy } : t)) });
    const dns = async (model: Model, down: Array<'lan' | 'tailscale'>) => (await run(model, { version: 1, hosts: { dns: { unreachablePlanes: down } } })).obs.hosts.find((h) => h.target === 'dns');
    expect(await dns(policy('lan_only'), ['lan'])).toMatchObject({ ok: false, pathUsed: 'lan', failure: { reason: 'refused' } });
    expect((await dns(policy('lan_only'), ['lan']))?.pathFailures).toBeUndefined();
    expect(await dns(policy('lan_only'), ['tailscale'])).toMatchObject({ ok: true, pathUsed: 'lan' });
    expect(await dns(policy('tailscale_required'), ['lan'])).toMatchObject({ ok: true, pathUsed: 'tailscale', trust: 'pinned' });
    expect(await dns(policy('tailscale_required'), ['tailscale'])).toMatchObject({ ok: false, pathUsed: 'tailscale', failure: { reason: 'refused' } });
  });

  it('never falls back on a changed key: a mismatch on the LAN fails closed', async () => {
    const model = await reachModel();
    const { lab, obs } = await run(model, { version: 1, hosts: { dns: { hostKeyRotated: true } } });
    expect(obs.hosts.find((h) => h.target === 'dns')).toMatchObject({ ok: false, failure: { reason: 'host-key-mismatch' }, pathUsed: 'lan' });
    expect(received(lab, 'dns')?.auth).toBe(0);
  });

  it('lists the LXC container beside the VMs, and vm-inventory compares type and onboot', async () => {
    const model = await reachModel();
    const { obs } = await run(model, { version: 1, hypervisor: { vms: { '120': { onboot: false } } } });
    const pve = obs.hypervisors.find((h) => h.host === 'pve');
    expect(pve?.vms.find((v) => v.vmid === 120)).toEqual({ vmid: 120, name: 'dns', status: 'running', type: 'lxc', cpuCores: 1, memoryMb: 512, bootDiskGb: 4, onboot: false, node: 'pve' });
    const inventory = runGates(GATES.filter((g) => g.id === 'vm-inventory'), { model, problems: [], observations: obs, config: defaultConfig(), now: LAB_NOW }).findings;
    expect(inventory.map((f) => f.message)).toEqual(['LXC 120 "dns" has onboot 0 on hypervisor "pve" but vm.lifecycle declares onboot: true; one of the two is stale']);
  });
});
