// The fix PR's title and body: findings table, the edits, how to verify, and a hidden marker with
// the plan fingerprint (an unchanged plan is recognised from it and pushes nothing).
import { evidenceText } from '../history/render.js';
import type { TopicPlan } from './plan-fixes.js';
import { FIX_KINDS } from '../gates/fix-kinds.js';
import { fixEdits } from './plan-topic.js';

/** Hidden marker in the PR body: `<!-- driftgate-fix-plan: <topic> <fingerprint> -->`. */
export const FINGERPRINT_MARKER = 'driftgate-fix-plan:';
/** Trailer in every bot commit message; a commit without it (or by someone else) is a human's. */
export const PLAN_TRAILER = 'Driftgate-Plan:';
/** Marker of the one "human commits, not pushing" comment (posted once per PR). */
export const HUMAN_COMMITS_MARKER = '<!-- driftgate-fix-human-commits -->';
/** Marker of the "drift gone" comment (closing, or leaving a person's PR open). */
export const DRIFT_GONE_MARKER = '<!-- driftgate-fix-drift-gone -->';


const MAX_BODY = 65_536;

export function fingerprintComment(topic: string, fingerprint: string): string {
  return `<!-- ${FINGERPRINT_MARKER} ${topic} ${fingerprint} -->`;
}

/** The fingerprint recorded in a PR body, or undefined. */
export function readFingerprint(body: string | undefined, topic: string): string | undefined {
  if (!body) return undefined;
  const re = new RegExp(`<!-- ${FINGERPRINT_MARKER} (\\S+) ([0-9a-f]+) -->`);
  const m = re.exec(body);
  return m && m[1] === topic ? m[2] : undefined;
}

export function prTitle(plan: TopicPlan): string {
  const changes = plan.files.flatMap((f) => f.changes);
  const entries = changes.filter((c) => c.op === 'add' && c.after !== null && typeof c.after === 'object' && !Array.isArray(c.after)).length;
  const n = changes.length - entries;
  const parts = [n > 0 ? `fix ${n} stale value${n === 1 ? '' : 's'}` : '', entries > 0 ? `propose ${entries} new entr${entries === 1 ? 'y' : 'ies'}` : ''];
  return `driftgate: ${parts.filter(Boolean).join(', ') || 'fix 0 stale values'} (${plan.topic})`;
}

function plain(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  return text.replace(/\r?\n/g, ' ');
}

