// Gate `workflow-lock` (D50): the spine has a CI workflow that runs the drift gates on every pull
// request and every push to the default branch, and it pins what it uses and downloads.
import type { LoadProblem, Location, Model, SourceFile } from '../bindings/types.js';
import { locateIn, pointerOf } from '../bindings/locate.js';
import { fileName } from './gate-helpers.js';
import { defineGate } from './types.js';
import type { FindingDraft, GateOutput } from './types.js';
import { triggersOn, unpinnedDownloads, unpinnedUses } from './workflow-checks.js';

const RUNS_GATES = /drift[-_]?gate/i;

interface Step {
  path: Array<string | number>;
  uses?: string;
  run?: string;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function stepsOf(data: Record<string, unknown>): Step[] {
  const out: Step[] = [];
  for (const [jobId, rawJob] of Object.entries(obj(data.jobs) ?? {})) {
    const job = obj(rawJob);
    if (!job) continue;
    if (typeof job.uses === 'string') out.push({ path: ['jobs', jobId], uses: job.uses });
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((rawStep, i) => {
      const step = obj(rawStep);
      if (!step) return;
      const s: Step = { path: ['jobs', jobId, 'steps', i] };
      if (typeof step.uses === 'string') s.uses = step.uses;
      if (typeof step.run === 'string') s.run = step.run;
      out.push(s);
    });
  }
  return out;
}

/** The place of a node (or of `needle` inside it, for a line of a run: script). */
function place(file: SourceFile, path: Array<string | number>, needle?: string): Location {
  const loc = locateIn(file, pointerOf(path));
  if (!needle) return loc;
  const start = (file.lineCounter.lineStarts[loc.line - 1] ?? 0) + loc.column - 1;
  const found = file.text.indexOf(needle, start);
  if (found < 0) return loc;
  const pos = file.lineCounter.linePos(found);
  return { ...loc, line: pos.line, column: pos.col };
}

function findings(model: Model, problems: LoadProblem[], branch: string): FindingDraft[] {
  const dir = model.paths.workflows;
  const files = [...model.files.values()].filter((f) => f.kind === 'workflow').sort((a, b) => a.path.localeCompare(b.path));
  const dirLoc: Location = { file: dir, line: 1, column: 1, pointer: '' };
  const out: FindingDraft[] = [];
  const gateFiles: SourceFile[] = [];
  let unparseable = 0;

  for (const f of files) {
    const data = obj(f.data);
    const name = fileName(f.path);
    if (!data || !obj(data.jobs)) {
      const syntax = problems.find((p) => p.location.file === f.path && p.severity === 'error');
      const why = syntax ? `does not parse (${syntax.message.replace(/\s+/g, ' ').trim()})` : 'is not a workflow (it has no "jobs" mapping)';
      out.push({
        message: `workflow "${name}" ${why}, so CI cannot run it (D50)`,
        subject: { kind: 'file', id: f.path },
        at: [syntax ? syntax.location : { file: f.path, line: 1, column: 1, pointer: '' }],
        kind: 'workflow-unparseable',
      });
      unparseable++;
      continue;
    }
    const steps = stepsOf(data);
    if (steps.some((s) => RUNS_GATES.test(s.run ?? '') || RUNS_GATES.test(s.uses ?? ''))) gateFiles.push(f);
    for (const s of steps) {
      const why = s.uses === undefined ? undefined : unpinnedUses(s.uses);
      if (s.uses !== undefined && why) {
        out.push({
          message: `workflow "${name}" uses "${s.uses}", which ${why}; pin it to ${s.uses.startsWith('docker://') ? 'an image tag or digest' : 'a release tag or a commit SHA'}`,
          subject: { kind: 'file', id: `${f.path}#${s.uses}` },
          at: [place(f, [...s.path, 'uses'])],
          kind: 'unpinned-action',
          severity: 'warning',
          observed: s.uses,
        });
      }
      for (const d of unpinnedDownloads(s.run ?? '')) {
        out.push({
          message: `workflow "${name}" ${d.why}; pin a version and verify its checksum`,
          subject: { kind: 'file', id: `${f.path}#${d.match}` },
          at: [place(f, [...s.path, 'run'], d.match)],
          kind: 'unpinned-download',
          severity: 'warning',
          observed: d.match,
        });
      }
    }
  }

  if (files.length === 0) {
    out.push({
      message: `there is no CI workflow under "${dir}/", so no drift gate runs on pull requests (D50); add one that runs "driftgate check --offline" on push and pull_request`,
      subject: { kind: 'file', id: dir },
      at: [dirLoc],
      kind: 'no-workflow',
    });
    return out;
  }
  if (gateFiles.length === 0 && unparseable > 0) return out;
  if (gateFiles.length === 0) {
    out.push({
      message: `${files.length === 1 ? 'the only workflow' : `none of the ${files.length} workflows`} under "${dir}/" ${files.length === 1 ? 'does not run' : 'runs'} the drift gates (D50); add a step that runs driftgate or drift-gate.sh`,
      subject: { kind: 'file', id: dir },
      at: files.map((f) => ({ file: f.path, line: 1, column: 1, pointer: '' })),
      kind: 'no-gate-workflow',
    });
    return out;
  }
  const first = gateFiles[0] as SourceFile;
  const onLoc = place(first, ['on']);
  for (const [event, label] of [
    ['pull_request', `pull requests to "${branch}"`],
    ['push', `pushes to "${branch}"`],
  ] as const) {
    if (gateFiles.some((f) => triggersOn(obj(f.data)?.on, event, branch))) continue;
    out.push({
      message: `the drift-gate workflow "${fileName(first.path)}" does not run on ${label} (D50); add "${event}" with branches [${branch}] to its "on:"`,
      subject: { kind: 'file', id: first.path },
      at: [onLoc],
      kind: `missing-trigger:${event}`,
      expected: `${event} on ${branch}`,
    });
  }
  return out;
}

export default defineGate({
  id: 'workflow-lock',
  aliases: ['D50'],
  kind: 'static',
  severity: 'error',
  describe:
    'A CI workflow under .gitea/workflows runs the drift gates on pull requests and pushes to the default branch, and pins the actions and tools it downloads.',
  // a workflow that does not parse is this gate's own finding (CI cannot run it), not a blocker
  reads: ['workflows'],
  judges: [],
  run: (ctx): GateOutput => ({
    findings: findings(ctx.model, ctx.problems, ctx.config.fix.base),
    checked: { workflows: [...ctx.model.files.values()].filter((f) => f.kind === 'workflow').length },
  }),
});
