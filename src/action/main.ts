// The Action entry (bundled to dist/action.js, run by action.yml's composite step): wires the
// real check, the Markdown renderer and the fix PR runner into runAction.
import { runCheck } from '../core/check.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { runFix } from '../fix/run-fix.js';
import { renderMarkdown } from '../report/markdown.js';
import { runAction } from './run-action.js';

await runAction(process.env, {
  check: (options, io, extras) => runCheck(options, io, {}, extras),
  markdown: renderMarkdown,
  async fixPr(req, io) {
    const fix = await runFix(
      { ...req.options, dryRun: false, pr: true, serverUrl: req.serverUrl, repo: req.repository, token: req.token },
      io,
      { runCheck: async () => req.outcome, redact: req.redact },
    );
    const first = fix.results.find((r) => r.url);
    const action = first ? `${first.action} (${first.topic})` : fix.results.map((r) => `${r.action} (${r.topic})`).join(', ') || 'none';
    // the dashboard lists every topic: its PR (with what a person must look at), held by damping, or not planned and why
    const prs = fix.results.map((r) => ({ topic: r.topic, action: r.action, number: r.number, url: r.url, note: r.reason, warnings: r.warnings }));
    const held = (fix.plan?.held ?? []).map((h) => ({ topic: h.topic, action: 'held', note: h.reason }));
    const skipped = fix.skipped.map((s) => ({ topic: s.topic, action: 'not planned', note: s.reason }));
    return { url: fix.prUrl, action, failed: fix.exitCode === EXIT_ERROR, warnings: fix.warnings, prs: [...prs, ...held, ...skipped] };
  },
});
