// access_policy → the addresses dialled, in order, and the names the host key may be pinned under.
import { describe, expect, it } from 'vitest';
import { dialPlan } from '../../src/probes/transport/address-plan.js';

const addresses = { lan: '10.0.0.53', tailscale: '100.64.0.53' };
const names = ['10.0.0.53', '100.64.0.53'];

describe('dialPlan', () => {
  it('lan_first: the LAN address, then Tailscale', () => {
    expect(dialPlan({ host: '10.0.0.53', addresses, accessPolicy: 'lan_first' })).toEqual({
      candidates: [{ plane: 'lan', host: '10.0.0.53' }, { plane: 'tailscale', host: '100.64.0.53' }],
      identityNames: names,
    });
  });

  it('lan_only and tailscale_required: one plane, no fallback', () => {
    expect(dialPlan({ host: '10.0.0.53', addresses, accessPolicy: 'lan_only' }).candidates).toEqual([{ plane: 'lan', host: '10.0.0.53' }]);
    expect(dialPlan({ host: '10.0.0.53', addresses, accessPolicy: 'tailscale_required' }).candidates).toEqual([{ plane: 'tailscale', host: '100.64.0.53' }]);
    // the key is the target's whichever plane is dialled
    expect(dialPlan({ host: '10.0.0.53', addresses, accessPolicy: 'tailscale_required' }).identityNames).toEqual(names);
  });

  it('host stands for the policy\'s plane when that plane declares no address of its own', () => {
    expect(dialPlan({ host: '10.0.0.53', addresses: { tailscale: '100.64.0.53' }, accessPolicy: 'lan_first' }).candidates).toEqual([
      { plane: 'lan', host: '10.0.0.53' },
      { plane: 'tailscale', host: '100.64.0.53' },
    ]);
    expect(dialPlan({ host: '100.64.0.53', accessPolicy: 'tailscale_required' }).candidates).toEqual([{ plane: 'tailscale', host: '100.64.0.53' }]);
    // lan_first with no Tailscale address: nothing to fall back to
    expect(dialPlan({ host: '10.0.0.53', accessPolicy: 'lan_first' }).candidates).toEqual([{ plane: 'lan', host: '10.0.0.53' }]);
  });

  it('without a policy: host alone, its plane named when it is one of the declared addresses', () => {
    expect(dialPlan({ host: '100.64.0.53', addresses }).candidates).toEqual([{ plane: 'tailscale', host: '100.64.0.53' }]);
    expect(dialPlan({ host: '10.0.0.53', addresses }).candidates).toEqual([{ plane: 'lan', host: '10.0.0.53' }]);
    expect(dialPlan({ host: 'pve.example' })).toEqual({ candidates: [{ plane: 'direct', host: 'pve.example' }], identityNames: ['pve.example'] });
  });
});
