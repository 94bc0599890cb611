// The seed report's "before" state (examples/scenarios/seed-2026-02-11.yaml) over the real corpus,
// probed by driftgate's own probes through the lab; and the example spine with no drift.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { startLab } from '../../src/lab/start-lab.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import type { Observations } from '../../src/probes/types.js';
import { REPO_DIR, SPINE_DIR } from '../support/paths.js';
import { EXAMPLE_SPINE, LAB_NOW } from './lab-fixture.js';

async function probeThroughLab(root: string, scenario: string, maxTimeSec?: number): Promise<Observations> {
  const config = defaultConfig();
  const { model } = await loadSpine(root, config);
  // the seed's sabnzbd answers after 12 s, beyond the declared 10 s max time; a 1 s deadline keeps the test fast
  if (maxTimeSec !== undefined) model.healthDefaults.maxTimeSec = maxTimeSec;
  const lab = await startLab({ model, config, scenario: resolve(REPO_DIR, scenario), now: LAB_NOW });
  try {
    return await probeAll(model, config, {
      connectMap: lab.connectMap,
      knownHosts: KnownHosts.parse(lab.knownHosts),
      identity: lab.identity,
      now: () => LAB_NOW,
    });
  } finally {
    await lab.close();
  }
}

describe('seed scenario over the corpus', () => {
  let obs: Observations;
  beforeAll(async () => {
    obs = await probeThroughLab(SPINE_DIR, 'examples/scenarios/seed-2026-02-11.yaml', 1);
  });

  it('reproduces the matrix of the seed report: 10 VMs, 22 stacks, 86 containers, 83 running, 3 exited', () => {
    expect(obs.hosts.filter((h) => !h.ok)).toEqual([]);
    expect(obs.hosts.every((h) => h.trust === 'pinned')).toBe(true);
    expect(obs.stacks.filter((s) => !s.ok)).toEqual([]);

    const containers = obs.stacks.flatMap((s) => s.containers);
    const vms = new Set(obs.stacks.map((s) => s.target));
    const totals = {
      vms: vms.size,
      stacks: obs.stacks.length,
      containers: containers.length,
      running: containers.filter((c) => c.state === 'running').length,
      exited: containers.filter((c) => c.state === 'exited').length,
    };
    expect(totals).toEqual({ vms: 10, stacks: 22, containers: 86, running: 83, exited: 3 });

    const download = obs.stacks.find((s) => s.stack === 'download-stack');
    expect(download?.containers).toHaveLength(24);
    const exited = download?.containers.filter((c) => c.state !== 'running').map((c) => c.name).sort();
    expect(exited).toEqual(['huntarr', 'slskd', 'tdarr']);
    const swaparr = download?.containers.filter((c) => c.name.startsWith('swaparr-lidarr') || c.name.startsWith('swaparr-sonarr'));
    expect(swaparr?.map((c) => c.state)).toEqual(['running', 'running']);

    const infraInternal = obs.stacks
      .filter((s) => s.target === 'infra-core')
      .flatMap((s) => s.containers.map((c) => c.name))
      .filter((n) => /^(infisical-(db|redis)|authentik-(worker|postgres|redis))$/.test(n));
    expect(infraInternal.sort()).toEqual(['authentik-postgres', 'authentik-redis', 'authentik-worker', 'infisical-db', 'infisical-redis']);
  });

  it('times out only sabnzbd; every other probe, backup and VM answers as declared', () => {
    const failed = obs.endpoints.filter((e) => !e.shadow && (!e.ok || e.failure));
    expect(failed.map((e) => [e.id, e.failure?.reason])).toEqual([['sabnzbd', 'timeout']]);
    expect(obs.endpoints.length).toBeGreaterThan(30);
    expect(obs.backups.length).toBeGreaterThan(0);
    expect(obs.backups.filter((b) => !b.shadow && (!b.ok || b.matches === 0))).toEqual([]);
  });

  it('shadow-probes the disabled endpoints and backup targets, which do not work, as declared', () => {
    const endpoints = obs.endpoints.filter((e) => e.shadow);
    expect(endpoints.map((e) => [e.id, e.failure?.reason])).toEqual([['mint-os-api', 'refused'], ['cloudflared', 'refused'], ['tdarr', 'refused'], ['slskd', 'refused']]);
    const backups = obs.backups.filter((b) => b.shadow);
    expect(backups.length).toBe(10);
    expect(backups.filter((b) => b.newest !== undefined)).toEqual([]);
  });

  it('sees the hypervisor as declared', () => {
    expect(obs.hypervisors).toHaveLength(1);
    const running = obs.hypervisors[0]?.vms.filter((v) => v.status === 'running').map((v) => v.vmid).sort((a, b) => a - b);
    expect(running).toEqual([200, 202, 203, 204, 205, 206, 207, 209, 210, 211]);
  });
});

describe('example spine, all as declared', () => {
  it('probes cleanly: every host, stack, endpoint and backup answers', async () => {
    const obs = await probeThroughLab(EXAMPLE_SPINE, 'examples/scenarios/all-as-declared.yaml');
    expect([...obs.hosts, ...obs.stacks, ...obs.endpoints, ...obs.backups, ...obs.hypervisors].filter((o) => !o.ok)).toEqual([]);
    const exited = obs.stacks.flatMap((s) => s.containers).filter((c) => c.state !== 'running');
    expect(exited.map((c) => c.name).sort()).toEqual(['bazarr', 'tdarr']);
  });
});
