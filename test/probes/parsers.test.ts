import { describe, expect, it } from 'vitest';
import { newestMatching, parseBackupSection } from '../../src/probes/backup.js';
import { applyGuestConfig, hypervisorObservation, parseHypervisorSection, parsePctList, parseQmList, sizeToGb } from '../../src/probes/hypervisor.js';
import type { HypervisorVm } from '../../src/probes/types.js';

const base = { startedAt: '2026-02-11T12:00:00.000Z', durationMs: 3 };
const missing = { reason: 'timeout' as const, error: 'x' };

describe('backups', () => {
  it('finds the newest file and counts matches (names with spaces kept)', () => {
    const parsed = parseBackupSection('@@dir /d\n1770800000 /d/vzdump-qemu-200-a.vma.zst\n1770810000 /d/vzdump qemu 200 b.vma.zst\n1770700000 /d/old.vma.zst\n', 1);
    expect(parsed.ok).toBe(true);
    const files = parsed.ok ? parsed.value[0]?.files ?? [] : [];
    expect(newestMatching(files, '*.vma.zst')).toEqual({ matches: 3, newest: { name: 'vzdump qemu 200 b.vma.zst', mtimeEpoch: 1770810000 } });
    expect(newestMatching(files, 'none-*')).toEqual({ matches: 0 });
    expect(parseBackupSection('@@dir /d\ngarbage line', 1).ok).toBe(false);
    expect(parseBackupSection('1 /d/x\n', 1).ok).toBe(false);
    expect(parseBackupSection('@@dir /d\n1 /elsewhere/x\n', 1).ok).toBe(false);
  });
});

const QM_LIST = `      VMID NAME                 STATUS     MEM(MB)    BOOTDISK(GB) PID
       200 docker-host          running    16384            100.00 1234
       204 infra-core           stopped    8192              50.00 0
       900 tmpl-ubuntu          stopped    2048              32.00 0
`;
const PCT_LIST = `VMID       Status     Lock         Name
105        running                 pihole-home
106        stopped    backup       old-dns
`;

