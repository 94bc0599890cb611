import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { fingerprint, hostKeyName, KnownHosts, resolveKnownHosts } from '../../src/probes/known-hosts.js';
import { type KeyPair, writeKeyPair } from '../support/ssh-keys.js';
import { toolPath } from '../support/tools.js';

/** ssh-keygen, for the cross-checks against OpenSSH's own output (they skip without it) */
const SSH_KEYGEN = toolPath('ssh-keygen');

let dir: string;
let keyA: KeyPair;
let keyB: KeyPair;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'driftgate-kh-'));
  keyA = writeKeyPair(join(dir, 'a'), 'ed25519');
  keyB = writeKeyPair(join(dir, 'b'), 'ecdsa');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fingerprint', () => {
  it.skipIf(!SSH_KEYGEN)('equals what ssh-keygen -l prints', () => {
    const printed = execFileSync(SSH_KEYGEN!, ['-l', '-E', 'sha256', '-f', join(dir, 'a.pub')], { encoding: 'utf8' });
    expect(printed.split(/\s+/)[1]).toBe(fingerprint(keyA.blob));
  });
});

describe('KnownHosts', () => {
  it('matches plain names, [host]:port, comma lists and wildcards with negation', () => {
    const kh = KnownHosts.parse(
      [
        '# pinned by hand',
        `10.0.0.1,gw.lan ${keyA.algo} ${keyA.b64}`,
        `[10.0.0.2]:2222 ${keyB.algo} ${keyB.b64} comment here`,
        `*.shop.lan,!evil.shop.lan ${keyA.algo} ${keyA.b64}`,
      ].join('\n'),
    );
    expect(kh.lookup('10.0.0.1', 22).map((k) => k.fingerprint)).toEqual([fingerprint(keyA.blob)]);
    expect(kh.lookup('gw.lan').length).toBe(1);
    expect(kh.lookup('10.0.0.1', 2222)).toEqual([]);
    expect(kh.lookup('10.0.0.2', 2222)[0]?.algorithm).toBe(keyB.algo);
    expect(kh.lookup('10.0.0.2', 22)).toEqual([]);
    expect(kh.lookup('vm1.shop.lan').length).toBe(1);
    expect(kh.lookup('evil.shop.lan')).toEqual([]);
    expect(kh.verify('10.0.0.1', 22, keyA.blob)).toBe('pinned');
    expect(kh.verify('10.0.0.1', 22, keyB.blob)).toBe('mismatch');
    expect(kh.verify('10.9.9.9', 22, keyA.blob)).toBe('unknown');
    expect(kh.pinnedAlgorithms('10.0.0.2', 2222)).toEqual([keyB.algo]);
  });

  it.skipIf(!SSH_KEYGEN)('matches hashed entries written by ssh-keygen -H', () => {
    const file = join(dir, 'hashed');
    writeFileSync(file, `100.96.211.33 ${keyA.algo} ${keyA.b64}\n[127.0.0.1]:2201 ${keyB.algo} ${keyB.b64}\n`);
    execFileSync(SSH_KEYGEN!, ['-H', '-f', file], { stdio: 'ignore' });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('100.96.211.33');
    expect(text).toMatch(/^\|1\|/m);
    const kh = KnownHosts.load([file]);
    expect(kh.verify('100.96.211.33', 22, keyA.blob)).toBe('pinned');
    expect(kh.verify('127.0.0.1', 2201, keyB.blob)).toBe('pinned');
    expect(kh.verify('127.0.0.1', 2202, keyB.blob)).toBe('unknown');
    expect(kh.verify('100.96.211.34', 22, keyA.blob)).toBe('unknown');
  });

  it('refuses @revoked keys and never pins with @cert-authority lines', () => {
    const kh = KnownHosts.parse(
      [`@revoked * ${keyA.algo} ${keyA.b64}`, `host1 ${keyA.algo} ${keyA.b64}`, `@cert-authority host2 ${keyB.algo} ${keyB.b64}`].join('\n'),
    );
    expect(kh.verify('host1', 22, keyA.blob)).toBe('revoked');
    expect(kh.lookup('host2')).toEqual([]);
    expect(kh.verify('host2', 22, keyB.blob)).toBe('unknown');
  });

  it('names file and line of a malformed entry', () => {
    const bad = () => KnownHosts.parse(`# ok\nhost1 ${keyA.algo}\n`, 'pins/known_hosts');
    expect(bad).toThrow(UserError);
    expect(bad).toThrow(/pins\/known_hosts:2:/);
    expect(() => KnownHosts.parse(`host1 ssh-ed25519 ${keyB.b64}\n`, 'kh')).toThrow(/kh:1: the ssh-ed25519 key/);
    expect(() => KnownHosts.load([join(dir, 'missing')])).toThrow(/cannot read known_hosts file .*missing: ENOENT/);
  });

  it('hostKeyName follows OpenSSH', () => {
    expect(hostKeyName('h', 22)).toBe('h');
    expect(hostKeyName('h', 2222)).toBe('[h]:2222');
  });

  it('resolves the flag, else DRIFTGATE_KNOWN_HOSTS as a path or as text', () => {
    const file = join(dir, 'plain');
    writeFileSync(file, `h1 ${keyA.algo} ${keyA.b64}\n`);
    expect(resolveKnownHosts('plain', undefined, {}, dir).size).toBe(1);
    expect(resolveKnownHosts(undefined, undefined, { DRIFTGATE_KNOWN_HOSTS: file }, '/').size).toBe(1);
    const inline = resolveKnownHosts(undefined, undefined, { DRIFTGATE_KNOWN_HOSTS: `h2 ${keyB.algo} ${keyB.b64}` }, '/');
    expect(inline.verify('h2', 22, keyB.blob)).toBe('pinned');
    expect(resolveKnownHosts(undefined, undefined, {}, '/').size).toBe(0);
  });
});
