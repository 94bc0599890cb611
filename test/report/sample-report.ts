// A small hand-built report for the golden tests: findings of several gates, a cross-file finding
// with two locations, a fix, an inconclusive probe, an entry that could not be read, escaping bait,
// coverage per gate, findings suppressed by exceptions, and a VM-container matrix.
import type { Finding, GateRun } from '../../src/gates/types.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report, SuppressedFinding } from '../../src/report/types.js';

const REG = 'docs/governance/SERVICE_REGISTRY.yaml';

export const SAMPLE_RUNS: GateRun[] = [
  { id: 'schema', aliases: [], kind: 'static', result: 'pass', findings: 0, durationMs: 4, checked: { files: 12 } },
  { id: 'references', aliases: [], kind: 'static', result: 'fail', findings: 1, durationMs: 2, checked: { services: 92, vms: 14 } },
  { id: 'caddy-proto', aliases: ['D51'], kind: 'static', result: 'fail', findings: 1, durationMs: 1, checked: { blocks: 3 } },
  { id: 'ssh-trust', aliases: [], kind: 'static', result: 'warn', findings: 1, durationMs: 0, checked: { sshTargets: 23 }, suppressed: 2 },
  {
    id: 'vm-governance',
    aliases: ['D69'],
    kind: 'static',
    result: 'inconclusive',
    findings: 1,
    durationMs: 1,
    checked: { vms: 13, services: 92 },
    note: 'could not use ops/bindings/vm.lifecycle.yaml:488:5',
  },
  { id: 'registry-status', aliases: [], kind: 'live', result: 'fail', findings: 1, durationMs: 1, checked: { services: 88 } },
  { id: 'health', aliases: ['D23'], kind: 'live', result: 'inconclusive', findings: 1, durationMs: 0, checked: { endpoints: 44 } },
  { id: 'backup-freshness', aliases: ['D19'], kind: 'live', result: 'skipped', findings: 0, durationMs: 0, note: 'off in config' },
];

export const SAMPLE_FINDINGS: Finding[] = [
  {
    gate: 'references',
    severity: 'error',
    fingerprint: '0a1b2c3d4e5f6071',
    message: 'VM "download-stack" names backup target "vm-209-download", which backup.inventory.yaml does not declare',
    subject: { kind: 'vm', id: 'download-stack' },
    locations: [
      { file: 'ops/bindings/vm.lifecycle.yaml', line: 212, column: 20, pointer: '/vms/8/backup_target' },
      { file: 'ops/bindings/backup.inventory.yaml', line: 14, column: 3, pointer: '/targets' },
    ],
    observed: 'vm-209-download',
    direction: 'inconsistent',
  },
  {
    gate: 'caddy-proto',
    severity: 'error',
    fingerprint: '1122334455667788',
    message:
      'reverse_proxy to the auth server "127.0.0.1:9000" in site "http://{$PIHOLE_HOSTNAME}" does not set "header_up X-Forwarded-Proto https"; add it inside its block (D51) <b>|</b>',
    subject: { kind: 'route', id: 'http://{$PIHOLE_HOSTNAME} handle /outpost.goauthentik.io/* > reverse_proxy 127.0.0.1:9000' },
    locations: [{ file: 'ops/staged/caddy-auth/Caddyfile', line: 19, column: 3, pointer: '' }],
    expected: 'header_up X-Forwarded-Proto https',
    observed: 'no header_up X-Forwarded-Proto',
    direction: 'inconsistent',
  },
  {
    gate: 'ssh-trust',
    severity: 'warning',
    fingerprint: '99aabbccddeeff00',
    message: 'ssh target "ap-shop" enables the legacy algorithm "ssh-rsa" through HostKeyAlgorithms in ssh_extra_opts',
    subject: { kind: 'host', id: 'ap-shop' },
    locations: [{ file: 'ops/bindings/ssh.targets.yaml', line: 161, column: 23, pointer: '/ssh/targets/20/ssh_extra_opts' }],
    observed: 'HostKeyAlgorithms=+ssh-rsa',
    direction: 'inconsistent',
  },
  {
    gate: 'vm-governance',
    severity: 'warning',
    fingerprint: '7766554433221100',
    message: 'VM "pihole" at vm.lifecycle.yaml:488:5 could not be read: it has no "vmid" (it has "id"); not checked, so drift cannot be ruled out',
    subject: { kind: 'vm', id: 'pihole' },
    locations: [{ file: 'ops/bindings/vm.lifecycle.yaml', line: 488, column: 5, pointer: '/vms/14' }],
    direction: 'unknown',
    inconclusive: true,
    details: { coverage: 'unreadable', reason: 'it has no "vmid" (it has "id")' },
  },
  {
    gate: 'registry-status',
    severity: 'error',
    fingerprint: 'feedfacecafebeef',
    message: 'service "swaparr-sonarr" is declared "stopped" but its container has been running for 5 hours',
    subject: { kind: 'service', id: 'swaparr-sonarr' },
    locations: [{ file: REG, line: 428, column: 13, pointer: '/services/swaparr-sonarr/status' }],
    expected: 'stopped',
    observed: 'running',
    direction: 'declared-stale',
    fix: { file: REG, pointer: '/services/swaparr-sonarr/status', value: 'active' },
  },
  {
    gate: 'health',
    severity: 'error',
    fingerprint: '0011223344556677',
    message: 'health probe "sabnzbd" timed out after 10000 ms',
    subject: { kind: 'endpoint', id: 'sabnzbd' },
    locations: [{ file: 'ops/bindings/services.health.yaml', line: 88, column: 7, pointer: '/endpoints/12' }],
    expected: [200],
    observed: 'timeout',
    direction: 'live-broken',
    inconclusive: true,
  },
];

