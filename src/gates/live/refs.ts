// Refs into binding files for live findings: child pointers and the registry's `status:` node.
import type { Model, Ref, Service } from '../../bindings/types.js';

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The ref of a child node: `child(ref, 'resources', 'cpu_cores')`. */
export function childRef(ref: Ref, ...tokens: Array<string | number>): Ref {
  return { file: ref.file, pointer: ref.pointer + tokens.map((t) => `/${escapePointerToken(t)}`).join('') };
}

/** Pointer of a service's `status` in the registry (the node a fix edits). */
export function statusPointer(serviceId: string): string {
  return `/services/${escapePointerToken(serviceId)}/status`;
}

/** Where a service's status is: the `status:` value when declared, else the service entry. */
export function statusRef(model: Model, service: Service): Ref {
  if (!service.statusDeclared) return service.ref;
  return { file: model.paths.registry, pointer: statusPointer(service.id) };
}
