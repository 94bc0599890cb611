// `fix --write`: the plan applied to the working tree with the guards of a fix PR, and the exit
// codes of `fix --dry-run` (0 applied, 1 something refused, 3 inconclusive with nothing planned).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FixOptions } from '../../src/cli/options.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { applyPlanLocally } from '../../src/fix/apply-local.js';
import { planFixes } from '../../src/fix/plan-fixes.js';
import { createRevalidate } from '../../src/fix/revalidate.js';
import { runFix } from '../../src/fix/run-fix.js';
import type { Finding } from '../../src/gates/types.js';
import { memoryIo } from '../support/io.js';
import { checkReturning, ONE_TOPIC_CONFIG, REGISTRY, reportOf, staleFinding } from './support.js';

const TEXT = 'services:\r\n  alpha:\r\n    status: stopped # crashed\r\n  beta:\r\n    status:   "stopped"   # quoted, spaced\r\n';



describe('driftgate fix --write', () => {
  let root: string;
  let base: FixOptions;
  const file = () => join(root, REGISTRY);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'driftgate-write-'));
    mkdirSync(dirname(file()), { recursive: true });
    writeFileSync(file(), TEXT);
    writeFileSync(join(root, 'driftgate.config.yaml'), ONE_TOPIC_CONFIG);
    chmodSync(file(), 0o640);
    base = { root, format: 'text', offline: false, dryRun: false, pr: false, write: true, observations: ['obs.json'] };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('changes only the named values (comments, quoting, CRLF and the file mode kept) and says what it wrote', async () => {
    const io = memoryIo();
    const out = await runFix(base, io, { runCheck: checkReturning(reportOf([staleFinding('alpha'), staleFinding('beta')])) });
    expect(out.exitCode).toBe(0);
    expect(readFileSync(file(), 'utf8')).toBe('services:\r\n  alpha:\r\n    status: active # crashed\r\n  beta:\r\n    status:   "active"   # quoted, spaced\r\n');
    expect(statSync(file()).mode & 0o777).toBe(0o640);
    const text = io.out.join('');
    expect(text).toContain(`--- a/${REGISTRY}`); // the plan and its diff first, as --dry-run prints them
    expect(text).toContain(`wrote ${REGISTRY}: 2 values changed\n  ${REGISTRY}:3 /services/alpha/status: "stopped" -> "active"\n  ${REGISTRY}:5 /services/beta/status: "stopped" -> "active"\n`);
  });

  it('exits 1 like --dry-run when an edit is refused, and still writes the others', async () => {
    const io = memoryIo();
    const out = await runFix(base, io, { runCheck: checkReturning(reportOf([staleFinding('alpha'), staleFinding('gamma')])) });
    expect(out.exitCode).toBe(1);
    expect(io.out.join('')).toMatch(/refused docs\/governance\/SERVICE_REGISTRY\.yaml \/services\/gamma\/status: .*does not exist/);
    expect(readFileSync(file(), 'utf8')).toBe(TEXT.replace('status: stopped #', 'status: active #'));
  });

  it('writes nothing into a file the edit would make invalid (it must re-validate)', async () => {
    const io = memoryIo();
    const out = await runFix(base, io, { runCheck: checkReturning(reportOf([staleFinding('beta', 1, 'exploded')])) });
    expect(out.exitCode).toBe(1);
    expect(io.out.join('')).toMatch(/refused docs\/governance\/SERVICE_REGISTRY\.yaml \/services\/beta\/status: .*no longer validates/);
    expect(readFileSync(file(), 'utf8')).toBe(TEXT);
  });

  it('exits 3 and writes nothing when the check was inconclusive', async () => {
    const { fix: _f, ...judged } = staleFinding('alpha');
    const gap: Finding = { ...judged, fingerprint: 'gap', direction: 'unknown', inconclusive: true };
    const io = memoryIo();
    const out = await runFix(base, io, { runCheck: checkReturning(reportOf([gap], 'inconclusive')) });
    expect(out.exitCode).toBe(3);
    expect(readFileSync(file(), 'utf8')).toBe(TEXT);
    expect(io.out.join('')).toContain('topic registry-status: not planned: probes were inconclusive');
  });

  it('says so when there is nothing to write', async () => {
    const io = memoryIo();
    const out = await runFix(base, io, { runCheck: checkReturning(reportOf([], 'pass')) });
    expect(out.exitCode).toBe(0);
    expect(io.out.join('')).toBe('topic registry-status: nothing to fix\nnothing to write: the working tree already has every planned value\n');
  });

  it('re-applies on a file edited since the plan was made, and refuses where the value vanished', async () => {
    const plan = planFixes([staleFinding('alpha'), staleFinding('beta')], defaultConfig(), () => TEXT);
    writeFileSync(file(), `# edited meanwhile\r\n${TEXT.replace('  alpha:\r\n    status: stopped # crashed\r\n', '')}`);
    const result = await applyPlanLocally(plan, root, createRevalidate(defaultConfig()));
    expect(result.written.map((w) => w.changes.map((c) => c.pointer))).toEqual([['/services/beta/status']]);
    expect(result.refused.map((r) => r.pointer)).toEqual(['/services/alpha/status']);
    expect(result.refused[0]!.reason).toMatch(/does not exist/);
    expect(readFileSync(file(), 'utf8')).toBe(`# edited meanwhile\r\n  beta:\r\n    status:   "active"   # quoted, spaced\r\n`.replace('# edited meanwhile\r\n', '# edited meanwhile\r\nservices:\r\n'));

    writeFileSync(file(), `# edited meanwhile\r\n${TEXT}`);
    const again = await applyPlanLocally(plan, root, createRevalidate(defaultConfig()));
    expect(again.refused).toEqual([]);
    expect(again.notes).toEqual([`${REGISTRY} changed in the working tree since the plan was made; edits re-applied`]);
    expect(readFileSync(file(), 'utf8')).toBe(`# edited meanwhile\r\n${TEXT.replace('status: stopped #', 'status: active #').replace('"stopped"', '"active"')}`);
  });

  it('cannot be combined with --pr', async () => {
    await expect(runFix({ ...base, pr: true }, memoryIo(), { runCheck: checkReturning(reportOf([])) })).rejects.toThrow(/--write and --pr cannot be combined/);
  });
});
