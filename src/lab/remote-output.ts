// What a lab host prints for the host batch (src/probes/host-batch.ts), section by section, as the
// real tools print it: docker inspect, the stack directory checks, find + stat, qm/pct lists and the
// guest configs of /etc/pve. Anything but the fixed template is refused (exit 127).
import { expandHome } from '../bindings/remote-path.js';
import { EXIT_DIR_MISSING } from '../probes/commands.js';
import { globToRegExp } from '../probes/glob.js';
import { type HostBatch, parseHostBatch } from '../probes/host-batch.js';
import { extraSections } from './remote-extras.js';
import type { LabContainer, LabHost, LabVm } from './types.js';

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
  /** heavy remote commands the answer stands for (docker, find, qm/pct): the lab's cost unit */
  tools: number;
}

export interface Section {
  stdout: string;
  stderr: string;
  code: number;
}

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** One container as the batch's `docker inspect --format` prints it. */
export function inspectJson(c: LabContainer, stackName: string): Record<string, unknown> {
  const ports: Record<string, Array<{ HostIp: string; HostPort: string }> | null> = {};
  if (c.State === 'running') {
    for (const p of c.Publishers ?? []) {
      ports[`${p.TargetPort}/${p.Protocol}`] = p.PublishedPort > 0 ? [{ HostIp: p.URL, HostPort: String(p.PublishedPort) }] : null;
    }
  }
  const out: Record<string, unknown> = {
    Id: c.ID,
    Name: `/${c.Name}`,
    Image: c.Image,
    Labels: {
      'com.docker.compose.project': c.Project,
      'com.docker.compose.service': c.Service,
      'com.docker.compose.project.working_dir': c.inspect.workingDir,
      'com.docker.compose.project.config_files': `${c.inspect.workingDir}/docker-compose.yml`,
      'com.docker.compose.stack': stackName,
    },
    State: {
      Status: c.State,
      ExitCode: c.ExitCode,
      StartedAt: c.inspect.startedAt?.toISOString() ?? ZERO_TIME,
      FinishedAt: c.inspect.finishedAt?.toISOString() ?? ZERO_TIME,
      OOMKilled: c.inspect.oomKilled,
      Health: c.Health ? { Status: c.Health } : null,
    },
    RestartCount: c.inspect.restartCount,
    Ports: ports,
  };
  // a Status text of its own (a scenario's, a test's) travels as is; docker inspect has none and the
  // probe derives it from the times
  if (c.Status !== c.inspect.derivedStatus) out.Status = c.Status;
  return out;
}

function docker(host: LabHost): Section {
  if (host.dockerUnreachable) {
    return { stdout: '', stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', code: 1 };
  }
  const all = [...host.stacks.values()].flatMap((s) => s.containers.map((c) => inspectJson(c, s.name)));
  // `array`: plain `docker inspect` (one JSON array); `ndjson`: the template's one object per line
  const stdout = host.composeFormat === 'array' ? (all.length > 0 ? `${JSON.stringify(all)}\n` : '') : all.map((c) => `${JSON.stringify(c)}\n`).join('');
  return { stdout, stderr: '', code: 0 };
}

function stackDir(host: LabHost, path: string): Section {
  const abs = expandHome(path, host.home);
  if (!host.stacks.has(abs)) return { stdout: '', stderr: '', code: EXIT_DIR_MISSING };
  return { stdout: `${abs}\n${abs}\n`, stderr: '', code: 0 };
}

/** The backup directories' listing: `<mtime> <path>` per matching file, or `<mtime> <bytes> <path>` with sizes. */
export function backups(host: LabHost, dirs: string[], globs: string[], sizes = false): Section {
  const res = globs.length > 0 ? globs.map(globToRegExp) : [/^/];
  const head: string[] = [];
  const files: string[] = [];
  for (const dir of dirs) {
    const abs = expandHome(dir, host.home).replace(/\/+$/, '');
    const listing = host.dirs.get(abs) ?? host.dirs.get(expandHome(dir, host.home));
    head.push(listing ? `@@dir ${abs}\n` : `@@nodir ${abs}\n`);
    for (const f of listing ?? []) {
      if (res.some((re) => re.test(f.name))) files.push(`${Math.floor(f.mtime.getTime() / 1000)}${sizes ? ` ${f.bytes ?? 1024 ** 3}` : ''} ${abs}/${f.name}\n`);
    }
  }
  return { stdout: head.join('') + files.join(''), stderr: '', code: 0 };
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width);
}

