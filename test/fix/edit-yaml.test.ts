import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits, editYaml } from '../../src/fix/edit-yaml.js';
import { refusal } from './support.js';
import { changedLines } from '../../src/fix/diff-guard.js';

const toActive = [{ pointer: '/services/a/status', value: 'active' }];

describe('applyEdits', () => {
  it('changes only the value in a block mapping and keeps the inline comment', () => {
    const src = 'services:\n  a:\n    host: h  # the host\n    status: stopped  # crashed 2026-02-10\n\n  b:\n    status: stopped\n';
    const out = applyEdits(src, toActive);
    expect(out).toBe(src.replace('status: stopped  #', 'status: active  #'));
    expect(parse(out).services.b.status).toBe('stopped');
  });

  it('keeps double and single quoting', () => {
    expect(applyEdits('services:\n  a:\n    status: "stopped"\n', toActive)).toBe('services:\n  a:\n    status: "active"\n');
    expect(applyEdits("services:\n  a:\n    status: 'stopped'\n", toActive)).toBe("services:\n  a:\n    status: 'active'\n");
  });

  it('edits inside a flow mapping', () => {
    const src = 'services:\n  a: {host: h, status: stopped, port: 8080}\n';
    expect(applyEdits(src, toActive)).toBe('services:\n  a: {host: h, status: active, port: 8080}\n');
  });

  it('quotes a flow value that would otherwise break the flow mapping', () => {
    const out = applyEdits('services:\n  a: {status: stopped}\n', [{ pointer: '/services/a/status', value: 'x, y' }]);
    expect(parse(out).services.a.status).toBe('x, y');
  });

  it('leaves a folded block next to the edited line byte-identical', () => {
    const notes = '    notes: >\n      crashed during the split,\n      see GAP-OP-110\n';
    const src = `services:\n  a:\n${notes}    status: stopped\n`;
    const out = applyEdits(src, toActive);
    expect(out.startsWith(`services:\n  a:\n${notes}`)).toBe(true);
    expect(out.endsWith('    status: active\n')).toBe(true);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const src = '\uFEFFservices:\r\n  a:\r\n    status: stopped\r\n    notes: x\r\n';
    const out = applyEdits(src, toActive);
    expect(out).toBe('\uFEFFservices:\r\n  a:\r\n    status: active\r\n    notes: x\r\n');
    expect(changedLines(src, out)).toEqual({ removed: [3], added: [3] });
  });

  it('quotes a string that would read back as another type', () => {
    const out = applyEdits('a:\n  v: x\n', [{ pointer: '/a/v', value: 'true' }]);
    expect(out).toBe('a:\n  v: "true"\n');
    expect(applyEdits('a:\n  v: x\n', [{ pointer: '/a/v', value: 3 }])).toBe('a:\n  v: 3\n');
  });

  it('reports an edit whose value is already in place as unchanged', () => {
    const r = editYaml('services:\n  a:\n    status: active\n', toActive);
    expect(r.applied).toEqual([{ pointer: '/services/a/status', line: 3, before: 'active', after: 'active', changed: false }]);
    expect(r.text).toBe('services:\n  a:\n    status: active\n');
  });

  it('resolves escaped pointers and sequence indexes', () => {
    const out = applyEdits('m:\n  a/b:\n    - x\n    - y\n', [{ pointer: '/m/a~1b/1', value: 'z' }]);
    expect(out).toBe('m:\n  a/b:\n    - x\n    - z\n');
  });

  it('refuses aliases, anchors, block scalars, multi-line scalars and missing nodes', () => {
    expect(refusal(() => applyEdits('x: &s stopped\nservices:\n  a:\n    status: *s\n', toActive)).code).toBe('ALIAS');
    expect(refusal(() => applyEdits('services:\n  a:\n    status: &s stopped\n', toActive)).code).toBe('ANCHOR');
    expect(refusal(() => applyEdits('services:\n  a:\n    status: >\n      stopped\n', toActive)).code).toBe('MULTILINE');
    expect(refusal(() => applyEdits('services:\n  a:\n    status: "stop\n      ped"\n', toActive)).code).toBe('MULTILINE');
    const missing = refusal(() => applyEdits('services:\n  b:\n    status: stopped\n', toActive));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('/services/a/status');
    expect(refusal(() => applyEdits('services:\n  a:\n    status: [x]\n', toActive)).code).toBe('NOT_SCALAR');
  });

  it('refuses a file that does not parse (duplicate keys)', () => {
    expect(refusal(() => applyEdits('services:\n  a:\n    status: x\n    status: y\n', toActive)).code).toBe('PARSE');
  });
});
