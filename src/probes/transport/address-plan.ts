// Address planes: which addresses of an ssh target are dialled, in which order, and under which
// names its host key may be pinned. `lan_first` dials the LAN address and falls back to Tailscale;
// the host key is verified against the declared identity whichever address was used.
import type { SshTarget } from '../../bindings/types.js';

export type Plane = 'lan' | 'tailscale' | 'direct';

export interface DialCandidate {
  plane: Plane;
  /** the declared address of this plane */
  host: string;
}

export interface DialPlan {
  /** addresses in dial order; a later one is tried only when an earlier one is unreachable */
  candidates: DialCandidate[];
  /** every declared name of the target (host, LAN, Tailscale): known_hosts entries of any of them pin its key */
  identityNames: string[];
}

/** The dial plan of a target from `host`, its address planes and `access_policy`. */
export function dialPlan(t: Pick<SshTarget, 'host' | 'addresses' | 'accessPolicy'>): DialPlan {
  const policy = t.accessPolicy;
  const lan = t.addresses?.lan ?? (policy === 'lan_first' || policy === 'lan_only' ? t.host : undefined);
  const tailscale = t.addresses?.tailscale ?? (policy === 'tailscale_required' ? t.host : undefined);
  const identityNames = [...new Set([t.host, lan, tailscale].filter((n): n is string => n !== undefined))];
  const on = (plane: Plane, host: string | undefined): DialCandidate[] => (host === undefined ? [] : [{ plane, host }]);
  switch (policy) {
    case 'lan_first':
      return { candidates: [...on('lan', lan), ...on('tailscale', tailscale)], identityNames };
    case 'lan_only':
      return { candidates: on('lan', lan), identityNames };
    case 'tailscale_required':
      return { candidates: on('tailscale', tailscale), identityNames };
    default: {
      const plane: Plane = t.host === t.addresses?.lan ? 'lan' : t.host === t.addresses?.tailscale ? 'tailscale' : 'direct';
      return { candidates: [{ plane, host: t.host }], identityNames };
    }
  }
}
