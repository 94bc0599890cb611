// The Action entry (bundled to dist/action.js, run by action.yml's composite step): wires the
// real check, the Markdown renderer and the fix PR runner into runAction.
import { runCheck } from '../core/check.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { runFix } from '../fix/run-fix.js';
import { renderMarkdown } from '../report/markdown.js';
import { runAction } from './run-action.js';

await runAction(process.env, {
  check: (options, io) => runCheck(options, io),
  markdown: renderMarkdown,
  async fixPr(req, io) {
    const fix = await runFix(
      { ...req.options, dryRun: false, pr: true, serverUrl: req.serverUrl, repo: req.repository, token: req.token },
      io,
      { runCheck: async () => req.outcome, redact: req.redact },
    );
    const first = fix.results.find((r) => r.url);
    const action = first ? `${first.action} (${first.topic})` : fix.results.map((r) => `${r.action} (${r.topic})`).join(', ') || 'none';
    return { url: fix.prUrl, action, failed: fix.exitCode === EXIT_ERROR, warnings: fix.warnings };
  },
});
