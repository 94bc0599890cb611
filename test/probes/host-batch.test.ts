import { describe, expect, it } from 'vitest';
import { splitQuotedWords } from '../../src/probes/commands.js';
import { type HostBatch, hostBatchCommand, parseHostBatch, sectionIds, splitSections } from '../../src/probes/host-batch.js';

const full: HostBatch = {
  docker: true,
  stacks: ['/opt; rm -rf /', "~/it's here", '~'],
  backups: { dirs: ["/srv/it's here", '-odd', '~/dumps'], globs: ["*'$(id)'*", 'vzdump-qemu-200-*.vma.zst'] },
  hypervisor: true,
};

describe('the host batch template', () => {
  it('sends hostile values as single quoted words, one section per line, and the lab parses it back', () => {
    const cmd = hostBatchCommand(full);
    expect(cmd.split('\n')).toHaveLength(1 + 1 + 3 + 1 + 1);
    expect(cmd).toContain("cd -- '/opt; rm -rf /' 2>/dev/null || exit 90;");
    expect(cmd).toContain("cd -- ~/'it'\\''s here' 2>/dev/null");
    expect(cmd).toContain("for d in '/srv/it'\\''s here' './-odd' ~/'dumps'; do");
    expect(cmd).toContain("-name '*'\\''$(id)'\\''*' -o -name 'vzdump-qemu-200-*.vma.zst'");
    expect(parseHostBatch(cmd)).toEqual(full);
    expect(parseHostBatch(hostBatchCommand({ docker: false, stacks: [], hypervisor: true }))).toEqual({ docker: false, stacks: [], hypervisor: true });
  });

  it('refuses anything that is not exactly the template', () => {
    const cmd = hostBatchCommand(full);
    expect(parseHostBatch(cmd.replace('exit 90', 'exit 91'))).toBeUndefined();
    expect(parseHostBatch(`${cmd}\nrm -rf /`)).toBeUndefined();
    expect(parseHostBatch(cmd.replace("'/opt; rm -rf /'", '/opt; rm -rf /'))).toBeUndefined();
    expect(parseHostBatch('docker ps')).toBeUndefined();
    expect(() => hostBatchCommand({ ...full, stacks: ['/opt/a\nrm -rf /'] })).toThrow(/control character/);
  });

  it('splits quoted word runs exactly', () => {
    expect(splitQuotedWords("'a b' ~/'c' ~ 'd'\\''e'")).toEqual(["'a b'", "~/'c'", '~', "'d'\\''e'"]);
    expect(splitQuotedWords("'a' b")).toBeUndefined();
    expect(splitQuotedWords("'a'  'b'")).toBeUndefined();
    expect(splitQuotedWords("'a")).toBeUndefined();
  });
});

describe('splitSections', () => {
  it('frames each section with its exit code; a section that never finished has no code; a missing one is absent', () => {
    const b: HostBatch = { docker: true, stacks: ['/a'], hypervisor: true };
    const stdout = '@@begin docker\n{"x":1}\n\n@@end docker 0\n@@begin stack:0\n/a\n/a\n\n@@end stack:0 0\n@@begin hypervisor\n@@node pve\n';
    const stderr = '@@begin docker\nwarning\n@@end docker\n@@begin stack:0\n\n@@end stack:0\n@@begin hypervisor\n';
    const s = splitSections(sectionIds(b), stdout, stderr);
    expect(s.get('docker')).toEqual({ stdout: '{"x":1}\n', stderr: 'warning', code: 0 });
    expect(s.get('stack:0')).toEqual({ stdout: '/a\n/a\n', stderr: '', code: 0 });
    expect(s.get('hypervisor')).toEqual({ stdout: '@@node pve\n', stderr: '' });
    expect(splitSections(['backups'], stdout, stderr).has('backups')).toBe(false);
  });
});
