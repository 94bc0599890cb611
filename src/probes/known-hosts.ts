// OpenSSH known_hosts: plain (`host`, `[host]:port`, comma lists, `*`/`?` wildcards, `!` negation)
// and hashed (`|1|salt|hash`, HMAC-SHA1) entries; `@revoked` keys are refused; `@cert-authority`
// lines are kept but never pin a host key (driftgate does not verify host certificates).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';

export interface KnownHostKey {
  /** key type as written in the file (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa, ...) */
  algorithm: string;
  /** the public key blob (base64-decoded) */
  blob: Buffer;
  fingerprint: string;
  marker?: 'revoked' | 'cert-authority';
  file: string;
  line: number;
}

interface Entry extends KnownHostKey {
  matches: (name: string) => boolean;
}

export type HostKeyVerdict = 'pinned' | 'mismatch' | 'unknown' | 'revoked';

/** `SHA256:<base64 without padding>` of a key blob, as `ssh-keygen -l` prints it. */
export function fingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** The key type encoded at the start of an SSH public key blob. */
export function blobAlgorithm(blob: Buffer): string {
  if (blob.length < 4) return 'unknown';
  const len = blob.readUInt32BE(0);
  if (len <= 0 || len > 64 || 4 + len > blob.length) return 'unknown';
  return blob.subarray(4, 4 + len).toString('latin1');
}

/** The name a host has in known_hosts: `host` on port 22, `[host]:port` otherwise. */
export function hostKeyName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

function hashedMatcher(field: string): ((name: string) => boolean) | undefined {
  const parts = field.split('|'); // ['', '1', salt, hash]
  if (parts.length !== 4 || parts[1] !== '1' || !parts[2] || !parts[3]) return undefined;
  const salt = Buffer.from(parts[2], 'base64');
  const want = Buffer.from(parts[3], 'base64');
  if (want.length !== 20) return undefined;
  return (name) => {
    const got = createHmac('sha1', salt).update(name).digest();
    return timingSafeEqual(got, want);
  };
}

function patternMatcher(field: string): (name: string) => boolean {
  const positive: RegExp[] = [];
  const negative: RegExp[] = [];
  for (const raw of field.split(',')) {
    if (!raw) continue;
    if (raw.startsWith('!')) negative.push(globToRegExp(raw.slice(1)));
    else positive.push(globToRegExp(raw));
  }
  return (name) => !negative.some((re) => re.test(name)) && positive.some((re) => re.test(name));
}

export class KnownHosts {
  private constructor(private readonly entries: Entry[]) {}

  static empty(): KnownHosts {
    return new KnownHosts([]);
  }

  /** Parses known_hosts text. Malformed lines are a UserError naming file:line (exit 2). */
  static parse(text: string, file = 'known_hosts'): KnownHosts {
    const entries: Entry[] = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
      const line = rawLine.trim();
      if (!line || line.startsWith('#')) return;
      const fields = line.split(/\s+/);
      let marker: KnownHostKey['marker'];
      if (fields[0]?.startsWith('@')) {
        const m = fields.shift();
        if (m === '@revoked') marker = 'revoked';
        else if (m === '@cert-authority') marker = 'cert-authority';
        else throw new UserError(`${file}:${index + 1}: unknown marker "${m}" in known_hosts`, EXIT_ERROR);
      }
      const [hosts, algorithm, key] = fields;
      if (!hosts || !algorithm || !key) {
        throw new UserError(`${file}:${index + 1}: malformed known_hosts line (want "host keytype base64key")`, EXIT_ERROR);
      }
      const blob = Buffer.from(key, 'base64');
      if (blob.length === 0 || blobAlgorithm(blob) !== algorithm) {
        throw new UserError(`${file}:${index + 1}: the ${algorithm} key in known_hosts is not valid base64 of that key type`, EXIT_ERROR);
      }
      let matches: (name: string) => boolean;
      if (hosts.startsWith('|')) {
        const hashed = hashedMatcher(hosts);
        if (!hashed) throw new UserError(`${file}:${index + 1}: malformed hashed host "${hosts.slice(0, 12)}..."`, EXIT_ERROR);
        matches = hashed;
      } else {
        matches = patternMatcher(hosts);
      }
      const entry: Entry = { algorithm, blob, fingerprint: fingerprint(blob), file, line: index + 1, matches };
      if (marker) entry.marker = marker;
      entries.push(entry);
    });
    return new KnownHosts(entries);
  }

  /** Reads and merges known_hosts files; an unreadable file is a UserError (exit 2). */
  static load(files: string[]): KnownHosts {
    const all: Entry[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        throw new UserError(`cannot read known_hosts file ${file}: ${code}`, EXIT_ERROR);
      }
      all.push(...KnownHosts.parse(text, file).entries);
    }
    return new KnownHosts(all);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Host keys pinned for `host` on `port` (revoked keys and CA lines excluded). Several names (the
   * declared host and its LAN and Tailscale addresses) are one identity: an entry for any of them pins it.
   */
  lookup(host: string | string[], port = 22): KnownHostKey[] {
    return this.pinnedEntries(host, port).map(strip);
  }

  /** Key algorithms pinned for the host, in file order, for ssh2's `serverHostKey` preference. */
  pinnedAlgorithms(host: string | string[], port = 22): string[] {
    return [...new Set(this.lookup(host, port).map((k) => k.algorithm))];
  }

  /** Verdict on the key blob a server presented for the declared host (or names of one identity) and port. */
  verify(host: string | string[], port: number, blob: Buffer): HostKeyVerdict {
    if (this.entries.some((e) => e.marker === 'revoked' && e.blob.equals(blob))) return 'revoked';
    const pinned = this.pinnedEntries(host, port);
    if (pinned.length === 0) return 'unknown';
    return pinned.some((e) => e.blob.equals(blob)) ? 'pinned' : 'mismatch';
  }

  private pinnedEntries(host: string | string[], port: number): Entry[] {
    const names = (Array.isArray(host) ? host : [host]).map((h) => hostKeyName(h, port));
    return this.entries.filter((e) => !e.marker && names.some((n) => e.matches(n)));
  }
}

function strip(e: Entry): KnownHostKey {
  const { matches: _matches, ...key } = e;
  return key;
}

/**
 * The pinned keys of a run: `--known-hosts FILE`, else the config's file, else DRIFTGATE_KNOWN_HOSTS
 * (a path, several joined with ':', or the known_hosts text itself). None → empty (no connection
 * without trust-on-first-use).
 */
export function resolveKnownHosts(
  flag: string | undefined,
  configFile: string | undefined,
  env: Record<string, string | undefined>,
  cwd: string,
): KnownHosts {
  const abs = (p: string): string => (p.startsWith('/') ? p : `${cwd.replace(/\/+$/, '')}/${p}`);
  if (flag) return KnownHosts.load([abs(flag)]);
  if (configFile) return KnownHosts.load([abs(configFile)]);
  const value = env.DRIFTGATE_KNOWN_HOSTS?.trim();
  if (!value) return KnownHosts.empty();
  if (/\s/.test(value)) return KnownHosts.parse(value, 'DRIFTGATE_KNOWN_HOSTS');
  return KnownHosts.load(value.split(':').filter(Boolean).map(abs));
}
