// The lab's failure behaviours as driftgate's probes classify them.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { startLab } from '../../src/lab/start-lab.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import { LAB_NOW, exampleModel } from './lab-fixture.js';

describe('lab failure behaviours through probeAll', () => {
  it('host key rotated, auth denied, unreachable, docker down, missing backup dir, refused and slow endpoints', async () => {
    const model = await exampleModel();
    model.healthDefaults.maxTimeSec = 1;
    const config = defaultConfig();
    config.probe.retries = 0;
    const lab = await startLab({
      model,
      config,
      now: LAB_NOW,
      scenario: {
        version: 1,
        hosts: { edge: { hostKeyRotated: true }, media: { authDenied: true }, nas: { unreachable: true }, apps: { dockerUnreachable: true } },
        backups: { 'vm-101-edge': { dirMissing: true } },
        endpoints: { n8n: { refuse: true }, gitea: { latencyMs: 3_000 } },
      },
    });
    try {
      const obs = await probeAll(model, config, {
        connectMap: lab.connectMap,
        knownHosts: KnownHosts.parse(lab.knownHosts),
        identity: lab.identity,
        now: () => LAB_NOW,
      });
      const host = (id: string) => obs.hosts.find((h) => h.target === id);
      expect(host('edge')).toMatchObject({ ok: false, failure: { reason: 'host-key-mismatch' } });
      expect(host('media')).toMatchObject({ ok: false, failure: { reason: 'auth-denied' } });
      expect(host('nas')).toMatchObject({ ok: false, failure: { reason: 'refused' } });
      expect(host('pve')).toMatchObject({ ok: true, trust: 'pinned' });
      expect(host('apps')).toMatchObject({ ok: true, trust: 'pinned' });
      const gitea = obs.stacks.find((s) => s.stack === 'gitea');
      expect(gitea).toMatchObject({ ok: false, failure: { reason: 'docker-unreachable' } });
      // all three pve backups share one directory: vm-101-edge's dirMissing removes it for all
      expect(obs.backups.filter((b) => b.host === 'pve').map((b) => b.failure?.reason)).toEqual(['dir-missing', 'dir-missing', 'dir-missing']);
      const ep = (id: string) => obs.endpoints.find((e) => e.id === id);
      expect(ep('n8n')?.failure?.reason).toBe('refused');
      expect(ep('gitea')?.failure?.reason).toBe('timeout');
      expect(ep('sonarr')).toMatchObject({ ok: true, status: 200 });
    } finally {
      await lab.close();
    }
  });
});
