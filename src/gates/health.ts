// health (D23): each enabled HTTP probe's status vs its `expect`; failures classified; slow answers warned.
import type { Endpoint } from '../bindings/types.js';
import type { EndpointObservation, FailureReason } from '../probes/types.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';
import { expectedStatuses, expectValue, proposable } from './live/expect-fix.js';
import { refusedFix } from './live/refused-fix.js';
import { worksAgain } from './live/works-again.js';
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

function judge(ctx: GateContext, e: Endpoint, o: EndpointObservation): FindingDraft | undefined {
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
    // a refusal the container explains (the service moved, or binds localhost) has a fix
    const explained = refusedFix(ctx, e, o);
    return {
      kind: `failure-${reason}`,
      subject,
      at,
      message: `${e.id}: ${label} after ${took} probing ${url}; expected HTTP ${expectText(e)}${tries}${explained ? `; ${explained.because}` : ''}`,
      expected: e.expect,
      observed: label,
      direction: explained ? 'declared-stale' : 'live-broken',
      ...(explained ? { fix: explained.fix } : {}),
      details: { ...timing(o), reason, url, ...(o.failure?.error ? { error: o.failure.error } : {}), ...(explained?.details ?? {}) },
    };
  }
  if (!e.expect.includes(o.status)) {
    const isRedirect = o.status >= 300 && o.status < 400;
    const redirect = isRedirect && o.location ? ` redirecting to ${redactUrl(o.location)}` : '';
    const note = isRedirect ? ' (redirects are not followed)' : '';
    // a status that shows a serving endpoint may become its expect (health-expect); a 404 or 5xx never
    const value = proposable(o.status) ? expectValue(ctx.model, e, expectedStatuses(o.status, ctx.config)) : undefined;
    const ref = sub(e.ref, 'expect');
    return {
      kind: 'unexpected-status',
      subject,
      at,
      message: `${e.id}: HTTP ${o.status}${redirect} from ${url}, expected ${expectText(e)}${note}${value !== undefined ? `; if that is how it serves now, set expect: ${JSON.stringify(value)}` : ''}`,
      expected: e.expect,
      observed: o.status,
      direction: value !== undefined ? 'declared-stale' : 'live-broken',
      ...(value !== undefined ? { fix: { kind: 'health-expect' as const, file: ref.file, pointer: ref.pointer, value } } : {}),
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

/** A disabled endpoint whose shadow probe answered its expect: it works again (health-enable). */
function answersWhileDisabled(e: Endpoint, o: EndpointObservation): FindingDraft | undefined {
  if (!o.shadow || !o.ok || o.status === undefined || !e.expect.includes(o.status)) return undefined;
  return worksAgain({
    kind: 'answers-while-disabled',
    fix: 'health-enable',
    subject: { kind: 'endpoint', id: e.id },
    entry: e.ref,
    message: `${e.id}: disabled, but its shadow probe of ${redactUrl(e.url)} answered HTTP ${o.status} as expected in ${seconds(o.durationMs)} s; it works again: set enabled: true`,
    observed: o.status,
    details: { ...timing(o), url: redactUrl(e.url), status: o.status },
  });
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
    'Compares each enabled health probe\'s HTTP status with its expect (no redirects followed), classifies TIMEOUT/REFUSED/DNS/TLS failures and warns when latency nears the deadline; proposes a new expect, a moved port, probe_via: ssh for a localhost-bound service, and enabled: true for a disabled probe that answers.',
  reads: ['health'],
  judges: ['endpoints'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const out: FindingDraft[] = [];
    let judged = 0;
    for (const e of ctx.model.endpoints) {
      const o = obs.endpoints.find((x) => x.id === e.id);
      // a disabled endpoint is judged only by its shadow probe, and only when it works again
      const f = !e.enabled ? (o ? answersWhileDisabled(e, o) : undefined) : o ? judge(ctx, e, o) : notProbed(e);
      if (e.enabled && o) judged++;
      if (f) out.push(f);
    }
    return { findings: out, checked: { endpoints: judged } };
  },
});
