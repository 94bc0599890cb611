// An upstream as Caddy dials it: `http://127.0.0.1:9000`, `localhost:9000` and `to 127.0.0.1:9000`
// all become "127.0.0.1:9000"-style host:port (default port 80, 443 for https://).
import { expandEnv } from './placeholders.js';

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', h2c: '80', '': '80' };

/** The host:port Caddy would dial for an upstream token, lower-cased; undefined when unparseable. */
export function upstreamDial(text: string, env: Readonly<Record<string, string | undefined>> = {}): string | undefined {
  const value = expandEnv(text, env).trim();
  if (value === '') return undefined;
  if (value.startsWith('unix/')) return value;
  const scheme = /^([a-z0-9+.-]+):\/\//i.exec(value);
  const schemeName = scheme?.[1]?.toLowerCase() ?? '';
  if (!(schemeName in DEFAULT_PORTS)) return undefined;
  let rest = scheme ? value.slice(scheme[0].length) : value;
  rest = rest.replace(/[/?#].*$/, '');
  if (rest === '') return undefined;
  let host: string;
  let port: string | undefined;
  const v6 = /^(\[[^\]]+\])(?::(.*))?$/.exec(rest);
  if (v6) {
    host = v6[1] as string;
    port = v6[2];
  } else {
    const colon = rest.lastIndexOf(':');
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    port = colon >= 0 ? rest.slice(colon + 1) : undefined;
  }
  if (host === '') return undefined;
  return `${host.toLowerCase()}:${port === undefined || port === '' ? DEFAULT_PORTS[schemeName] : port}`;
}
