// --connect-map: redirect SSH and HTTP transport without touching the declared state (curl --connect-to).
// {"ssh": {"<ssh target id>": {"host": "127.0.0.1", "port": 2201}}, "http": {"http://a:8080": "http://127.0.0.1:18080"}}
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { redact } from './classify.js';

export interface ConnectMap {
  ssh: Record<string, { host: string; port: number }>;
  /** declared URL prefix (scheme://host[:port]) → replacement origin */
  http: Record<string, string>;
}

export function emptyConnectMap(): ConnectMap {
  return { ssh: {}, http: {} };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a parsed connect map; problems name the file and the key. */
export function parseConnectMap(data: unknown, file = 'connect map'): ConnectMap {
  const bad = (what: string): never => {
    throw new UserError(`${file}: invalid connect map: ${redact(what)}`, EXIT_ERROR);
  };
  if (!isRecord(data)) return bad('the top level must be an object with "ssh" and/or "http"');
  const map = emptyConnectMap();
  for (const key of Object.keys(data)) {
    if (key !== 'ssh' && key !== 'http') bad(`unknown key "${key}" (allowed: ssh, http)`);
  }
  const ssh = data.ssh ?? {};
  if (!isRecord(ssh)) return bad('"ssh" must be an object keyed by ssh target id');
  for (const [id, value] of Object.entries(ssh)) {
    if (!isRecord(value)) return bad(`ssh."${id}" must be {"host": ..., "port": ...}`);
    const { host, port } = value;
    if (typeof host !== 'string' || host.length === 0) return bad(`ssh."${id}".host must be a non-empty string`);
    const p = port === undefined ? 22 : port;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 65535) return bad(`ssh."${id}".port must be an integer 1-65535`);
    map.ssh[id] = { host, port: p };
  }
  const http = data.http ?? {};
  if (!isRecord(http)) return bad('"http" must be an object mapping a declared URL prefix to a URL');
  for (const [from, to] of Object.entries(http)) {
    if (!/^https?:\/\/[^/\s]+/i.test(from)) return bad(`http key "${from}" must start with http:// or https:// and a host`);
    if (typeof to !== 'string' || !/^https?:\/\/[^/\s]+/i.test(to)) return bad(`http."${from}" must be an http(s) URL`);
    map.http[from.replace(/\/+$/, '')] = to.replace(/\/+$/, '');
  }
  return map;
}

/** Reads a connect map file (JSON); unreadable or invalid → UserError exit 2 naming the file. */
export function loadConnectMap(file: string): ConnectMap {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read connect map ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, EXIT_ERROR);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    const pos = m ? Number(m[1]) : undefined;
    const line = pos === undefined ? undefined : text.slice(0, pos).split('\n').length;
    throw new UserError(`${file}${line ? `:${line}` : ''}: connect map is not valid JSON`, EXIT_ERROR);
  }
  return parseConnectMap(data, file);
}

/** Rewrites a declared URL through the map (longest matching prefix on a boundary); undefined when unmapped. */
export function mapHttpUrl(map: ConnectMap | undefined, url: string): string | undefined {
  if (!map) return undefined;
  let best: string | undefined;
  for (const from of Object.keys(map.http)) {
    if (!url.toLowerCase().startsWith(from.toLowerCase())) continue;
    const next = url.charAt(from.length);
    if (next !== '' && next !== '/' && next !== '?' && next !== '#') continue;
    if (!best || from.length > best.length) best = from;
  }
  return best === undefined ? undefined : `${map.http[best]}${url.slice(best.length)}`;
}
