// Gate `ip-parity` (D54): a host's address agrees across the registry (tailscale_ip), its ssh
// target, its VM (tailscale_ip) and the URLs of its health endpoints; no two ids share an address.
import type { Model, Ref } from '../bindings/types.js';
import { fileName, sub, where } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft } from './types.js';

interface Claim {
  value: string;
  ref: Ref;
  what: string; // "ssh target "x" host"
  /** the claim of the host's ssh target (may legitimately be the VM's LAN address while provisioning) */
  sshTarget?: boolean;
}

function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

function parity(m: Model, out: FindingDraft[]): void {
  const reg = fileName(m.paths.registry);
  for (const h of m.hosts) {
    // the registry address is canonical; without it the ssh target's is
    const sshId = h.ssh && h.ssh !== 'localhost' ? h.ssh : h.id;
    const target = m.sshTargets.find((t) => t.id === sshId);
    const canon: Claim | undefined = h.tailscaleIp
      ? { value: h.tailscaleIp, ref: sub(h.ref, 'tailscale_ip'), what: `${reg} host "${h.id}" tailscale_ip` }
      : target
        ? { value: target.host, ref: sub(target.ref, 'host'), what: `ssh target "${target.id}" host` }
        : undefined;
    if (!canon) continue;
    const claims: Claim[] = [];
    if (target && h.tailscaleIp) claims.push({ value: target.host, ref: sub(target.ref, 'host'), what: `ssh target "${target.id}" host`, sshTarget: true });
    for (const vm of m.vms) {
      if (vm.hostname === h.id && vm.tailscaleIp) {
        claims.push({ value: vm.tailscaleIp, ref: sub(vm.ref, 'tailscale_ip'), what: `VM ${vm.vmid} tailscale_ip` });
      }
    }
    for (const e of m.endpoints) {
      const host = e.host === h.id ? urlHost(e.url) : undefined;
      if (host) claims.push({ value: host, ref: sub(e.ref, 'url'), what: `health endpoint "${e.id}" URL host` });
    }
    const vm = m.vms.find((v) => v.hostname === h.id && v.lanIp);
    for (const c of claims) {
      if (c.value === canon.value) continue;
      if (c.sshTarget && vm?.lanIp && c.value === vm.lanIp) {
        // ssh.targets.yaml's header: during provisioning a target may use the LAN address until Tailscale is up
        const lan = sub(vm.ref, 'lan_ip');
        out.push({
          message: `${c.what} is "${c.value}", the LAN address of VM ${vm.vmid} (${where(m, lan)}), while ${canon.what} is "${canon.value}" (${where(m, canon.ref)}); once the VM is on the tailnet, point the target at "${canon.value}"`,
          subject: { kind: 'host', id: h.id },
          at: [c.ref, canon.ref, lan],
          kind: 'address-lan-bootstrap',
          severity: 'warning',
          expected: canon.value,
          observed: c.value,
        });
        continue;
      }
      const other = m.hosts.find((x) => x.id !== h.id && x.tailscaleIp === c.value);
      const whose = other ? `, the address of host "${other.id}" (${where(m, sub(other.ref, 'tailscale_ip'))})` : '';
      out.push({
        message: `${c.what} is "${c.value}"${whose}, but ${canon.what} is "${canon.value}" (${where(m, canon.ref)}); host "${h.id}" must have one address`,
        subject: { kind: 'host', id: h.id },
        at: [c.ref, canon.ref],
        kind: `address-mismatch:${c.ref.file}`,
        expected: canon.value,
        observed: c.value,
      });
    }
  }
}

/** VMs whose addresses are in use: not inert, not a template, and with a status whose meaning is known. */
function liveVms(m: Model): Model['vms'] {
  return m.vms.filter((v) => v.meaning !== 'inert' && v.meaning !== 'template' && v.meaning !== 'unknown');
}

/** An ssh target that points at the LAN address of a VM it does not belong to reaches the wrong machine. */
function lanCollisions(m: Model, out: FindingDraft[]): void {
  const vms = liveVms(m).filter((v) => v.lanIp);
  for (const t of m.sshTargets) {
    const vm = vms.find((v) => v.lanIp === t.host);
    if (!vm || vm.sshTarget === t.id || (vm.sshTarget == null && vm.hostname === t.id)) continue;
    const lan = sub(vm.ref, 'lan_ip');
    out.push({
      message: `ssh target "${t.id}" host "${t.host}" is the LAN address of VM ${vm.vmid} (${vm.hostname}) (${where(m, lan)}), whose ssh target is "${vm.sshTarget ?? 'none'}"; one of the two addresses is stale`,
      subject: { kind: 'host', id: t.id },
      at: [sub(t.ref, 'host'), lan],
      kind: 'lan-address-of-other-vm',
      expected: `not ${t.host}`,
      observed: t.host,
    });
  }
}

function duplicates(claims: Claim[], kind: string, out: FindingDraft[], m: Model): void {
  const first = new Map<string, Claim>();
  for (const c of claims) {
    const prev = first.get(c.value);
    if (!prev) {
      first.set(c.value, c);
      continue;
    }
    out.push({
      message: `${c.what} "${c.value}" equals ${prev.what} (${where(m, prev.ref)}); two ids with one address is a copy-paste error or needs an exception`,
      subject: { kind: 'host', id: c.value },
      at: [c.ref, prev.ref],
      kind: `duplicate-address:${kind}`,
      severity: 'warning',
      observed: c.value,
    });
  }
}

export default defineGate({
  id: 'ip-parity',
  aliases: ['D54'],
  kind: 'static',
  severity: 'error',
  describe:
    "A host's address agrees across SERVICE_REGISTRY hosts, ssh.targets, vm.lifecycle and its health URLs, and no two ids share one address: a stale IP in one file sends probes, SSH and backups to the wrong machine.",
  reads: ['registry', 'ssh', 'vms', 'health'],
  judges: ['hosts', 'sshTargets', 'vms', 'endpoints'],
  run(ctx) {
    const m = ctx.model;
    const out: FindingDraft[] = [];
    parity(m, out);
    lanCollisions(m, out);
    duplicates(m.sshTargets.map((t) => ({ value: t.host, ref: sub(t.ref, 'host'), what: `ssh target "${t.id}" host` })), 'ssh', out, m);
    duplicates(
      m.hosts.filter((h) => h.tailscaleIp).map((h) => ({ value: h.tailscaleIp!, ref: sub(h.ref, 'tailscale_ip'), what: `registry host "${h.id}" tailscale_ip` })),
      'registry',
      out,
      m,
    );
    const vms = liveVms(m);
    duplicates(
      [
        ...vms.filter((v) => v.tailscaleIp).map((v) => ({ value: v.tailscaleIp!, ref: sub(v.ref, 'tailscale_ip'), what: `VM ${v.vmid} tailscale_ip` })),
        ...vms.filter((v) => v.lanIp).map((v) => ({ value: v.lanIp!, ref: sub(v.ref, 'lan_ip'), what: `VM ${v.vmid} lan_ip` })),
      ],
      'vms',
      out,
      m,
    );
    const vmsJudged = m.vms.filter((v) => v.meaning !== 'unknown').length;
    return { findings: out, checked: { hosts: m.hosts.length, sshTargets: m.sshTargets.length, vms: vmsJudged, endpoints: m.endpoints.length } };
  },
});
