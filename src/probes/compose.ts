// `docker compose ps -a --format json` on one stack: a JSON array (Compose ≤ 2.20) or one object per
// line (2.21+). A non-zero exit is data, classified; unparseable output is a parse-error, never a pass.
import { composePsCommand, EXIT_DIR_MISSING, UnsafeRemoteValueError } from './commands.js';
import { failure, redact } from './classify.js';
import type { ExecResult } from './ssh-pool.js';
import type { Stack } from '../bindings/types.js';
import type { ContainerObservation, ProbeFailure, StackObservation } from './types.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return undefined;
}

function publishers(v: unknown): ContainerObservation['publishers'] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
    .map((p) => {
      const out: ContainerObservation['publishers'][number] = {};
      if (typeof p.URL === 'string' && p.URL) out.url = p.URL;
      const target = num(p.TargetPort);
      const published = num(p.PublishedPort);
      if (target !== undefined) out.targetPort = target;
      if (published !== undefined) out.publishedPort = published;
      if (typeof p.Protocol === 'string' && p.Protocol) out.protocol = p.Protocol;
      return out;
    });
}

function container(raw: unknown, where: string): ContainerObservation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${where}: not a JSON object`);
  const o = raw as Record<string, unknown>;
  if (typeof o.Name !== 'string' || typeof o.State !== 'string') throw new Error(`${where}: missing Name or State`);
  return {
    name: o.Name,
    service: str(o.Service),
    project: str(o.Project),
    state: o.State.toLowerCase(),
    status: str(o.Status),
    health: str(o.Health).toLowerCase(),
    exitCode: num(o.ExitCode) ?? 0,
    publishers: publishers(o.Publishers),
  };
}

/** Parses compose ps JSON output in either format. Empty output is an empty stack. */
export function parseComposePs(stdout: string): ParseResult<ContainerObservation[]> {
  const text = stdout.trim();
  if (!text) return { ok: true, value: [] };
  try {
    if (text.startsWith('[')) {
      const data: unknown = JSON.parse(text);
      if (!Array.isArray(data)) return { ok: false, error: 'expected a JSON array' };
      return { ok: true, value: data.map((c, i) => container(c, `element ${i + 1}`)) };
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
        return container(data, `line ${n}`);
      });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

const DAEMON = /cannot connect to the docker daemon|permission denied[^\n]*docker\.sock|docker\.sock[^\n]*permission denied|is the docker daemon running/i;
/** Only these prove the stack directory holds no compose project (drift); anything else is inconclusive. */
const COMPOSE_MISSING = /no configuration file provided|can't find a suitable configuration file/i;
/** docker or its compose plugin is not usable by the SSH user (often PATH of a non-login shell): proves nothing. */
const TOOL_MISSING = /docker: (command )?not found|docker: no such file|'compose' is not a docker command|unknown (shorthand )?flag/i;

/** Classifies a finished `compose ps` run; undefined means success. */
export function classifyComposeExit(result: ExecResult): ProbeFailure | undefined {
  if (result.failure) return result.failure;
  if (result.code === EXIT_DIR_MISSING) return failure('dir-missing', 'the stack directory does not exist on the host');
  if (result.code === 0) return undefined;
  const text = firstLines(result.stderr || result.stdout);
  if (DAEMON.test(result.stderr)) return failure('docker-unreachable', text || 'cannot reach the docker daemon');
  if (COMPOSE_MISSING.test(result.stderr)) return failure('compose-missing', text || 'no compose project in the stack directory');
  if (result.code === 127 || TOOL_MISSING.test(result.stderr)) {
    return failure('command-failed', `docker compose is not usable by the SSH user (exit ${result.code}${text ? `: ${text}` : ''}); check that docker and its compose plugin are on the PATH of a non-interactive shell`);
  }
  return failure('command-failed', `docker compose ps exited with ${result.code}${text ? `: ${text}` : ''}`);
}

export function firstLines(text: string, max = 2): string {
  return redact(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, max).join(' / '));
}

export type Exec = (command: string) => Promise<ExecResult>;

/** Probes one stack through `exec` (an SSH pool bound to the stack's host). Never throws. */
export async function probeStack(stack: Stack, sshTarget: string, exec: Exec, now: () => Date): Promise<StackObservation> {
  const startedAt = now().toISOString();
  const base = { target: stack.target, sshTarget, stack: stack.name, path: stack.path, startedAt };
  let command: string;
  try {
    command = composePsCommand(stack.path);
  } catch (error) {
    const message = error instanceof UnsafeRemoteValueError ? error.message : String(error);
    return { ...base, durationMs: 0, ok: false, failure: failure('error', message), containers: [] };
  }
  const result = await exec(command);
  const durationMs = result.durationMs;
  const f = classifyComposeExit(result);
  if (f) return { ...base, durationMs, ok: false, failure: f, containers: [] };
  const parsed = parseComposePs(result.stdout);
  if (!parsed.ok) {
    return { ...base, durationMs, ok: false, failure: failure('parse-error', `docker compose ps output is not JSON: ${parsed.error}`), containers: [] };
  }
  return { ...base, durationMs, ok: true, containers: parsed.value };
}
