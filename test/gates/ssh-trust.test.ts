import { describe, expect, it } from 'vitest';
import { judgeOption, parseSshOptions } from '../../src/gates/ssh-trust-options.js';

describe('parseSshOptions', () => {
  it('reads -o Key=Value, -oKey=Value and quoted "Key Value" forms, ignoring other flags', () => {
    expect(parseSshOptions(`-p 2222 -o HostKeyAlgorithms=+ssh-rsa -oStrictHostKeyChecking=no -o "Ciphers aes128-cbc" -o 'MACs=hmac-md5' -v`)).toEqual([
      { key: 'HostKeyAlgorithms', value: '+ssh-rsa' },
      { key: 'StrictHostKeyChecking', value: 'no' },
      { key: 'Ciphers', value: 'aes128-cbc' },
      { key: 'MACs', value: 'hmac-md5' },
    ]);
  });
});

describe('judgeOption', () => {
  const kinds = (key: string, value: unknown): string[] => judgeOption(key, value).map((i) => `${i.severity}:${i.kind}${i.algorithm ? `:${i.algorithm}` : ''}`);
  it('flags disabled or first-use host-key checking, case-insensitively, YAML booleans included', () => {
    expect(kinds('stricthostkeychecking', 'NO')).toEqual(['error:host-key-checking-disabled']);
    expect(kinds('StrictHostKeyChecking', false)).toEqual(['error:host-key-checking-disabled']);
    expect(kinds('StrictHostKeyChecking', 'accept-new')).toEqual(['warning:host-key-tofu']);
    expect(kinds('StrictHostKeyChecking', 'yes')).toEqual([]);
  });
  it('reads "off" and "false" as "no", as OpenSSH does (an ssh_extra_opts string is text, not a YAML boolean)', () => {
    expect(parseSshOptions('-o StrictHostKeyChecking=false').flatMap((o) => kinds(o.key, o.value))).toEqual(['error:host-key-checking-disabled']);
    expect(kinds('StrictHostKeyChecking', 'off')).toEqual(['error:host-key-checking-disabled']);
    expect(kinds('StrictHostKeyChecking', 'ask')).toEqual([]);
  });
  it('flags known hosts thrown away', () => {
    expect(kinds('UserKnownHostsFile', '/dev/null')).toEqual(['error:known-hosts-discarded']);
    expect(kinds('UserKnownHostsFile', '~/.ssh/known_hosts /dev/null')).toEqual([]);
  });
  it('flags each legacy algorithm added or listed, not removals or modern ones', () => {
    expect(kinds('HostKeyAlgorithms', '+ssh-rsa,ssh-dss-cert-v01@openssh.com')).toEqual([
      'warning:legacy-algorithm:ssh-rsa',
      'warning:legacy-algorithm:ssh-dss-cert-v01@openssh.com',
    ]);
    expect(kinds('PubkeyAcceptedKeyTypes', 'rsa-sha2-512,ssh-ed25519')).toEqual([]);
    expect(kinds('HostKeyAlgorithms', '-ssh-rsa')).toEqual([]);
    expect(kinds('KexAlgorithms', '^diffie-hellman-group14-sha1')).toEqual(['warning:legacy-algorithm:diffie-hellman-group14-sha1']);
    expect(kinds('MACs', 'hmac-sha2-256,hmac-sha1-96')).toEqual(['warning:legacy-algorithm:hmac-sha1-96']);
    expect(kinds('ConnectTimeout', '5')).toEqual([]);
  });
});
