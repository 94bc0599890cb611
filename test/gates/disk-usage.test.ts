// Where a stateful stack keeps its data: bind mounts resolved against the stack directory's real
// path (and `~` for the host's user), named and anonymous volumes in the docker data root, each on
// the file system that holds it; only the stateful services' mounts count.
import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/bindings/types.js';
import { dataLocations, statefulSpecs } from '../../src/gates/disk/stateful.js';
import type { ComposeFileObservation, DiskObservation } from '../../src/probes/types.js';

const ref = { file: 'f', pointer: '' };
const cf: ComposeFileObservation = {
  target: 'app', sshTarget: 'app', stack: 'web', path: '~/stacks/web', realPath: '/srv/data/stacks/web', ok: true, startedAt: '2026-02-11T12:00:00Z', durationMs: 1,
  services: [
    { name: 'web', ports: [], mounts: ['./uploads:/app/uploads', '~/cache:/cache'], envKeys: [], healthcheck: 'declared' },
    { name: 'db', containerName: 'web-db', ports: [], mounts: ['pgdata:/var/lib/postgresql/data', '/tmp/anon'], envKeys: [], healthcheck: 'declared' },
  ],
};
const disk: DiskObservation = {
  host: 'app', ok: true, startedAt: '2026-02-11T12:00:00Z', durationMs: 1, dockerRoot: '/var/lib/docker',
  filesystems: [
    { filesystem: '/dev/sda1', mount: '/', sizeKb: 1, usedKb: 0, availKb: 1, usedPercent: 40 },
    { filesystem: '/dev/sdb1', mount: '/srv/data', sizeKb: 1, usedKb: 0, availKb: 1, usedPercent: 30 },
  ],
};

describe('data locations of a stateful stack', () => {
  it('resolves bind mounts against the real directory and the home, volumes into the docker data root', () => {
    const where = dataLocations(cf, cf.services, disk, '/home/app').map((l) => [l.path, l.what, l.fs?.mount]);
    expect(where).toEqual([
      ['/srv/data/stacks/web/uploads', 'bind mount of web', '/srv/data'],
      ['/home/app/cache', 'bind mount of web', '/'],
      ['/var/lib/docker/volumes', 'volume pgdata of db', '/'],
      ['/var/lib/docker/volumes', 'anonymous volume of db', '/'],
    ]);
  });

  it('counts only the compose services that run the stateful registry services (all when none matches)', () => {
    const db = { id: 'web-db', container: 'web-db', status: 'active', meaning: 'running', statusDeclared: true, stateful: true, ref } as Service;
    expect(statefulSpecs(cf, [db]).map((s) => s.name)).toEqual(['db']);
    const other = { ...db, id: 'queue', container: 'queue' };
    expect(statefulSpecs(cf, [other]).map((s) => s.name)).toEqual(['web', 'db']);
  });
});
