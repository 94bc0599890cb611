import type { Io } from '../../src/core/io.js';

/** An in-memory Io for running commands in-process. */
export function memoryIo(env: Record<string, string | undefined> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env,
    cwd: process.cwd(),
    isTty: false,
    now: () => new Date('2026-02-11T12:00:00Z'),
  };
}
