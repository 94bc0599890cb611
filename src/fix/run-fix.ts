// `driftgate fix`: findings from the check pipeline → plan → (dry run) print it, (--write) apply it
// to the working tree, or (--pr) open, update or close one PR per topic. Shared by the CLI and the
// Action; the check runner is injected.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dispatcher } from 'undici';
import type { CheckOptions, FixOptions } from '../cli/options.js';
import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { errorMessage, UserError } from '../core/errors.js';
import { EXIT_DRIFT, EXIT_ERROR, EXIT_INCONCLUSIVE, EXIT_OK } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';
import { createGiteaHttp, GiteaApiError } from '../gitea/http.js';
import type { Report } from '../report/types.js';
import { applyPlanLocally, renderApplied } from './apply-local.js';
import { planFixes, type FixPlan } from './plan-fixes.js';
import { ensureFixPr, type FixPrResult } from './pr.js';
import { planSize, renderPlan } from './render-plan.js';
import { createRevalidate } from './revalidate.js';
import { plannableGates, skippedTopics, type SkippedTopic } from './skipped-topics.js';

export type RunCheck = (opts: CheckOptions, io: Io) => Promise<{ report: Report; exitCode: number; text: string; config?: ResolvedConfig }>;

export interface FixDeps {
  runCheck: RunCheck;
  /** undici dispatcher for the Gitea client (tests, proxies) */
  dispatcher?: Dispatcher;
  /** masks further secrets (the Action's SSH key, URL credentials) in PR texts and output */
  redact?: (text: string) => string;
}

export interface FixOutcome {
  exitCode: number;
  plan?: FixPlan;
  results: Array<FixPrResult & { topic: string }>;
  /** the URL of the first PR created or updated (the Action's `fix-pr-url`) */
  prUrl?: string;
  /** what a person must look at (a topic blocked by someone's branch, a PR left open); the Action shows them as warnings */
  warnings: string[];
  /** topics of `fix.gates` not planned this run, and why (the dashboard lists them) */
  skipped: SkippedTopic[];
}

function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join('***') : text;
}

function target(opts: FixOptions, io: Io): { serverUrl: string; owner: string; repo: string; token: string } {
  const serverUrl = opts.serverUrl ?? io.env.GITHUB_SERVER_URL ?? io.env.GITEA_SERVER_URL;
  const full = opts.repo ?? io.env.GITHUB_REPOSITORY;
  if (!serverUrl) throw new UserError('fix --pr needs the Gitea server URL: --server-url or GITHUB_SERVER_URL');
  if (!full) throw new UserError('fix --pr needs the repository: --repo owner/name or GITHUB_REPOSITORY');
  const [owner, repo, ...rest] = full.split('/');
  if (!owner || !repo || rest.length > 0) throw new UserError(`--repo must be owner/name, got "${full}"`);
  if (!opts.token) throw new UserError('fix --pr needs a token in DRIFTGATE_TOKEN, GITEA_TOKEN or GITHUB_TOKEN');
  return { serverUrl, owner, repo, token: opts.token };
}

function resultLine(r: FixPrResult & { topic: string }): string {
  const pr = r.number !== undefined ? ` PR #${r.number}${r.url ? ` ${r.url}` : ''}` : '';
  const why = r.reason ? `: ${r.reason}` : '';
  const lines = [...r.notes.map((n) => `  ${n}`), ...r.warnings.map((w) => `  warning: ${w}`)];
  return `${r.topic}: ${r.action}${pr} (branch ${r.branch})${why}\n${lines.map((l) => `${l}\n`).join('')}`;
}

