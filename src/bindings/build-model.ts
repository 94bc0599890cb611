// Assembles the typed Model from the parsed binding files (best effort: entities whose essential
// fields are missing or mistyped are skipped; the schema problems report them).
import type { ResolvedConfig } from '../config/types.js';
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
import type { BindingKind, Model, SourceFile } from './types.js';

export function buildModel(root: string, config: ResolvedConfig, files: Map<string, SourceFile>): Model {
  const paths = config.paths;
  const data = (kind: BindingKind): unknown => files.get(paths[kind])?.data;
  const sshDefaults = buildSshDefaults(paths.ssh, data('ssh'));
  const backupDefaults = buildBackupDefaults(data('backups'));
  const composeTargets = buildComposeTargets(paths.compose, data('compose'));
  return {
    root,
    files,
    paths,
    services: buildServices(paths.registry, data('registry')),
    hosts: buildHosts(paths.registry, data('registry')),
    secretsProjects: buildSecretsProjects(paths.registry, data('registry')),
    endpoints: buildEndpoints(paths.health, data('health')),
    healthDefaults: buildHealthDefaults(paths.health, data('health')),
    composeTargets,
    stacks: composeTargets.flatMap((t) => t.stacks),
    vms: buildVms(paths.vms, data('vms')),
    sshDefaults,
    sshTargets: buildSshTargets(paths.ssh, data('ssh'), sshDefaults),
    backupDefaults,
    backups: buildBackups(paths.backups, data('backups'), backupDefaults),
    routes: buildRoutes(paths.routing, data('routing')),
    deployDependencies: buildDeployDependencies(paths.deploy, data('deploy')),
  };
}
