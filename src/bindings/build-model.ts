// Assembles the typed Model from the parsed binding files. Entries whose essential fields are
// missing or mistyped are kept in `unreadable` with their place and why (the schema problems say
// more); a file that did not load contributes nothing, and its InputState says why.
import type { ResolvedConfig } from '../config/types.js';
import { resolveProfile, type Profile } from '../profile/profile.js';
import type { Reader } from './model/collections.js';
import {
  buildBackupDefaults,
  buildBackups,
  buildDeployDependencies,
  buildRoutes,
  buildSshDefaults,
  buildSshTargets,
  buildVms,
} from './model/infra-model.js';
import {
  buildComposeTargets,
  buildEndpoints,
  buildHealthDefaults,
  buildHosts,
  buildSecretsProjects,
  buildServices,
} from './model/services-model.js';
import type { BindingKind, InputKind, InputState, Model, SourceFile, Unreadable } from './types.js';

/** `profile` overrides the config's (the tentative aliases of suspected renames, src/renames). */
export function buildModel(root: string, config: ResolvedConfig, files: Map<string, SourceFile>, inputs: Record<InputKind, InputState>, profile: Profile = resolveProfile(config)): Model {
  const paths = config.paths;
  const statuses = profile.statuses;
  const unreadable: Unreadable[] = [];
  // a file that did not load (or whose top level is no map) contributes no entities and no unreadable entries
  const data = (kind: BindingKind): unknown => (inputs[kind]?.status === 'ok' ? files.get(paths[kind])?.data : undefined);
  const reader = (kind: BindingKind): Reader => ({ file: paths[kind], bad: unreadable, profile });
  const sshDefaults = buildSshDefaults(paths.ssh, data('ssh'));
  const backupDefaults = buildBackupDefaults(data('backups'));
  const composeTargets = buildComposeTargets(reader('compose'), data('compose'));
  return {
    root,
    files,
    paths,
    services: buildServices(reader('registry'), data('registry'), statuses),
    hosts: buildHosts(reader('registry'), data('registry')),
    secretsProjects: buildSecretsProjects(paths.registry, data('registry')),
    endpoints: buildEndpoints(reader('health'), data('health')),
    healthDefaults: buildHealthDefaults(paths.health, data('health')),
    composeTargets,
    stacks: composeTargets.flatMap((t) => t.stacks),
    vms: buildVms(reader('vms'), data('vms'), statuses),
    sshDefaults,
    sshTargets: buildSshTargets(reader('ssh'), data('ssh'), sshDefaults),
    backupDefaults,
    backups: buildBackups(reader('backups'), data('backups'), backupDefaults),
    routes: buildRoutes(reader('routing'), data('routing')),
    deployDependencies: buildDeployDependencies(reader('deploy'), data('deploy')),
    unreadable,
    uncertain: [],
    inputs,
  };
}
