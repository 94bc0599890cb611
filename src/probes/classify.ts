// Turns transport errors (node, ssh2, undici) into the closed FailureReason set, with one redacted line.
import type { FailureReason, ProbeFailure } from './types.js';

interface ErrorLike {
  code?: unknown;
  level?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL_)/;

function codeOf(error: ErrorLike): string {
  if (typeof error.code === 'string') return error.code;
  const cause = error.cause as ErrorLike | undefined;
  if (cause && typeof cause === 'object' && typeof cause.code === 'string') return cause.code;
  return '';
}

/** Classifies an error thrown or emitted by a transport. */
export function classifyError(error: unknown): FailureReason {
  if (!error || typeof error !== 'object') return 'error';
  const e = error as ErrorLike;
  const code = codeOf(e);
  const message = typeof e.message === 'string' ? e.message : '';
  if (e.name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') return 'timeout';
  if (code === 'ETIMEDOUT' || e.level === 'client-timeout' || /timed out/i.test(message)) return 'timeout';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') return 'reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL' || e.level === 'client-dns') return 'dns';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EHOSTDOWN' || code === 'ENETDOWN') return 'unreachable';
  if (TLS_CODES.test(code)) return 'tls';
  if (e.level === 'client-authentication' || /authentication methods failed/i.test(message)) return 'auth-denied';
  return 'error';
}

/** True for failures of the connection phase that an in-run retry may cure. */
export function isTransientConnectError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  const code = codeOf(e);
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'UND_ERR_SOCKET' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'EAI_AGAIN'
  );
}

/** Query parameters whose value is a secret (`?token=…`, `&api_key=…`). */
const SECRET_PARAM = /([?&][^=&#\s]*(?:token|secret|pass|key|auth|sig)[^=&#\s]*=)[^&#\s]+/gi;

/** Removes credentials from URLs (`http://user:***@host`, `?token=***`) and collapses the text to one line. */
export function redact(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+):([^\s/@]*)@/gi, '$1$2:***@')
    .replace(/([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)@/gi, '$1***@')
    .replace(SECRET_PARAM, '$1***')
    .replace(/-----BEGIN [^-]+-----[\s\S]*?(-----END [^-]+-----|$)/g, '[private key redacted]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

export function failure(reason: FailureReason, error: unknown): ProbeFailure {
  const message = error instanceof Error ? error.message : String(error);
  return { reason, error: redact(message) || reason };
}

/** A failure from an error, classified. */
export function failureFrom(error: unknown): ProbeFailure {
  return failure(classifyError(error), error);
}

/** Redacts the credentials of a URL for an observation: `http://user:***@host/path`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const secretParams = [...u.searchParams.keys()].filter((k) => /token|secret|pass|key|auth|sig/i.test(k));
    if (!u.password && !u.username && secretParams.length === 0) return url;
    if (u.password) u.password = '***';
    else if (u.username) u.username = '***';
    for (const key of secretParams) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    return redact(url);
  }
}
