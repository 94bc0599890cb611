// deployed-compose: the compose file in each stack directory on its host against the staged copy in
// the spine (config `compose.staged`), service by service; and lint of what is deployed: floating
// `latest` images, probed services without a healthcheck, anonymous volumes, containers killed for
// lack of memory. Only environment variable NAMES are compared or shown, never values.
import { hostsOf } from '../bindings/model/scopes.js';
import type { Model, Service, Stack, StagedCompose } from '../bindings/types.js';
import type { ComposeServiceSpec } from '../compose/compose-spec.js';
import { resolveProfile } from '../profile/profile.js';
import type { ComposeFileObservation } from '../probes/types.js';
import { compareCompose, stagedRef } from './deployed/compare.js';
import { lintCompose, oomFindings } from './deployed/lint.js';
import { at } from './gate-helpers.js';
import { declaredContainer, findStackObservation } from './live/container-index.js';
import { notDeclared, type Unchecked, uncheckedFindings } from './live/extra-gaps.js';
import { listNames } from './live/format.js';
import type { FindingDraft, GateContext } from './types.js';
import { defineGate } from './types.js';

/** The health endpoint that probes the registry service running a compose service of this host, if any. */
function prober(m: Model, ctx: GateContext, host: string): (spec: ComposeServiceSpec) => string | undefined {
  const hosts = hostsOf(m, resolveProfile(ctx.config));
  const onHost = m.services.filter((s) => s.host !== undefined && hosts.same(s.host, host));
  const serviceOf = (spec: ComposeServiceSpec): Service | undefined =>
    onHost.find((s) => declaredContainer(s) === (spec.containerName ?? spec.name)) ?? onHost.find((s) => s.id === spec.name || declaredContainer(s) === spec.name);
  const portOf = (url: string): number | undefined => {
    try {
      const u = new URL(url);
      return Number(u.port) || (u.protocol === 'https:' ? 443 : 80);
    } catch {
      return undefined;
    }
  };
  return (spec) => {
    const svc = serviceOf(spec);
    if (!svc) return undefined;
    const live = m.endpoints.filter((e) => e.enabled);
    const byId = live.find((e) => e.id === svc.id);
    const byPort = svc.port ? live.find((e) => e.host !== undefined && hosts.same(e.host, host) && portOf(e.url) === svc.port) : undefined;
    return (byId ?? byPort)?.id;
  };
}

interface StackJudgement {
  findings: FindingDraft[];
  compared: boolean;
}

function judgeStack(ctx: GateContext, stack: Stack, cf: ComposeFileObservation, staged: StagedCompose | undefined): StackJudgement {
  const m = ctx.model;
  const host = cf.sshTarget;
  const containers = findStackObservation(ctx.observations, stack)?.containers ?? [];
  const oom = oomFindings({ stack, host, containers }, () => stack.ref);
  if (!cf.ok) {
    // compose-state reports the missing directory or file; here it matters only against a staged copy
    if (!staged) return { findings: oom, compared: false };
    return {
      compared: true,
      findings: [
        ...oom,
        {
          kind: 'staged-not-deployed',
          subject: { kind: 'stack', id: stack.name },
          at: [stagedRef(staged), stack.ref],
          message: `stack "${stack.name}" on "${host}": ${staged.file} stages a compose file, but ${cf.failure?.reason === 'dir-missing' ? `the directory ${stack.path} does not exist` : `${stack.path} holds no compose file`}; deploy it`,
          expected: staged.file,
          observed: cf.failure?.reason === 'dir-missing' ? 'DIR-MISSING' : 'COMPOSE-MISSING',
          direction: 'live-broken',
        },
      ],
    };
  }
  const stagedNames = new Set(staged?.spec?.services.map((s) => s.name) ?? []);
  const lint = lintCompose(
    {
      stack,
      host,
      containers,
      probedBy: prober(m, ctx, host),
      at: (s, field) => (staged && stagedNames.has(s.name) ? stagedRef(staged, s.name, field) : stack.ref),
    },
    cf.services,
  );
  const compared = staged?.spec ? compareCompose(stack, host, staged, cf.services) : [];
  return { findings: [...compared, ...lint, ...oom], compared: staged?.spec !== undefined };
}

export default defineGate({
  id: 'deployed-compose',
  aliases: [],
  kind: 'live',
  severity: 'error',
  describe:
    'Compares the compose file deployed in each stack directory with the staged copy in the spine (images, ports, mounts, environment variable names, healthchecks) and lints it: floating latest images, probed services without a healthcheck, anonymous volumes, containers killed for lack of memory.',
  reads: ['compose', 'registry', 'health', 'ssh'],
  judges: ['composeTargets', 'stacks'],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const m = ctx.model;
    const out: FindingDraft[] = [];
    const unchecked: Unchecked[] = [];
    const unstaged: Stack[] = [];
    let stacks = 0;
    let files = 0;
    for (const target of m.composeTargets) {
      if (!target.enabled) continue;
      for (const stack of target.stacks) {
        const staged = m.stagedCompose?.find((c) => c.target === stack.target && c.stack === stack.name);
        const cf = obs.composeFiles?.find((c) => c.target === stack.target && c.stack === stack.name);
        const drift = cf?.failure?.reason === 'dir-missing' || cf?.failure?.reason === 'compose-missing';
        if (!cf || (!cf.ok && !drift)) {
          unchecked.push({ sshTarget: cf?.sshTarget ?? target.sshTarget ?? target.id, label: `stack "${stack.name}"`, ...(cf?.failure ? { failure: cf.failure, durationMs: cf.durationMs } : {}), at: stack.ref });
          continue;
        }
        stacks++;
        if (!staged) unstaged.push(stack);
        const j = judgeStack(ctx, stack, cf, staged);
        if (j.compared) files++;
        out.push(...j.findings);
      }
    }
    out.push(...uncheckedFindings(obs, unchecked, 'the deployed compose files'));
    if (unstaged.length > 0) {
      const all = unstaged.length === stacks;
      out.push(
        notDeclared(
          `${all ? 'no stack has a' : `${unstaged.length} of ${stacks} stacks have no`} staged copy of ${all ? 'its' : 'their'} compose file at "${ctx.config.compose.staged}"${all ? '' : ` (${listNames(unstaged.map((s) => `${s.target}/${s.name}`))})`}, so ${all ? 'the deployed files were' : 'theirs were'} linted but not compared with the spine; stage them there, or set compose.staged to where they are`,
          at(m.paths.compose, 'targets'),
          ctx.config.compose.staged,
        ),
      );
    }
    return { findings: out, checked: { stacks, files } };
  },
});