/** A Markdown table cell: pipes, HTML and backticks cannot break the table or inject markup. */
function cell(value: unknown): string {
  return plain(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/`/g, '\\`');
}

/** A code span whose content may hold backticks (a longer fence around it). */
function code(value: unknown): string {
  const text = plain(value).replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  return fence.length > 1 ? `${fence} ${text} ${fence}` : `\`${text}\``;
}

export function commitMessage(plan: TopicPlan): string {
  const lines = plan.files.flatMap((f) => f.changes.map((c) => `- ${f.file}:${c.line} ${c.pointer}: ${plain(c.before)} -> ${plain(c.after)}`));
  return `${prTitle(plan)}\n\n${lines.join('\n')}\n\n${PLAN_TRAILER} ${plan.fingerprint}\n`;
}

/** The kind's line: what it proposes and the evidence it rests on (src/gates/fix-kinds.ts). */
function kindLine(plan: TopicPlan): string[] {
  const kind = FIX_KINDS.find((k) => k.id === plan.topic);
  return kind ? [`Fix kind \`${kind.id}\`: ${kind.proposes}. Evidence: ${kind.evidence}.`, ''] : [];
}

export function prBody(plan: TopicPlan): string {
  const added = plan.files.some((f) => f.changes.some((c) => c.op === 'add'));
  const out: string[] = [
    `driftgate found values in the repository that reality has moved past (direction \`declared-stale\`, gate \`${plan.gate}\`).`,
    added
      ? 'This PR changes exactly those values and adds the new entries below, nothing else: comments and layout are kept, the diff touches only those lines,'
      : 'This PR changes exactly those values and nothing else: comments and layout are kept, the diff touches only the lines below,',
    'and every edited file was re-parsed and re-validated before it was committed.',
    '',
    ...kindLine(plan),
    '| file | line | value | change | declared | observed | finding | evidence |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const f of plan.files) {
    for (const c of f.changes) {
      const finding = plan.findings.find((x) => fixEdits(x).some((e) => e.file === f.file && e.pointer === c.pointer));
      const evidence = finding ? evidenceText(finding) : '';
      out.push(`| ${code(f.file)} | ${c.line} | ${code(c.pointer)} | ${c.op === 'add' ? `(new) ${cell(c.after)}` : `${cell(c.before)} → ${cell(c.after)}`} | ${cell(finding?.expected ?? '')} | ${cell(finding?.observed ?? '')} | ${cell(finding?.message ?? '')} | ${cell(evidence)} |`);
    }
  }
  if (added) out.push('', 'A new entry is a skeleton for a person to complete: review its values and add what driftgate cannot know (health path, notes).');
  if (plan.findings.some((x) => evidenceText(x) === 'this run only')) {
    out.push('', 'Evidence "this run only": no earlier live run is recorded for it (no run history, see the README, "Run history"), so this fix rests on one observation.');
  }
  if (plan.refused.length > 0) {
    out.push('', 'Not included (refused):', '');
    for (const r of plan.refused) out.push(`- ${code(r.file)} ${code(r.pointer)}: ${cell(r.reason)}`);
  }
  out.push(
    '',
    '### How to verify',
    '',
    '```sh',
    `driftgate check --gates ${plan.gate}`,
    `driftgate fix --dry-run --gates ${plan.gate}   # prints "topic ${plan.topic}: nothing to fix" once this PR is merged`,
    '```',
    '',
    'Review the diff against what is really running. If you push your own commits to this branch, driftgate stops updating it',
    'and never overwrites them. When the drift is gone, driftgate closes this PR and deletes the branch; if someone pushed to it,',
    'driftgate leaves the PR open and says so instead.',
    '',
    fingerprintComment(plan.topic, plan.fingerprint),
  );
  const body = out.join('\n');
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 200)}\n\n(truncated)\n\n${fingerprintComment(plan.topic, plan.fingerprint)}` : body;
}

/** The comment on a PR whose branch carries a person's commits while drift remains (posted once). */
export function humanCommitsComment(branch: string, who: string): string {
  return [
    `driftgate did not update this PR: its branch \`${branch}\` carries commits that are not driftgate's (${who}), and driftgate never overwrites them.`,
    '',
    'Merge it when it is right. For a fresh proposal from driftgate instead, close this PR **and delete the branch**:',
    'driftgate uses one branch per topic and can only propose again once that branch is gone.',
  ].join('\n');
}

/** The comment when the drift is gone but a person pushed to the PR: it stays open (posted once). */
export function driftGoneLeftOpenComment(why: string, topic: string, base: string, branch: string, who: string): string {
  return [
    `The drift this PR was opened for is gone: ${why} (topic \`${topic}\`, base \`${base}\`).`,
    '',
    `driftgate leaves this PR open because its branch \`${branch}\` carries commits that are not driftgate's (${who}).`,
    'Merge it if those changes are still wanted, or close it and delete the branch.',
  ].join('\n');
}

/** The comment when driftgate closes its own PR; says what happened to the branch (`kept`: why it was not deleted). */
export function driftGoneClosedComment(why: string, topic: string, base: string, branch: string, kept?: string): string {
  const fate =
    kept === undefined
      ? `Its branch \`${branch}\` held only driftgate's commits and is deleted; if the drift returns, driftgate proposes a fresh PR.`
      : `Its branch \`${branch}\` stays: ${kept}. While that branch exists, driftgate cannot propose a fix for this topic: delete it, or open a PR from it.`;
  return `The drift this PR fixed is gone: ${why} (topic \`${topic}\`, base \`${base}\`). driftgate closes it. ${fate}`;
}
