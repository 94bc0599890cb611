// Small formatters shared by the live gates' messages.
import type { FailureReason } from '../../probes/types.js';

/** Milliseconds as seconds with one decimal: 9400 -> "9.4". */
export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** A deadline in seconds without trailing zeros: 10000 -> "10", 2500 -> "2.5". */
export function deadline(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** Hours with one decimal, without a trailing ".0": 30.25 -> "30.3", 48 -> "48". */
export function hours(h: number): string {
  return String(Math.round(h * 10) / 10);
}

/** The reason of a probe failure as the word an operator greps for: TIMEOUT, REFUSED, DNS, TLS, ... */
export function reasonLabel(reason: FailureReason | 'not-probed'): string {
  return reason.toUpperCase();
}

/** Quotes a list of names for a sentence: a, b and c. */
export function listNames(names: string[], limit = 8): string {
  const shown = names.slice(0, limit);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** Removes credentials from a URL (user:pass@ and token-like query values); leaves non-URLs alone. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = url.username ? 'REDACTED' : '';
      url.password = url.password ? 'REDACTED' : '';
    }
    for (const key of [...url.searchParams.keys()]) {
      if (/token|secret|pass|key|auth|sig/i.test(key)) url.searchParams.set(key, 'REDACTED');
    }
    return url.toString();
  } catch {
    return raw.replace(/\/\/[^/@\s]*@/, '//REDACTED@');
  }
}
