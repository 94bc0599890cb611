// Key pairs for the lab: Ed25519 host keys and the client identity, RSA for legacy devices.
import ssh2 from 'ssh2';

const { utils } = ssh2;

export interface KeyPair {
  /** OpenSSH private key */
  private: string;
  /** `ssh-ed25519 AAAA… comment` */
  public: string;
}

/**
 * A fresh Ed25519 key pair that ssh2 can parse back. ssh2's generator occasionally (about 3 in 1000)
 * emits a private key its own parser rejects as malformed, so each pair is checked and regenerated.
 */
export function generateEd25519(comment = 'driftgate-lab'): KeyPair {
  for (let attempt = 0; attempt < 20; attempt++) {
    const pair = utils.generateKeyPairSync('ed25519', { comment });
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair;
  }
  throw new Error('could not generate a parseable Ed25519 key');
}

/** An RSA key pair (a legacy device that offers only SHA-1 `ssh-rsa` signatures). */
export function generateRsa(comment = 'driftgate-lab'): KeyPair {
  for (let attempt = 0; attempt < 20; attempt++) {
    const pair = utils.generateKeyPairSync('rsa', { bits: 2048, comment });
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair;
  }
  throw new Error('could not generate a parseable RSA key');
}
