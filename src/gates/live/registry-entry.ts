// registry-entry: the skeleton of a registry entry for a running container of a declared stack that
// no entry names (key, host, container, compose file, published port, the running status), placed
// after the entries of its stack (else of its host, else at the end), its keys in the order the
// neighbouring entry uses, with a comment line saying it is for a person to complete.
import { parsePointer, pointerOf } from '../../bindings/locate.js';
import { resolveStatuses } from '../../profile/statuses.js';
import { statusWithMeaning } from '../../profile/status-vocabulary.js';
import type { ContainerObservation } from '../../probes/types.js';
import { rawAt } from '../gate-helpers.js';
import type { Fix, FixScalar, GateContext } from '../types.js';
import type { StackView } from './container-index.js';
import { notYetStable } from './uptime.js';

const ORDER = ['host', 'port', 'compose', 'container', 'status'];

/** The compose file: the one the stack's other entries name, else the stack path with the file name docker reports. */
function composeFile(view: StackView, c: ContainerObservation): string | undefined {
  const sibling = view.services.find((p) => p.service.compose)?.service.compose;
  if (sibling) return sibling;
  const reported = c.composeFiles?.[0];
  if (!reported) return undefined;
  return `${view.stack.path.replace(/\/+$/, '')}/${reported.slice(reported.lastIndexOf('/') + 1)}`;
}

/** A key no entry has: the container name, else the name with its host. */
function freeKey(ctx: GateContext, name: string, host: string): string | undefined {
  const taken = (k: string): boolean => ctx.model.services.some((s) => s.id === k);
  return [name, `${name}-${host}`].find((k) => !taken(k));
}

export function entrySkeleton(ctx: GateContext, view: StackView, c: ContainerObservation, ports: number[]): Fix | undefined {
  const at = view.obs ? new Date(view.obs.startedAt) : ctx.now;
  if (notYetStable(c, Number.isFinite(at.getTime()) ? at : ctx.now, ctx.config.fix.minUptimeMinutes * 60_000)) return undefined;
  const host = view.target.id;
  const key = freeKey(ctx, c.name, host);
  const compose = composeFile(view, c);
  const status = statusWithMeaning(resolveStatuses(ctx.config).vocabularies.services, 'running');
  if (!key || !compose || !status || ports.length === 0) return undefined;
  const services = ctx.model.services;
  const anchor = [...view.services].map((p) => p.service).pop() ?? services.filter((s) => s.host === host).pop() ?? services[services.length - 1];
  const values: Record<string, FixScalar> = { host, port: ports[0] as number, compose, container: c.name, status };
  const known = anchor ? Object.keys((rawAt(ctx.model, anchor.ref) as Record<string, unknown> | undefined) ?? {}) : [];
  const rank = (k: string): number => (known.includes(k) ? known.indexOf(k) : known.length + ORDER.indexOf(k));
  const value = Object.fromEntries(Object.keys(values).sort((a, b) => rank(a) - rank(b)).map((k) => [k, values[k] as FixScalar]));
  const parent = anchor ? parsePointer(anchor.ref.pointer).slice(0, -1) : ['services'];
  const others = ports.length > 1 ? ` (it also publishes ${ports.slice(1).join(', ')})` : '';
  return {
    kind: 'registry-entry',
    file: ctx.model.paths.registry,
    pointer: pointerOf([...parent, key]),
    value,
    op: 'add',
    ...(anchor ? { after: [anchor.id] } : {}),
    comment: `added by driftgate: "${c.name}" runs in stack "${view.stack.name}" on "${host}"${others}; complete this entry`,
  };
}
