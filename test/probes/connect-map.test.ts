import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { loadConnectMap, mapHttpUrl, parseConnectMap } from '../../src/probes/connect-map.js';

const dir = mkdtempSync(join(tmpdir(), 'driftgate-cm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('connect map', () => {
  it('loads ssh and http redirections', () => {
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify({ ssh: { pve: { host: '127.0.0.1', port: 2201 } }, http: { 'http://100.107.36.76:8080/': 'http://127.0.0.1:18080' } }));
    const map = loadConnectMap(file);
    expect(map.ssh.pve).toEqual({ host: '127.0.0.1', port: 2201 });
    expect(mapHttpUrl(map, 'http://100.107.36.76:8080/api/health?x=1')).toBe('http://127.0.0.1:18080/api/health?x=1');
    expect(mapHttpUrl(map, 'http://100.107.36.76:8080')).toBe('http://127.0.0.1:18080');
    expect(mapHttpUrl(map, 'http://100.107.36.76:80800/x')).toBeUndefined();
    expect(mapHttpUrl(map, 'http://100.107.36.7:8080/x')).toBeUndefined();
  });

  it('prefers the longest prefix', () => {
    const map = parseConnectMap({ http: { 'http://a:1': 'http://127.0.0.1:1', 'http://a:1/special': 'http://127.0.0.1:2' } });
    expect(mapHttpUrl(map, 'http://a:1/special/x')).toBe('http://127.0.0.1:2/x');
    expect(mapHttpUrl(map, 'http://a:1/other')).toBe('http://127.0.0.1:1/other');
  });

  it.each([
    ['[]', /top level must be an object/],
    ['{"ssh": {"pve": {"host": "127.0.0.1", "port": "22"}}}', /ssh\."pve"\.port must be an integer/],
    ['{"ssh": {"pve": {"port": 22}}}', /ssh\."pve"\.host/],
    ['{"http": {"100.1.1.1:80": "http://127.0.0.1:1"}}', /must start with http/],
    ['{"tcp": {}}', /unknown key "tcp"/],
  ])('rejects %s with exit 2 naming the file', (text, message) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    expect(() => loadConnectMap(file)).toThrow(message);
    try {
      loadConnectMap(file);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).message).toContain('bad.json');
    }
  });

  it('never echoes URL credentials in its errors', () => {
    expect(() => parseConnectMap({ http: { 'http://a:1': 'ftp://user:s3cret@127.0.0.1:1' } })).toThrow(/must be an http\(s\) URL/);
    try {
      parseConnectMap({ http: { 'ftp://user:s3cret@10.0.0.1:21': 'http://127.0.0.1:1' } });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('ftp://user:***@10.0.0.1:21');
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('names the line of a JSON syntax error and a missing file', () => {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, '{\n  "ssh": {\n    "pve": { "host": "127.0.0.1", }\n  }\n}\n');
    expect(() => loadConnectMap(file)).toThrow(/syntax\.json:3: connect map is not valid JSON/);
    expect(() => loadConnectMap(join(dir, 'nope.json'))).toThrow(/cannot read connect map .*nope\.json: ENOENT/);
  });
});
