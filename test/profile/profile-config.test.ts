// The config's `profile:` section: a team's aliases and statuses are read by the model and accepted
// by the built-in schemas (derived at validation time); both spellings of one field in one mapping
// is an error; a bad entry is a config error (exit 2) at its file:line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load-config.js';
import { UserError } from '../../src/core/errors.js';
import { resolveProfile } from '../../src/profile/profile.js';
import { CLEAN_SPINE } from '../gates/support/gate-cases.js';
import { REPO_DIR } from '../support/paths.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function spineWith(vmEdit: (text: string) => string, config: string): string {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-profile-'));
  roots.push(root);
  cpSync(CLEAN_SPINE, root, { recursive: true });
  const vms = join(root, SPINE_PATHS.vms);
  writeFileSync(vms, vmEdit(readFileSync(vms, 'utf8')));
  writeFileSync(join(root, 'driftgate.config.yaml'), config);
  return root;
}

const CONFIG = `profile:
  fields:
    vms:
      vmid: [machine_id, vmid]
  statuses:
    vms:
      paused: expected-stopped
      parked: { meaning: expected-stopped, says: intentionally stopped }
`;

describe('a team profile in driftgate.config.yaml', () => {
  it('reads a renamed field and a new status, and the built-in schema accepts both', async () => {
    const root = spineWith((t) => t.replace('  - vmid: 302', '  - machine_id: 302').replace(/(hostname: edge\n(?: {4}.*\n)*? {4}status: )active/, '$1paused'), CONFIG);
    const config = await loadConfig(root);
    const { model, problems } = await loadSpine(root, config);
    expect(problems.filter((p) => p.severity !== 'notice')).toEqual([]);
    const edge = model.vms.find((v) => v.hostname === 'edge');
    expect(edge).toMatchObject({ vmid: 302, status: 'paused', meaning: 'expected-stopped' });
    expect(edge?.ref.keys).toEqual({ vmid: 'machine_id' });
    expect(model.unreadable).toEqual([]);
  });

  it("reads a VM's addresses from the keys of the profile's address planes, as the address book does", async () => {
    const clean = await loadSpine(CLEAN_SPINE, await loadConfig(CLEAN_SPINE));
    const root = spineWith((t) => t.replace(/^( {4})lan_ip:/gm, '$1lan_address:').replace(/^( {4})tailscale_ip:/gm, '$1ts_address:'), 'profile:\n  addresses:\n    lan:\n      keys: [lan_address]\n    tailscale:\n      keys: [ts_address]\n');
    const { model, problems } = await loadSpine(root, await loadConfig(root));
    expect(problems.filter((p) => p.severity !== 'notice')).toEqual([]);
    const addresses = (m: typeof model): string[] => m.vms.map((v) => `${v.hostname} ${v.lanIp} ${v.tailscaleIp}`);
    expect(addresses(clean.model).some((a) => a.includes('192.168.50.31 100.64.0.11'))).toBe(true);
    expect(addresses(model)).toEqual(addresses(clean.model));
  });

  it('reports both spellings of one field in one mapping at the less preferred key', async () => {
    const root = spineWith((t) => t.replace('  - vmid: 302\n', '  - vmid: 302\n    machine_id: 303\n'), CONFIG);
    const { problems } = await loadSpine(root, await loadConfig(root));
    expect(problems.map((p) => `${p.code} ${p.severity} ${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      'DUPLICATE_SPELLING error 33:5 "vmid" and "machine_id" are two spellings of one field in this mapping (the profile prefers "machine_id"): the rename left both, and every reader silently uses one of the two values; merge them into "machine_id"',
    ]);
  });

  it('the built-in profile alone accepts `id` for `vmid` and `description` for `notes`', async () => {
    const root = spineWith((t) => t.replace('  - vmid: 302', '  - id: 302\n    description: the edge VM'), '');
    const { model, problems } = await loadSpine(root, await loadConfig(root));
    expect(problems.filter((p) => p.severity !== 'notice')).toEqual([]);
    expect(model.vms.map((v) => v.vmid).sort()).toEqual([300, 301, 302]);
  });

  it.each([
    ['an unknown meaning', 'profile:\n  statuses:\n    services:\n      retired: gone\n', /driftgate\.config\.yaml:4:16 "retired" has unknown value "gone"/],
    ['one key for two fields', 'profile:\n  fields:\n    vms:\n      vmid: [id]\n      hostname: [name, id]\n', /driftgate\.config\.yaml:5:24 profile\.fields\.vms: key "id" is given to both "vmid" and "hostname"/],
    ['a network that is none', 'profile:\n  addresses:\n    lan:\n      networks: [10.0.0.0/40]\n', /driftgate\.config\.yaml:4:18 profile\.addresses\.lan\.networks: "10\.0\.0\.0\/40" is not an IPv4 network/],
    ['a unique collection outside the binding files', 'profile:\n  unique:\n    - file: other.yaml\n      collection: /items\n      key: id\n', /driftgate\.config\.yaml:3:13 profile\.unique\[0\]\.file "other\.yaml" is not a binding file/],
    ['an unknown profile name', 'profile: spin\n', /driftgate\.config\.yaml:1:10 "profile" has unknown value "spin"; did you mean "spine"\?/],
  ])('refuses %s (exit 2, file:line)', async (_what, text, message) => {
    const root = spineWith((t) => t, text);
    const error = await loadConfig(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(message);
  });
});

describe('the profile examples of the docs', () => {
  const blocks = (file: string): string[] =>
    [...readFileSync(join(REPO_DIR, file), 'utf8').matchAll(/```yaml\n(profile:[\s\S]*?)```/g)].map((m) => m[1]!);

  it('every `profile:` block of docs/evolving.md is a valid config', async () => {
    const found = blocks('docs/evolving.md');
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const text of found) {
      const root = spineWith((t) => t, text);
      await expect(loadConfig(root), text).resolves.toMatchObject({ profileSettings: expect.any(Object) });
    }
  });

  it('the profile section of the config example in docs/schemas.md is a valid config', async () => {
    const example = /```yaml\n(version: 1[\s\S]*?)```/.exec(readFileSync(join(REPO_DIR, 'docs/schemas.md'), 'utf8'))?.[1] ?? '';
    const profile = /^profile:[\s\S]*?(?=^\S|$(?![\s\S]))/m.exec(example)?.[0];
    expect(profile).toBeDefined();
    const root = spineWith((t) => t, profile!);
    const config = await loadConfig(root);
    expect(config.profileSettings?.scopes).toEqual({ registry: { vms: { proxmox_host: ['pve'] } } });
  });
});

describe('profile.references in driftgate.config.yaml', () => {
  const renamed = (t: string): string => t.replace(/^( {4})ssh_target:/gm, '$1login_host:');

  it('a renamed reference field is suspected on the evidence of the built-in reference', async () => {
    const root = spineWith(renamed, '{}\n');
    const config = await loadConfig(root);
    expect(resolveProfile(config).references.vms).toEqual({ ssh_target: 'sshTargets', backup_target: 'backups' });
    const { model } = await loadSpine(root, config);
    expect(model.uncertain.find((u) => u.key === 'login_host')).toMatchObject({ kind: 'vms', fields: ['ssh_target'], evidence: 'reference', confident: true });
  });

  it("a team's references are merged over the built-in ones and decide what a renamed key's values must name", async () => {
    const root = spineWith(renamed, 'profile:\n  references:\n    vms:\n      ssh_target: routes\n    composeTargets:\n      jump: sshTargets\n');
    const config = await loadConfig(root);
    expect(resolveProfile(config).references.vms).toEqual({ ssh_target: 'routes', backup_target: 'backups' });
    expect(resolveProfile(config).references.composeTargets).toEqual({ ssh_target: 'sshTargets', jump: 'sshTargets' });
    // the values name ssh targets, not routes: no longer evidence by reference
    const { model } = await loadSpine(root, config);
    expect(model.uncertain.find((u) => u.key === 'login_host')?.evidence).not.toBe('reference');
  });

  it('an unknown entity kind is a config error at its line', async () => {
    const root = spineWith((t) => t, 'profile:\n  references:\n    vms:\n      ssh_target: machines\n');
    const err = await loadConfig(root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/driftgate\.config\.yaml:4:\d+/);
  });
});
