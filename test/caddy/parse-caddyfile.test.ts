import { describe, expect, it } from 'vitest';
import { findProxies, setsForwardedProtoHttps } from '../../src/caddy/find-proxies.js';
import { parseCaddyfile } from '../../src/caddy/parse-caddyfile.js';
import { expandEnv } from '../../src/caddy/placeholders.js';
import { tokenize } from '../../src/caddy/tokenize.js';
import type { CaddyDirective } from '../../src/caddy/types.js';
import { upstreamDial } from '../../src/caddy/upstream-dial.js';

const texts = (src: string): string[] => tokenize(src).tokens.map((t) => t.text);
const shape = (ds: CaddyDirective[]): unknown[] =>
  ds.map((d) => (d.block ? [d.name, ...d.args.map((a) => a.text), shape(d.block)] : [d.name, ...d.args.map((a) => a.text)]));

describe('tokenize', () => {
  it('splits on whitespace and keeps positions (1-based line and column)', () => {
    const { tokens } = tokenize('a.example {\n\treverse_proxy 127.0.0.1:9000\n}\n');
    expect(tokens.map((t) => [t.text, t.line, t.column])).toEqual([
      ['a.example', 1, 1],
      ['{', 1, 11],
      ['reverse_proxy', 2, 2],
      ['127.0.0.1:9000', 2, 16],
      ['}', 3, 1],
    ]);
  });
  it('reads double-quoted and backtick tokens (escaped quotes, multi-line) as one token', () => {
    const { tokens } = tokenize('respond "say \\"hi\\" {x}" `a "b"\nc`');
    expect(tokens.map((t) => [t.text, t.quote ?? ''])).toEqual([
      ['respond', ''],
      ['say "hi" {x}', '"'],
      ['a "b"\nc', '`'],
    ]);
  });
  it('treats # as a comment only at the start of a token', () => {
    expect(texts('foo#bar # comment { }\nnext')).toEqual(['foo#bar', 'next']);
  });
  it('joins lines ended by a backslash into one logical line', () => {
    const { tokens } = tokenize('reverse_proxy a:1 \\\n  b:2\nnext');
    expect(tokens.map((t) => [t.text, t.line, t.logicalLine])).toEqual([
      ['reverse_proxy', 1, 1],
      ['a:1', 1, 1],
      ['b:2', 2, 1],
      ['next', 3, 2],
    ]);
  });
  it('reads a heredoc (Caddy 2.7+) as one token, braces inside included, indentation of the marker stripped', () => {
    const src = 'a {\n\trespond <<HTML\n\t\t<p>{ not a block }</p>\n\t\t}\n\t\tHTML 200\n\tlog\n}\n';
    const { tokens, problems } = tokenize(src);
    expect(problems).toEqual([]);
    expect(tokens.map((t) => [t.text, t.quote ?? '', t.logicalLine])).toEqual([
      ['a', '', 1],
      ['{', '', 1],
      ['respond', '', 2],
      ['<p>{ not a block }</p>\n}', '<', 2],
      ['200', '', 2],
      ['log', '', 3],
      ['}', '', 4],
    ]);
    const parsed = parseCaddyfile(src, 'Caddyfile');
    expect(parsed.problems).toEqual([]);
    expect(shape(parsed.blocks[0]?.directives ?? [])).toEqual([['respond', '<p>{ not a block }</p>\n}', '200'], ['log']]);
  });
  it('reports a heredoc that is never closed, and treats "<< x" as plain tokens', () => {
    expect(tokenize('respond <<END\nno end\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 9, 'heredoc <<END is never closed'],
    ]);
    expect(texts('a << b')).toEqual(['a', '<<', 'b']);
  });
  it('keeps placeholders as text', () => {
    expect(texts('http://{$HOST} {$UP:127.0.0.1:9000} {env.X} {http.request.host}')).toEqual([
      'http://{$HOST}',
      '{$UP:127.0.0.1:9000}',
      '{env.X}',
      '{http.request.host}',
    ]);
  });
  it('reports an unterminated quote where it opened', () => {
    expect(tokenize('a {\n  respond "oops\n}\n').problems).toEqual([
      { kind: 'syntax', message: 'unterminated double-quoted token opened here', line: 2, column: 11 },
    ]);
  });
});

