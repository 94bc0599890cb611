// The lab's world for the new sections: by default each stack directory holds its staged compose
// copy (else a clean file of its containers), a VM's declared data disk is mounted and holds the
// docker data root, each hypervisor has one job with every guest; a scenario naming a stack, host
// or hypervisor that does not exist is refused at its line.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { UserError } from '../../src/core/errors.js';
import { parseScenario } from '../../src/lab/scenario.js';
import { buildWorld } from '../../src/lab/world.js';
import { REPO_DIR } from '../support/paths.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const model = (await loadSpine(resolve(REPO_DIR, 'examples/spine'), defaultConfig())).model;
const world = (text: string) => buildWorld(model, defaultConfig(), parseScenario(text, 'extras.yaml'), NOW);

describe('the lab world for compose files, disks and backup jobs', () => {
  it('writes a clean compose file from each stack\'s containers: pinned images, a healthcheck each', () => {
    const edge = world('version: 1\n').hosts.find((h) => h.id === 'edge')!;
    const text = edge.composeFiles?.get('/opt/stacks/caddy-auth');
    const services = (parse(text ?? '') as { services: Record<string, { image: string; healthcheck?: unknown }> }).services;
    expect(Object.keys(services).length).toBeGreaterThan(0);
    for (const s of Object.values(services)) {
      expect(s.image).toMatch(/:1\.0$/);
      expect(s.healthcheck).toBeDefined();
    }
  });

  it('gives every hypervisor one job with every guest, every host a root disk; the scenario replaces them', () => {
    const w = world('version: 1\n');
    const pve = w.hosts.find((h) => h.id === 'pve')!;
    expect(pve.backupJobs?.[0]?.vmids).toEqual(pve.vms?.filter((v) => !v.template).map((v) => v.vmid));
    expect(w.hosts.every((h) => h.filesystems?.some((f) => f.mount === '/'))).toBe(true);
    const staged = world('version: 1\ndisks:\n  media:\n    filesystems:\n      - { mount: /, usedPercent: 97 }\n    dockerRoot: /srv/docker\nhypervisor:\n  backupJobs:\n    - { id: weekly, all: true, exclude: [101] }\n');
    expect(staged.hosts.find((h) => h.id === 'media')).toMatchObject({ filesystems: [{ mount: '/', usedPercent: 97 }], dockerRoot: '/srv/docker' });
    expect(staged.hosts.find((h) => h.id === 'pve')?.backupJobs).toEqual([{ id: 'weekly', enabled: true, all: true, vmids: [], exclude: [101] }]);
  });

  it('refuses a compose file of an undeclared stack, a disk of an unknown host, a job on no hypervisor', () => {
    for (const [text, message] of [
      ['version: 1\ncomposeFiles:\n  edge/nope:\n    missing: true\n', /extras\.yaml:3:\d+.*unknown stack "edge\/nope"/],
      ['version: 1\ndisks:\n  nowhere: {}\n', /extras\.yaml:3:\d+.*unknown host "nowhere"/],
      ['version: 1\nhypervisor:\n  backupJobs:\n    - { id: x, host: edge }\n', /extras\.yaml:4:\d+.*"edge" is no hypervisor of the lab/],
    ] as const) {
      let error: unknown;
      try {
        world(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(message);
    }
  });
});
