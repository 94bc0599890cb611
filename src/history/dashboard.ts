// The drift dashboard's body (one Gitea issue per repository, rewritten after each nightly): the last
// live run and when the next is due (a dashboard that stops changing means the nightly stopped);
// after a run that could not evaluate, the last one that could (a warning past heartbeat_hours);
// what changed since the run before, open findings by gate with first-seen dates and links to
// file:line, flapping ones, the fix PRs, what could not be probed, and how to accept a finding
// for a while. Pure: (report, links, fix PRs) => Markdown.
import type { Finding } from '../gates/types.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { escapeCell } from '../report/matrix.js';
import type { Report } from '../report/types.js';
import { HEARTBEAT_GATE, utcMinute } from './heartbeat.js';
import { day, historyText } from './render.js';
import type { ResolvedFinding } from './types.js';

export const DASHBOARD_TITLE = 'driftgate: drift dashboard';
/** Findings listed per section; the rest are counted (the JSON report has them all). */
export const MAX_DASHBOARD_ROWS = 100;

export function dashboardMarker(key?: string): string {
  return key ? `<!-- driftgate:dashboard:${key.replace(/[^A-Za-z0-9._-]/g, '-')} -->` : '<!-- driftgate:dashboard -->';
}

export interface DashboardFixPr {
  topic: string;
  action: string;
  number?: number;
  url?: string;
  /** why nothing happened, or what a person should know (e.g. human commits block the branch) */
  note?: string;
  /** what a person must act on (a topic blocked by someone's branch, a PR left open, a branch that stays) */
  warnings?: string[];
}

export interface DashboardInput {
  report: Report;
  /** the repository as people open it (the API's html_url); without it findings are not linked */
  repoUrl?: string;
  /** the branch the links point into */
  branch: string;
  runUrl?: string;
  fixPrs: DashboardFixPr[];
  heartbeatHours: number;
  /** the run's clock, for the suggested expiry of an exception */
  now: Date;
  key?: string;
}

const RESULT: Record<Report['result'], string> = { pass: '✅ PASS', drift: '❌ DRIFT', inconclusive: '❔ INCONCLUSIVE', error: '💥 ERROR' };

function segments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `[file:line](<repo>/src/branch/<branch>/<file>#L<line>)`, or the place as code without a repository address. */
export function sourceLink(f: Finding, repoUrl: string | undefined, branch: string): string {
  const at = f.locations[0];
  if (!at) return '';
  const place = at.line ? `${at.file}:${at.line}` : at.file;
  if (!repoUrl) return code(place);
  const url = `${repoUrl.replace(/\/+$/, '')}/src/branch/${segments(branch)}/${segments(at.file)}${at.line ? `#L${at.line}` : ''}`;
  return `[${escapeCell(place)}](${url})`;
}

function cap<T>(items: T[], render: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_DASHBOARD_ROWS).map(render);
  if (items.length > MAX_DASHBOARD_ROWS) lines.push(`- … and ${items.length - MAX_DASHBOARD_ROWS} more (see the JSON report)`);
  return lines;
}

/**
 * When this live run ran, and the last one that could evaluate: the same run unless this one is an
 * `error` (its gates could not judge), in which case the history's last successful run (if any).
 */
function runTimes(input: DashboardInput): { at: string; lastOk?: string } {
  const { report } = input;
  const probed = report.observations?.startedAt ?? input.now.toISOString();
  if (report.result === 'error') return { at: probed, ...(report.history?.lastLiveRun ? { lastOk: report.history.lastLiveRun } : {}) };
  const at = report.history?.lastLiveRun ?? probed;
  return { at, lastOk: at };
}

function header(input: DashboardInput): string[] {
  const { report } = input;
  const { at, lastOk } = runTimes(input);
  const s = report.summary;
  const run = input.runUrl ? ` ([run](${input.runUrl}))` : '';
  const out = [`**Last live run:** ${utcMinute(at)}: ${RESULT[report.result]}, ${s.errors} error(s), ${s.warnings} warning(s)${run}`];
  if (lastOk !== at && report.history) {
    out.push('', `**Last live run that could evaluate:** ${lastOk ? utcMinute(lastOk) : 'none recorded'}`);
    const limit = input.heartbeatHours;
    if (!lastOk) {
      out.push('', '> ⚠️ no recorded live run could evaluate yet: live drift is not being checked; see the log of this run');
    } else if (input.now.getTime() - Date.parse(lastOk) > limit * 3_600_000) {
      out.push('', `> ⚠️ live drift has not been checked since ${utcMinute(lastOk)}, more than ${limit} h ago (\`history.heartbeat_hours\`): the nightly runs but cannot evaluate; see the log of this run`);
    }
  }
  const due = new Date(Date.parse(at) + input.heartbeatHours * 3_600_000).toISOString();
  out.push(
    '',
    `**Next live run due before:** ${utcMinute(due)} (\`history.heartbeat_hours\`: ${input.heartbeatHours}). If that time has passed and this dashboard has not changed, the nightly is not running; PR checks say so too.`,
  );
  for (const gap of report.findings.filter((f) => f.gate === HEARTBEAT_GATE)) out.push('', `> ⚠️ ${escapeMarkdown(gap.message)}`);
  return out;
}

