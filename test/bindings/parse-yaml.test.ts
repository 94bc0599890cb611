// parseYamlText / parseYamlFile: YAML 1.2 core, unique keys, bounded aliases, byte-level checks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8, MAX_FILE_BYTES, parseYamlFile, parseYamlText } from '../../src/bindings/parse-yaml.js';

const dir = mkdtempSync(join(tmpdir(), 'driftgate-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function codes(problems: Array<{ code: string; location: { line: number; column: number } }>): string[] {
  return problems.map((p) => `${p.code}@${p.location.line}:${p.location.column}`);
}

describe('parseYamlText', () => {
  it('uses the YAML 1.2 core schema: yes/no and unquoted dates stay strings, 0o17 is octal', () => {
    const { file, problems } = parseYamlText('a: yes\nb: 2026-02-11\nc: 0o17\nd: ~\n', 'x.yaml', 'config');
    expect(problems).toEqual([]);
    expect(file.data).toEqual({ a: 'yes', b: '2026-02-11', c: 15, d: null });
  });

  it('reports a duplicate key at the second key, and keeps the document', () => {
    const { file, problems } = parseYamlText('top:\n  k: 1\n  other: 2\n  k: 3\n', 'x.yaml', 'config');
    expect(codes(problems)).toEqual(['DUPLICATE_KEY@4:3']);
    expect(problems[0]?.message).toContain('"k"');
    expect(file.doc).toBeDefined();
  });

  it('quotes the whole duplicate key, plain, quoted or in a flow map', () => {
    const cases: Array<[string, string, string]> = [
      ['services:\n  web:\n    port: 1\n  web:\n    port: 2\n', 'web', 'DUPLICATE_KEY@4:3'],
      ['a:\n  "we ird: x": 1\n  "we ird: x": 2\n', 'we ird: x', 'DUPLICATE_KEY@3:3'],
      ["a: {port: 1, 'port': 2}\n", 'port', 'DUPLICATE_KEY@1:14'],
      ['http://x: 1\nhttp://x: 2\n', 'http://x', 'DUPLICATE_KEY@2:1'],
      ['"a\\nb": 1\n"a\\nb": 2\n', 'a\\nb', 'DUPLICATE_KEY@2:1'],
      [`${'k'.repeat(70)}: 1\n${'k'.repeat(70)}: 2\n`, `${'k'.repeat(57)}...`, 'DUPLICATE_KEY@2:1'],
    ];
    for (const [text, key, at] of cases) {
      const { problems } = parseYamlText(text, 'x.yaml', 'config');
      expect(codes(problems)).toEqual([at]);
      expect(problems[0]?.message).toBe(`duplicate key "${key}": map keys must be unique (the later value would silently win); remove or rename one of them`);
    }
  });

  it('reports syntax errors and leaves data undefined', () => {
    const { file, problems } = parseYamlText('a: [1, 2\nb: 3\n', 'x.yaml', 'config');
    expect(problems.every((p) => p.code === 'YAML_SYNTAX' && p.severity === 'error')).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
    expect(file.data).toBeUndefined();
  });

  it('places an unclosed "[", "{" or quote at the character that opened it, not where yaml gave up', () => {
    const bracket = 'YAML syntax error: the "[" opened here is never closed; add the "]" (lines that continue it must be indented deeper than its key)';
    const cases: Array<[string, string, string]> = [
      ['a: [1, 2\nb: 3\n', 'YAML_SYNTAX@1:4', bracket],
      ['svc:\n  x: [1,\n    2\n  y: 3\n', 'YAML_SYNTAX@2:6', bracket],
      ['a: {x: 1\nb: 2\n', 'YAML_SYNTAX@1:4', 'YAML syntax error: the "{" opened here is never closed; add the "}" (lines that continue it must be indented deeper than its key)'],
      ['a: 1\nb: "abc\nc: 2\n', 'YAML_SYNTAX@2:4', 'YAML syntax error: the string opened with " here is never closed; add the closing "'],
      ["a: 'abc\n", 'YAML_SYNTAX@1:4', "YAML syntax error: the string opened with ' here is never closed; add the closing '"],
    ];
    for (const [text, at, message] of cases) {
      const { problems } = parseYamlText(text, 'x.yaml', 'config');
      expect(codes(problems), text).toEqual([at]);
      expect(problems[0]?.message).toBe(message);
    }
    // nested: each unclosed collection at its own opening character
    expect(codes(parseYamlText('a: [1, {b: 2\nc: 3\n', 'x.yaml', 'config').problems)).toEqual(['YAML_SYNTAX@1:8', 'YAML_SYNTAX@1:4']);
  });

  it('reports an unclosed "[" once, without the errors the broken structure causes after it', () => {
    const text = 'services:\n  a:\n    port: [3335\n    host: x\n    compose: y\n  b:\n    port: 1\n';
    const { problems } = parseYamlText(text, 'x.yaml', 'config');
    expect(codes(problems)).toEqual(['YAML_SYNTAX@3:11']);
  });

  it('reports tab indentation once, at the first tab-indented line, with how many lines have tabs', () => {
    const { problems } = parseYamlText('a:\n\tb: 1\n\tc: 2\nd: [\n', 'x.yaml', 'config');
    expect(codes(problems)).toEqual(['YAML_SYNTAX@2:1']);
    expect(problems[0]?.message).toBe('YAML syntax error: tabs are not allowed for indentation (2 lines are indented with tabs, the first here); indent with spaces');
  });

  it('keeps yaml\'s own position and message for other syntax errors', () => {
    const { problems } = parseYamlText('a: [1, 2]]\n', 'x.yaml', 'config');
    expect(codes(problems)).toEqual(['YAML_SYNTAX@1:10']);
    expect(problems[0]?.message).toBe('YAML syntax error: Unexpected flow-seq-end token in YAML stream: "]"');
  });

  it('stops an alias bomb at the first alias without expanding it', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f']]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const { file, problems } = parseYamlText(`${rows.join('\n')}\n`, 'bomb.yaml', 'config');
    expect(codes(problems)).toEqual(['ALIAS_LIMIT@2:8']);
    expect(file.data).toBeUndefined();
  });

  it('an alias without an anchor is a syntax error at the alias, not an alias bomb', () => {
    const { file, problems } = parseYamlText('a: &ok 1\nb: *ok\nc: *nope\n', 'x.yaml', 'config');
    expect(codes(problems)).toEqual(['YAML_SYNTAX@3:4']);
    expect(problems[0]?.message).toBe('YAML syntax error: alias "*nope" refers to no anchor "&nope" defined before it; define the anchor first or fix the name');
    expect(file.data).toBeUndefined();
  });

  it('absurd nesting is one problem, not one per level, and never a thrown error', () => {
    const { problems } = parseYamlText(`a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, 'x.yaml', 'config');
    expect(problems.map((p) => p.code)).toEqual(['YAML_SYNTAX']);
    expect(problems[0]?.message).toBe('YAML syntax error: the document nests too deeply to be parsed; flatten it');
  });

  it('a second document is an error at its separator', () => {
    const { problems } = parseYamlText('a: 1\n---\nb: 2\n', 'x.yaml', 'config');
    expect(codes(problems)).toEqual(['YAML_SYNTAX@2:1']);
    expect(problems[0]?.message).toContain('a second document starts here ("---")');
  });

  it('a key that is a list or map is a warning at the key, and nothing is written to stderr', () => {
    const writes: unknown[] = [];
    const emit = process.emitWarning;
    process.emitWarning = ((w: unknown) => void writes.push(w)) as typeof process.emitWarning;
    try {
      const { problems } = parseYamlText('? [a, b]\n: 1\nc: 2\n', 'x.yaml', 'config');
      expect(codes(problems)).toEqual(['YAML_WARNING@1:3']);
      expect(problems[0]?.severity).toBe('warning');
    } finally {
      process.emitWarning = emit;
    }
    expect(writes).toEqual([]);
  });

  it('allows a few ordinary aliases', () => {
    const { file, problems } = parseYamlText('base: &b {port: 22}\none: *b\ntwo: *b\n', 'x.yaml', 'config');
    expect(problems).toEqual([]);
    expect(file.data).toEqual({ base: { port: 22 }, one: { port: 22 }, two: { port: 22 } });
  });

  it('strips a BOM and counts CRLF lines like LF lines', () => {
    const { file, problems } = parseYamlText('\ufeffa: 1\r\nb:\r\n  c: 2\r\n  c: 3\r\n', 'x.yaml', 'config');
    expect(codes(problems)).toEqual(['DUPLICATE_KEY@4:3']);
    expect(file.text.startsWith('a:')).toBe(true);
  });
});

describe('parseYamlFile byte checks', () => {
  function write(name: string, bytes: Uint8Array | string): string {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  it('FILE_MISSING for a file that does not exist', async () => {
    const { problems } = await parseYamlFile(join(dir, 'absent.yaml'), 'absent.yaml', 'ssh');
    expect(codes(problems)).toEqual(['FILE_MISSING@1:1']);
  });

  it('FILE_UNREADABLE for a directory', async () => {
    const { problems } = await parseYamlFile(dir, 'dir.yaml', 'ssh');
    expect(codes(problems)).toEqual(['FILE_UNREADABLE@1:1']);
  });

  it('FILE_TOO_LARGE above 2 MiB, without parsing', async () => {
    const path = write('big.yaml', `a: "${'x'.repeat(MAX_FILE_BYTES)}"\n`);
    const { file, problems } = await parseYamlFile(path, 'big.yaml', 'gaps');
    expect(codes(problems)).toEqual(['FILE_TOO_LARGE@1:1']);
    expect(file.data).toBeUndefined();
  });

  it('FILE_BINARY at the first NUL byte', async () => {
    const path = write('nul.yaml', Buffer.from('a: 1\nbb: x\0y\n'));
    expect(codes((await parseYamlFile(path, 'nul.yaml', 'gaps')).problems)).toEqual(['FILE_BINARY@2:6']);
  });

  it('FILE_ENCODING at the first invalid UTF-8 byte (column in characters)', async () => {
    const path = write('latin1.yaml', Buffer.concat([Buffer.from('a: 1\nb: "é '), Buffer.from([0xff]), Buffer.from('"\n')]));
    const { problems } = await parseYamlFile(path, 'latin1.yaml', 'gaps');
    expect(codes(problems)).toEqual(['FILE_ENCODING@2:7']);
    expect(problems[0]?.message).toContain('0xff');
  });

  it('FILE_ENCODING at a control character YAML does not allow (a pasted BEL), while tabs in values and CRLF stay fine', async () => {
    const path = write('bel.yaml', Buffer.from('a: "x\ty"\r\nhost: observ\u0007ability\n'));
    const { file, problems } = await parseYamlFile(path, 'bel.yaml', 'registry');
    expect(codes(problems)).toEqual(['FILE_ENCODING@2:13']);
    expect(problems[0]?.message).toBe('bel.yaml contains the control character U+0007, which YAML does not allow (an invisible character pasted in?); remove it');
    expect(file.data).toBeUndefined();
    const fine = write('tab.yaml', Buffer.from('a: "x\ty"\r\nb: 1\n'));
    expect((await parseYamlFile(fine, 'tab.yaml', 'registry')).problems).toEqual([]);
  });

  it('FILE_ENCODING for UTF-16 (with its byte order mark) rather than a binary file', async () => {
    const path = write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]));
    const { problems } = await parseYamlFile(path, 'utf16.yaml', 'gaps');
    expect(codes(problems)).toEqual(['FILE_ENCODING@1:1']);
    expect(problems[0]?.message).toContain('UTF-16');
  });

  it('firstInvalidUtf8 rejects overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x9c]))).toBe(2);
  });
});