describe('hypervisor', () => {
  it('reads the qm list and pct list tables', () => {
    expect(parseQmList(QM_LIST)).toEqual({
      ok: true,
      value: [
        { vmid: 200, name: 'docker-host', status: 'running', memoryMb: 16384, bootDiskGb: 100, type: 'qemu' },
        { vmid: 204, name: 'infra-core', status: 'stopped', memoryMb: 8192, bootDiskGb: 50, type: 'qemu' },
        { vmid: 900, name: 'tmpl-ubuntu', status: 'stopped', memoryMb: 2048, bootDiskGb: 32, type: 'qemu' },
      ],
    });
    expect(parseQmList('no header here\n').ok).toBe(false);
    expect(parseQmList('')).toEqual({ ok: true, value: [] });
    expect(parsePctList(PCT_LIST)).toEqual({
      ok: true,
      value: [
        { vmid: 105, name: 'pihole-home', status: 'running', type: 'lxc' },
        { vmid: 106, name: 'old-dns', status: 'stopped', type: 'lxc' },
      ],
    });
    expect(parsePctList('VMID Status\nabc\n').ok).toBe(false);
  });

  it('reads cores x sockets, memory, the boot disk, onboot and templates from a VM config', () => {
    const vm: HypervisorVm = { vmid: 200, name: 'x', status: 'running', type: 'qemu' };
    applyGuestConfig(vm, '#description\nboot: order=ide2;virtio0;net0\ncores: 4\nsockets: 2\nmemory: 16384\nonboot: 1\nide2: none,media=cdrom\nscsi0: local:vm-200-disk-1,size=8G\nvirtio0: local-lvm:vm-200-disk-0,iothread=1,size=120G\n[snap1]\ncores: 1\n');
    expect(vm).toEqual({ vmid: 200, name: 'x', status: 'running', type: 'qemu', cpuCores: 8, memoryMb: 16384, bootDiskGb: 120, onboot: true });
    const legacy: HypervisorVm = { vmid: 1, name: 'l', status: 'stopped', type: 'qemu' };
    applyGuestConfig(legacy, 'bootdisk: sata0\ncores: 2\nmemory: 2048\nsata0: local:vm-1-disk-0,size=512M\ntemplate: 1\n');
    expect(legacy).toMatchObject({ cpuCores: 2, bootDiskGb: 0.5, template: true, onboot: false });
    const fallback: HypervisorVm = { vmid: 2, name: 'f', status: 'running', type: 'qemu' };
    applyGuestConfig(fallback, 'memory: 1024\nscsi0: local:vm-2-disk-0,size=1T\n');
    expect(fallback).toMatchObject({ cpuCores: 1, memoryMb: 1024, bootDiskGb: 1024 });
    expect(sizeToGb('10737418240')).toBe(10);
  });

  it('reads an LXC config: rootfs size, no cores means unlimited', () => {
    const ct: HypervisorVm = { vmid: 105, name: 'p', status: 'running', type: 'lxc' };
    applyGuestConfig(ct, 'arch: amd64\nhostname: p\nmemory: 512\nonboot: 1\nrootfs: local-lvm:vm-105-disk-0,size=4G\n');
    expect(ct).toEqual({ vmid: 105, name: 'p', status: 'running', type: 'lxc', memoryMb: 512, bootDiskGb: 4, onboot: true });
  });

  it('parses the whole section: node, VMs and LXCs with their configs', () => {
    const section = `@@node pve.example.lan\n@@qm\n${QM_LIST}@@pct\n${PCT_LIST}\n@@conf /etc/pve/qemu-server/200.conf\ncores: 4\nmemory: 16384\nscsi0: l:v,size=100G\nonboot: 1\n\n@@conf /etc/pve/lxc/105.conf\ncores: 1\nrootfs: l:v,size=4G\n\n@@status 0 0\n`;
    const parsed = parseHypervisorSection(section);
    expect(parsed.ok && parsed.value.node).toBe('pve');
    expect(parsed.ok && parsed.value.vms.map((v) => [v.vmid, v.type, v.cpuCores, v.onboot, v.node])).toEqual([
      [105, 'lxc', 1, false, 'pve'],
      [106, 'lxc', undefined, undefined, 'pve'],
      [200, 'qemu', 4, true, 'pve'],
      [204, 'qemu', undefined, undefined, 'pve'],
      [900, 'qemu', undefined, undefined, 'pve'],
    ]);
    const obs = hypervisorObservation('pve', { stdout: section, stderr: '', code: 0 }, missing, base);
    expect(obs).toMatchObject({ ok: true, host: 'pve', node: 'pve' });
    expect(obs.vms).toHaveLength(5);
  });

  it('fails (never passes) when qm or pct fail or the section is missing', () => {
    const noQm = hypervisorObservation('pve', { stdout: '@@node x\n@@qm\n@@pct\n\n@@status 127 127\n', stderr: 'sh: 1: qm: not found', code: 1 }, missing, base);
    expect(noQm).toMatchObject({ ok: false, failure: { reason: 'command-failed', error: expect.stringContaining('qm: not found') }, vms: [] });
    const noPct = hypervisorObservation('pve', { stdout: `@@node x\n@@qm\n${QM_LIST}@@pct\n\n@@status 0 2\n`, stderr: 'pct: permission denied', code: 1 }, missing, base);
    expect(noPct.failure?.error).toMatch(/^pct list exited with 2/);
    expect(hypervisorObservation('pve', undefined, missing, base)).toMatchObject({ ok: false, failure: missing });
    expect(hypervisorObservation('pve', { stdout: 'junk', stderr: '', code: 0 }, missing, base).failure?.reason).toBe('parse-error');
  });
});
