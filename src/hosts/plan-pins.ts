// What `driftgate hosts pin` does with the keys it saw: per target added / unchanged / CHANGED /
// revoked / unreachable / skipped against the pins already in the file, and the file to write.
// A changed key is replaced only when the run accepts it (--accept-changed); a revoked key never.
import { hostKeyName, KnownHosts } from '../probes/known-hosts.js';
import { identityNames } from '../probes/transport/ssh-handshake.js';
import { loginOf } from '../probes/transport/ssh-endpoint.js';
import { type FileEntry, managedKeys, type PinnedKey, readEntries, renderKnownHosts, type TargetBlock } from './known-hosts-file.js';
import type { ScannedHost } from './scan-host-keys.js';

export type PinStatus = 'added' | 'unchanged' | 'changed' | 'replaced' | 'revoked' | 'unreachable' | 'skipped';

export interface PinRow {
  id: string;
  /** the known_hosts name (`host` or `[host]:port`) */
  name: string;
  status: PinStatus;
  /** fingerprints pinned before this run */
  pinned: string[];
  presented?: { algorithm: string; fingerprint: string };
  /** unreachable/skipped: why; unchanged: how the login went; changed without a key: what was seen */
  note?: string;
}

export interface PinPlan {
  rows: PinRow[];
  /** the file's new text (equal to the old text when nothing changes) */
  text: string;
  /** changed or revoked keys that were not accepted: the file must stay untouched */
  refused: PinRow[];
}

function rowFor(host: ScannedHost, name: string, own: PinnedKey[], existing: KnownHosts, accepted: boolean): { row: PinRow; keys: PinnedKey[] } {
  const { target, presented, observation } = host;
  // a key pinned under any declared name of the target (host, lan_ip, tailscale_ip) is its pin, as in a run
  const names = identityNames(host.endpoint);
  const pinnedKeys = existing.lookup(names, target.port);
  const row: PinRow = { id: target.id, name, status: 'unreachable', pinned: pinnedKeys.map((k) => k.fingerprint) };
  if (presented) row.presented = { algorithm: presented.algorithm, fingerprint: presented.fingerprint };
  if (host.skipped) return { row: { ...row, status: 'skipped', note: host.skipped }, keys: own };
  if (!presented) {
    const f = observation?.failure;
    // a host offering none of the pinned key types is a changed key we could not see
    if (f?.reason === 'host-key-mismatch') return { row: { ...row, status: 'changed', note: f.error }, keys: own };
    return { row: { ...row, status: 'unreachable', note: f ? `${f.reason}: ${f.error}` : 'no answer' }, keys: own };
  }
  const fresh: PinnedKey = { algorithm: presented.algorithm, key: presented.key };
  const verdict = existing.verify(names, target.port, Buffer.from(presented.key, 'base64'));
  if (verdict === 'revoked') return { row: { ...row, status: 'revoked', note: 'the presented key is revoked in the file' }, keys: own };
  if (verdict === 'unknown') return { row: { ...row, status: 'added' }, keys: [fresh] };
  if (verdict === 'pinned') {
    const login = observation?.ok ? `login as ${host.endpoint.user}: ok` : `login as ${host.endpoint.user}: ${observation?.failure?.reason ?? 'not tried'}`;
    return { row: { ...row, status: 'unchanged', note: login }, keys: own.length > 0 ? own : [fresh] };
  }
  return accepted ? { row: { ...row, status: 'replaced' }, keys: [fresh] } : { row: { ...row, status: 'changed' }, keys: own };
}

/**
 * Compares what the hosts presented with `oldText` (the file, "" when new). `accept` holds the
 * target ids whose changed key may be replaced.
 */
export function planPins(scanned: readonly ScannedHost[], oldText: string, file: string, accept: ReadonlySet<string>): PinPlan {
  const names = new Map(scanned.map((h) => [h.target.id, hostKeyName(h.target.host, h.target.port)]));
  const entries: FileEntry[] = readEntries(oldText, new Set(names.values()), file);
  const existing = KnownHosts.parse(oldText, file);
  const rows: PinRow[] = [];
  const blocks: TargetBlock[] = [];
  for (const host of scanned) {
    const name = names.get(host.target.id) as string;
    const own = managedKeys(entries, name);
    const { row, keys } = rowFor(host, name, own, existing, accept.has(host.target.id));
    rows.push(row);
    blocks.push({ id: host.target.id, login: loginOf(host.endpoint), name, keys });
  }
  const refused = rows.filter((r) => r.status === 'changed' || r.status === 'revoked');
  // entries of the same name under several targets (two ids, one address) are written once
  const seen = new Set<string>();
  const unique = blocks.map((b) => {
    const keys = b.keys.filter((k) => !seen.has(`${b.name} ${k.key}`));
    keys.forEach((k) => seen.add(`${b.name} ${k.key}`));
    return { ...b, keys };
  });
  const text = refused.length > 0 ? oldText : renderKnownHosts(unique, entries);
  return { rows, text, refused };
}
