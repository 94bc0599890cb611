// Every static gate over the same team's files nine days later (../shared/spine-next), with the config
// its team would write (test/fixtures/config/spine-next.yaml: the registry covers the shop site, and
// their conventions file's forbidden names). Each finding is pinned here as true, with why; an
// unpinned finding fails the test (a false positive is fixed in the gate, never pinned), and a static
// gate missing from PINS must produce nothing. The counts are in README.md ("The same spine nine days later"; test/acceptance/spine-next.test.ts checks them).
import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { GATES } from '../../src/gates/index.js';
import { runGates } from '../../src/gates/run-gates.js';
import type { Finding } from '../../src/gates/types.js';
import type { Scenario } from '../../src/lab/types.js';
import { REPO_DIR, SPINE_NEXT_DIR } from '../support/paths.js';
import { labFindings, NEW_LIVE_GATES } from './support/corpus-lab.js';

interface Pin {
  severity: Finding['severity'];
  subject: string; // kind:id
  at: string[]; // file:line:col of every location, in order
  expected?: unknown;
  observed?: unknown;
}

const REG = 'docs/governance/SERVICE_REGISTRY.yaml';
const STACKS = 'docs/governance/STACK_REGISTRY.yaml';
const ROUTING = 'docs/governance/DOMAIN_ROUTING_REGISTRY.yaml';
const HEALTH = 'ops/bindings/services.health.yaml';
const VMS = 'ops/bindings/vm.lifecycle.yaml';
const BACKUPS = 'ops/bindings/backup.inventory.yaml';
const COMPOSE = 'ops/bindings/docker.compose.targets.yaml';
const SSH = 'ops/bindings/ssh.targets.yaml';
const GAPS = 'ops/bindings/operational.gaps.yaml';
const WORKFLOW = '.gitea/workflows/verify.yml';
const STARTUP = 'ops/bindings/startup.sequencing.yaml';
const PLACEMENT = 'ops/bindings/infra.placement.policy.yaml';

/** a routed hostname names the container of a registry service (the finance services were renamed "-vm211") */
function routeToContainer(hostname: string, line: number, key: string, keyLine: number, container: string): Pin {
  return { severity: 'warning', subject: `route:${hostname}`, at: [`${ROUTING}:${line}:18`, `${REG}:${keyLine}:16`], expected: key, observed: container };
}

/** vm.lifecycle backup_target "vm-<id>-primary" → backup.inventory has only "vm-<id>-<hostname>-primary", whose glob selects this VM */
function missingBackup(vmid: number, line: number, target: string, targetLine: number): Pin {
  return { severity: 'error', subject: `vm:${vmid}`, at: [`${VMS}:${line}:20`, `${BACKUPS}:${targetLine}:11`], expected: target, observed: `vm-${vmid}-primary` };
}

/** a probe of the fresh-slate VMs (mint-data, mint-apps) whose service the registry does not declare yet */
function unregisteredProbe(id: string, line: number): Pin {
  return { severity: 'error', subject: `endpoint:${id}`, at: [`${HEALTH}:${line}:9`, `${REG}:39:1`], observed: id };
}

/** a service a fresh-slate VM lists, which the registry does not declare (it still runs the interim copies on docker-host) */
function unregisteredVmService(name: string, line: number): Pin {
  return { severity: 'error', subject: `service:${name}`, at: [`${VMS}:${line}:9`, `${REG}:39:1`], observed: name };
}

/** a key the built-in schema does not know: one notice per key per file */
function unknownKey(file: string, line: number, column: number): Pin {
  return { severity: 'notice', subject: `file:${file}`, at: [`${file}:${line}:${column}`] };
}

