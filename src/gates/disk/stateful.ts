// Where a stateful stack keeps its data on its host: the bind mounts of its stateful services
// (resolved against the stack directory's real path) and their named or anonymous volumes (in the
// docker data root), each with the file system it lies on.
import { posix } from 'node:path';
import { expandHome } from '../../bindings/remote-path.js';
import type { Service } from '../../bindings/types.js';
import { type ComposeServiceSpec, isBindSource, mountSource } from '../../compose/compose-spec.js';
import { filesystemOf } from '../../probes/disk.js';
import type { ComposeFileObservation, DiskObservation, FilesystemObservation } from '../../probes/types.js';
import { declaredContainer } from '../live/container-index.js';

export interface DataLocation {
  path: string;
  /** "bind mount of postgres", "volume pgdata of postgres" */
  what: string;
  fs?: FilesystemObservation;
}

/** The compose services that run the given registry services (all of the file's when none matches). */
export function statefulSpecs(cf: ComposeFileObservation, services: readonly Service[]): ComposeServiceSpec[] {
  const names = new Set(services.flatMap((s) => [declaredContainer(s), s.id]));
  const own = cf.services.filter((s) => names.has(s.containerName ?? '') || names.has(s.name));
  return own.length > 0 ? own : cf.services;
}

/** The data locations of the given compose services on the host, with their file systems. */
export function dataLocations(cf: ComposeFileObservation, specs: readonly ComposeServiceSpec[], disk: DiskObservation, home: string): DataLocation[] {
  const dir = cf.realPath ?? expandHome(cf.path, home);
  const root = disk.dockerRoot;
  const out: DataLocation[] = [];
  for (const s of specs) {
    for (const m of s.mounts) {
      const source = mountSource(m);
      if (source !== undefined && isBindSource(source)) {
        const path = source.startsWith('~') ? expandHome(source, home) : source.startsWith('/') ? posix.normalize(source) : posix.resolve(dir, source);
        out.push({ path, what: `bind mount of ${s.name}` });
      } else if (root) {
        out.push({ path: `${root.replace(/\/+$/, '')}/volumes`, what: `${source ? `volume ${source}` : 'anonymous volume'} of ${s.name}` });
      }
    }
  }
  return out.map((l) => {
    const fs = filesystemOf(disk.filesystems, l.path);
    return fs ? { ...l, fs } : l;
  });
}
