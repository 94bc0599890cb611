// health (D23): each enabled HTTP probe's status vs its `expect`; failures classified; slow answers warned.
import type { Endpoint } from '../bindings/types.js';
import type { EndpointObservation, FailureReason } from '../probes/types.js';
import type { FindingDraft } from './types.js';
import { defineGate } from './types.js';
import { deadline, reasonLabel, redactUrl, seconds } from './live/format.js';
import { sub } from './gate-helpers.js';

/** A latency at or above this share of the deadline is warned: the next slow day is a timeout. */
export const SLOW_RATIO = 0.8;

/** Failures that prove the endpoint does not serve (a timeout is never a pass). */
const BROKEN: ReadonlySet<FailureReason> = new Set<FailureReason>(['timeout', 'refused', 'reset', 'dns', 'tls', 'unreachable']);

function expectText(e: Endpoint): string {
  return e.expect.join(' or ');
}

function timing(o: EndpointObservation): Record<string, unknown> {
  return { durationMs: o.durationMs, timeoutMs: o.timeoutMs, attempts: o.attempts };
}

function judge(e: Endpoint, o: EndpointObservation): FindingDraft | undefined {
  const at = [sub(e.ref, 'url')];
  const subject = { kind: 'endpoint' as const, id: e.id };
  const url = redactUrl(e.url);
  const took = `${seconds(o.durationMs)} s (max_time ${deadline(o.timeoutMs)} s)`;
  if (!o.ok || o.status === undefined) {
    const reason = o.failure?.reason ?? 'error';
    const label = reasonLabel(reason);
    const tries = o.attempts > 1 ? ` (${o.attempts} attempts)` : '';
    if (!BROKEN.has(reason)) {
      return {
        kind: `probe-${reason}`,
        subject,
        at,
        message: `${e.id}: the probe of ${url} failed (${label}${o.failure?.error ? `: ${o.failure.error}` : ''}); health not checked, so drift cannot be ruled out`,
        expected: e.expect,
        observed: label,
        direction: 'unknown',
        severity: 'warning',
        inconclusive: true,
        details: { ...timing(o), reason, url },
      };
    }
    return {
      kind: `failure-${reason}`,
      subject,
      at,
      message: `${e.id}: ${label} after ${took} probing ${url}; expected HTTP ${expectText(e)}${tries}`,
      expected: e.expect,
      observed: label,
      direction: 'live-broken',
      details: { ...timing(o), reason, url, ...(o.failure?.error ? { error: o.failure.error } : {}) },
    };
  }
  if (!e.expect.includes(o.status)) {
    const isRedirect = o.status >= 300 && o.status < 400;
    const redirect = isRedirect && o.location ? ` redirecting to ${redactUrl(o.location)}` : '';
    const note = isRedirect ? ' (redirects are not followed)' : '';
    return {
      kind: 'unexpected-status',
      subject,
      at,
      message: `${e.id}: HTTP ${o.status}${redirect} from ${url}, expected ${expectText(e)}${note}`,
      expected: e.expect,
      observed: o.status,
      direction: 'live-broken',
      details: { ...timing(o), url, ...(redirect ? { location: redactUrl(o.location ?? '') } : {}) },
    };
  }
  if (o.timeoutMs > 0 && o.durationMs >= SLOW_RATIO * o.timeoutMs) {
    const pct = Math.round((o.durationMs / o.timeoutMs) * 100);
    return {
      kind: 'slow',
      severity: 'warning',
      subject,
      at,
      message: `${e.id}: answered HTTP ${o.status} but took ${took}, ${pct} % of the deadline; it will time out soon — probe a lighter path or raise max_time`,
      expected: `< ${seconds(SLOW_RATIO * o.timeoutMs)} s`,
      observed: `${seconds(o.durationMs)} s`,
      direction: 'live-broken',
      details: { ...timing(o), url, status: o.status },
    };
  }
  return undefined;
}

function notProbed(e: Endpoint): FindingDraft {
  return {
    kind: 'not-probed',
    subject: { kind: 'endpoint', id: e.id },
    at: [sub(e.ref, 'url')],
    message: `${e.id}: enabled but not probed (the observation snapshot has no entry for it); health not checked, so drift cannot be ruled out`,
    expected: e.expect,
    observed: 'not probed',
    direction: 'unknown',
    severity: 'warning',
    inconclusive: true,
  };
}

export default defineGate({
  id: 'health',
  aliases: ['D23'],
  kind: 'live',
  severity: 'error',
  describe:
    'Compares each enabled health probe\'s HTTP status with its expect (no redirects followed), classifies TIMEOUT/REFUSED/DNS/TLS failures and warns when latency nears the deadline.',
  reads: ['health'],
  judges: ['endpoints'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const out: FindingDraft[] = [];
    let judged = 0;
    for (const e of ctx.model.endpoints) {
      if (!e.enabled) continue;
      const o = obs.endpoints.find((x) => x.id === e.id);
      if (o) judged++;
      const f = o ? judge(e, o) : notProbed(e);
      if (f) out.push(f);
    }
    return { findings: out, checked: { endpoints: judged } };
  },
});
