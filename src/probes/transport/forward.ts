// A TCP channel through an open SSH connection (ssh2 `forwardOut`, what `ssh -J` and `ssh -L` use):
// to a jump host's inner target, or to a service bound to 127.0.0.1 on the host itself. Channel-open
// failures are classified like a direct connect (refused, timeout, unreachable, dns); a channel that
// takes longer than the connect timeout is abandoned (and closed if it opens later).
import type { Client, ClientChannel } from 'ssh2';
import type { FailureReason, ProbeFailure } from '../types.js';

export type ForwardResult = { ok: true; stream: ClientChannel } | { ok: false; failure: ProbeFailure };

/** ssh2's channel-open failure (reason code and the server's description) → a failure reason. */
export function classifyChannelOpen(error: Error & { reason?: unknown }): FailureReason {
  const text = error.message.toLowerCase();
  if (/timed? ?out/.test(text)) return 'timeout';
  if (/no route|unreachable|network is down|host is down/.test(text)) return 'unreachable';
  if (/name or service|not known|resolve|lookup/.test(text)) return 'dns';
  if (error.reason === 1 || /prohibited/.test(text)) return 'error';
  return 'refused'; // CONNECT_FAILED: "Connection refused", or no description at all
}

/** Errno-like code for an undici connector, so `classifyError` sees the same reason. */
export const CODE_OF: Partial<Record<FailureReason, string>> = {
  timeout: 'ETIMEDOUT',
  refused: 'ECONNREFUSED',
  unreachable: 'EHOSTUNREACH',
  dns: 'ENOTFOUND',
  reset: 'ECONNRESET',
};

/** Opens a channel from `client`'s host to `host:port` within `timeoutMs`. Never throws. */
export function forwardOut(client: Client, host: string, port: number, timeoutMs: number, via: string): Promise<ForwardResult> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve({ ok: false, failure: { reason: 'timeout', error: `${via}: no channel to ${host}:${port} within ${timeoutMs} ms` } });
    }, timeoutMs);
    try {
      client.forwardOut('127.0.0.1', 0, host, port, (error, stream) => {
        if (settled) {
          stream?.close();
          return;
        }
        settled = true;
        clearTimeout(timer);
        if (error) {
          const reason = classifyChannelOpen(error);
          const detail = error.message.replace(/^\(SSH\) Channel open failure:\s*/i, '').trim();
          const why = reason === 'error' ? 'forwarding refused (AllowTcpForwarding?)' : detail || 'connect failed';
          resolve({ ok: false, failure: { reason, error: `${via} cannot open a channel to ${host}:${port}: ${why}` } });
          return;
        }
        resolve({ ok: true, stream });
      });
    } catch (error) {
      settled = true;
      clearTimeout(timer);
      resolve({ ok: false, failure: { reason: 'error', error: `${via}: ${(error as Error).message}` } });
    }
  });
}
