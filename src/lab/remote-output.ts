// What a lab host prints for each fixed remote command (src/probes/commands.ts), as the real tools print it.
import { EXIT_DIR_MISSING, parseRemoteCommand } from '../probes/commands.js';
import { expandHome } from '../bindings/remote-path.js';
import { globToRegExp } from './lab-paths.js';
import type { LabHost, LabVm } from './types.js';

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

function composePs(host: LabHost, path: string): CommandResult {
  const abs = expandHome(path, host.home);
  const stack = host.stacks.get(abs);
  if (!stack) return { stdout: '', stderr: '', code: EXIT_DIR_MISSING };
  if (host.dockerUnreachable) {
    return { stdout: '', stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', code: 1 };
  }
  if (host.composeFormat === 'ndjson') {
    return { stdout: stack.containers.map((c) => `${JSON.stringify(c)}\n`).join(''), stderr: '', code: 0 };
  }
  return { stdout: `${JSON.stringify(stack.containers)}\n`, stderr: '', code: 0 };
}

function backupList(host: LabHost, basePath: string, glob: string): CommandResult {
  const files = host.dirs.get(expandHome(basePath, host.home));
  if (!files) return { stdout: '', stderr: '', code: EXIT_DIR_MISSING };
  const re = globToRegExp(glob);
  const lines = files.filter((f) => re.test(f.name)).map((f) => `${Math.floor(f.mtime.getTime() / 1000)} ./${f.name}\n`);
  return { stdout: lines.join(''), stderr: '', code: 0 };
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width);
}

/** `qm list` as Proxmox prints it. */
export function qmList(vms: LabVm[]): string {
  const head = `${pad('VMID', 10, true)} ${pad('NAME', 20)} ${pad('STATUS', 10)} ${pad('MEM(MB)', 10)} ${pad('BOOTDISK(GB)', 12, true)} ${pad('PID', 10)}\n`;
  const rows = vms.map((vm) => {
    const pid = vm.status === 'running' ? String(10_000 + vm.vmid) : '0';
    const disk = (vm.bootDiskGb ?? 0).toFixed(2);
    return `${pad(String(vm.vmid), 10, true)} ${pad(vm.name, 20)} ${pad(vm.status, 10)} ${pad(String(vm.memoryMb ?? 0), 10)} ${pad(disk, 12, true)} ${pad(pid, 10)}\n`;
  });
  return head + rows.join('');
}

/** `qm config <vmid>` as Proxmox prints it (the keys driftgate reads, plus a few usual ones). */
export function qmConfig(vm: LabVm): string {
  const lines = ['boot: order=scsi0', `cores: ${vm.cpuCores ?? 1}`, `memory: ${vm.memoryMb ?? 512}`, `name: ${vm.name}`, 'net0: virtio=BC:24:11:00:00:01,bridge=vmbr0', 'ostype: l26'];
  if (vm.bootDiskGb !== undefined) lines.push(`scsi0: local-lvm:vm-${vm.vmid}-disk-0,size=${vm.bootDiskGb}G`);
  lines.push('sockets: 1');
  if (vm.template) lines.push('template: 1');
  return `${lines.sort().join('\n')}\n`;
}

function hypervisor(host: LabHost): CommandResult {
  if (!host.vms) return { stdout: '', stderr: 'bash: line 1: qm: command not found\n', code: 127 };
  const parts = [qmList(host.vms)];
  for (const vm of host.vms) parts.push(`@@vm ${vm.vmid}\n`, qmConfig(vm));
  return { stdout: parts.join(''), stderr: '', code: 0 };
}

/** Answers one exec request. Anything but the fixed templates is refused (exit 127), as a hardened host would. */
export function runRemoteCommand(host: LabHost, command: string): CommandResult {
  const parsed = parseRemoteCommand(command);
  if (!parsed) return { stdout: '', stderr: 'driftgate lab: command not allowed (not one of the fixed templates)\n', code: 127 };
  switch (parsed.kind) {
    case 'compose-ps':
      return composePs(host, parsed.path);
    case 'backup-list':
      return backupList(host, parsed.basePath, parsed.glob);
    case 'hypervisor':
      return hypervisor(host);
  }
}
