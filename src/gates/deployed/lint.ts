// Lint of a deployed compose file and its containers: an image on a floating `latest` tag (written
// or implied), a probed service without any healthcheck, an anonymous volume, a container the
// kernel killed for lack of memory (exit 137 with OOMKilled).
import type { Ref, Stack } from '../../bindings/types.js';
import { type ComposeServiceSpec, mountSource } from '../../compose/compose-spec.js';
import type { ContainerObservation } from '../../probes/types.js';
import type { FindingDraft } from '../types.js';

/** `latest` when the image names that tag or none at all; undefined for a pinned tag, a digest or an interpolation. */
export function floatingTag(image: string | undefined): string | undefined {
  if (image === undefined || image.includes('${') || image.includes('@')) return undefined;
  const last = image.slice(image.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  if (colon < 0) return 'latest (implied)';
  return last.slice(colon + 1) === 'latest' ? 'latest' : undefined;
}

/** The container of a compose service among the stack's containers (by container_name, else its compose service). */
export function containerOf(spec: ComposeServiceSpec, containers: readonly ContainerObservation[]): ContainerObservation | undefined {
  return containers.find((c) => c.name === (spec.containerName ?? '')) ?? containers.find((c) => c.service === spec.name);
}

export interface LintContext {
  stack: Stack;
  host: string;
  containers: readonly ContainerObservation[];
  /** the health endpoint that probes this service, if any */
  probedBy(spec: ComposeServiceSpec): string | undefined;
  /** where to point a finding about a service (the staged line, else the stack's declaration) */
  at(spec: ComposeServiceSpec, field?: string): Ref;
}

/** The lint findings of one deployed compose file (warnings). */
export function lintCompose(ctx: LintContext, services: readonly ComposeServiceSpec[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  const subject = { kind: 'stack' as const, id: ctx.stack.name };
  for (const s of services) {
    const who = `stack "${ctx.stack.name}" on "${ctx.host}": service "${s.name}"`;
    const tag = floatingTag(s.image);
    if (tag) {
      out.push({
        kind: `latest:${s.name}`,
        severity: 'warning',
        subject,
        at: [ctx.at(s, 'image')],
        message: `${who} runs image "${s.image}" on the floating tag ${tag}: a pull changes what runs without a change in the repo; pin a version`,
        expected: 'a pinned tag',
        observed: s.image,
      });
    }
    const endpoint = ctx.probedBy(s);
    const health = containerOf(s, ctx.containers)?.health ?? '';
    if (endpoint && s.healthcheck !== 'declared' && health === '') {
      out.push({
        kind: `no-healthcheck:${s.name}`,
        severity: 'warning',
        subject,
        at: [ctx.at(s)],
        message: `${who} is probed by health endpoint "${endpoint}" but has no healthcheck (${s.healthcheck === 'disabled' ? 'disabled in the compose file' : 'none in the compose file or its image'}): docker cannot restart or report it when it hangs; add one`,
        expected: 'healthcheck',
        observed: s.healthcheck,
      });
    }
    for (const m of s.mounts) {
      if (mountSource(m) !== undefined) continue;
      const target = m.replace(/:ro$/, '');
      out.push({
        kind: `anonymous-volume:${s.name}:${target}`,
        severity: 'warning',
        subject,
        at: [ctx.at(s, 'volumes')],
        message: `${who} mounts an anonymous volume at ${target}: its data is left behind when the container is removed (docker compose down, a recreate); use a named volume or a bind mount`,
        expected: 'a named volume or a bind mount',
        observed: target,
      });
    }
  }
  return out;
}

/** Containers of the stack that exited because the kernel killed them for lack of memory (errors). */
export function oomFindings(ctx: Pick<LintContext, 'stack' | 'host' | 'containers'>, at: (c: ContainerObservation) => Ref): FindingDraft[] {
  return ctx.containers
    .filter((c) => c.state !== 'running' && c.exitCode === 137 && c.oomKilled === true)
    .map((c) => ({
      kind: `oom:${c.name}`,
      subject: { kind: 'container' as const, id: c.name },
      at: [at(c)],
      message: `stack "${ctx.stack.name}" on "${ctx.host}": container "${c.name}" was killed for lack of memory (exit 137, OOMKilled${c.finishedAt ? ` at ${c.finishedAt}` : ''}); give it a memory limit it fits in, or the VM more memory`,
      expected: 'running',
      observed: 'OOMKilled',
      direction: 'live-broken' as const,
    }));
}
