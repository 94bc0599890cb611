// Refs into binding files for live findings: the registry's `status:` node (what a fix edits).
import { pointerOf } from '../../bindings/locate.js';
import type { Model, Ref, Service } from '../../bindings/types.js';

/** Pointer of a service's `status` in the registry. */
export function statusPointer(serviceId: string): string {
  return pointerOf(['services', serviceId, 'status']);
}

/** Where a service's status is: the `status:` value when declared, else the service entry. */
export function statusRef(model: Model, service: Service): Ref {
  if (!service.statusDeclared) return service.ref;
  return { file: model.paths.registry, pointer: statusPointer(service.id) };
}