/** `qm list` as Proxmox prints it. */
export function qmList(vms: LabVm[]): string {
  if (vms.length === 0) return '';
  const head = `${pad('VMID', 10, true)} ${pad('NAME', 20)} ${pad('STATUS', 10)} ${pad('MEM(MB)', 10)} ${pad('BOOTDISK(GB)', 12, true)} ${pad('PID', 10)}\n`;
  const rows = vms.map((vm) => {
    const pid = vm.status === 'running' ? String(10_000 + vm.vmid) : '0';
    const disk = (vm.bootDiskGb ?? 0).toFixed(2);
    return `${pad(String(vm.vmid), 10, true)} ${pad(vm.name, 20)} ${pad(vm.status, 10)} ${pad(String(vm.memoryMb ?? 0), 10)} ${pad(disk, 12, true)} ${pad(pid, 10)}\n`;
  });
  return head + rows.join('');
}

/** `pct list` as Proxmox prints it (the Lock column empty). */
export function pctList(cts: LabVm[]): string {
  if (cts.length === 0) return '';
  const rows = cts.map((ct) => `${pad(String(ct.vmid), 10)} ${pad(ct.status, 10)} ${pad('', 12)} ${ct.name}\n`);
  return `VMID       Status     Lock         Name\n${rows.join('')}`;
}

/** A guest's config file as /etc/pve keeps it (the keys driftgate reads, plus a few usual ones). */
export function guestConfig(vm: LabVm): string {
  const lines = [`memory: ${vm.memoryMb ?? 512}`, `onboot: ${vm.onboot ? 1 : 0}`];
  if (vm.type === 'lxc') {
    lines.push('arch: amd64', `cores: ${vm.cpuCores ?? 1}`, `hostname: ${vm.name}`, 'net0: name=eth0,bridge=vmbr0,ip=dhcp,type=veth', 'ostype: ubuntu');
    if (vm.bootDiskGb !== undefined) lines.push(`rootfs: local-lvm:vm-${vm.vmid}-disk-0,size=${vm.bootDiskGb}G`);
    lines.push('swap: 512');
  } else {
    lines.push('boot: order=scsi0', `cores: ${vm.cpuCores ?? 1}`, `name: ${vm.name}`, 'net0: virtio=BC:24:11:00:00:01,bridge=vmbr0', 'ostype: l26', 'sockets: 1');
    if (vm.bootDiskGb !== undefined) lines.push(`scsi0: local-lvm:vm-${vm.vmid}-disk-0,size=${vm.bootDiskGb}G`);
  }
  if (vm.template) lines.push('template: 1');
  return `${lines.sort().join('\n')}\n`;
}

function hypervisor(host: LabHost): Section {
  const node = `@@node ${host.nodeName}\n`;
  if (!host.vms) {
    return { stdout: `${node}@@qm\n@@pct\n\n@@status 127 127\n`, stderr: 'bash: line 1: qm: command not found\nbash: line 1: pct: command not found\n', code: 1 };
  }
  const qemu = host.vms.filter((v) => v.type === 'qemu');
  const lxc = host.vms.filter((v) => v.type === 'lxc');
  const confs = [...qemu.map((v) => ['qemu-server', v] as const), ...lxc.map((v) => ['lxc', v] as const)].map(([dir, v]) => `\n@@conf /etc/pve/${dir}/${v.vmid}.conf\n${guestConfig(v)}`);
  return { stdout: `${node}@@qm\n${qmList(qemu)}@@pct\n${pctList(lxc)}${confs.join('')}\n@@status 0 0\n`, stderr: '', code: 0 };
}

export function frame(id: string, s: Section): Section {
  return { stdout: `@@begin ${id}\n${s.stdout}\n@@end ${id} ${s.code}\n`, stderr: `@@begin ${id}\n${s.stderr}\n@@end ${id}\n`, code: 0 };
}

function answer(host: LabHost, batch: HostBatch): CommandResult {
  const parts: Section[] = [];
  let tools = 0;
  if (batch.docker) {
    parts.push(frame('docker', docker(host)));
    tools += 1;
  }
  batch.stacks.forEach((path, i) => parts.push(frame(`stack:${i + (batch.firstStack ?? 0)}`, stackDir(host, path))));
  if (batch.backups) {
    parts.push(frame('backups', backups(host, batch.backups.dirs, batch.backups.globs)));
    tools += 1;
  }
  if (batch.hypervisor) {
    parts.push(frame('hypervisor', hypervisor(host)));
    tools += 1;
  }
  const extras = extraSections(host, batch);
  parts.push(...extras.parts);
  tools += extras.tools;
  return { stdout: parts.map((p) => p.stdout).join(''), stderr: parts.map((p) => p.stderr).join(''), code: 0, tools: Math.max(1, tools) };
}

/** Answers one exec request. Anything but the fixed template is refused (exit 127), as a hardened host would. */
export function runRemoteCommand(host: LabHost, command: string): CommandResult {
  const batch = parseHostBatch(command);
  if (!batch) return { stdout: '', stderr: 'driftgate lab: command not allowed (not one of the fixed templates)\n', code: 127, tools: 1 };
  return answer(host, batch);
}
