// CLI habits: NO_COLOR/FORCE_COLOR, errors first, --out still prints the result line, did-you-mean
// for commands, --quiet, inputs that would fail every probe refused before probing (exit 2), and one
// root-cause line per host whose key could not be verified (missing or changed).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { useColor } from '../../src/core/io.js';
import { type Lab, startLab } from '../../src/lab/start-lab.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SPINE_DIR } from '../support/paths.js';

const ESC = '\u001b[';
const tmp = mkdtempSync(join(tmpdir(), 'driftgate-habits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('colour', () => {
  it('NO_COLOR wins, FORCE_COLOR forces, else a TTY decides', () => {
    expect(useColor({ env: {}, isTty: true })).toBe(true);
    expect(useColor({ env: { NO_COLOR: '1' }, isTty: true })).toBe(false);
    expect(useColor({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTty: true })).toBe(false);
    expect(useColor({ env: { FORCE_COLOR: '1' }, isTty: false })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: '0' }, isTty: true })).toBe(false);
    expect(useColor({ env: { NO_COLOR: '' }, isTty: true })).toBe(true);
  });

  it('check on a terminal with NO_COLOR prints no escape codes; FORCE_COLOR colours a pipe', async () => {
    const tty = { ...memoryIo({ NO_COLOR: '1' }), isTty: true };
    await main(['check', '--offline', '--root', SPINE_DIR], tty);
    expect(tty.out.join('')).not.toContain(ESC);
    const pipe = memoryIo({ FORCE_COLOR: '1' });
    await main(['check', '--offline', '--root', SPINE_DIR], pipe);
    expect(pipe.out.join('')).toContain(`${ESC}31merror`);
  });
});

describe('the text report', () => {
  it('lists errors first, then warnings, then notices, each in file order', async () => {
    const io = memoryIo();
    expect(await main(['check', '--offline', '--root', SPINE_DIR], io)).toBe(1);
    const lines = io.out.join('').split('\n');
    const headings = lines.filter((l) => /^(Errors|Warnings|Notices) \(\d+\)$/.test(l));
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['Errors', 'Warnings', 'Notices']);
    expect(lines[0]).toMatch(/^Errors \(\d+\)$/);
    const section = (name: string) => {
      const start = lines.findIndex((l) => l.startsWith(`${name} (`));
      const end = lines.findIndex((l, i) => i > start && l === '');
      return lines.slice(start + 1, end).filter((l) => !l.startsWith(' '));
    };
    for (const [name, severity] of [['Errors', 'error'], ['Warnings', 'warning']] as const) {
      const entries = section(name);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((l) => l.includes(`: ${severity} `))).toBe(true);
      const places = entries.map((l) => l.split(': ')[0] as string);
      const key = (p: string) => p.replace(/:(\d+)/g, (_m, n: string) => `:${n.padStart(6, '0')}`);
      expect(places.map(key)).toEqual([...places.map(key)].sort());
    }
  });

  it('--quiet prints the errors and the result line only', async () => {
    const io = memoryIo();
    expect(await main(['check', '--offline', '--quiet', '--root', SPINE_DIR], io)).toBe(1);
    const text = io.out.join('');
    expect(text).toMatch(/^Errors \(\d+\)\n/);
    expect(text).not.toMatch(/Warnings|Notices|^Gates$|: warning /m);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^Result: DRIFT \(exit 1\): \d+ errors/);
  });

  it('--out writes the report and still prints the one-line result on stderr', async () => {
    const io = memoryIo();
    const out = join(tmp, 'report.md');
    expect(await main(['check', '--offline', '--root', SPINE_DIR, '--format', 'markdown', '--out', out], io)).toBe(1);
    expect(io.out.join('')).toBe('');
    expect(io.err.join('')).toMatch(new RegExp(`^Result: DRIFT \\(exit 1\\): \\d+ errors, \\d+ warnings, \\d+ notices; .*; report written to ${out.replace(/[.]/g, '\\.')}\\n$`));
    expect(readFileSync(out, 'utf8')).toContain('driftgate');
    const v = memoryIo();
    expect(await main(['validate', '--root', SPINE_DIR, '--format', 'json', '--out', join(tmp, 'validate.json')], v)).toBe(0);
    expect(v.out.join('')).toBe('');
    expect(v.err.join('')).toMatch(/^validated \d+ files: \d+ errors, \d+ warnings; report written to .*validate\.json\n$/);
    const f = memoryIo();
    await main(['fix', '--dry-run', '--offline', '--root', SPINE_DIR, '--out', join(tmp, 'plan.txt')], f);
    expect(f.out.join('')).toBe('');
    expect(f.err.join('')).toMatch(/^driftgate fix: check drift, \d+ finding\(s\), 0 fixable edit\(s\)\n$/);
  });
});

describe('commands', () => {
  it('a misspelt command gets a did-you-mean and exit 2', async () => {
    const io = memoryIo();
    expect(await main(['chek'], io)).toBe(2);
    expect(io.err.join('')).toBe('driftgate: unknown command "chek"; did you mean "check"? (see driftgate --help)\n');
  });
});

