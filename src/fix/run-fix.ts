// `driftgate fix`: findings from the check pipeline → plan → (dry run) print it, or (--pr) open,
// update or close one PR per topic. Shared by the CLI and the Action; the check runner is injected.
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
import { planFixes, type FixPlan } from './plan-fixes.js';
import { ensureFixPr, type FixPrResult } from './pr.js';
import { planSize, renderPlan } from './render-plan.js';
import { createRevalidate } from './revalidate.js';

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
}

const RAN = new Set(['pass', 'fail', 'warn']);

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
  return `${r.topic}: ${r.action}${pr} (branch ${r.branch})${why}\n${r.notes.map((n) => `  ${n}\n`).join('')}`;
}

export async function runFix(opts: FixOptions, io: Io, deps: FixDeps): Promise<FixOutcome> {
  const root = resolve(io.cwd, opts.root);
  const gitea = opts.pr ? target(opts, io) : undefined;
  const check = await deps.runCheck({ ...opts, format: 'text', out: undefined, metricsOut: undefined }, io);
  const config = check.config ?? (await loadConfig(root, opts.config === undefined ? undefined : resolve(io.cwd, opts.config)));
  const report = check.report;
  if (report.result === 'error') {
    io.stderr(`driftgate fix: the check could not evaluate${report.error ? `: ${report.error}` : ''}\n`);
    return { exitCode: EXIT_ERROR, results: [] };
  }
  // a gate with an inconclusive finding saw only part of reality (a probe failed): planning its
  // topic would close its PR as "drift gone" or push a partial plan, so the topic is skipped whole
  const partial = new Set(report.findings.filter((f) => f.inconclusive).map((f) => f.gate));
  const ranGates = report.gates.filter((g) => RAN.has(g.result) && !partial.has(g.id)).map((g) => g.id);
  for (const gate of [...partial].filter((g) => config.fix.gates.includes(g))) {
    io.stderr(`driftgate fix: ${gate}: some probes were inconclusive, so this topic is not planned and its PR is left alone\n`);
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

  const rendered = opts.format === 'json' ? `${JSON.stringify(planJson(plan), null, 2)}\n` : renderPlan(plan);
  io.stdout(rendered);
  const exitCode = refused ? EXIT_DRIFT : report.result === 'inconclusive' && planSize(plan) === 0 ? EXIT_INCONCLUSIVE : EXIT_OK;
  if (!gitea) return { exitCode, plan, results: [] };

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
    }
  } catch (error) {
    if (!(error instanceof GiteaApiError)) throw error;
    io.stderr(`driftgate fix: ${mask(errorMessage(error))}\n`);
    return { exitCode: EXIT_ERROR, plan, results };
  }
  const prUrl = results.find((r) => r.url && r.action !== 'closed')?.url;
  return { exitCode, plan, results, prUrl };
}

/** The plan as JSON (`--format json`): no file contents, only edits, lines and diffs. */
export function planJson(plan: FixPlan): unknown {
  return {
    topics: plan.topics.map((t) => ({
      topic: t.topic,
      fingerprint: t.fingerprint,
      files: t.files.map((f) => ({ file: f.file, lines: f.lines, changes: f.changes, diff: f.diff })),
      findings: t.findings.map((f) => f.fingerprint),
      refused: t.refused,
    })),
    ...(plan.held ? { held: plan.held } : {}),
  };
}
