// health-expect: the `expect` an endpoint that answers another status should declare, in the
// file's own style: a number stays a number, a list a list, a comma string a comma string; several
// statuses (a `fix.expect_groups` group such as 401/403) where a number stood take the style other
// endpoints of the file use for several (the comma string by default). Only statuses that show a
// serving endpoint are proposed: 2xx, a redirect (3xx), 401, 403; never a 404 or a 5xx.
import type { Endpoint, Model } from '../../bindings/types.js';
import type { ResolvedConfig } from '../../config/types.js';
import type { FixScalar } from '../types.js';
import { rawAt, sub } from '../gate-helpers.js';

/** Whether an answered status may become an endpoint's expect. */
export function proposable(status: number): boolean {
  return (status >= 200 && status < 400 && status !== 304) || status === 401 || status === 403;
}

/** The statuses to expect: the group of `fix.expect_groups` the status is in, else the status alone. */
export function expectedStatuses(status: number, config: ResolvedConfig): number[] {
  const group = config.fix.expectGroups.find((g) => g.includes(status));
  return group ? [...new Set(group)].sort((a, b) => a - b) : [status];
}

/** "401,403" or "401, 403": the separator a comma string of the file uses. */
function separatorOf(text: string): string {
  return /,\s/.test(text) ? ', ' : ',';
}

/** How the file writes several statuses elsewhere: a comma string (its separator) or a list. */
function fileStyle(model: Model): { kind: 'string'; sep: string } | { kind: 'list' } {
  for (const e of model.endpoints) {
    const raw = rawAt(model, sub(e.ref, 'expect'));
    if (typeof raw === 'string' && raw.includes(',')) return { kind: 'string', sep: separatorOf(raw) };
    if (Array.isArray(raw) && raw.length > 1) return { kind: 'list' };
  }
  return { kind: 'string', sep: ',' };
}

/** The new `expect` value for `statuses`, written the way the endpoint (or else the file) writes it. */
export function expectValue(model: Model, e: Endpoint, statuses: number[]): FixScalar | FixScalar[] {
  const raw = rawAt(model, sub(e.ref, 'expect'));
  if (Array.isArray(raw)) return statuses;
  if (typeof raw === 'string') return statuses.join(separatorOf(raw));
  if (statuses.length === 1) return statuses[0] as number;
  const style = fileStyle(model);
  return style.kind === 'list' ? statuses : statuses.join(style.sep);
}