/** "- message `gate` [file:line](link)" */
function item(f: Finding, input: DashboardInput): string {
  return `- ${escapeMarkdown(f.message)} ${code(f.gate)} ${sourceLink(f, input.repoUrl, input.branch)}`.trimEnd();
}

function gone(r: ResolvedFinding): string {
  return `- ${escapeMarkdown(r.message)} ${code(r.gate)}: open since ${day(r.firstSeen)}, last seen ${day(r.lastSeen)} (${r.runs} run${r.runs === 1 ? '' : 's'})`;
}

function changed(input: DashboardInput): string[] {
  const fresh = input.report.findings.filter((f) => f.history?.status === 'new' && f.gate !== HEARTBEAT_GATE && f.severity !== 'notice' && !f.inconclusive);
  const resolved = input.report.history?.resolved ?? [];
  const out = ['### Changed since the last run', ''];
  if (fresh.length === 0 && resolved.length === 0) return [...out, 'Nothing new, nothing resolved.'];
  if (fresh.length > 0) out.push(`New (${fresh.length}):`, '', ...cap(fresh, (f) => item(f, input)), '');
  if (resolved.length > 0) out.push(`Resolved (${resolved.length}):`, '', ...cap(resolved, gone), '');
  return out;
}

function row(f: Finding, input: DashboardInput): string {
  const h = f.history;
  const seen = h ? `${day(h.firstSeen)}` : '';
  const state = h ? historyText(h) : '';
  return `| ${f.severity} | ${escapeMarkdown(f.message)} | ${sourceLink(f, input.repoUrl, input.branch)} | ${seen} | ${escapeMarkdown(state)} |`;
}

function open(input: DashboardInput): string[] {
  const listed = input.report.findings.filter((f) => f.severity !== 'notice' && !f.inconclusive && f.history?.status !== 'flapping' && f.gate !== HEARTBEAT_GATE);
  const out = [`### Open findings (${listed.length})`, ''];
  if (listed.length === 0) return [...out, 'None.'];
  const gates = [...new Set(listed.map((f) => f.gate))];
  for (const gate of gates) {
    const mine = listed.filter((f) => f.gate === gate);
    out.push(`#### ${gate} (${mine.length})`, '', '| severity | finding | where | first seen | history |', '|---|---|---|---|---|');
    out.push(...cap(mine, (f) => row(f, input)), '');
  }
  return out;
}

function flapping(input: DashboardInput): string[] {
  const items = input.report.findings.filter((f) => f.history?.status === 'flapping');
  if (items.length === 0) return [];
  return ['### Flapping (comes and goes: a warning, never a fix)', '', ...cap(items, (f) => `${item(f, input)}: ${escapeMarkdown(historyText(f.history!))}`), ''];
}

function fixPrs(input: DashboardInput): string[] {
  const out = ['### Fix PRs', ''];
  if (input.fixPrs.length === 0) return [...out, 'None this run.'];
  for (const p of input.fixPrs) {
    const pr = p.number !== undefined ? (p.url ? ` [#${p.number}](${p.url})` : ` #${p.number}`) : '';
    out.push(`- ${code(p.topic)}: ${escapeMarkdown(p.action)}${pr}${p.note ? `: ${escapeMarkdown(p.note)}` : ''}`);
    // a warning that only repeats the note is not said twice
    for (const w of (p.warnings ?? []).filter((w) => !p.note || !w.startsWith(p.note))) out.push(`  - ⚠️ ${escapeMarkdown(w)}`);
  }
  return out;
}

function inconclusive(input: DashboardInput): string[] {
  const items = input.report.findings.filter((f) => f.inconclusive);
  if (items.length === 0) return [];
  const subjects = [...new Set(items.map((f) => `${f.subject.kind} ${f.subject.id}`))];
  return [`### Not probed: drift not ruled out (${subjects.length})`, '', ...cap(items, (f) => `- ${code(f.subject.id)}: ${escapeMarkdown(f.message)} ${code(f.gate)}`), ''];
}

function exceptionHint(input: DashboardInput): string[] {
  const example = input.report.findings.find((f) => !f.inconclusive && f.severity !== 'notice' && f.gate !== HEARTBEAT_GATE);
  const expires = new Date(input.now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  return [
    '### Accepting a finding for a while',
    '',
    'Add an exception with a reason and an expiry to `driftgate.config.yaml` (after its expiry the finding is reported again):',
    '',
    '```yaml',
    'exceptions:',
    `  - gate: ${JSON.stringify(example?.gate ?? 'health')}`,
    `    subject: ${JSON.stringify(example?.subject.id ?? 'the-subject-id')}`,
    '    reason: "why this is accepted for now"',
    `    expires: ${expires}`,
    '```',
  ];
}

export function dashboardBody(input: DashboardInput): string {
  const lines = [
    dashboardMarker(input.key),
    'driftgate rewrites this issue after every nightly live run; edits here are overwritten. Closing it is fine: the next nightly reopens it.',
    '',
    ...header(input),
    '',
    ...changed(input),
    '',
    ...open(input),
    '',
    ...flapping(input),
    ...fixPrs(input),
    '',
    ...inconclusive(input),
    ...exceptionHint(input),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
