// Container listings → ContainerObservation: docker inspect objects (the host batch's one docker
// call, or plain `docker inspect`), `docker compose ps --format json` objects (JSON array of
// Compose ≤ 2.20 or one object per line of 2.21+) and `docker ps --format '{{json .}}'` lines.
// Unparseable output is a parse-error, never a pass.
import type { ParseResult } from './classify-output.js';
import type { ContainerObservation } from './types.js';

type Raw = Record<string, unknown>;

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return undefined;
}

function isObj(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Labels as an object (inspect) or a `k=v,k=v` string (compose ps, docker ps). */
function labelsOf(v: unknown): Record<string, string> {
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, str(x)]));
  const out: Record<string, string> = {};
  if (typeof v === 'string') {
    for (const part of v.split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
    }
  }
  return out;
}

type Publisher = ContainerObservation['publishers'][number];

function publisher(url: unknown, target: unknown, published: unknown, protocol: unknown): Publisher {
  const out: Publisher = {};
  if (typeof url === 'string' && url) out.url = url;
  const t = num(target);
  const p = num(published);
  if (t !== undefined) out.targetPort = t;
  if (p !== undefined) out.publishedPort = p;
  if (typeof protocol === 'string' && protocol) out.protocol = protocol;
  return out;
}

/** Publishers of compose ps, inspect's `Ports` map (`{"80/tcp": [{"HostIp","HostPort"}]}`) or docker ps's `Ports` text. */
function publishers(v: unknown): Publisher[] {
  if (Array.isArray(v)) return v.filter(isObj).map((p) => publisher(p.URL, p.TargetPort, p.PublishedPort, p.Protocol));
  if (isObj(v)) {
    return Object.entries(v).flatMap(([key, binds]) => {
      const [port, proto] = key.split('/');
      if (!Array.isArray(binds) || binds.length === 0) return [publisher(undefined, port, 0, proto)];
      return binds.filter(isObj).map((b) => publisher(b.HostIp, port, b.HostPort, proto));
    });
  }
  if (typeof v === 'string' && v.trim()) {
    return v.split(',').map((p) => {
      const m = /^\s*(?:(.*):(\d+)->)?(\d+)(?:-\d+)?\/(\w+)\s*$/.exec(p);
      return m ? publisher(m[1], m[3], m[2] ?? 0, m[4]) : {};
    });
  }
  return [];
}

/** A real timestamp (docker writes 0001-01-01T00:00:00Z for "never"). */
function time(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v || v.startsWith('0001-')) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Docker's own duration words (`Up 3 hours`, `Exited (1) 2 minutes ago`). */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (s < 1) return 'Less than a second';
  if (s < 60) return plural(s, 'second');
  const m = Math.floor(s / 60);
  if (m === 1) return 'About a minute';
  if (m < 60) return plural(m, 'minute');
  const h = Math.floor(ms / 3_600_000 + 0.5);
  if (h === 1) return 'About an hour';
  if (h < 48) return plural(h, 'hour');
  if (h < 24 * 7 * 2) return plural(Math.floor(h / 24), 'day');
  if (h < 24 * 30 * 2) return plural(Math.floor(h / 24 / 7), 'week');
  if (h < 24 * 365 * 2) return plural(Math.floor(h / 24 / 30), 'month');
  return plural(Math.floor(h / 24 / 365), 'year');
}

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The least uptime Docker's status text allows (docker/go-units HumanDuration rounds hours to the
 * nearest and counts days, weeks and months in those rounded hours): "Up 20 seconds" → 20 s,
 * "Up About an hour" → 60 min, "Up 3 hours" → 2.5 h, "Up 2 days" → 47.5 h. Undefined for anything else.
 */
export function statusUptimeMs(status: string): number | undefined {
  // the duration right after "Up"; what follows ("(healthy)", "(Paused)") does not change it
  const m = /^Up\s+(?:(less than a second)|(about a minute)|(about an hour)|(\d+)\s+(second|minute|hour|day|week|month|year)s?)(?:\s|$)/i.exec(status.trim());
  if (!m) return undefined;
  if (m[1]) return 0;
  if (m[2]) return MINUTE_MS;
  if (m[3]) return HOUR_MS;
  const k = Number(m[4]);
  switch (m[5]?.toLowerCase()) {
    case 'second':
      return k * SECOND_MS;
    case 'minute':
      return k * MINUTE_MS;
    case 'hour':
      return Math.max(0, k - 0.5) * HOUR_MS;
    case 'day':
      return k * DAY_MS - HOUR_MS / 2;
    case 'week':
      return k * 7 * DAY_MS - HOUR_MS / 2;
    case 'month':
      return k * 30 * DAY_MS - HOUR_MS / 2;
    default:
      return k * 365 * DAY_MS;
  }
}