describe('inputs that would fail every probe: one line, exit 2, nothing probed', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab({ root: resolve(REPO_DIR, 'examples/spine'), scenario: resolve(REPO_DIR, 'examples/scenarios/all-as-declared.yaml'), outDir: join(tmp, 'lab'), now: new Date('2026-02-11T12:00:00Z') });
    writeFileSync(join(tmp, 'lab', 'id_ed25519.pub'), 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFakeFakeFakeFakeFakeFakeFakeFakeFake driftgate\n');
  });
  afterAll(async () => lab?.close());

  const args = (...extra: string[]) => ['check', '--root', resolve(REPO_DIR, 'examples/spine'), '--connect-map', lab.files!.connectMap, ...extra];

  it('a public key passed as --identity', async () => {
    const io = memoryIo();
    expect(await main(args('--known-hosts', lab.files!.knownHosts, '--identity', `${lab.files!.identity}.pub`), io)).toBe(2);
    expect(io.out.join('')).toBe('');
    expect(io.err.join('')).toMatch(/^driftgate: cannot use the SSH identity from .*id_ed25519\.pub: it is a public key; pass the private key \(use .*id_ed25519, without \.pub\)\n$/);
  });

  it('an empty known_hosts', async () => {
    const empty = join(tmp, 'empty_known_hosts');
    writeFileSync(empty, '# nothing pinned yet\n');
    const io = memoryIo();
    expect(await main(args('--known-hosts', empty, '--identity', lab.files!.identity), io)).toBe(2);
    expect(io.out.join('')).toBe('');
    expect(io.err.join('').trimEnd().split('\n')).toEqual([
      `driftgate: no pinned SSH host keys (--known-hosts ${empty} has no entries), so every SSH probe would fail; write them with "driftgate hosts pin --known-hosts FILE", review the file, and pass it with --known-hosts FILE (or probe.known_hosts in the config, or DRIFTGATE_KNOWN_HOSTS)`,
    ]);
  });

  it('no identity and no ssh-agent', async () => {
    const io = memoryIo();
    expect(await main(args('--known-hosts', lab.files!.knownHosts), io)).toBe(2);
    expect(io.err.join('')).toMatch(/^driftgate: no SSH identity, so every SSH login would fail; pass --identity FILE, set DRIFTGATE_SSH_KEY, or start an ssh-agent \(SSH_AUTH_SOCK\)/);
    const gone = memoryIo({ SSH_AUTH_SOCK: join(tmp, 'no-agent.sock') });
    expect(await main(args('--known-hosts', lab.files!.knownHosts), gone)).toBe(2);
    expect(gone.err.join('')).toMatch(/SSH_AUTH_SOCK names .*no-agent\.sock, which does not exist/);
  });

  it('host keys missing for some hosts: one root-cause line per host, naming the gates it left unchecked', async () => {
    const unpinned = ['100.64.0.12', '100.64.0.2']; // apps (stacks), pve (hypervisor, backups)
    const partial = join(tmp, 'partial_known_hosts');
    writeFileSync(partial, lab.knownHosts.split('\n').filter((l) => !unpinned.some((a) => l.startsWith(`${a} `))).join('\n'));
    const io = memoryIo();
    expect(await main(args('--known-hosts', partial, '--identity', lab.files!.identity, '--format', 'json'), io)).toBe(3);
    const report = JSON.parse(io.out.join('')) as { findings: Array<{ gate: string; subject: { id: string }; message: string; details?: { reason?: string } }> };
    const hostKey = report.findings.filter((f) => f.details?.reason === 'host-key-unknown' || f.gate === 'host-identity');
    expect(hostKey.map((f) => `${f.gate} ${f.subject.id}`).sort()).toEqual(['host-identity apps', 'host-identity pve']);
    const apps = hostKey.find((f) => f.subject.id === 'apps')!;
    expect(apps.message).toMatch(/Not checked on this host because of it: compose-state, registry-status, unmanaged-containers, deployed-compose, disk-usage$/);
    const pve = hostKey.find((f) => f.subject.id === 'pve')!;
    expect(pve.message).toMatch(/Not checked on this host because of it: .*backup-freshness.*vm-inventory/);
  });

  it('a changed host key: one root-cause error for that host, naming the gates it left unchecked; nothing else about it', async () => {
    const lines = lab.knownHosts.split('\n');
    const edgeKey = lines.find((l) => l.startsWith('100.64.0.11 '))!.split(' ').slice(1).join(' ');
    const changed = join(tmp, 'changed_known_hosts');
    writeFileSync(changed, lines.map((l) => (l.startsWith('100.64.0.12 ') ? `100.64.0.12 ${edgeKey}` : l)).join('\n'));
    const io = memoryIo();
    expect(await main(args('--known-hosts', changed, '--identity', lab.files!.identity, '--format', 'json'), io)).toBe(1);
    const report = JSON.parse(io.out.join('')) as { findings: Array<{ gate: string; severity: string; subject: { id: string }; message: string; details?: { reason?: string } }> };
    const hostKey = report.findings.filter((f) => f.details?.reason === 'host-key-mismatch' || f.gate === 'host-identity');
    expect(hostKey.map((f) => `${f.gate} ${f.severity} ${f.subject.id}`)).toEqual(['host-identity error apps']);
    expect(hostKey[0]!.message).toMatch(/^host key of "apps" changed: .*Not checked on this host because of it: compose-state, registry-status, unmanaged-containers, deployed-compose, disk-usage$/);
  });
});
