// Which probes a set of live gates needs (`--gates` selects probing too): `check --gates health`
// sends HTTP requests and nothing over SSH unless an endpoint is probed from its host.
export type ProbeKind = 'containers' | 'endpoints' | 'backups' | 'hypervisor' | 'identity' | 'compose-files' | 'disk' | 'backup-jobs' | 'backup-sizes';

export const ALL_PROBE_KINDS: readonly ProbeKind[] = ['containers', 'endpoints', 'backups', 'hypervisor', 'identity', 'compose-files', 'disk', 'backup-jobs', 'backup-sizes'];

/** The probes each live gate reads. A live gate missing here gets every probe (never too little). */
const NEEDS: Record<string, ProbeKind[]> = {
  'compose-state': ['containers'],
  'registry-status': ['containers'],
  'unmanaged-containers': ['containers'],
  health: ['endpoints'],
  'backup-freshness': ['backups'],
  'vm-inventory': ['hypervisor'],
  'host-identity': ['identity'],
  'deployed-compose': ['containers', 'compose-files'],
  'backup-depth': ['backup-jobs', 'backup-sizes'],
  'disk-usage': ['disk', 'compose-files'],
};

/** The probe kinds the selected live gates need; undefined = no selection = every kind. */
export function probeKindsFor(liveGateIds: readonly string[] | undefined): Set<ProbeKind> {
  if (liveGateIds === undefined) return new Set(ALL_PROBE_KINDS);
  return new Set(liveGateIds.flatMap((id) => NEEDS[id] ?? ALL_PROBE_KINDS));
}