const PINS: Record<string, Pin[]> = {
  schema: [
    // new keys, one notice each: fresh_slate_target (registry, stack registry), iot_naming_convention, fixed_by and resolution on 5 of 716 gaps
    // (vm_type on 2 VMs is declared by the VM schema: qemu or lxc, compared by vm-inventory)
    unknownKey(REG, 191, 5),
    unknownKey(STACKS, 221, 5),
    unknownKey('ops/bindings/naming.policy.yaml', 46, 1),
    unknownKey(GAPS, 2134, 5),
    unknownKey(GAPS, 2235, 5),
    // the notes → description rename left two `description` keys in one mapping: the later text silently wins
    { severity: 'error', subject: 'file:ops/bindings/cli.tools.inventory.yaml', at: ['ops/bindings/cli.tools.inventory.yaml:178:5'] },
    { severity: 'error', subject: 'file:ops/bindings/cli.tools.inventory.yaml', at: ['ops/bindings/cli.tools.inventory.yaml:209:5'] },
    { severity: 'error', subject: 'file:ops/bindings/surface.readonly.contract.yaml', at: ['ops/bindings/surface.readonly.contract.yaml:29:5'] },
    // a second YAML document ("---") in a binding file: every reader of the first misses it
    { severity: 'error', subject: 'file:ops/bindings/mailroom.task.worker.contract.yaml', at: ['ops/bindings/mailroom.task.worker.contract.yaml:6:1'] },
    // `fixed_in: 8e66283` unquoted: a commit hash read as the number 8e66283 = Infinity
    { severity: 'error', subject: `file:${GAPS}`, at: [`${GAPS}:5426:15`] },
  ],
  references: [
    // the VMs' backup targets do not exist: backup.inventory names them vm-<id>-<hostname>-primary
    missingBackup(206, 228, 'vm-206-dev-tools-primary', 53),
    missingBackup(207, 255, 'vm-207-ai-consolidation-primary', 89),
    missingBackup(209, 302, 'vm-209-download-stack-primary', 71),
    missingBackup(210, 335, 'vm-210-streaming-stack-primary', 80),
    missingBackup(211, 369, 'vm-211-finance-stack-primary', 98),
    // VM 200's service list names the container mint-os-dashboard-api, not the registry key mint-os-api
    { severity: 'error', subject: 'service:mint-os-api', at: [`${VMS}:58:9`, `${REG}:44:16`], expected: 'mint-os-api', observed: 'mint-os-dashboard-api' },
    // VM 212 (mint-data) lists three services the registry does not declare
    unregisteredVmService('mint-modules-postgres', 394),
    unregisteredVmService('mint-modules-minio', 395),
    unregisteredVmService('mint-modules-redis', 396),
    // VM 213 (mint-apps) lists files-api and quote-page, which the registry still runs on docker-host, and order-intake, which it lacks
    { severity: 'error', subject: 'service:files-api', at: [`${VMS}:422:9`, `${REG}:183:11`], expected: 'mint-apps', observed: 'docker-host' },
    { severity: 'error', subject: 'service:quote-page', at: [`${VMS}:423:9`, `${REG}:198:11`], expected: 'mint-apps', observed: 'docker-host' },
    unregisteredVmService('order-intake', 424),
    // enabled probes of the fresh-slate services, none of them in the registry (files-api-v2 and quote-page-v2 cannot take the
    // ids files-api and quote-page: those probes exist and are enabled on docker-host, so no rename is proposed)
    unregisteredProbe('mint-modules-minio', 306),
    unregisteredProbe('files-api-v2', 314),
    unregisteredProbe('quote-page-v2', 321),
    unregisteredProbe('order-intake-v2', 328),
    // as nine days earlier: the probe "immich" is the health URL of the registry service "immich-server"
    { severity: 'error', subject: 'endpoint:immich', at: [`${HEALTH}:169:9`, `${REG}:573:3`], expected: 'immich-server', observed: 'immich' },
    // as nine days earlier: immich-server's secrets project is not one of infisical_projects
    { severity: 'error', subject: 'service:immich-server', at: [`${REG}:579:22`, `${REG}:793:1`], expected: ['mint-os-api', 'infrastructure'], observed: 'immich' },
    // as nine days earlier: routes name the containers of the finance services, not their keys
    routeToContainer('docs.ronny.works', 108, 'paperless-ngx-vm211', 647, 'paperless-ngx'),
    routeToContainer('finances.ronny.works', 118, 'firefly-iii-vm211', 607, 'firefly-iii'),
    routeToContainer('firefly.ronny.works', 128, 'firefly-iii-vm211', 607, 'firefly-iii'),
    routeToContainer('investments.ronny.works', 159, 'ghostfolio-vm211', 655, 'ghostfolio'),
    routeToContainer('mail-archive.ronny.works', 190, 'mail-archiver-vm211', 664, 'mail-archiver'),
  ],
  // every address (LAN URLs of download-stack and streaming-stack, Tailscale ssh hosts) belongs to its host
  'ip-parity': [],
  'health-coverage': [
    // as nine days earlier: "/admin/" against "/admin", only a trailing slash
    { severity: 'notice', subject: 'endpoint:pihole', at: [`${HEALTH}:92:10`, `${REG}:131:13`], expected: '/admin', observed: '/admin/' },
  ],
  'compose-parity': [
    // the ssh user of automation-stack became "ubuntu", so mcpjungle's "~/stacks/mcpjungle" is /home/ubuntu/stacks/mcpjungle:
    // no stack of the host (they live under /home/automation) has that path any more
    {
      severity: 'error',
      subject: 'service:mcpjungle',
      at: [`${REG}:255:14`, `${COMPOSE}:100:5`],
      expected: ['/home/automation/stacks/automation', '/home/automation/stacks/mcpjungle'],
      observed: '~/stacks/mcpjungle',
    },
    // docker-host got a storage stack (MinIO); VM 200's stacks do not list it
    { severity: 'error', subject: 'stack:docker-host/storage', at: [`${COMPOSE}:19:15`, `${VMS}:47:5`], expected: 'storage', observed: ['mint-os', 'artwork-module', 'quote-page', 'dashy'] },
  ],
  'vm-governance': [
    // the registry/SSH user disagreement for immich: the registry says "ubuntu", ssh.targets still connects as "ronny"
    { severity: 'error', subject: 'vm:203', at: [`${REG}:736:15`, `${SSH}:115:13`], expected: 'ronny', observed: 'ubuntu' },
    // as nine days earlier: services of VMs 209 and 210 that their vm.lifecycle lists leave out
    { severity: 'warning', subject: 'service:watchtower-download', at: [`${REG}:481:11`, `${VMS}:279:5`] },
    { severity: 'warning', subject: 'service:download-node-exporter', at: [`${REG}:488:11`, `${VMS}:279:5`] },
    { severity: 'warning', subject: 'service:watchtower-streaming', at: [`${REG}:557:11`, `${VMS}:326:5`] },
    { severity: 'warning', subject: 'service:streaming-node-exporter', at: [`${REG}:564:11`, `${VMS}:326:5`] },
  ],
  'unique-ids': [
    // a second `stack_id: finance` in STACK_REGISTRY.yaml (the VM entry added next to the old one)
    { severity: 'error', subject: 'stack:finance', at: [`${STACKS}:355:15`, `${STACKS}:52:15`], observed: 'finance' },
  ],
  'caddy-proto': [],
  'ssh-trust': [
    // as nine days earlier: host keys are never checked nor remembered, and one target enables ssh-rsa
    { severity: 'error', subject: `file:${SSH}#defaults`, at: [`${SSH}:17:31`], observed: 'no' },
    { severity: 'error', subject: `file:${SSH}#defaults`, at: [`${SSH}:18:28`], observed: '/dev/null' },
    { severity: 'warning', subject: 'host:ap-shop', at: [`${SSH}:174:23`], observed: 'HostKeyAlgorithms=+ssh-rsa PubkeyAcceptedAlgorithms=+ssh-rsa' },
  ],
  'workflow-lock': [
    {
      severity: 'warning',
      subject: `file:${WORKFLOW}#https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64`,
      at: [`${WORKFLOW}:18:43`],
      observed: 'https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64',
    },
  ],
  // VMs 101, 102, 103 and 201, the media-stack stack and naming host are gone; what referred to them
  // was disabled or removed (backup targets enabled: false, the vault ssh target deleted)
  'decommission-sweep': [],
  // the four further registries disagree with the main files (docs/gates/registry-parity.md says why each is true)
  'registry-parity': [
      // STACK_REGISTRY.yaml declares stack "cloudflare-tunnel" active, but no compose target of docker.compose.targets.yaml has a stack of that name; the likeliest match is compose stack "cloudflared"
      { severity: 'warning', subject: 'stack:cloudflare-tunnel', at: [`${STACKS}:120:15`, `${COMPOSE}:33:15`], expected: 'cloudflared', observed: 'cloudflare-tunnel' },
      // STACK_REGISTRY.yaml declares stack "n8n" active, but no compose target of docker.compose.targets.yaml has a stack of that name; registry service "n8n" runs in stack "automation" of "automation-stack"
      { severity: 'warning', subject: 'stack:n8n', at: [`${STACKS}:153:15`], observed: 'n8n' },
      // STACK_REGISTRY.yaml declares stack "storage" reference-only (a reference, not deployed), but docker.compose.targets.yaml deploys it on "docker-host"; one of the two is stale
      { severity: 'warning', subject: 'stack:storage', at: [`${STACKS}:193:13`, `${COMPOSE}:19:15`], expected: 'reference-only', observed: ['docker-host'] },
      // STACK_REGISTRY.yaml declares stack "automation-stack" active, but no compose target of docker.compose.targets.yaml has a stack of that name; "automation-stack" is a compose target, whose stacks are "automation", "mcpjungle"
      { severity: 'warning', subject: 'stack:automation-stack', at: [`${STACKS}:241:15`], observed: 'automation-stack' },
      // stacks "storage", "artwork-module", "quote-page", "dashy" of compose target "docker-host" are started by no phase of startup.sequencing.yaml: after a power cycle the recovery does not bring them back; add them to a phase
      { severity: 'warning', subject: 'host:docker-host', at: [`${COMPOSE}:19:15`, `${COMPOSE}:21:15`, `${COMPOSE}:23:15`, `${COMPOSE}:25:15`], observed: ['storage', 'artwork-module', 'quote-page', 'dashy'] },
      // stack "immich" of compose target "immich" is started by no phase of startup.sequencing.yaml: after a power cycle the recovery does not bring it back; add it to a phase
      { severity: 'warning', subject: 'host:immich', at: [`${COMPOSE}:65:15`], observed: ['immich'] },
      // stack "mint-data" of compose target "mint-data" is started by no phase of startup.sequencing.yaml: after a power cycle the recovery does not bring it back; add it to a phase
      { severity: 'warning', subject: 'host:mint-data', at: [`${COMPOSE}:121:15`], observed: ['mint-data'] },
      // stack "mint-apps" of compose target "mint-apps" is started by no phase of startup.sequencing.yaml: after a power cycle the recovery does not bring it back; add it to a phase
      { severity: 'warning', subject: 'host:mint-apps', at: [`${COMPOSE}:130:15`], observed: ['mint-apps'] },
      // infra.placement.policy.yaml places vm "communications-stack", which no ssh target, registry host or VM in service declares
      { severity: 'warning', subject: 'host:communications-stack', at: [`${PLACEMENT}:68:3`], observed: 'communications-stack' },
      // infra.placement.policy.yaml places vm "vault", which no ssh target, registry host or VM in service declares; VM 102 (vaultwarden) is decommissioned (vm.lifecycle.yaml:519:13): remove the host
      { severity: 'warning', subject: 'host:vault', at: [`${PLACEMENT}:77:3`, `${VMS}:519:13`], observed: 'vault' },
      // startup.sequencing.yaml phase 3 starts stack "mail-archiver" on "finance-stack", which docker.compose.targets.yaml does not declare on any host
      { severity: 'warning', subject: 'stack:mail-archiver', at: [`${STARTUP}:92:13`], observed: 'mail-archiver' },
      // VM 206 (dev-tools) is active but naming.policy.yaml has no host with canonical_name "dev-tools"; add it with its surfaces
      { severity: 'warning', subject: 'vm:dev-tools', at: [`${VMS}:206:15`], observed: 'dev-tools' },
      // VM 100 (homeassistant) is active but infra.placement.policy.yaml does not place it (no hosts entry "homeassistant"); add it with its site
      { severity: 'warning', subject: 'vm:homeassistant', at: [`${VMS}:463:15`], observed: 'homeassistant' },
      // VM 105 (pihole-home) is active but infra.placement.policy.yaml does not place it (no hosts entry "pihole-home"); add it with its site
      { severity: 'warning', subject: 'vm:pihole-home', at: [`${VMS}:573:15`], observed: 'pihole-home' },
  ],
};