export async function runFix(opts: FixOptions, io: Io, deps: FixDeps): Promise<FixOutcome> {
  const root = resolve(io.cwd, opts.root);
  if (opts.write && opts.pr) throw new UserError('--write and --pr cannot be combined');
  const gitea = opts.pr ? target(opts, io) : undefined;
  const check = await deps.runCheck({ ...opts, format: 'text', out: undefined, metricsOut: undefined }, io);
  const config = check.config ?? (await loadConfig(root, opts.config === undefined ? undefined : resolve(io.cwd, opts.config)));
  const report = check.report;
  if (report.result === 'error') {
    io.stderr(`driftgate fix: the check could not evaluate${report.error ? `: ${report.error}` : ''}\n`);
    return { exitCode: EXIT_ERROR, results: [], warnings: [], skipped: [] };
  }
  // a gate with an inconclusive finding saw only part of reality (a probe failed): planning its
  // topic would close its PR as "drift gone" or push a partial plan, so the topic is skipped whole
  const ranGates = plannableGates(report);
  const skipped = skippedTopics(report, config);
  for (const s of skipped.filter((t) => t.reason.startsWith('probes were inconclusive'))) {
    io.stderr(`driftgate fix: ${s.topic}: some probes were inconclusive, so this topic is not planned and its PR is left alone\n`);
  }
  const readFile = (file: string): string | undefined => {
    try {
      return readFileSync(join(root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const plan = planFixes(report.findings, config, readFile, { ranGates, revalidate: createRevalidate(config) });
  const refused = plan.topics.some((t) => t.refused.length > 0);
  io.stderr(`driftgate fix: check ${report.result}, ${report.findings.length} finding(s), ${planSize(plan)} fixable edit(s)\n`);

  const rendered = opts.format === 'json' ? `${JSON.stringify(planJson(plan, skipped), null, 2)}\n` : renderPlan(plan, skipped);
  io.stdout(rendered);
  const exitCode = refused ? EXIT_DRIFT : report.result === 'inconclusive' && planSize(plan) === 0 ? EXIT_INCONCLUSIVE : EXIT_OK;
  if (opts.write) {
    // the same guards again on the files as they are now; a refusal here is one more refused edit
    const applied = await applyPlanLocally(plan, root, createRevalidate(config));
    if (opts.format !== 'json') io.stdout(renderApplied(applied));
    else io.stderr(renderApplied(applied));
    return { exitCode: applied.refused.length > 0 ? EXIT_DRIFT : exitCode, plan, results: [], warnings: [], skipped };
  }
  if (!gitea) return { exitCode, plan, results: [], warnings: [], skipped };

  const http = createGiteaHttp({ serverUrl: gitea.serverUrl, token: gitea.token, dispatcher: deps.dispatcher });
  const mask = (text: string): string => redact(deps.redact ? deps.redact(text) : text, gitea.token);
  const results: FixOutcome['results'] = [];
  try {
    for (const topic of plan.topics) {
      const r = await ensureFixPr(http, { owner: gitea.owner, repo: gitea.repo }, topic, {
        base: opts.base ?? config.fix.base,
        labels: config.fix.labels,
        maxOpenPrs: config.fix.maxOpenPrs,
        bot: config.fix.committer,
        revalidate: createRevalidate(config),
        redact: mask,
      });
      results.push({ ...r, topic: topic.topic });
      io.stdout(mask(resultLine({ ...r, topic: topic.topic })));
      for (const w of r.warnings) io.stderr(mask(`driftgate fix: warning: ${topic.topic}: ${w}\n`));
    }
  } catch (error) {
    if (!(error instanceof GiteaApiError)) throw error;
    io.stderr(`driftgate fix: ${mask(errorMessage(error))}${hint(error)}\n`);
    return { exitCode: EXIT_ERROR, plan, results, warnings: warningsOf(results, mask), skipped };
  }
  const prUrl = results.find((r) => r.url && r.action !== 'closed')?.url;
  return { exitCode, plan, results, prUrl, warnings: warningsOf(results, mask), skipped };
}

function warningsOf(results: FixOutcome['results'], mask: (t: string) => string): string[] {
  return results.flatMap((r) => r.warnings.map((w) => mask(`${r.topic}: ${w}`)));
}

/** GET /user refused: a scoped token without `read:user` cannot tell which PRs and comments are its own. */
function hint(error: GiteaApiError): string {
  return error.path === '/user' && (error.status === 401 || error.status === 403)
    ? ' (driftgate asks Gitea who the token belongs to, to touch only its own PRs and comments: give the token the read:user scope)'
    : '';
}

/** The plan as JSON (`--format json`): no file contents, only edits, lines and diffs. */
export function planJson(plan: FixPlan, skipped: SkippedTopic[] = []): unknown {
  return {
    topics: plan.topics.map((t) => ({
      topic: t.topic,
      fingerprint: t.fingerprint,
      files: t.files.map((f) => ({ file: f.file, lines: f.lines, changes: f.changes, diff: f.diff })),
      findings: t.findings.map((f) => f.fingerprint),
      refused: t.refused,
    })),
    ...(plan.held ? { held: plan.held } : {}),
    skipped,
  };
}
