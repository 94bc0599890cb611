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
    if (target && h.tailscaleIp) claims.push({ value: target.host, ref: sub(target.ref, 'host'), what: `ssh target "${target.id}" host` });
    for (const vm of m.vms) {
      if (vm.hostname === h.id && vm.tailscaleIp) {
        claims.push({ value: vm.tailscaleIp, ref: sub(vm.ref, 'tailscale_ip'), what: `VM ${vm.vmid} tailscale_ip` });
      }
    }
    for (const e of m.endpoints) {
      const host = e.host === h.id ? urlHost(e.url) : undefined;
      if (host) claims.push({ value: host, ref: sub(e.ref, 'url'), what: `health endpoint "${e.id}" URL host` });
    }
    for (const c of claims) {
      if (c.value === canon.value) continue;
      out.push({
        message: `${c.what} is "${c.value}", but ${canon.what} is "${canon.value}" (${where(m, canon.ref)}); host "${h.id}" must have one address`,
        subject: { kind: 'host', id: h.id },
        at: [c.ref, canon.ref],
        kind: `address-mismatch:${c.ref.file}`,
        expected: canon.value,
        observed: c.value,
      });
    }
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
  run(ctx) {
    const m = ctx.model;
    const out: FindingDraft[] = [];
    parity(m, out);
    duplicates(m.sshTargets.map((t) => ({ value: t.host, ref: sub(t.ref, 'host'), what: `ssh target "${t.id}" host` })), 'ssh', out, m);
    duplicates(
      m.hosts.filter((h) => h.tailscaleIp).map((h) => ({ value: h.tailscaleIp!, ref: sub(h.ref, 'tailscale_ip'), what: `registry host "${h.id}" tailscale_ip` })),
      'registry',
      out,
      m,
    );
    const vms = m.vms.filter((v) => v.status !== 'decommissioned' && v.status !== 'template');
    duplicates(
      [
        ...vms.filter((v) => v.tailscaleIp).map((v) => ({ value: v.tailscaleIp!, ref: sub(v.ref, 'tailscale_ip'), what: `VM ${v.vmid} tailscale_ip` })),
        ...vms.filter((v) => v.lanIp).map((v) => ({ value: v.lanIp!, ref: sub(v.ref, 'lan_ip'), what: `VM ${v.vmid} lan_ip` })),
      ],
      'vms',
      out,
      m,
    );
    return out;
  },
});