/** The Status text `docker ps` would print, from exact state and timestamps. */
export function statusText(c: Pick<ContainerObservation, 'state' | 'health' | 'exitCode' | 'startedAt' | 'finishedAt'>, now: Date): string {
  const since = (t: string | undefined): string => humanDuration(Math.max(0, now.getTime() - (t ? Date.parse(t) : now.getTime())));
  const health = c.health === 'starting' ? ' (health: starting)' : c.health ? ` (${c.health})` : '';
  switch (c.state) {
    case 'running':
      return `Up ${since(c.startedAt)}${health}`;
    case 'paused':
      return `Up ${since(c.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.exitCode}) ${since(c.finishedAt)} ago`;
    case 'exited':
      return c.finishedAt ? `Exited (${c.exitCode}) ${since(c.finishedAt)} ago` : `Exited (${c.exitCode})`;
    case 'created':
      return 'Created';
    case 'dead':
      return 'Dead';
    default:
      return c.state;
  }
}

function container(raw: unknown, where: string, now: Date): ContainerObservation | undefined {
  if (!isObj(raw)) throw new Error(`${where}: not a JSON object`);
  const name = str(raw.Name ?? raw.Names).replace(/^\//, '').split(',')[0] ?? '';
  const state = isObj(raw.State) ? raw.State : undefined;
  const config = isObj(raw.Config) ? raw.Config : undefined;
  const stateName = state ? str(state.Status) : str(raw.State);
  if (!name || !stateName) throw new Error(`${where}: missing Name or State`);
  const labels = labelsOf(config?.Labels ?? raw.Labels);
  if (labels['com.docker.compose.oneoff']?.toLowerCase() === 'true') return undefined; // `compose run` leftovers
  const health = state ? (isObj(state.Health) ? str(state.Health.Status) : '') : str(raw.Health);
  const c: ContainerObservation = {
    name,
    service: str(raw.Service) || (labels['com.docker.compose.service'] ?? ''),
    project: str(raw.Project) || (labels['com.docker.compose.project'] ?? ''),
    state: stateName.toLowerCase(),
    status: str(raw.Status),
    health: health.toLowerCase(),
    exitCode: num(state ? state.ExitCode : raw.ExitCode) ?? 0,
    publishers: publishers(raw.Publishers ?? (isObj(raw.NetworkSettings) ? raw.NetworkSettings.Ports : undefined) ?? raw.Ports),
  };
  const startedAt = time(state?.StartedAt);
  const finishedAt = time(state?.FinishedAt);
  if (startedAt) c.startedAt = startedAt;
  if (finishedAt) c.finishedAt = finishedAt;
  const restarts = num(raw.RestartCount);
  if (restarts !== undefined) c.restartCount = restarts;
  if (state && typeof state.OOMKilled === 'boolean') c.oomKilled = state.OOMKilled;
  const dir = labels['com.docker.compose.project.working_dir'];
  if (dir) c.workingDir = dir;
  const files = labels['com.docker.compose.project.config_files']?.split(',').map((f) => f.trim()).filter(Boolean);
  if (files?.length) c.composeFiles = files;
  const image = str(config?.Image ?? raw.Image);
  if (image) c.image = image;
  if (!c.status) c.status = statusText(c, now);
  return c;
}

/** Parses a container listing in any of the accepted shapes. Empty output is an empty listing. */
export function parseContainers(stdout: string, now: Date = new Date()): ParseResult<ContainerObservation[]> {
  const text = stdout.trim();
  if (!text) return { ok: true, value: [] };
  const keep = (c: ContainerObservation | undefined): c is ContainerObservation => c !== undefined;
  try {
    if (text.startsWith('[')) {
      const data: unknown = JSON.parse(text);
      if (!Array.isArray(data)) return { ok: false, error: 'expected a JSON array' };
      return { ok: true, value: data.map((c, i) => container(c, `element ${i + 1}`, now)).filter(keep) };
    }
    const value = text
      .split(/\r?\n/)
      .map((line, i) => ({ line: line.trim(), n: i + 1 }))
      .filter(({ line }) => line.length > 0)
      .map(({ line, n }) => {
        let data: unknown;
        try {
          data = JSON.parse(line);
        } catch {
          throw new Error(`line ${n}: not JSON: ${JSON.stringify(line.slice(0, 60))}`);
        }
        return container(data, `line ${n}`, now);
      })
      .filter(keep);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
