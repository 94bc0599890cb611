import { readFile, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/bindings/types.js';
import { generateEd25519 } from '../../src/lab/lab-keys.js';
import { startLab } from '../../src/lab/start-lab.js';
import type { Lab } from '../../src/lab/start-lab.js';
import { EXIT_DIR_MISSING } from '../../src/probes/commands.js';
import { type HostBatch, hostBatchCommand, sectionIds, splitSections } from '../../src/probes/host-batch.js';
import { LAB_NOW, exampleModel, pinnedKey, sshExec } from './lab-fixture.js';

let model: Model;
let lab: Lab;
let outDir: string;

const batch = (b: Partial<HostBatch>): HostBatch => ({ docker: false, stacks: [], hypervisor: false, ...b });

/** Runs a host batch on a lab host and splits its answer into sections. */
async function run(host: string, b: HostBatch, key?: string) {
  const result = await sshExec(lab, host, hostBatchCommand(b), key);
  return { ...result, sections: splitSections(sectionIds(b), result.stdout, result.stderr) };
}

beforeAll(async () => {
  model = await exampleModel();
  outDir = await mkdtemp(join(tmpdir(), 'dg-lab-'));
  lab = await startLab({
    model,
    now: LAB_NOW,
    outDir,
    scenario: {
      version: 1,
      hosts: { apps: { composeFormat: 'array' }, media: { composeFormat: 'ndjson' }, edge: { hostKeyRotated: true }, nas: { authDenied: true } },
      containers: { 'media/radarr': { state: 'exited', exitCode: 137 }, 'media/sonarr': { started_ago: '20s', restarts: 4 } },
      extraContainers: [{ host: 'apps', stack: 'gitea', name: 'watchtower' }],
      backups: { 'vm-103-media': { ageHours: 38 }, 'vm-102-apps': { missing: true } },
      hypervisor: { vms: { '102': { cpuCores: 8 } }, extra: [{ vmid: 150, name: 'scratch', status: 'stopped' }, { vmid: 160, name: 'dns', type: 'lxc', onboot: false }] },
    },
  });
});

afterAll(async () => {
  await lab?.close();
});

type Inspect = { Name: string; Labels: Record<string, string>; State: { Status: string; ExitCode: number; StartedAt: string; FinishedAt: string }; RestartCount: number; Ports: Record<string, unknown> };

describe('lab SSH hosts answer the host batch', () => {
  it('lists every container once, as one JSON array on an array host, with compose labels and ~ expanded', async () => {
    const r = await run('apps', batch({ docker: true, stacks: ['/opt/stacks/gitea', '~/stacks/automation'] }));
    expect(r.code).toBe(0);
    const docker = r.sections.get('docker');
    expect(docker?.code).toBe(0);
    const rows = JSON.parse(docker?.stdout ?? '') as Inspect[];
    expect(rows.map((c) => c.Name).sort()).toEqual(['/gitea', '/gitea-postgres', '/n8n', '/watchtower']);
    const n8n = rows.find((c) => c.Name === '/n8n');
    expect(n8n?.Labels['com.docker.compose.project.working_dir']).toBe('/home/deploy/stacks/automation');
    expect(n8n?.Ports).toEqual({ '5678/tcp': [{ HostIp: '0.0.0.0', HostPort: '5678' }] });
    expect(r.sections.get('stack:1')).toMatchObject({ code: 0, stdout: '/home/deploy/stacks/automation\n/home/deploy/stacks/automation\n' });
  });

  it('prints one object per line on an ndjson host, with exact start times and restart counts', async () => {
    const r = await run('media', batch({ docker: true, stacks: ['/opt/stacks/media'] }));
    const rows = (r.sections.get('docker')?.stdout ?? '').trim().split('\n').map((l) => JSON.parse(l) as Inspect);
    const declared = model.services.filter((s) => s.host === 'media').map((s) => `/${s.container ?? s.id}`);
    expect(rows.map((c) => c.Name).sort()).toEqual(declared.sort());
    const byName = new Map(rows.map((c) => [c.Name, c]));
    expect(byName.get('/radarr')?.State).toMatchObject({ Status: 'exited', ExitCode: 137, FinishedAt: new Date(LAB_NOW.getTime() - 3 * 3600_000).toISOString() });
    expect(byName.get('/sonarr')).toMatchObject({ RestartCount: 4, State: { Status: 'running', StartedAt: new Date(LAB_NOW.getTime() - 20_000).toISOString() } });
    expect(byName.get('/bazarr')?.State.Status).toBe('running'); // declared stopped, runs unless the scenario says otherwise
  });

  it('exits 90 for a stack directory that does not exist and 127 for anything but the fixed template', async () => {
    const r = await run('media', batch({ stacks: ['/opt/stacks/nope'] }));
    expect(r.sections.get('stack:0')?.code).toBe(EXIT_DIR_MISSING);
    const other = await sshExec(lab, 'media', 'cat /etc/shadow');
    expect(other.code).toBe(127);
    expect(other.stderr).toContain('not one of the fixed templates');
    expect(other.stdout).toBe('');
  });

  it('lists every backup directory and glob of a host in one section, honouring ages, missing files and directories', async () => {
    const r = await run('pve', batch({ backups: { dirs: ['/var/lib/vz/dump', '/var/lib/vz/nothing'], globs: ['vzdump-qemu-103-*.vma.zst', 'vzdump-qemu-102-*.vma.zst'] } }));
    const lines = (r.sections.get('backups')?.stdout ?? '').trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['@@dir /var/lib/vz/dump', '@@nodir /var/lib/vz/nothing']);
    const files = lines.slice(2).map((l) => l.split(' ') as [string, string]);
    expect(files).toHaveLength(2);
    expect(files.every(([, path]) => /^\/var\/lib\/vz\/dump\/vzdump-qemu-103-.*\.vma\.zst$/.test(path))).toBe(true);
    expect(LAB_NOW.getTime() / 1000 - Math.max(...files.map(([t]) => Number(t)))).toBe(38 * 3600);
  });

  it('prints the node name, qm list, pct list and every guest config on the hypervisor; qm is missing elsewhere', async () => {
    const r = await run('pve', batch({ hypervisor: true }));
    const out = r.sections.get('hypervisor')?.stdout ?? '';
    expect(out).toMatch(/^@@node pve$/m);
    const qm = out.slice(out.indexOf('@@qm\n') + 5, out.indexOf('@@pct\n')).trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/).slice(0, 3));
    expect(qm).toEqual([
      ['101', 'edge', 'running'],
      ['102', 'apps', 'running'],
      ['103', 'media', 'running'],
      ['150', 'scratch', 'stopped'],
      ['9000', 'ubuntu-2404-template', 'stopped'],
    ]);
    expect(out).toMatch(/@@pct\nVMID +Status +Lock +Name\n160 +running +dns\n/);
    expect(out).toMatch(/@@conf \/etc\/pve\/qemu-server\/102\.conf\n(.+\n)*cores: 8\n/);
    expect(out).toMatch(/@@conf \/etc\/pve\/lxc\/160\.conf\n(.+\n)*onboot: 0\n/);
    expect(out).toMatch(/^@@status 0 0$/m);
    const media = await run('media', batch({ hypervisor: true }));
    expect(media.sections.get('hypervisor')).toMatchObject({ code: 1, stdout: expect.stringMatching(/@@status 127 127/) });
  });

  it('accepts only the lab identity, and rejects every key on an authDenied host', async () => {
    const stranger = generateEd25519('stranger').private;
    await expect(run('media', batch({ stacks: ['/opt/stacks/media'] }), stranger)).rejects.toThrow(/authentication methods failed/);
    await expect(run('nas', batch({ stacks: ['/x'] }))).rejects.toThrow(/authentication methods failed/);
    expect(lab.world.hosts.find((h) => h.id === 'nas')?.received).toMatchObject({ execs: [] });
  });

  it('presents the pinned host key, except on a host whose key was rotated', async () => {
    const media = await run('media', batch({ hypervisor: true }));
    expect(media.hostKey.equals(pinnedKey(lab.knownHosts, '100.64.0.13')!)).toBe(true);
    const edge = await run('edge', batch({ hypervisor: true }));
    const pinned = pinnedKey(lab.knownHosts, '100.64.0.11');
    expect(pinned).toBeDefined();
    expect(edge.hostKey.equals(pinned!)).toBe(false);
  });

  it('writes the connect map, known_hosts and a 0600 identity', async () => {
    const files = lab.files!;
    expect(JSON.parse(await readFile(files.connectMap, 'utf8'))).toEqual(lab.connectMap);
    expect(await readFile(files.knownHosts, 'utf8')).toBe(lab.knownHosts);
    expect(await readFile(files.identity, 'utf8')).toBe(lab.identity);
    expect((await stat(files.identity)).mode & 0o777).toBe(0o600);
    expect(Object.keys(lab.connectMap.ssh).sort()).toEqual(['apps', 'edge', 'media', 'nas', 'pve']);
    expect(lab.knownHosts).toMatch(/^100\.64\.0\.2 ssh-ed25519 AAAA/m);
  });
});

describe('an unreachable host', () => {
  it('maps to a closed port, so connecting is refused', async () => {
    const down = await startLab({ model, now: LAB_NOW, scenario: { version: 1, hosts: { media: { unreachable: true } } } });
    try {
      await expect(sshExec(down, 'media', 'true')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      await expect(sshExec(down, 'apps', 'true')).resolves.toMatchObject({ code: 127 });
    } finally {
      await down.close();
    }
  });
});
