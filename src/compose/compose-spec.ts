// What driftgate keeps of a compose file: per service its image, ports, mounts, the KEYS of its
// environment (never a value: values are dropped here, before anything is stored, logged or
// reported) and whether it declares a healthcheck. One summary for the deployed file (read on the
// host) and the staged copy in the spine, so the two compare field by field.
import type { ParseResult } from '../probes/classify-output.js';

export type HealthcheckState = 'declared' | 'none' | 'disabled';

export interface ComposeServiceSpec {
  /** the compose service key */
  name: string;
  containerName?: string;
  /** as written, `${VAR}` interpolations kept */
  image?: string;
  /** `[ip:]published:target[/protocol]`, or the target alone for an unpublished port; sorted */
  ports: string[];
  /** `source:target[:ro]`; an anonymous volume is its target alone; sorted */
  mounts: string[];
  /** names of the environment variables (values never kept); sorted */
  envKeys: string[];
  healthcheck: HealthcheckState;
}

export interface ComposeSpec {
  services: ComposeServiceSpec[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const scalar = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

function port(p: unknown): string | undefined {
  const short = scalar(p);
  if (short !== undefined) return short;
  if (!isObj(p)) return undefined;
  const target = scalar(p.target);
  if (target === undefined) return undefined;
  const published = scalar(p.published);
  const ip = scalar(p.host_ip);
  const proto = scalar(p.protocol);
  const head = published !== undefined ? `${ip !== undefined ? `${ip}:` : ''}${published}:` : '';
  return `${head}${target}${proto !== undefined && proto !== 'tcp' ? `/${proto}` : ''}`;
}

function mount(v: unknown): string | undefined {
  const short = scalar(v);
  if (short !== undefined) return short;
  if (!isObj(v)) return undefined;
  const target = scalar(v.target);
  if (target === undefined) return undefined;
  const source = scalar(v.source);
  const ro = v.read_only === true ? ':ro' : '';
  return source !== undefined && source !== '' ? `${source}:${target}${ro}` : `${target}${ro}`;
}

/** Keys of `environment:` (a map, or a list of `KEY=value` / `KEY`); values are never read out. */
function envKeys(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((e) => scalar(e)?.split('=')[0]?.trim()).filter((k): k is string => k !== undefined && k !== '');
  if (isObj(v)) return Object.keys(v);
  return [];
}

function healthcheck(v: unknown): HealthcheckState {
  if (!isObj(v)) return 'none';
  if (v.disable === true) return 'disabled';
  const test = v.test;
  if (Array.isArray(test) && test[0] === 'NONE') return 'disabled';
  return 'declared';
}

const sorted = (list: Array<string | undefined>): string[] => [...new Set(list.filter((x): x is string => x !== undefined))].sort();

/** The summary of a parsed compose document (plain data); an error when it has no `services` map. */
export function summarizeCompose(data: unknown): ParseResult<ComposeSpec> {
  if (!isObj(data) || !isObj(data.services)) return { ok: false, error: 'the compose file has no "services" map' };
  const services: ComposeServiceSpec[] = [];
  for (const [name, raw] of Object.entries(data.services)) {
    const s = isObj(raw) ? raw : {};
    const spec: ComposeServiceSpec = {
      name,
      ports: sorted((Array.isArray(s.ports) ? s.ports : []).map(port)),
      mounts: sorted((Array.isArray(s.volumes) ? s.volumes : []).map(mount)),
      envKeys: sorted(envKeys(s.environment)),
      healthcheck: healthcheck(s.healthcheck),
    };
    const image = scalar(s.image);
    if (image !== undefined) spec.image = image;
    const containerName = scalar(s.container_name);
    if (containerName !== undefined) spec.containerName = containerName;
    services.push(spec);
  }
  return { ok: true, value: { services } };
}

/** The source of a mount, when it has one: `./data:/data` → `./data`; an anonymous volume → undefined. */
export function mountSource(m: string): string | undefined {
  const parts = m.split(':');
  return parts.length >= 2 && parts[0] !== '' ? parts[0] : undefined;
}

/** A mount whose source is a path (a bind mount): absolute, `./…`, `../…` or `~/…`. */
export function isBindSource(source: string): boolean {
  return source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
}
