// The PR-check and nightly workflows `driftgate init` writes: driftgate's own examples
// (examples/workflows, shipped with the package) with the Action reference and the default branch
// filled in. The result is checked before it is returned: the driftgate step uses the given
// reference and the PR check runs on pull requests and on pushes to the branch (what the
// `workflow-lock` gate, D50, asks of a spine), so an edited example cannot slip through.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { triggersOn } from '../gates/workflow-checks.js';
import { packageRoot } from '../lab/package-root.js';

const WORKFLOWS = [
  { example: 'pr-check.yml', file: 'driftgate-pr.yml', gatesPullRequests: true },
  { example: 'nightly.yml', file: 'driftgate-nightly.yml', gatesPullRequests: false },
] as const;

const DRIFTGATE_USES = /^([ \t]*(?:-[ \t]+)?uses:[ \t]*)(\S*drift[-_]?gate\S*@\S+)[ \t]*$/gm;
const COPY_LINE = /^# Copy to \S+ in the spine repo\. /m;
const MAIN_FILTER = /^([ \t]+branches:[ \t]*)\[main\][ \t]*$/gm;

export interface RenderedWorkflow {
  /** relative to the root */
  path: string;
  text: string;
  /** the `runs-on` labels of its jobs: the runners the team must have */
  runsOn: string[];
  /** the live nightly (needs a runner that reaches the hosts) rather than the PR check */
  live: boolean;
}

function exampleText(name: string): string {
  const path = join(packageRoot(import.meta.url), 'examples/workflows', name);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`driftgate's example workflow ${path} is missing from its installation; reinstall driftgate`, EXIT_ERROR);
  }
}

interface Job {
  'runs-on'?: unknown;
  steps?: Array<{ uses?: unknown }>;
}

function jobsOf(text: string): Job[] {
  const doc = parse(text) as { jobs?: Record<string, Job> };
  return Object.values(doc.jobs ?? {});
}

function verify(name: string, text: string, action: string, branch: string, gatesPullRequests: boolean): void {
  const doc = parse(text) as { on?: unknown };
  const uses = jobsOf(text).flatMap((j) => (j.steps ?? []).map((s) => s.uses)).filter((u): u is string => typeof u === 'string' && /drift[-_]?gate/i.test(u));
  const triggers = !gatesPullRequests || (triggersOn(doc.on, 'pull_request', branch) && triggersOn(doc.on, 'push', branch));
  if (uses.length === 0 || uses.some((u) => u !== action) || !triggers) {
    throw new Error(`the example workflow ${name} no longer has the shape init fills in (a driftgate step${gatesPullRequests ? ', pull_request and push to the branch' : ''})`);
  }
}

/** One example with the reference and the branch filled in. */
export function renderWorkflow(name: string, text: string, action: string, branch: string, gatesPullRequests: boolean): string {
  const out = text
    .replace(COPY_LINE, '# Written by `driftgate init`. ')
    .replace(DRIFTGATE_USES, (_m, lead: string) => `${lead}${action}`)
    .replace(MAIN_FILTER, (_m, lead: string) => `${lead}[${branch}]`);
  verify(name, out, action, branch, gatesPullRequests);
  return out;
}

function runsOn(text: string): string[] {
  return [...new Set(jobsOf(text).flatMap((j) => (typeof j['runs-on'] === 'string' ? [j['runs-on']] : Array.isArray(j['runs-on']) ? j['runs-on'].map(String) : [])))];
}

export function renderWorkflows(dir: string, action: string, branch: string): RenderedWorkflow[] {
  return WORKFLOWS.map((w) => {
    const text = renderWorkflow(w.example, exampleText(w.example), action, branch, w.gatesPullRequests);
    return { path: posix.join(dir, w.file), text, runsOn: runsOn(text), live: !w.gatesPullRequests };
  });
}
