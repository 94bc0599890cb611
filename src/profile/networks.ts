// IPv4 networks (CIDR) of the address planes: which plane an address is in (a 100.x address is a
// Tailscale address, 192.168.1.x a LAN one). Anything that is not a dotted IPv4 address (a DNS
// name, IPv6) is in no known plane.

export interface Network {
  /** as written, for messages: "100.64.0.0/10" */
  text: string;
  base: number;
  bits: number;
}

/** The 32-bit value of a dotted IPv4 address, or undefined. */
export function ipv4(address: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

/** Parses "10.0.0.0/8" (a bare address is a /32); undefined when it is not one. */
export function parseNetwork(text: string): Network | undefined {
  const [addr, len, extra] = text.split('/');
  if (addr === undefined || extra !== undefined) return undefined;
  const base = ipv4(addr);
  const bits = len === undefined ? 32 : /^\d{1,2}$/.test(len) ? Number(len) : NaN;
  if (base === undefined || !(bits >= 0 && bits <= 32)) return undefined;
  return { text, base: (base & mask(bits)) >>> 0, bits };
}

function mask(bits: number): number {
  return bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
}

export function inNetwork(address: string, network: Network): boolean {
  const value = ipv4(address);
  return value !== undefined && ((value & mask(network.bits)) >>> 0) === network.base;
}
