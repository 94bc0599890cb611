// SSH key pairs for tests that need keys but not ssh-keygen itself: written by ssh2 in the
// OpenSSH formats ssh-keygen writes (private key 0600 at `path`, public key at `path.pub`), so
// those tests run on a machine without openssh-client. Tests that cross-check ssh-keygen's own
// output use toolPath('ssh-keygen') and skip without it.
import { writeFileSync } from 'node:fs';
import ssh2 from 'ssh2';

export interface KeyPair {
  /** `ssh-ed25519`, `ecdsa-sha2-nistp256`, ... */
  algo: string;
  /** base64 of the public key blob */
  b64: string;
  blob: Buffer;
  privateKey: string;
}

/** Writes a new key pair to `path` and `path.pub`; with `passphrase`, the private key is encrypted. */
export function writeKeyPair(path: string, type: 'ed25519' | 'ecdsa' = 'ed25519', passphrase?: string): KeyPair {
  const opts = { ...(type === 'ecdsa' ? { bits: 256 } : {}), ...(passphrase ? { passphrase, cipher: 'aes256-ctr', rounds: 16 } : {}), comment: 'driftgate-test' };
  const pair = ssh2.utils.generateKeyPairSync(type, opts);
  writeFileSync(path, pair.private, { mode: 0o600 });
  writeFileSync(`${path}.pub`, `${pair.public}\n`);
  const [algo = '', b64 = ''] = pair.public.trim().split(/\s+/);
  return { algo, b64, blob: Buffer.from(b64, 'base64'), privateKey: pair.private };
}
