// One command on one exec channel of an open ssh2 connection: output collected (bounded), the exit
// status kept as data, the channel closed at its deadline or when the whole run is aborted.
import type { Client } from 'ssh2';
import { failure, failureFrom } from './classify.js';
import type { ProbeFailure } from './types.js';

const OUTPUT_LIMIT = 4 * 1024 * 1024;

export interface ExecResult {
  /** remote exit code; null when the channel closed without one (signal, deadline, lost connection) */
  code: number | null;
  signal?: string;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
  /** set when no usable answer came: connection failed, channel refused, deadline passed */
  failure?: ProbeFailure;
}

/** A command runner bound to one host (an SSH pool and its target). */
export type Exec = (command: string) => Promise<ExecResult>;

export function execOnChannel(client: Client, command: string, deadlineMs: number, started: number, runSignal?: AbortSignal): Promise<ExecResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let code: number | null = null;
    let signal: string | undefined;
    let settled = false;
    let channel: { close: () => void } | undefined;
    const finish = (f?: ProbeFailure, timedOut = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      runSignal?.removeEventListener('abort', onAbort);
      const result: ExecResult = { code, stdout, stderr, timedOut, durationMs: Date.now() - started };
      if (signal) result.signal = signal;
      if (f) result.failure = f;
      resolve(result);
    };
    const stop = (why: string): void => {
      try {
        channel?.close();
      } catch {
        // the channel is gone already
      }
      finish(failure('timeout', why), true);
    };
    const timer = setTimeout(() => stop(`command passed its ${deadlineMs} ms deadline`), deadlineMs);
    const onAbort = (): void => stop('run deadline passed before the command finished');
    if (runSignal?.aborted) return onAbort();
    runSignal?.addEventListener('abort', onAbort, { once: true });
    try {
      client.exec(command, (error, stream) => {
        if (error) return finish(failure('error', `cannot open an exec channel: ${error.message}`));
        channel = stream;
        if (settled) return stream.close();
        stream.on('data', (chunk: Buffer) => {
          if (stdout.length < OUTPUT_LIMIT) stdout += chunk.toString('utf8');
        });
        stream.stderr.on('data', (chunk: Buffer) => {
          if (stderr.length < OUTPUT_LIMIT) stderr += chunk.toString('utf8');
        });
        stream.on('exit', (exitCode: number | null, exitSignal?: string) => {
          if (typeof exitCode === 'number') code = exitCode;
          if (exitSignal) signal = exitSignal;
        });
        stream.on('close', () => {
          if (code !== null) return finish();
          // OpenSSH always reports exit-status or exit-signal: a channel closed with neither means
          // the connection (or the session's sshd) went away mid-command
          finish(
            signal
              ? failure('error', `the command was killed by signal ${signal}`)
              : failure('reset', 'the connection closed before the command reported an exit status'),
          );
        });
      });
    } catch (error) {
      finish(failureFrom(error));
    }
  });
}
