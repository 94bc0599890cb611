// The binding schemas and the ajv → LoadProblem mapping.
import { describe, expect, it } from 'vitest';
import configSchema from '../../schemas/driftgate.config.schema.json' with { type: 'json' };
import { didYouMean, levenshtein } from '../../src/bindings/did-you-mean.js';
import { parseYamlText } from '../../src/bindings/parse-yaml.js';
import { BINDING_SCHEMAS } from '../../src/bindings/schemas.js';
import { createSchemaValidator, validateAgainstSchema } from '../../src/bindings/validate-schema.js';
import type { BindingKind } from '../../src/bindings/types.js';

const validator = createSchemaValidator();

function check(kind: BindingKind, yaml: string): string[] {
  const { file, problems } = parseYamlText(yaml, `${kind}.yaml`, kind);
  expect(problems).toEqual([]);
  return validator.validate(file, BINDING_SCHEMAS[kind]).map((p) => `${p.severity} ${p.code} ${p.location.line}:${p.location.column} ${p.location.pointer}`);
}

/** Every node of a schema that constrains a value: must carry a description. */
function undocumented(node: unknown, path: string, out: string[]): string[] {
  if (!node || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (('type' in o || 'enum' in o || 'const' in o || 'anyOf' in o) && typeof o.description !== 'string') out.push(path);
  for (const [k, v] of Object.entries(o.properties ?? {})) undocumented(v, `${path}/properties/${k}`, out);
  if (o.items) undocumented(o.items, `${path}/items`, out);
  if (o.additionalProperties && typeof o.additionalProperties === 'object') undocumented(o.additionalProperties, `${path}/additionalProperties`, out);
  for (const [i, v] of ((o.anyOf as unknown[]) ?? []).entries()) undocumented(v, `${path}/anyOf/${i}`, out);
  return out;
}

describe('the schemas', () => {
  const all = { ...BINDING_SCHEMAS, config: configSchema } as Record<string, object>;

  it.each(Object.keys(all))('%s: 2020-12, a driftgate.dev $id, a description on every field', (kind) => {
    const schema = all[kind] as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/driftgate\.dev\/schemas\/[a-z0-9.-]+\.schema\.json$/);
    expect(undocumented(schema, '#', [])).toEqual([]);
  });
});

describe('health expect: a number, a list or a "401,403" string', () => {
  const endpoint = (expect: string) => `endpoints:\n  - id: a\n    host: h\n    url: "http://10.0.0.1:80/"\n    expect: ${expect}\n`;

  it.each(['200', '[200, 302]', '"401,403"', '"401, 403"'])('accepts %s', (value) => {
    expect(check('health', endpoint(value))).toEqual([]);
  });

  it('rejects a string that is not a list of codes with one pattern error at the value', () => {
    expect(check('health', endpoint('"ok"'))).toEqual(['error SCHEMA_PATTERN 5:13 /endpoints/0/expect']);
  });

  it('rejects a boolean with one type error naming the accepted types', () => {
    const { file } = parseYamlText(endpoint('true'), 'h.yaml', 'health');
    const problems = validateAgainstSchema(file, BINDING_SCHEMAS.health);
    expect(problems.map((p) => p.code)).toEqual(['SCHEMA_TYPE']);
    expect(problems[0]?.message).toBe('"expect" must be integer or array or string, got boolean true');
  });

  it('never shows URL credentials in a message', () => {
    const yaml = 'endpoints:\n  - id: a\n    host: h\n    url: "ftp://admin:hunter2@10.0.0.1/x"\n    expect: 200\n';
    const { file } = parseYamlText(yaml, 'h.yaml', 'health');
    const problems = validateAgainstSchema(file, BINDING_SCHEMAS.health);
    expect(problems.map((p) => p.code)).toEqual(['SCHEMA_PATTERN']);
    expect(problems[0]?.message).toContain('"ftp://***@10.0.0.1/x"');
    expect(problems[0]?.message).not.toContain('hunter2');
  });

  it('rejects a list item that is not a code, at the item', () => {
    expect(check('health', endpoint('[200, "x"]'))).toEqual(['error SCHEMA_TYPE 5:19 /endpoints/0/expect/1']);
  });
});

describe('values that reach a remote shell', () => {
  const stack = (path: string) => `targets:\n  h:\n    ssh_target: h\n    stacks:\n      - name: s\n        path: ${JSON.stringify(path)}\n`;

  it.each([';', '|', '&', '$', '`', '<', '>', "'", '"', ' ', '\t', '\n', '(', ')', '\\'])('rejects %j in a stack path', (ch) => {
    expect(check('compose', stack(`/opt/a${ch}b`))).toEqual(['error SCHEMA_PATTERN 6:15 /targets/h/stacks/0/path']);
  });

  it.each(['~/stacks/mint-os', '/opt/stacks/caddy-auth', '/srv/a_b.c-d/e+f@g'])('accepts %s', (path) => {
    expect(check('compose', stack(path))).toEqual([]);
  });

  it('guards backup base_path and glob and ssh host and user too', () => {
    const backups = 'targets:\n  - name: b\n    enabled: true\n    kind: file_glob\n    host: nas\n    base_path: "/x $(id)"\n    glob: "*.zst;reboot"\n';
    expect(check('backups', backups)).toEqual(['error SCHEMA_PATTERN 6:16 /targets/0/base_path', 'error SCHEMA_PATTERN 7:11 /targets/0/glob']);
    const ssh = 'ssh:\n  targets:\n    - id: a\n      host: "10.0.0.1 -oProxyCommand=x"\n      user: "root`id`"\n';
    expect(check('ssh', ssh)).toEqual(['error SCHEMA_PATTERN 4:13 /ssh/targets/0/host', 'error SCHEMA_PATTERN 5:13 /ssh/targets/0/user']);
  });
});

describe('unknown keys are warnings with a did-you-mean', () => {
  it('at the top level and inside entries, located at the key', () => {
    const yaml = 'version: 1\nendpoint:\n  - x\nendpoints:\n  - id: a\n    host: h\n    url: "http://10.0.0.1/"\n    expect: 200\n    enabeld: true\n';
    expect(check('health', yaml)).toEqual(['warning UNKNOWN_KEY 2:1 /endpoint', 'warning UNKNOWN_KEY 9:5 /endpoints/0/enabeld']);
    const { file } = parseYamlText(yaml, 'h.yaml', 'health');
    expect(validator.validate(file, BINDING_SCHEMAS.health).map((p) => p.message)).toEqual([
      'unknown key "endpoint" at the top level; did you mean "endpoints"?',
      'unknown key "enabeld" in item 0 of "endpoints"; did you mean "enabled"?',
    ]);
  });

  it('no suggestion when nothing is close', () => {
    const { file } = parseYamlText('ssh:\n  targets: []\n  zzzzzz: 1\n', 's.yaml', 'ssh');
    expect(validator.validate(file, BINDING_SCHEMAS.ssh).map((p) => p.message)).toEqual(['unknown key "zzzzzz" in "ssh"']);
  });
});

describe('did-you-mean', () => {
  it('levenshtein distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('suggests within max(2, a third of the word), case-insensitively', () => {
    expect(didYouMean('contaner', ['container', 'compose', 'host'])).toBe('container');
    expect(didYouMean('HOST', ['host', 'port'])).toBe('host');
    expect(didYouMean('xyz', ['container', 'compose'])).toBeUndefined();
  });
});
