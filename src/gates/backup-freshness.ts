// backup-freshness (D19): the newest file of each enabled backup target vs its stale_after_hours.
import type { BackupTarget } from '../bindings/types.js';
import type { BackupObservation } from '../probes/types.js';
import type { FindingDraft } from './types.js';
import { defineGate } from './types.js';
import { hours, reasonLabel } from './live/format.js';
import { sub } from './gate-helpers.js';
import { worksAgain } from './live/works-again.js';

const HOUR_MS = 3_600_000;

/** Age in hours of an ISO timestamp at `now`; undefined when the timestamp is not a date. */
export function ageHours(mtime: string, now: Date): number | undefined {
  const t = Date.parse(mtime);
  if (Number.isNaN(t)) return undefined;
  return (now.getTime() - t) / HOUR_MS;
}

function judge(b: BackupTarget, o: BackupObservation, now: Date): FindingDraft | undefined {
  const subject = { kind: 'backup' as const, id: b.name };
  const where = `${b.host}:${b.basePath}`;
  if (!o.ok) {
    const reason = o.failure?.reason ?? 'error';
    if (reason === 'dir-missing') {
      return {
        kind: 'dir-missing',
        subject,
        at: [sub(b.ref, 'base_path')],
        message: `backup "${b.name}": directory ${where} does not exist; no backup can arrive there`,
        expected: b.basePath,
        observed: 'DIR-MISSING',
        direction: 'live-broken',
      };
    }
    return {
      kind: `probe-${reason}`,
      subject,
      at: [b.ref],
      message: `backup "${b.name}": ${where} could not be listed (${reasonLabel(reason)}${o.failure?.error ? `: ${o.failure.error}` : ''}); freshness not checked, so drift cannot be ruled out`,
      observed: reasonLabel(reason),
      direction: 'unknown',
      severity: 'warning',
      inconclusive: true,
      details: { reason, durationMs: o.durationMs },
    };
  }
  if (!o.newest || o.matches === 0) {
    return {
      kind: 'no-match',
      subject,
      at: [sub(b.ref, 'glob')],
      message: `backup "${b.name}": no file in ${where} matches "${b.glob}"; the backup never arrived or the glob is wrong`,
      expected: b.glob,
      observed: '0 files',
      direction: 'live-broken',
    };
  }
  const age = ageHours(o.newest.mtime, now);
  if (age === undefined) {
    return {
      kind: 'bad-mtime',
      subject,
      at: [b.ref],
      message: `backup "${b.name}": the newest file's time "${o.newest.mtime}" is not a date; freshness not checked`,
      direction: 'unknown',
      severity: 'warning',
      inconclusive: true,
    };
  }
  if (age <= b.staleAfterHours) return undefined;
  return {
    kind: 'stale',
    subject,
    at: [sub(b.ref, 'stale_after_hours')],
    message: `backup "${b.name}": newest file ${o.newest.path} is ${hours(age)} h old, older than stale_after_hours ${b.staleAfterHours} (${o.matches} file${o.matches === 1 ? '' : 's'} match "${b.glob}" in ${where})`,
    expected: `<= ${b.staleAfterHours} h`,
    observed: `${hours(age)} h`,
    direction: 'live-broken',
    details: { newest: o.newest.path, mtime: o.newest.mtime, ageHours: Math.round(age * 10) / 10, matches: o.matches },
  };
}

/** A disabled backup target whose shadow probe found a fresh matching file: it works again (backup-enable). */
function freshWhileDisabled(b: BackupTarget, o: BackupObservation, now: Date): FindingDraft | undefined {
  if (!o.shadow || !o.ok || !o.newest || o.matches === 0) return undefined;
  const age = ageHours(o.newest.mtime, now);
  if (age === undefined || age > b.staleAfterHours) return undefined;
  return worksAgain({
    kind: 'fresh-while-disabled',
    fix: 'backup-enable',
    subject: { kind: 'backup', id: b.name },
    entry: b.ref,
    message:
      `backup "${b.name}": disabled, but ${b.host}:${b.basePath} holds ${o.matches} file${o.matches === 1 ? '' : 's'} matching "${b.glob}", ` +
      `the newest ${o.newest.path} ${hours(age)} h old (stale_after_hours ${b.staleAfterHours}); it works again: set enabled: true`,
    observed: `${hours(age)} h`,
    details: { newest: o.newest.path, mtime: o.newest.mtime, ageHours: Math.round(age * 10) / 10, matches: o.matches },
  });
}

export default defineGate({
  id: 'backup-freshness',
  aliases: ['D19'],
  kind: 'live',
  severity: 'error',
  describe:
    'Checks that the newest file matching each enabled backup target\'s glob is younger than its stale_after_hours; a missing directory or no match fails; a disabled target with fresh files is proposed enabled.',
  reads: ['backups'],
  judges: ['backups'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const out: FindingDraft[] = [];
    let judged = 0;
    for (const b of ctx.model.backups) {
      if (!b.enabled) {
        // judged only by its shadow probe, and only when it works again
        const shadow = obs.backups.find((x) => x.name === b.name);
        const f = shadow ? freshWhileDisabled(b, shadow, ctx.now) : undefined;
        if (f) out.push(f);
        continue;
      }
      const o = obs.backups.find((x) => x.name === b.name);
      if (!o) {
        out.push({
          kind: 'not-probed',
          subject: { kind: 'backup', id: b.name },
          at: [b.ref],
          message: `backup "${b.name}": enabled but not probed (the observation snapshot has no entry for it); freshness not checked, so drift cannot be ruled out`,
          observed: 'not probed',
          direction: 'unknown',
          severity: 'warning',
          inconclusive: true,
        });
        continue;
      }
      judged++;
      const f = judge(b, o, ctx.now);
      if (f) out.push(f);
    }
    return { findings: out, checked: { backups: judged } };
  },
});
