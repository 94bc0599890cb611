// The deployed compose file of a stack against its staged copy in the spine, service by service and
// field by field: images, ports, mounts, environment keys (never values) and healthchecks. Each
// difference is one finding at the staged line, naming what is deployed.
import { pointerOf } from '../../bindings/locate.js';
import type { Ref, Stack, StagedCompose } from '../../bindings/types.js';
import type { ComposeServiceSpec } from '../../compose/compose-spec.js';
import type { FindingDraft } from '../types.js';
import { listNames } from '../live/format.js';

/** The staged copy's node of a service (or one of its fields). */
export function stagedRef(staged: StagedCompose, service?: string, field?: string): Ref {
  const path: string[] = ['services'];
  if (service !== undefined) path.push(service);
  if (field !== undefined) path.push(field);
  return { file: staged.file, pointer: pointerOf(path) };
}

type ListField = 'ports' | 'mounts' | 'envKeys';

const LIST_FIELDS: Array<{ field: ListField; yaml: string; what: string }> = [
  { field: 'ports', yaml: 'ports', what: 'ports' },
  { field: 'mounts', yaml: 'volumes', what: 'mounts' },
  { field: 'envKeys', yaml: 'environment', what: 'environment variables' },
];

function quoted(list: readonly string[]): string {
  return listNames(list.map((x) => `"${x}"`), 12);
}

function listDiff(staged: readonly string[], deployed: readonly string[]): { added: string[]; removed: string[] } {
  return { added: deployed.filter((x) => !staged.includes(x)), removed: staged.filter((x) => !deployed.includes(x)) };
}

/** Differences of one service present on both sides. */
function serviceDiffs(stack: Stack, staged: StagedCompose, want: ComposeServiceSpec, have: ComposeServiceSpec, host: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  const subject = { kind: 'stack' as const, id: stack.name };
  const who = `stack "${stack.name}" on "${host}": service "${want.name}"`;
  const at = (field: string): Ref => (field === 'image' && want.image === undefined ? stagedRef(staged, want.name) : stagedRef(staged, want.name, field));
  if ((want.image ?? '') !== (have.image ?? '')) {
    out.push({
      kind: `differs:${want.name}:image`,
      subject,
      at: [at('image')],
      message: `${who} runs image "${have.image ?? '(none)'}", the staged copy says "${want.image ?? '(none)'}"; deploy the staged file or update it`,
      expected: want.image ?? null,
      observed: have.image ?? null,
    });
  }
  for (const { field, yaml, what } of LIST_FIELDS) {
    const { added, removed } = listDiff(want[field], have[field]);
    if (added.length === 0 && removed.length === 0) continue;
    const parts = [added.length > 0 ? `deployed only: ${quoted(added)}` : '', removed.length > 0 ? `staged only: ${quoted(removed)}` : ''].filter(Boolean);
    out.push({
      kind: `differs:${want.name}:${field}`,
      subject,
      at: [want[field].length > 0 ? at(yaml) : stagedRef(staged, want.name)],
      message: `${who} has other ${what} than the staged copy (${parts.join('; ')}); deploy the staged file or update it`,
      expected: want[field],
      observed: have[field],
    });
  }
  if (want.healthcheck !== have.healthcheck) {
    out.push({
      kind: `differs:${want.name}:healthcheck`,
      subject,
      at: [want.healthcheck === 'none' ? stagedRef(staged, want.name) : at('healthcheck')],
      message: `${who} has healthcheck ${have.healthcheck}, the staged copy ${want.healthcheck}; deploy the staged file or update it`,
      expected: want.healthcheck,
      observed: have.healthcheck,
    });
  }
  return out;
}

/** Every difference between the staged copy and the deployed file of a stack. */
export function compareCompose(stack: Stack, host: string, staged: StagedCompose, deployed: readonly ComposeServiceSpec[]): FindingDraft[] {
  const want = staged.spec?.services ?? [];
  const out: FindingDraft[] = [];
  const subject = { kind: 'stack' as const, id: stack.name };
  for (const w of want) {
    const h = deployed.find((d) => d.name === w.name);
    if (h) out.push(...serviceDiffs(stack, staged, w, h, host));
    else {
      out.push({
        kind: `missing-service:${w.name}`,
        subject,
        at: [stagedRef(staged, w.name)],
        message: `stack "${stack.name}" on "${host}": service "${w.name}" of the staged copy is not in the deployed compose file; deploy the staged file or remove the service from it`,
        expected: w.name,
        observed: 'absent',
        direction: 'inconsistent',
      });
    }
  }
  for (const h of deployed) {
    if (want.some((w) => w.name === h.name)) continue;
    out.push({
      kind: `extra-service:${h.name}`,
      subject,
      at: [stagedRef(staged)],
      message: `stack "${stack.name}" on "${host}": the deployed compose file has service "${h.name}", the staged copy has not; add it to ${staged.file} or remove it from the host`,
      expected: 'absent',
      observed: h.name,
      direction: 'inconsistent',
    });
  }
  return out;
}
