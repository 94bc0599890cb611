// Legacy SSH algorithms a target declares in `ssh_extra_opts` (`-o HostKeyAlgorithms=+ssh-rsa`, …):
// allowed for that target only. Everyone else is offered ssh2's defaults minus SHA-1 `ssh-rsa`
// host key signatures; the ssh-trust gate reports the declarations themselves.
import type { ConnectConfig } from 'ssh2';
import { parseSshOptions } from '../../gates/ssh-trust-options.js';

export interface LegacyAlgorithms {
  serverHostKey: string[];
  kex: string[];
  cipher: string[];
  hmac: string[];
}

/** Legacy algorithms ssh2 supports but does not offer by default, per ssh2 algorithm list. */
const SUPPORTED: Record<keyof LegacyAlgorithms, readonly string[]> = {
  serverHostKey: ['ssh-rsa', 'ssh-dss'],
  kex: ['diffie-hellman-group-exchange-sha1', 'diffie-hellman-group14-sha1', 'diffie-hellman-group1-sha1'],
  cipher: ['aes256-cbc', 'aes192-cbc', 'aes128-cbc', '3des-cbc'],
  hmac: ['hmac-md5', 'hmac-sha1-96', 'hmac-md5-96', 'hmac-ripemd160'],
};

const OPTION: Record<string, keyof LegacyAlgorithms> = {
  hostkeyalgorithms: 'serverHostKey',
  kexalgorithms: 'kex',
  ciphers: 'cipher',
  macs: 'hmac',
};

/** The legacy algorithms enabled by `ssh_extra_opts` (added with `+`/`^` or listed outright; `-` removals ignored). */
export function legacyAlgorithms(extraOpts: string | undefined): LegacyAlgorithms {
  const out: LegacyAlgorithms = { serverHostKey: [], kex: [], cipher: [], hmac: [] };
  for (const o of extraOpts ? parseSshOptions(extraOpts) : []) {
    const list = OPTION[o.key.toLowerCase()];
    if (!list || o.value.startsWith('-')) continue;
    for (const a of o.value.replace(/^[+^]/, '').split(',').map((x) => x.trim())) {
      if (SUPPORTED[list].includes(a) && !out[list].includes(a)) out[list].push(a);
    }
  }
  return out;
}

/** Host key algorithms to request for a pinned key type (the key type of known_hosts). */
const FOR_PINNED: Record<string, string[]> = {
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256'],
  'ssh-dss': [],
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
};

/**
 * ssh2's `algorithms` for one target: host key algorithms of the pinned key types (or the defaults
 * when nothing is pinned), never SHA-1 `ssh-rsa`/`ssh-dss` unless declared; declared legacy kex,
 * ciphers and MACs appended.
 */
export function sshAlgorithms(pinnedKeyTypes: string[], legacy: LegacyAlgorithms): NonNullable<ConnectConfig['algorithms']> {
  type List = NonNullable<ConnectConfig['algorithms']>['serverHostKey'];
  const legacyKey = (type: string): string[] => (legacy.serverHostKey.includes(type) ? [type] : []);
  const serverHostKey =
    pinnedKeyTypes.length > 0
      ? [...new Set(pinnedKeyTypes.flatMap((t) => [...(FOR_PINNED[t] ?? []), ...legacyKey(t)]))]
      : { remove: ['ssh-rsa'].filter((a) => !legacy.serverHostKey.includes(a)), append: legacy.serverHostKey };
  const algorithms: NonNullable<ConnectConfig['algorithms']> = { serverHostKey: serverHostKey as List };
  if (legacy.kex.length > 0) algorithms.kex = { append: legacy.kex } as NonNullable<ConnectConfig['algorithms']>['kex'];
  if (legacy.cipher.length > 0) algorithms.cipher = { append: legacy.cipher } as NonNullable<ConnectConfig['algorithms']>['cipher'];
  if (legacy.hmac.length > 0) algorithms.hmac = { append: legacy.hmac } as NonNullable<ConnectConfig['algorithms']>['hmac'];
  return algorithms;
}