/** An ssh.targets.yaml default a config exception suppressed. */
function excepted(key: string, line: number, column: number, value: string, fingerprint: string): SuppressedFinding {
  return {
    gate: 'ssh-trust',
    severity: 'error',
    fingerprint,
    message: `the defaults of ssh.targets.yaml (inherited by 21 targets) set ${key} "${value}"`,
    subject: { kind: 'file', id: 'ops/bindings/ssh.targets.yaml#defaults' },
    locations: [{ file: 'ops/bindings/ssh.targets.yaml', line, column, pointer: `/ssh/defaults/${key}` }],
    observed: value,
    direction: 'inconsistent',
    exception: { reason: 'host keys are pinned by the probes; the scripts move to known_hosts in Q2', expires: '2026-06-30' },
  };
}

export const SAMPLE_SUPPRESSED: SuppressedFinding[] = [
  excepted('strict_host_key_checking', 15, 31, 'no', 'aa00bb11cc22dd33'),
  excepted('user_known_hosts_file', 16, 28, '/dev/null', 'aa00bb11cc22dd34'),
];

export function sampleReport(): Report {
  return buildReport({
    root: '../shared/spine',
    durationMs: 812.4,
    fileCount: 12,
    runs: SAMPLE_RUNS.map((r) => ({ ...r, aliases: [...r.aliases] })),
    findings: SAMPLE_FINDINGS.map((f) => structuredClone(f)),
    suppressed: SAMPLE_SUPPRESSED.map((f) => structuredClone(f)),
    matrix: {
      rows: [
        { vmid: 204, hostname: 'infra-core', stacks: 2, containers: 6, running: 6, exited: 0, notes: 'cloudflared(1)+caddy-auth(5)' },
        {
          vmid: 209,
          hostname: 'download-stack',
          stacks: 1,
          containers: 24,
          running: 21,
          exited: 3,
          notes: 'huntarr (stopped), tdarr (parked), slskd (parked)',
        },
      ],
      totals: { vms: 2, stacks: 3, containers: 30, running: 27, exited: 3 },
    },
  });
}
