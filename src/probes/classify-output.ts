// Remote command output → failures: parse results, the first lines of stderr, docker's errors.
import { failure, redact } from './classify.js';
import type { ProbeFailure } from './types.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function firstLines(text: string, max = 2): string {
  return redact(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, max).join(' / '));
}

/** `<what> exited with <code>`, then the first lines of its stderr: a remote command that failed. */
export function exitedFailure(what: string, code: number | null, stderr: string): ProbeFailure {
  const text = firstLines(stderr);
  return failure('command-failed', `${what} exited with ${code}${text ? `: ${text}` : ''}`);
}

const DAEMON = /cannot connect to the docker daemon|permission denied[^\n]*docker\.sock|docker\.sock[^\n]*permission denied|is the docker daemon running/i;
/** docker is not usable by the SSH user (often PATH of a non-login shell): proves nothing about the stacks. */
const TOOL_MISSING = /docker: (command )?not found|docker: no such file|is not a docker command|unknown (shorthand )?flag/i;

/** Classifies a failed docker listing (exit code and stderr); never drift, always inconclusive. */
export function classifyDockerFailure(code: number, stderr: string): ProbeFailure {
  const text = firstLines(stderr);
  if (DAEMON.test(stderr)) return failure('docker-unreachable', text || 'cannot reach the docker daemon');
  if (code === 127 || TOOL_MISSING.test(stderr)) {
    return failure('command-failed', `docker is not usable by the SSH user (exit ${code}${text ? `: ${text}` : ''}); check that docker is on the PATH of a non-interactive shell`);
  }
  return exitedFailure('docker', code, stderr);
}

/** `docker inspect` of a container removed between `docker ps` and `docker inspect`: not a failure. */
export function onlyVanishedContainers(stderr: string): boolean {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((l) => /no such (object|container)/i.test(l));
}
