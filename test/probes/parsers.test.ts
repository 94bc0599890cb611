import { describe, expect, it } from 'vitest';
import { parseBackupList, probeBackup } from '../../src/probes/backup.js';
import { backupListCommand, composePsCommand, EXIT_DIR_MISSING, HYPERVISOR_COMMAND, parseRemoteCommand } from '../../src/probes/commands.js';
import { applyQmConfig, parseHypervisorOutput, parseQmList, probeHypervisor, sizeToGb } from '../../src/probes/hypervisor.js';
import type { ExecResult } from '../../src/probes/ssh-pool.js';
import type { HypervisorVm } from '../../src/probes/types.js';

const now = () => new Date('2026-02-11T12:00:00Z');
const ok = (stdout: string, code = 0, stderr = ''): ExecResult => ({ code, stdout, stderr, timedOut: false, durationMs: 3 });

describe('backups', () => {
  it('finds the newest file and counts matches (names with spaces kept)', () => {
    const parsed = parseBackupList('1770800000 ./vzdump-qemu-200-a.vma.zst\n1770810000 ./vzdump qemu 200 b.vma.zst\n1770700000 ./old.vma.zst\n');
    expect(parsed).toEqual({ ok: true, value: { matches: 3, newest: { name: 'vzdump qemu 200 b.vma.zst', mtimeEpoch: 1770810000 } } });
    expect(parseBackupList('')).toEqual({ ok: true, value: { matches: 0 } });
    expect(parseBackupList('garbage line').ok).toBe(false);
  });

  const target = { name: 'vm-200', enabled: true, kind: 'file_glob', host: 'pve', basePath: '/tank/dump/', glob: 'vzdump-qemu-200-*.vma.zst', staleAfterHours: 26, ref: { file: 'f', pointer: '' } };

  it('reports the newest path and mtime; a missing directory is dir-missing', async () => {
    const sent: string[] = [];
    const obs = await probeBackup(target, async (c) => (sent.push(c), ok('1770810000 ./vzdump-qemu-200-b.vma.zst\n')), now);
    expect(sent[0]).toBe(backupListCommand('/tank/dump/', 'vzdump-qemu-200-*.vma.zst'));
    expect(obs).toMatchObject({ ok: true, matches: 1, newest: { path: '/tank/dump/vzdump-qemu-200-b.vma.zst', mtime: new Date(1770810000 * 1000).toISOString() } });
    const missing = await probeBackup(target, async () => ok('', EXIT_DIR_MISSING), now);
    expect(missing).toMatchObject({ ok: false, failure: { reason: 'dir-missing' }, matches: 0 });
    const none = await probeBackup(target, async () => ok(''), now);
    expect(none).toMatchObject({ ok: true, matches: 0 });
    expect(none.newest).toBeUndefined();
  });
});

const QM_LIST = `      VMID NAME                 STATUS     MEM(MB)    BOOTDISK(GB) PID
       200 docker-host          running    16384            100.00 1234
       204 infra-core           stopped    8192              50.00 0
       900 tmpl-ubuntu          stopped    2048              32.00 0
`;

describe('hypervisor', () => {
  it('reads the qm list table', () => {
    expect(parseQmList(QM_LIST)).toEqual({
      ok: true,
      value: [
        { vmid: 200, name: 'docker-host', status: 'running', memoryMb: 16384, bootDiskGb: 100 },
        { vmid: 204, name: 'infra-core', status: 'stopped', memoryMb: 8192, bootDiskGb: 50 },
        { vmid: 900, name: 'tmpl-ubuntu', status: 'stopped', memoryMb: 2048, bootDiskGb: 32 },
      ],
    });
    expect(parseQmList('no header here\n').ok).toBe(false);
  });

  it('reads cores x sockets, memory, the boot disk size and templates from qm config', () => {
    const vm: HypervisorVm = { vmid: 200, name: 'x', status: 'running' };
    applyQmConfig(vm, 'boot: order=ide2;virtio0;net0\ncores: 4\nsockets: 2\nmemory: 16384\nide2: none,media=cdrom\nscsi0: local:vm-200-disk-1,size=8G\nvirtio0: local-lvm:vm-200-disk-0,iothread=1,size=120G\n[snap1]\ncores: 1\n');
    expect(vm).toEqual({ vmid: 200, name: 'x', status: 'running', cpuCores: 8, memoryMb: 16384, bootDiskGb: 120 });
    const legacy: HypervisorVm = { vmid: 1, name: 'l', status: 'stopped' };
    applyQmConfig(legacy, 'bootdisk: sata0\ncores: 2\nmemory: 2048\nsata0: local:vm-1-disk-0,size=512M\ntemplate: 1\n');
    expect(legacy).toMatchObject({ cpuCores: 2, bootDiskGb: 0.5, template: true });
    const fallback: HypervisorVm = { vmid: 2, name: 'f', status: 'running' };
    applyQmConfig(fallback, 'memory: 1024\nscsi0: local:vm-2-disk-0,size=1T\n');
    expect(fallback).toMatchObject({ cpuCores: 1, memoryMb: 1024, bootDiskGb: 1024 });
    expect(sizeToGb('10737418240')).toBe(10);
  });

  it('parses the whole command output and survives a failing last qm config', async () => {
    const out = `${QM_LIST}@@vm 200\ncores: 4\nmemory: 16384\nscsi0: l:v,size=100G\n@@vm 204\ncores: 2\nmemory: 8192\nscsi0: l:v,size=50G\n@@vm 900\n`;
    const parsed = parseHypervisorOutput(out);
    expect(parsed.ok && parsed.value.map((v) => [v.vmid, v.cpuCores])).toEqual([[200, 4], [204, 2], [900, undefined]]);
    const sent: string[] = [];
    const obs = await probeHypervisor('pve', async (c) => (sent.push(c), ok(out, 2, "Configuration file 'nodes/pve/qemu-server/900.conf' does not exist")), now);
    expect(sent).toEqual([HYPERVISOR_COMMAND]);
    expect(obs).toMatchObject({ ok: true, host: 'pve' });
    expect(obs.vms).toHaveLength(3);
    const broken = await probeHypervisor('pve', async () => ok('', 127, 'sh: 1: qm: not found'), now);
    expect(broken).toMatchObject({ ok: false, failure: { reason: 'command-failed', error: expect.stringContaining('qm: not found') } });
  });
});

describe('remote command templates', () => {
  it('turns hostile values into one quoted word the lab parses back', () => {
    const cmd = composePsCommand('/opt; rm -rf /');
    expect(cmd).toBe("cd -- '/opt; rm -rf /' 2>/dev/null || exit 90; docker compose ps -a --format json");
    expect(parseRemoteCommand(cmd)).toEqual({ kind: 'compose-ps', path: '/opt; rm -rf /' });
    const quoted = backupListCommand("/srv/it's here", "*'$(id)'*");
    expect(parseRemoteCommand(quoted)).toEqual({ kind: 'backup-list', basePath: "/srv/it's here", glob: "*'$(id)'*" });
    expect(parseRemoteCommand(composePsCommand('~/stacks/a b'))).toEqual({ kind: 'compose-ps', path: '~/stacks/a b' });
  });
});
