import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, findPlaceholders, isPlaceholder, sub } from '../../src/gates/gate-helpers.js';

describe('gate helpers', () => {
  it('suggests close names, including prefix and suffix matches, and nothing far away', () => {
    expect(closestName('app-hots', ['app-host', 'edge'])).toBe('app-host');
    expect(closestName('immich', ['immich-server', 'grafana'])).toBe('immich-server');
    expect(closestName('vm-206-primary', ['vm-206-dev-tools-primary', 'app-gitea'])).toBeUndefined();
    expect(didYouMean('pve2', ['pve', 'nas'])).toBe('; did you mean "pve"?');
    expect(didYouMean('zzz', ['pve'])).toBe('');
  });

  it('recognises placeholders, not words that merely contain them', () => {
    for (const v of ['TBD', 'PENDING', 'PENDING_SSH_USER', ' TODO ', 'CHANGEME']) expect(isPlaceholder(v), v).toBe(true);
    for (const v of ['tbd-service', 'Pending review', 'TBD later', 42, null]) expect(isPlaceholder(v), String(v)).toBe(false);
    expect(findPlaceholders({ a: 'x', b: ['ok', 'TBD'], c: { d: 'PENDING_IP' } })).toEqual([
      { path: ['b', 1], value: 'TBD' },
      { path: ['c', 'd'], value: 'PENDING_IP' },
    ]);
  });

  it('builds escaped sub-pointers', () => {
    expect(sub({ file: 'f.yaml', pointer: '/targets/a' }, 'stacks', 0, 'x/y~z')).toEqual({ file: 'f.yaml', pointer: '/targets/a/stacks/0/x~1y~0z' });
  });
});