function pinOf(f: Finding): Pin {
  const pin: Pin = { severity: f.severity, subject: `${f.subject.kind}:${f.subject.id}`, at: f.locations.map((l) => `${l.file}:${l.line}:${l.column}`) };
  if (f.expected !== undefined) pin.expected = f.expected;
  if (f.observed !== undefined) pin.observed = f.observed;
  return pin;
}

function key(p: Pin): string {
  return `${p.at.join(' ')} ${p.subject}`;
}

const config = await loadConfig(SPINE_NEXT_DIR, `${REPO_DIR}/test/fixtures/config/spine-next.yaml`);
const loaded = await loadSpine(SPINE_NEXT_DIR, config);
const staticGates = GATES.filter((g) => g.kind === 'static');
const { runs, findings } = runGates(staticGates, { ...loaded, config, now: new Date('2026-02-20T12:00:00Z') });

describe('static gates on the spine nine days later', () => {
  for (const gate of staticGates) {
    it(`${gate.id}: every finding is a pinned true positive, every pin is found`, () => {
      expect(runs.find((r) => r.id === gate.id)?.result).not.toBe('error');
      const actual = findings.filter((f) => f.gate === gate.id).map(pinOf).sort((a, b) => key(a).localeCompare(key(b)));
      const pinned = [...(PINS[gate.id] ?? [])].sort((a, b) => key(a).localeCompare(key(b)));
      expect(actual).toEqual(pinned);
    });
  }

  it('reads every VM and evaluates them all: no gate is inconclusive', () => {
    expect(loaded.model.unreadable).toEqual([]);
    expect(loaded.model.vms.length).toBeGreaterThan(15);
    for (const id of ['vm-governance', 'unique-ids', 'references', 'compose-parity', 'ip-parity']) {
      const run = runs.find((r) => r.id === id);
      expect(run?.result, id).not.toBe('inconclusive');
      expect(run?.checked?.vms, id).toBe(loaded.model.vms.length);
    }
  });

  it('gives one notice per unknown key per file, and no did-you-mean at all', () => {
    const notices = findings.filter((f) => f.severity === 'notice' && f.gate === 'schema');
    expect(new Set(notices.map((f) => `${f.locations[0]?.file} ${/unknown key "([^"]+)"/.exec(f.message)?.[1]}`)).size).toBe(notices.length);
    expect(findings.filter((f) => /did you mean/.test(f.message))).toEqual([]);
  });
});

