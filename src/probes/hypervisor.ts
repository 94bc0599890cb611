// The Proxmox host's truth, from the host batch's hypervisor section: the node name, `qm list`
// (VMs), `pct list` (LXC containers) and every guest's config file from /etc/pve (the text
// `qm config`/`pct config` print, read with one `cat` instead of one Perl process per guest).
import { failure } from './classify.js';
import { type ParseResult, firstLines } from './classify-output.js';
import type { SectionOutput } from './host-batch.js';
import type { HypervisorObservation, HypervisorVm, ProbeFailure } from './types.js';

const DISK_KEYS = /^(scsi|virtio|sata|ide)\d+$/;
const DEFAULT_BOOT_DISKS = ['scsi0', 'virtio0', 'sata0', 'ide0'];

/** Parses the `qm list` table (VMID NAME STATUS MEM(MB) BOOTDISK(GB) PID). */
export function parseQmList(text: string): ParseResult<HypervisorVm[]> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines.shift();
  if (!header) return { ok: true, value: [] }; // no VMs: qm prints nothing at all
  if (!/^\s*VMID\s+NAME\s+STATUS/i.test(header)) return { ok: false, error: 'qm list output has no "VMID NAME STATUS" header' };
  const vms: HypervisorVm[] = [];
  for (const [i, line] of lines.entries()) {
    const [id, name, status, mem, disk] = line.trim().split(/\s+/);
    if (!id || !/^\d+$/.test(id) || !name || !status) return { ok: false, error: `qm list line ${i + 2}: cannot read ${JSON.stringify(line.trim().slice(0, 60))}` };
    const vm: HypervisorVm = { vmid: Number(id), name, status, type: 'qemu' };
    if (mem && /^\d+$/.test(mem)) vm.memoryMb = Number(mem);
    if (disk && /^\d+(\.\d+)?$/.test(disk)) vm.bootDiskGb = Number(disk);
    vms.push(vm);
  }
  return { ok: true, value: vms };
}

/** Parses the `pct list` table (VMID Status Lock Name; the lock column is often empty). */
export function parsePctList(text: string): ParseResult<HypervisorVm[]> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines.shift();
  if (!header) return { ok: true, value: [] };
  if (!/^\s*VMID\s+Status\s+/i.test(header)) return { ok: false, error: 'pct list output has no "VMID Status" header' };
  const out: HypervisorVm[] = [];
  for (const [i, line] of lines.entries()) {
    const cols = line.trim().split(/\s+/);
    const [id, status] = cols;
    const name = cols.length >= 3 ? cols[cols.length - 1] : undefined;
    if (!id || !/^\d+$/.test(id) || !status || !name) return { ok: false, error: `pct list line ${i + 2}: cannot read ${JSON.stringify(line.trim().slice(0, 60))}` };
    out.push({ vmid: Number(id), name, status, type: 'lxc' });
  }
  return { ok: true, value: out };
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

/** The current section of a guest config (`key: value` lines until the first `[snapshot]`/`[PENDING]`). */
function configMap(text: string): Map<string, string> {
  const config = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) break;
    const m = /^([a-z0-9_-]+):\s*(.*)$/i.exec(line.trim());
    if (m && m[1] && m[2] !== undefined) config.set(m[1], m[2]);
  }
  return config;
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

function diskGb(value: string | undefined): number | undefined {
  const size = value ? /(?:^|,)size=([^,]+)/.exec(value)?.[1] : undefined;
  return size ? sizeToGb(size) : undefined;
}

/** Reads one guest config (a VM's or an LXC's) into the resource fields and the onboot flag. */
export function applyGuestConfig(vm: HypervisorVm, text: string): void {
  const config = configMap(text);
  if (config.size === 0) return; // unreadable config: keep what the list said
  const cores = Number(config.get('cores') ?? (vm.type === 'lxc' ? NaN : '1'));
  const sockets = Number(config.get('sockets') ?? '1');
  if (Number.isFinite(cores) && Number.isFinite(sockets)) vm.cpuCores = cores * sockets;
  const memory = Number(config.get('memory'));
  if (config.has('memory') && Number.isFinite(memory)) vm.memoryMb = memory;
  const gb = vm.type === 'lxc' ? diskGb(config.get('rootfs')) : diskGb(config.get(bootDiskKey(config) ?? ''));
  if (gb !== undefined) vm.bootDiskGb = gb;
  if (config.get('template') === '1') vm.template = true;
  vm.onboot = config.get('onboot') === '1';
}

/** Parses the hypervisor section: `@@node`, `@@qm` list, `@@pct` list, `@@conf <path>` blocks, `@@status <qm> <pct>`. */
export function parseHypervisorSection(section: string): ParseResult<{ node?: string; vms: HypervisorVm[] }> {
  const stdout = section.replace(/^@@status .*$/m, '');
  const node = /^@@node (.*)$/m.exec(stdout)?.[1]?.trim().split('.')[0];
  const qmAt = stdout.indexOf('@@qm\n');
  const pctAt = stdout.indexOf('@@pct\n');
  if (qmAt < 0 || pctAt < qmAt) return { ok: false, error: 'the hypervisor listing has no qm and pct parts' };
  const [pctText = '', ...blocks] = stdout.slice(pctAt + 5).split(/^@@conf /m);
  const qm = parseQmList(stdout.slice(qmAt + 4, pctAt));
  if (!qm.ok) return qm;
  const pct = parsePctList(pctText);
  if (!pct.ok) return pct;
  const vms = [...qm.value, ...pct.value].sort((a, b) => a.vmid - b.vmid);
  for (const block of blocks) {
    const nl = block.indexOf('\n');
    const m = /\/(qemu-server|lxc)\/(\d+)\.conf$/.exec((nl < 0 ? block : block.slice(0, nl)).trim());
    const type = m?.[1] === 'lxc' ? 'lxc' : 'qemu';
    const vm = m ? vms.find((v) => v.vmid === Number(m[2]) && v.type === type) : undefined;
    if (vm && nl >= 0) applyGuestConfig(vm, block.slice(nl + 1));
  }
  if (node) for (const vm of vms) vm.node = node;
  return { ok: true, value: { ...(node ? { node } : {}), vms } };
}

/** The hypervisor observation of a host from its batch section (or the failure that kept it from answering). */
export function hypervisorObservation(
  host: string,
  section: SectionOutput | undefined,
  missing: ProbeFailure,
  base: { startedAt: string; durationMs: number },
): HypervisorObservation {
  const fail = (f: ProbeFailure): HypervisorObservation => ({ host, ...base, ok: false, failure: f, vms: [] });
  if (!section || section.code === undefined) return fail(missing);
  const status = /^@@status (\d+) (\d+)$/m.exec(section.stdout);
  const [q, p] = [Number(status?.[1] ?? section.code), Number(status?.[2] ?? 0)];
  if (q !== 0 || p !== 0) {
    const text = firstLines(section.stderr);
    const which = q !== 0 ? `qm list exited with ${q}` : `pct list exited with ${p}`;
    return fail(failure('command-failed', `${which}${text ? `: ${text}` : ''}`));
  }
  const parsed = parseHypervisorSection(section.stdout);
  if (!parsed.ok) return fail(failure('parse-error', parsed.error));
  return { host, ...(parsed.value.node ? { node: parsed.value.node } : {}), ...base, ok: true, vms: parsed.value.vms };
}
