import { readFile, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/bindings/types.js';
import { generateEd25519 } from '../../src/lab/lab-keys.js';
import { startLab } from '../../src/lab/start-lab.js';
import type { Lab } from '../../src/lab/start-lab.js';
import { EXIT_DIR_MISSING, HYPERVISOR_COMMAND, backupListCommand, composePsCommand } from '../../src/probes/commands.js';
import { LAB_NOW, exampleModel, pinnedKey, sshExec } from './lab-fixture.js';

let model: Model;
let lab: Lab;
let outDir: string;

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
      containers: { 'media/radarr': { state: 'exited', exitCode: 137 } },
      extraContainers: [{ host: 'apps', stack: 'gitea', name: 'watchtower' }],
      backups: { 'vm-103-media': { ageHours: 38 }, 'vm-102-apps': { missing: true } },
      hypervisor: { vms: { '102': { cpuCores: 8 } }, extra: [{ vmid: 150, name: 'scratch', status: 'stopped' }] },
    },
  });
});

afterAll(async () => {
  await lab?.close();
});

describe('lab SSH hosts', () => {
  it('answers docker compose ps as one JSON array on an array host, with ~ expanded to the user home', async () => {
    const gitea = await sshExec(lab, 'apps', composePsCommand('/opt/stacks/gitea'));
    expect(gitea.code).toBe(0);
    const rows = JSON.parse(gitea.stdout) as Array<{ Name: string; State: string; Project: string; Publishers: unknown }>;
    expect(rows.map((r) => r.Name).sort()).toEqual(['gitea', 'gitea-postgres', 'watchtower']);
    expect(rows.every((r) => r.State === 'running' && r.Project === 'gitea')).toBe(true);
    expect(rows.find((r) => r.Name === 'watchtower')?.Publishers).toEqual([]);
    const automation = await sshExec(lab, 'apps', composePsCommand('~/stacks/automation'));
    expect(JSON.parse(automation.stdout)).toMatchObject([{ Name: 'n8n', Service: 'n8n', Publishers: [{ TargetPort: 5678, PublishedPort: 5678 }] }]);
  });

  it('answers one JSON object per line on an ndjson host; declared stopped/parked containers run unless the scenario says otherwise', async () => {
    const media = await sshExec(lab, 'media', composePsCommand('/opt/stacks/media'));
    const lines = media.stdout.trim().split('\n');
    const rows = lines.map((l) => JSON.parse(l) as { Name: string; State: string; ExitCode: number; Status: string });
    const declared = model.services.filter((s) => s.host === 'media').map((s) => s.container ?? s.id);
    expect(rows.map((r) => r.Name).sort()).toEqual(declared.sort());
    const byName = new Map(rows.map((r) => [r.Name, r]));
    expect(byName.get('radarr')).toMatchObject({ State: 'exited', ExitCode: 137, Status: 'Exited (137) 3 hours ago' });
    expect(byName.get('bazarr')?.State).toBe('running'); // declared stopped
    expect(byName.get('tdarr')?.State).toBe('running'); // declared parked
  });

  it('exits 90 for a directory that does not exist and 127 for anything but the fixed templates', async () => {
    const missing = await sshExec(lab, 'media', composePsCommand('/opt/stacks/nope'));
    expect(missing.code).toBe(EXIT_DIR_MISSING);
    const other = await sshExec(lab, 'media', 'cat /etc/shadow');
    expect(other.code).toBe(127);
    expect(other.stderr).toContain('not one of the fixed templates');
    expect(other.stdout).toBe('');
  });

  it('lists backup files matching the glob with their mtimes, honouring age and missing files', async () => {
    const media = await sshExec(lab, 'pve', backupListCommand('/var/lib/vz/dump', 'vzdump-qemu-103-*.vma.zst'));
    expect(media.code).toBe(0);
    const entries = media.stdout.trim().split('\n').map((l) => l.split(' ') as [string, string]);
    expect(entries).toHaveLength(2);
    expect(entries.every(([, name]) => /^\.\/vzdump-qemu-103-.*\.vma\.zst$/.test(name))).toBe(true);
    const newest = Math.max(...entries.map(([t]) => Number(t)));
    expect(LAB_NOW.getTime() / 1000 - newest).toBe(38 * 3600);
    const apps = await sshExec(lab, 'pve', backupListCommand('/var/lib/vz/dump', 'vzdump-qemu-102-*.vma.zst'));
    expect(apps).toMatchObject({ code: 0, stdout: '' });
    const gone = await sshExec(lab, 'pve', backupListCommand('/var/lib/vz/nothing', '*'));
    expect(gone.code).toBe(EXIT_DIR_MISSING);
  });

  it('prints qm list and qm config on the hypervisor, and qm is missing elsewhere', async () => {
    const pve = await sshExec(lab, 'pve', HYPERVISOR_COMMAND);
    expect(pve.code).toBe(0);
    const [list, ...configs] = pve.stdout.split(/^@@vm /m);
    const rows = (list ?? '').trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/));
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['101', 'edge', 'running'],
      ['102', 'apps', 'running'],
      ['103', 'media', 'running'],
      ['150', 'scratch', 'stopped'],
      ['9000', 'ubuntu-2404-template', 'stopped'],
    ]);
    const cfg102 = configs.find((c) => c.startsWith('102\n')) ?? '';
    expect(cfg102).toMatch(/^cores: 8$/m);
    expect(cfg102).toMatch(/^memory: 8192$/m);
    expect(configs.find((c) => c.startsWith('9000\n'))).toMatch(/^template: 1$/m);
    const media = await sshExec(lab, 'media', HYPERVISOR_COMMAND);
    expect(media.code).toBe(127);
  });

  it('accepts only the lab identity, and rejects every key on an authDenied host', async () => {
    const stranger = generateEd25519('stranger').private;
    await expect(sshExec(lab, 'media', composePsCommand('/opt/stacks/media'), stranger)).rejects.toThrow(/authentication methods failed/);
    await expect(sshExec(lab, 'nas', backupListCommand('/volume1/backups/gitea', '*.sql.gz'))).rejects.toThrow(/authentication methods failed/);
  });

  it('presents the pinned host key, except on a host whose key was rotated', async () => {
    const media = await sshExec(lab, 'media', HYPERVISOR_COMMAND);
    expect(media.hostKey.equals(pinnedKey(lab.knownHosts, '100.64.0.13')!)).toBe(true);
    const edge = await sshExec(lab, 'edge', HYPERVISOR_COMMAND);
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
      await expect(sshExec(down, 'media', HYPERVISOR_COMMAND)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      await expect(sshExec(down, 'apps', HYPERVISOR_COMMAND)).resolves.toMatchObject({ code: 127 });
    } finally {
      await down.close();
    }
  });
});
