// Which forge and which version: Gitea says "1.27.0" (or "1.26.1+dev-12-gabc"), Forgejo says
// "7.0.0+gitea-1.22.0" (its own version, then the Gitea API level it implements).
import { getVersion } from './api.js';
import type { GiteaHttp } from './http.js';

export interface ServerInfo {
  product: 'gitea' | 'forgejo';
  /** the product's own version, e.g. "1.27.0" or "7.0.0" */
  version: string;
  /** the Gitea API level: Gitea's version, or the `+gitea-X` part of Forgejo's */
  giteaVersion: string | undefined;
  raw: string;
}

export function parseServerVersion(raw: string): ServerInfo {
  const text = raw.trim().replace(/^v/, '');
  const compat = /\+gitea-v?(\d+\.\d+(?:\.\d+)?)/i.exec(text);
  const own = /^(\d+\.\d+(?:\.\d+)?)/.exec(text)?.[1] ?? text;
  if (compat || /forgejo/i.test(text)) return { product: 'forgejo', version: own, giteaVersion: compat?.[1], raw };
  return { product: 'gitea', version: own, giteaVersion: own, raw };
}

/** numeric comparison of dotted versions ("1.26" vs "1.26.0" are equal) */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** true when the server implements the Gitea API of at least `min` (unknown → false) */
export function giteaAtLeast(info: ServerInfo | undefined, min: string): boolean {
  return Boolean(info?.giteaVersion && compareVersions(info.giteaVersion, min) >= 0);
}

export async function detectServer(http: GiteaHttp): Promise<ServerInfo> {
  return parseServerVersion((await getVersion(http)).version);
}
