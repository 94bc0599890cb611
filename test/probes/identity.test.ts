import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveIdentity } from '../../src/probes/identity.js';
import { writeKeyPair } from '../support/ssh-keys.js';

const dir = mkdtempSync(join(tmpdir(), 'driftgate-id-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// OpenSSH-format keys (as ssh-keygen writes them), one of them encrypted
writeKeyPair(join(dir, 'plain'));
writeKeyPair(join(dir, 'locked'), 'ed25519', 'secret-pass');
const plain = readFileSync(join(dir, 'plain'), 'utf8');

describe('resolveIdentity', () => {
  it('reads --identity relative to cwd, and DRIFTGATE_SSH_KEY as text or as a path', () => {
    expect(resolveIdentity('plain', {}, dir)).toBe(plain);
    expect(resolveIdentity(undefined, { DRIFTGATE_SSH_KEY: plain }, '/')).toBe(plain);
    expect(resolveIdentity(undefined, { DRIFTGATE_SSH_KEY: plain.replace(/\n/g, '\\n').trimEnd() }, '/')?.trim()).toBe(plain.trim());
    expect(resolveIdentity(undefined, { DRIFTGATE_SSH_KEY: join(dir, 'plain') }, '/')).toBe(plain);
    expect(resolveIdentity(undefined, {}, '/')).toBeUndefined();
  });

  it('rejects a public key passed as the identity, naming the private key file', () => {
    expect(() => resolveIdentity('plain.pub', {}, dir)).toThrow('cannot use the SSH identity from plain.pub: it is a public key; pass the private key (use plain, without .pub)');
    expect(() => resolveIdentity(undefined, { DRIFTGATE_SSH_KEY: join(dir, 'plain.pub') }, '/')).toThrow(/from DRIFTGATE_SSH_KEY: it is a public key; pass the private key$/);
  });

  it('the flag wins over the environment', () => {
    expect(resolveIdentity(join(dir, 'plain'), { DRIFTGATE_SSH_KEY: 'garbage' }, '/')).toBe(plain);
  });

  it('rejects encrypted, malformed and missing keys without echoing them', () => {
    expect(() => resolveIdentity(join(dir, 'locked'), {}, '/')).toThrow(/is encrypted/);
    const bad = '-----BEGIN OPENSSH PRIVATE KEY-----\nc2VjcmV0\n-----END OPENSSH PRIVATE KEY-----\n';
    try {
      resolveIdentity(undefined, { DRIFTGATE_SSH_KEY: bad }, '/');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/cannot use the SSH identity from DRIFTGATE_SSH_KEY/);
      expect((error as Error).message).not.toContain('c2VjcmV0');
    }
    expect(() => resolveIdentity('nope', {}, dir)).toThrow(/cannot read SSH identity file nope: ENOENT/);
  });

  it('never echoes DRIFTGATE_SSH_KEY when it is key text in another format (read as a path, not found)', () => {
    const body = plain.split('\n').slice(1, -2).join('');
    for (const value of [body, `PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\n${body}`]) {
      try {
        resolveIdentity(undefined, { DRIFTGATE_SSH_KEY: value }, dir);
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).toMatch(/cannot read SSH identity from DRIFTGATE_SSH_KEY \(neither a private key .* nor the path of a readable file\): E/);
        expect((error as Error).message).not.toContain(body.slice(0, 24));
      }
    }
  });
});