// The new live gates in the lab: every container and endpoint as the lab's defaults have them,
// authentik-server reporting healthy (its image has a HEALTHCHECK), and the backup jobs as
// backup.calendar.yaml records them (pve: 200,202,203,204,205,206,207,209,210; proxmox-home: p0 100,
// p1 103 disabled since 2026-02-20, p2 101,105). What they find is the spine's own.
const STAGED = 'ops/staged/caddy-auth/docker-compose.yml';
const LIVE_PINS: Record<string, Pin[]> = {
  'deployed-compose': [
    // 24 of the 25 stacks have no staged copy: linted, not compared (one notice)
    { severity: 'notice', subject: 'file:ops/staged/{stack}/docker-compose.yml', at: [`${COMPOSE}:10:1`] },
    // the staged caddy-auth file, as nine days earlier: latest images, caddy probed without a healthcheck
    { severity: 'warning', subject: 'stack:caddy-auth', at: [`${STAGED}:2:3`], expected: 'healthcheck', observed: 'none' },
    { severity: 'warning', subject: 'stack:caddy-auth', at: [`${STAGED}:3:12`], expected: 'a pinned tag', observed: 'caddy:latest' },
    { severity: 'warning', subject: 'stack:caddy-auth', at: [`${STAGED}:21:12`], expected: 'a pinned tag', observed: 'ghcr.io/goauthentik/server:latest' },
    { severity: 'warning', subject: 'stack:caddy-auth', at: [`${STAGED}:40:12`], expected: 'a pinned tag', observed: 'ghcr.io/goauthentik/server:latest' },
  ],
  'backup-depth': [
    { severity: 'notice', subject: `file:${REG}`, at: [`${REG}:39:1`] },
    // VM 211 (finance-stack) and the fresh-slate VMs 212 (mint-data), 213 (mint-apps) are in no backup job of pve
    { severity: 'error', subject: 'vm:finance-stack', at: [`${VMS}:340:9`], expected: 'in an enabled backup job', observed: 'no job' },
    { severity: 'error', subject: 'vm:mint-data', at: [`${VMS}:374:9`], expected: 'in an enabled backup job', observed: 'no job' },
    { severity: 'error', subject: 'vm:mint-apps', at: [`${VMS}:402:9`], expected: 'in an enabled backup job', observed: 'no job' },
  ],
  'disk-usage': [{ severity: 'notice', subject: `file:${VMS}`, at: [`${VMS}:29:1`] }],
};