describe('parseCaddyfile', () => {
  it('parses the global options block, several addresses and nested blocks', () => {
    const src = [
      '{',
      '\tauto_https off',
      '}',
      'http://a.example, http://b.example,',
      'c.example {',
      '\thandle /x/* {',
      '\t\treverse_proxy 127.0.0.1:9000 {',
      '\t\t\theader_up X-Forwarded-Proto https',
      '\t\t}',
      '\t}',
      '\trespond "{" 200',
      '}',
    ].join('\n');
    const r = parseCaddyfile(src, 'Caddyfile');
    expect(r.problems).toEqual([]);
    expect(r.blocks.map((b) => [b.kind, b.addresses.map((a) => a.text)])).toEqual([
      ['global', []],
      ['site', ['http://a.example', 'http://b.example', 'c.example']],
    ]);
    expect(shape(r.blocks[1]?.directives ?? [])).toEqual([
      ['handle', '/x/*', [['reverse_proxy', '127.0.0.1:9000', [['header_up', 'X-Forwarded-Proto', 'https']]]]],
      ['respond', '{', '200'],
    ]);
    const proxy = r.blocks[1]?.directives[0]?.block?.[0];
    expect([proxy?.line, proxy?.column]).toEqual([7, 3]);
  });

  it('expands snippets where imported, with arguments, and remembers the import site', () => {
    const src = [
      '(auth) {',
      '\treverse_proxy {args.0} {',
      '\t\theader_up X-Forwarded-Proto {args[1]}',
      '\t}',
      '}',
      'a.example {',
      '\timport auth 127.0.0.1:9000 https',
      '\tlog',
      '}',
    ].join('\n');
    const r = parseCaddyfile(src, 'Caddyfile');
    expect(r.problems).toEqual([]);
    expect(r.snippets).toEqual(['auth']);
    expect(r.blocks).toHaveLength(1);
    expect(shape(r.blocks[0]?.directives ?? [])).toEqual([
      ['reverse_proxy', '127.0.0.1:9000', [['header_up', 'X-Forwarded-Proto', 'https']]],
      ['log'],
    ]);
    const d = r.blocks[0]?.directives[0];
    expect([d?.line, d?.column, d?.importedFrom]).toEqual([2, 2, { snippet: 'auth', line: 7, column: 2 }]);
  });

  it('treats a lone site without braces as one block', () => {
    const r = parseCaddyfile('localhost:8080\nreverse_proxy 127.0.0.1:9000\nlog\n', 'Caddyfile');
    expect(r.problems).toEqual([]);
    expect(shape(r.blocks[0]?.directives ?? [])).toEqual([['reverse_proxy', '127.0.0.1:9000'], ['log']]);
  });

  it('collects syntax problems with their place instead of throwing', () => {
    const problems = (src: string): Array<[number, number, string]> =>
      parseCaddyfile(src, 'Caddyfile').problems.map((p) => [p.line, p.column, p.message]);
    expect(problems('a.example {\n\thandle {\n\t\trespond ok\n}\n')).toEqual([[1, 11, "'{' is never closed"]]);
    expect(problems('a.example {\n}\n}\n')).toEqual([[3, 1, "unexpected '}' without a matching '{'"]]);
    expect(problems('a.example {\n\timport nope\n}\n')).toEqual([
      [2, 9, 'import "nope" is no snippet defined above it; imported files are not followed, so what they hold is not checked'],
    ]);
    expect(problems('(s) {\n\timport s\n}\na.example {\n\timport s\n}\n')).toEqual([[2, 9, 'import cycle: snippet "s" imports itself (via s)']]);
    expect(problems('a.example { respond hi\n}\n')).toEqual([[1, 13, "unexpected token after '{' on the same line"]]);
  });
});

describe('findProxies', () => {
  it('finds reverse_proxy and forward_auth at any depth, with matcher, upstreams (args and to) and header_up', () => {
    const src = [
      'a.example {',
      '\t@api path /api/*',
      '\troute {',
      '\t\treverse_proxy @api http://LOCALHOST:9000 backend:80 {',
      '\t\t\tto 127.0.0.1:9000',
      '\t\t\theader_up +X-Forwarded-Proto https',
      '\t\t\theader_up -Server',
      '\t\t\theader_up Host {upstream_hostport}',
      '\t\t}',
      '\t\tforward_auth 127.0.0.1:9000 {',
      '\t\t\turi /auth',
      '\t\t}',
      '\t}',
      '}',
    ].join('\n');
    const [proxy, auth] = findProxies(parseCaddyfile(src, 'Caddyfile'));
    expect(proxy?.context).toEqual(['route']);
    expect(proxy?.matcher).toBe('@api');
    expect(proxy?.upstreams.map((u) => [u.dial, u.line, u.column])).toEqual([
      ['localhost:9000', 4, 22],
      ['backend:80', 4, 44],
      ['127.0.0.1:9000', 5, 7],
    ]);
    expect(proxy?.headerUp.map((h) => [h.op, h.field, h.value])).toEqual([
      ['add', 'X-Forwarded-Proto', 'https'],
      ['delete', 'Server', undefined],
      ['set', 'Host', '{upstream_hostport}'],
    ]);
    expect(proxy && setsForwardedProtoHttps(proxy)).toBe(false);
    expect(auth?.directive).toBe('forward_auth');
  });

  it('judges X-Forwarded-Proto case-insensitively and only "set https" passes', () => {
    const judge = (line: string): boolean => {
      const [p] = findProxies(parseCaddyfile(`a {\n\treverse_proxy x:1 {\n\t\t${line}\n\t}\n}\n`, 'C'));
      return p !== undefined && setsForwardedProtoHttps(p);
    };
    expect(judge('header_up x-forwarded-proto https')).toBe(true);
    expect(judge('header_up X-Forwarded-Proto "https"')).toBe(true);
    expect(judge('header_up X-Forwarded-Proto http')).toBe(false);
    expect(judge('header_up X-Forwarded-Proto http https')).toBe(false);
    expect(judge('header_up X-Forwarded-Host https')).toBe(false);
  });
});

describe('upstreamDial and expandEnv', () => {
  it('normalises upstreams to the host:port Caddy dials', () => {
    expect(upstreamDial('127.0.0.1:9000')).toBe('127.0.0.1:9000');
    expect(upstreamDial('http://Authentik-Server:9000')).toBe('authentik-server:9000');
    expect(upstreamDial('https://auth.example')).toBe('auth.example:443');
    expect(upstreamDial('backend')).toBe('backend:80');
    expect(upstreamDial('[::1]:9000')).toBe('[::1]:9000');
    expect(upstreamDial('{$UP:127.0.0.1:9000}')).toBe('127.0.0.1:9000');
    expect(upstreamDial('{$UP:127.0.0.1:9000}', { UP: 'other:1' })).toBe('other:1');
    expect(upstreamDial('ftp://x:1')).toBeUndefined();
  });
  it('keeps unknown env placeholders as written', () => {
    expect(expandEnv('http://{$HOST}/{$P:x}', {})).toBe('http://{$HOST}/x');
    expect(expandEnv('http://{$HOST}', { HOST: 'a.example' })).toBe('http://a.example');
  });
});
