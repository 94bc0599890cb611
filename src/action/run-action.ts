// The Action: inputs → the same CheckOptions as the CLI → the same check → the channels (job log
// with annotations, job summary, sticky PR comment, commit status, outputs, report file, metrics).
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CheckOptions } from '../cli/options.js';
import type { CheckExtras } from '../core/check.js';
import { defaultConfig } from '../config/defaults.js';
import type { DashboardFixPr } from '../history/dashboard.js';
import type { HistoryOutcome } from '../history/run-history.js';
import { UserError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { renderAnnotations } from '../report/annotations.js';
import { renderMetrics } from '../report/metrics.js';
import type { Report } from '../report/types.js';
import { readRunContext, type RunContext } from './event.js';
import { failureReason } from './fail-on.js';
import { createPrivateDir, writeFileAtomic, type PrivateDir } from './files.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { actionHistory, saveActionHistory, updateDashboard } from './history.js';
import { publishErrorStatus, publishToGitea, type PublishLog } from './publish.js';
import { redact, secretValues, urlCredentials } from './secrets.js';

export interface CheckOutcome {
  report: Report;
  exitCode: number;
  text: string;
  /** the live run to record in the run history (input `state`) */
  history?: HistoryOutcome;
}

export interface FixPrOutcome {
  url?: string;
  action: string;
  /** set when the fix PR could not be written (the job log says why) */
  failed?: boolean;
  /** topics a person must look at (blocked by someone's branch, a PR left open): shown as warnings */
  warnings?: string[];
  /** each topic's PR, for the dashboard */
  prs?: DashboardFixPr[];
}

export interface ActionDeps {
  check(options: CheckOptions, io: Io, extras?: CheckExtras): Promise<CheckOutcome>;
  markdown(report: Report): string;
  /** opens/updates the fix PR (nightly); absent = not available in this build */
  fixPr?(req: FixPrRequest, io: Io): Promise<FixPrOutcome>;
}

export interface FixPrRequest {
  options: CheckOptions;
  /** the check already run: the fix plan is made from its findings (no second probe) */
  outcome: CheckOutcome;
  serverUrl: string;
  repository: string;
  token: string;
  /** masks the run's secrets (SSH key lines, token, URL credentials) in everything sent to Gitea */
  redact: (text: string) => string;
}

type Env = Record<string, string | undefined>;

function checkEnv(env: Env): Env {
  // the check gets no Action inputs and no ambient key: the identity is passed as a file
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_') && k !== 'DRIFTGATE_SSH_KEY'));
}

function knownHostsFile(value: string | undefined, workspace: string, dir: PrivateDir): string | undefined {
  if (!value) return undefined;
  const asPath = resolve(workspace, value);
  if (!value.includes('\n') && !/\s(ssh-|ecdsa-)/.test(value) && existsSync(asPath)) return asPath;
  return dir.write('known_hosts', value.replace(/\\n/g, '\n'));
}

export async function runAction(env: Env, deps: ActionDeps): Promise<void> {
  const secrets: string[] = [];
  let dir: PrivateDir | undefined;
  const say = (text: string) => process.stdout.write(redact(text, secrets));
  let inputs: ActionInputs | undefined;
  let context: RunContext | undefined;
  try {
    const major = Number(process.versions.node.split('.')[0]);
    if (major < 20) throw new UserError(`driftgate needs Node 20 or newer, this runner has ${process.versions.node}`);
    inputs = readActionInputs(env);
    secrets.push(...secretValues([inputs.token, inputs.sshKey, ...urlCredentials(inputs.serverUrl ?? '')]));
    for (const s of secrets) core.setSecret(s);

    context = readRunContext(env);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    let mode = inputs.mode;
    let sshKey = inputs.sshKey;
    if (context.pullRequest?.fork) {
      if (mode === 'live' || sshKey) core.notice('pull request from a fork: running offline, without the SSH key and live probes');
      if (mode === 'live') mode = 'offline';
      sshKey = undefined;
    }
    dir = createPrivateDir(env.RUNNER_TEMP);
    const options: CheckOptions = {
      // relative to the workspace (io.cwd): the report shows the root as given
      root: inputs.root,
      config: inputs.config ? resolve(workspace, inputs.config) : undefined,
      format: 'text',
      gates: mode === 'validate' ? ['schema'] : inputs.gates,
      connectMap: inputs.connectMap ? resolve(workspace, inputs.connectMap) : undefined,
      knownHosts: mode === 'live' ? knownHostsFile(inputs.knownHosts, workspace, dir) : undefined,
      identity: mode === 'live' && sshKey ? dir.write('id_driftgate', sshKey.replace(/\r\n/g, '\n')) : undefined,
      offline: mode !== 'live',
    };
    const io: Io = {
      stdout: say,
      stderr: (t) => process.stderr.write(redact(t, secrets)),
      env: checkEnv(env),
      cwd: workspace,
      isTty: false,
      now: () => new Date(),
    };

    const log: PublishLog = { info: (m) => core.info(redact(m, secrets)), notice: (m) => core.notice(redact(m, secrets)), warning: (m) => core.warning(redact(m, secrets)) };
    const history = actionHistory(inputs, context, { redact: (t) => redact(t, secrets), log });
    core.startGroup(`driftgate check (${mode})`);
    let outcome: CheckOutcome;
    try {
      outcome = await deps.check(options, io, history?.extras);
    } finally {
      core.endGroup();
    }
    const { report } = outcome;
    const creds = urlCredentials(JSON.stringify(report));
    for (const c of creds) core.setSecret(c);
    secrets.push(...creds);
    say(outcome.text.endsWith('\n') ? outcome.text : `${outcome.text}\n`);
    say(renderAnnotations(report));

    const reportPath = resolve(workspace, inputs.reportPath ?? join(env.RUNNER_TEMP || dir.path, 'driftgate-report.json'));
    writeFileAtomic(reportPath, redact(`${JSON.stringify(report, null, 2)}\n`, secrets));
    if (inputs.metricsOut) writeFileAtomic(resolve(workspace, inputs.metricsOut), redact(renderMetrics(report, new Date()), secrets));
    await saveActionHistory(outcome.history, io, log);

    const markdown = redact(deps.markdown(report), secrets);
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write();
    else core.info('GITHUB_STEP_SUMMARY is not set: no job summary');

    core.startGroup('Gitea: PR comment and commit status');
    const published = await publishToGitea(
      {
        report,
        markdown,
        context,
        serverUrl: inputs.serverUrl,
        token: inputs.token,
        comment: inputs.comment,
        status: inputs.status,
        commentKey: inputs.commentKey,
        failOn: inputs.failOn,
        exitCode: outcome.exitCode,
        redact: (t) => redact(t, secrets),
      },
      log,
    );
    core.endGroup();

    let fixPrUrl = '';
    let fixPrs: DashboardFixPr[] = [];
    if (inputs.openFixPr) {
      if (mode !== 'live') core.notice('open-fix-pr needs mode "live" (fixes come from live observations): no fix PR');
      else if (!inputs.token) core.notice('open-fix-pr needs a token (a bot token, see the README, "Set up on Gitea"): no fix PR');
      else if (!deps.fixPr) core.notice('open-fix-pr is not available in this build: run `driftgate fix --pr` in a later step');
      else if (!context.repository || !(inputs.serverUrl || context.serverUrl)) core.notice('open-fix-pr: server URL or repository unknown: no fix PR');
      else {
        core.startGroup('fix PR');
        const fix = await deps.fixPr(
          {
            options,
            outcome,
            token: inputs.token,
            repository: context.repository,
            serverUrl: (inputs.serverUrl || context.serverUrl) as string,
            redact: (t) => redact(t, secrets),
          },
          io,
        );
        core.endGroup();
        fixPrUrl = fix.url ?? '';
        fixPrs = fix.prs ?? [];
        for (const w of fix.warnings ?? []) core.warning(redact(`fix PR: ${w}`, secrets));
        if (fix.failed) core.warning('the fix PR could not be written; see the "fix PR" group of the log');
        else core.info(redact(`fix PR: ${fix.action}${fix.url ? ` ${fix.url}` : ''}`, secrets));
      }
    }

    if (inputs.dashboard) {
      if (mode !== 'live') core.notice('dashboard is written by live runs (the nightly): no dashboard');
      else {
        core.startGroup('drift dashboard');
        const heartbeatHours = (outcome.history?.config ?? defaultConfig()).history.heartbeatHours;
        await updateDashboard({ report, inputs, context, history, fixPrs, runUrl: published.runUrl, heartbeatHours, redact: (t) => redact(t, secrets), now: new Date() }, log);
        core.endGroup();
      }
    }

    core.setOutput('result', report.result);
    core.setOutput('errors', String(report.summary.errors));
    core.setOutput('warnings', String(report.summary.warnings));
    core.setOutput('report-path', reportPath);
    core.setOutput('fix-pr-url', fixPrUrl);

    const why = failureReason(report, outcome.exitCode, inputs.failOn);
    if (why) {
      core.setFailed(redact(why, secrets));
      process.exitCode = outcome.exitCode > 0 ? outcome.exitCode : 1;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setOutput('result', 'error');
    core.setFailed(redact(message, secrets));
    process.exitCode = 2;
    if (inputs?.status && context) {
      await publishErrorStatus(
        { context, serverUrl: inputs.serverUrl, token: inputs.token, commentKey: inputs.commentKey, message: redact(message, secrets) },
        { info: (m) => core.info(redact(m, secrets)), notice: (m) => core.notice(redact(m, secrets)), warning: (m) => core.warning(redact(m, secrets)) },
      );
    }
  } finally {
    dir?.remove();
  }
}