describe('the new live gates on the spine nine days later in the lab', () => {
  it('find the pinned findings and nothing else', async () => {
    const scenario: Scenario = {
      version: 1,
      containers: { 'infra-core/authentik-server': { health: 'healthy' } },
      hypervisor: {
        backupJobs: [
          { id: 'backup-ronny-daily-2026-01-22', host: 'pve', vmids: [200, 202, 203, 204, 205, 206, 207, 209, 210] },
          { id: 'backup-home-p0-daily', host: 'proxmox-home', vmids: [100] },
          { id: 'backup-home-p1-daily', host: 'proxmox-home', vmids: [103], enabled: false },
          { id: 'backup-home-p2-weekly', host: 'proxmox-home', vmids: [101, 105] },
        ],
      },
    };
    const live = await labFindings(loaded.model, config, scenario, new Date('2026-02-20T12:00:00Z'));
    expect(live.runs.map((r) => [r.id, r.result])).toEqual([['deployed-compose', 'warn'], ['backup-depth', 'fail'], ['disk-usage', 'pass']]);
    // what each checked (their pages say so): every stack's compose file, the guests and jobs, every host's disks
    expect(live.runs.map((r) => [r.id, r.checked])).toEqual([['deployed-compose', { stacks: 25, files: 1 }], ['backup-depth', { vms: 14, jobs: 4, backups: 19, services: 0 }], ['disk-usage', { sshTargets: 16, filesystems: 16 }]]);
    for (const id of NEW_LIVE_GATES) {
      const actual = live.findings.filter((f) => f.gate === id).map(pinOf).sort((a, b) => key(a).localeCompare(key(b)));
      expect(actual, id).toEqual([...(LIVE_PINS[id] ?? [])].sort((a, b) => key(a).localeCompare(key(b))));
    }
  }, 60_000);
});
