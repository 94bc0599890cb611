// The Proxmox host's truth: `qm list` plus each VM's `qm config`, separated by `@@vm <vmid>` lines.
import { HYPERVISOR_COMMAND } from './commands.js';
import { failure } from './classify.js';
import { firstLines, type Exec, type ParseResult } from './compose.js';
import type { HypervisorObservation, HypervisorVm } from './types.js';

const DISK_KEYS = /^(scsi|virtio|sata|ide)\d+$/;
const DEFAULT_BOOT_DISKS = ['scsi0', 'virtio0', 'sata0', 'ide0'];

/** Parses the `qm list` table (VMID NAME STATUS MEM(MB) BOOTDISK(GB) PID). */
export function parseQmList(text: string): ParseResult<HypervisorVm[]> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines.shift();
  if (!header || !/^\s*VMID\s+NAME\s+STATUS/i.test(header)) return { ok: false, error: 'qm list output has no "VMID NAME STATUS" header' };
  const vms: HypervisorVm[] = [];
  for (const [i, line] of lines.entries()) {
    const cols = line.trim().split(/\s+/);
    const [id, name, status, mem, disk] = cols;
    if (!id || !/^\d+$/.test(id) || !name || !status) return { ok: false, error: `qm list line ${i + 2}: cannot read ${JSON.stringify(line.trim().slice(0, 60))}` };
    const vm: HypervisorVm = { vmid: Number(id), name, status };
    if (mem && /^\d+$/.test(mem)) vm.memoryMb = Number(mem);
    if (disk && /^\d+(\.\d+)?$/.test(disk)) vm.bootDiskGb = Number(disk);
    vms.push(vm);
  }
  return { ok: true, value: vms };
}

/** Converts a Proxmox `size=` value (`32G`, `512M`, `1T`, bytes) to GB. */
export function sizeToGb(size: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size.trim());
  if (!m || !m[1]) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toUpperCase();
  const gb = unit === 'T' ? n * 1024 : unit === 'G' ? n : unit === 'M' ? n / 1024 : unit === 'K' ? n / 1024 ** 2 : n / 1024 ** 3;
  return Math.round(gb * 100) / 100;
}

function bootDiskKey(config: Map<string, string>): string | undefined {
  const isDisk = (key: string): boolean => DISK_KEYS.test(key) && config.has(key) && !/media=cdrom/.test(config.get(key) ?? '');
  const order = /order=([^,\s]+)/.exec(config.get('boot') ?? '');
  const fromOrder = order?.[1]?.split(';').find(isDisk);
  if (fromOrder) return fromOrder;
  const legacy = config.get('bootdisk');
  if (legacy && isDisk(legacy)) return legacy;
  return DEFAULT_BOOT_DISKS.find(isDisk);
}

/** Reads one `qm config` block into the resource fields of a VM. */
export function applyQmConfig(vm: HypervisorVm, text: string): void {
  const config = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) break; // snapshot sections follow the current config
    const m = /^([a-z0-9_-]+):\s*(.*)$/i.exec(line.trim());
    if (m && m[1] && m[2] !== undefined) config.set(m[1], m[2]);
  }
  if (config.size === 0) return; // `qm config` failed for this VM: keep what `qm list` said
  const cores = Number(config.get('cores') ?? '1');
  const sockets = Number(config.get('sockets') ?? '1');
  if (Number.isFinite(cores) && Number.isFinite(sockets)) vm.cpuCores = cores * sockets;
  const memory = Number(config.get('memory'));
  if (config.has('memory') && Number.isFinite(memory)) vm.memoryMb = memory;
  const key = bootDiskKey(config);
  const size = key ? /(?:^|,)size=([^,]+)/.exec(config.get(key) ?? '')?.[1] : undefined;
  const gb = size ? sizeToGb(size) : undefined;
  if (gb !== undefined) vm.bootDiskGb = gb;
  if (config.get('template') === '1') vm.template = true;
}

/** Parses the whole HYPERVISOR_COMMAND output. */
export function parseHypervisorOutput(stdout: string): ParseResult<HypervisorVm[]> {
  const [listText = '', ...blocks] = stdout.split(/^@@vm /m);
  const list = parseQmList(listText);
  if (!list.ok) return list;
  const byId = new Map(list.value.map((vm) => [vm.vmid, vm]));
  for (const block of blocks) {
    const nl = block.indexOf('\n');
    const id = Number((nl < 0 ? block : block.slice(0, nl)).trim());
    const vm = byId.get(id);
    if (vm && nl >= 0) applyQmConfig(vm, block.slice(nl + 1));
  }
  return { ok: true, value: list.value };
}

/** Probes one Proxmox host through `exec`. Never throws. */
export async function probeHypervisor(host: string, exec: Exec, now: () => Date): Promise<HypervisorObservation> {
  const startedAt = now().toISOString();
  const result = await exec(HYPERVISOR_COMMAND);
  const base = { host, startedAt, durationMs: result.durationMs };
  if (result.failure) return { ...base, ok: false, failure: result.failure, vms: [] };
  // the loop's status is the last `qm config`'s: a VM vanishing mid-run must not discard a good list
  const partial = result.code !== 0 && /^@@vm /m.test(result.stdout);
  if (result.code !== 0 && !partial) {
    const text = firstLines(result.stderr);
    return { ...base, ok: false, failure: failure('command-failed', `qm exited with ${result.code}${text ? `: ${text}` : ''}`), vms: [] };
  }
  const parsed = parseHypervisorOutput(result.stdout);
  if (!parsed.ok) return { ...base, ok: false, failure: failure('parse-error', parsed.error), vms: [] };
  return { ...base, ok: true, vms: parsed.value };
}
