// Matches a request against the swagger paths and checks its parameters (path, query, body), and
// checks the fake's answers against the declared responses.
import type { IncomingMessage } from 'node:http';
import type { RouteResponse } from './routes.js';
import type { SchemaValidator, SwaggerDoc, SwaggerOperation, SwaggerParameter } from './swagger-schema.js';

/** Parameters whose value may span several path segments (Gitea routes them with `*`). */
const GREEDY_PARAMS = new Set(['filepath']);
/** Query parameters every endpoint accepts (auth and sudo, see securityDefinitions). */
const GLOBAL_QUERY = new Set(['access_token', 'token', 'sudo']);

export interface OperationMatch {
  template: string;
  method: string;
  operation: SwaggerOperation;
  params: Record<string, string>;
}

interface CompiledPath {
  template: string;
  segments: string[];
  literals: number;
  methods: Record<string, SwaggerOperation>;
}

export interface OperationIndex {
  /** the swagger path template the (decoded) API path matches, best match first */
  match(method: string, apiPath: string): OperationMatch | { template: string; method: string; operation?: undefined } | undefined;
  has(method: string, template: string): boolean;
}

export function indexOperations(doc: SwaggerDoc): OperationIndex {
  const compiled: CompiledPath[] = Object.entries(doc.paths).map(([template, methods]) => {
    const segments = template.split('/').slice(1);
    return { template, segments, literals: segments.filter((s) => !s.startsWith('{')).length, methods };
  });
  compiled.sort((a, b) => b.literals - a.literals || a.segments.length - b.segments.length);

  return {
    has: (method, template) => Boolean(doc.paths[template]?.[method.toLowerCase()]),
    match(method, apiPath) {
      const raw = apiPath.split('/').slice(1);
      let pathOnly: { template: string; method: string } | undefined;
      for (const path of compiled) {
        const params = matchSegments(path.segments, raw);
        if (!params) continue;
        const operation = path.methods[method.toLowerCase()];
        if (operation) return { template: path.template, method, operation, params };
        pathOnly ??= { template: path.template, method };
      }
      return pathOnly;
    },
  };
}

function matchSegments(template: string[], raw: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const isLast = i === template.length - 1;
    if (t.startsWith('{')) {
      const name = t.slice(1, -1);
      if (isLast && GREEDY_PARAMS.has(name)) {
        const rest = raw.slice(i);
        if (rest.length === 0 || rest.some((s) => s === '')) return undefined;
        params[name] = rest.map(decodeURIComponent).join('/');
        return params;
      }
      const seg = raw[i];
      if (seg === undefined || seg === '') return undefined;
      params[name] = decodeURIComponent(seg);
    } else if (raw[i] !== t) {
      return undefined;
    }
  }
  return raw.length === template.length ? params : undefined;
}

/** Checks path/query params and the JSON body; returns the problems (empty = valid). */
export function checkRequest(
  match: OperationMatch,
  query: URLSearchParams,
  body: { present: boolean; value: unknown; parseError?: string },
  schemas: SchemaValidator,
): string[] {
  const problems: string[] = [];
  const declared = match.operation.parameters ?? [];
  for (const p of declared.filter((d) => d.in === 'path')) {
    const value = match.params[p.name];
    if (value === undefined) problems.push(`path parameter "${p.name}" is missing`);
    else problems.push(...checkScalar(p, value, 'path'));
  }
  for (const key of new Set(query.keys())) {
    const p = declared.find((d) => d.in === 'query' && d.name === key);
    if (!p) {
      if (!GLOBAL_QUERY.has(key)) problems.push(`query parameter "${key}" is not defined for ${match.method} ${match.template}`);
      continue;
    }
    const values = query.getAll(key);
    if (p.type !== 'array' && values.length > 1) problems.push(`query parameter "${key}" is repeated`);
    for (const v of values) problems.push(...checkScalar(p.type === 'array' ? { ...p, ...p.items, name: p.name, in: 'query' } : p, v, 'query'));
  }
  for (const p of declared.filter((d) => d.in === 'query' && d.required)) {
    if (!query.has(p.name)) problems.push(`required query parameter "${p.name}" is missing`);
  }
  const bodyParam = declared.find((d) => d.in === 'body');
  if (body.parseError) problems.push(`body is not valid JSON: ${body.parseError}`);
  else if (!bodyParam && body.present) problems.push(`${match.method} ${match.template} takes no body`);
  else if (bodyParam && !body.present && bodyParam.required) problems.push('required body is missing');
  else if (bodyParam?.schema && body.present) {
    problems.push(...schemas.request(bodyParam.schema, body.value).map((e) => `body ${e}`));
  }
  return problems;
}

function checkScalar(p: SwaggerParameter, value: string, where: string): string[] {
  const label = `${where} parameter "${p.name}"`;
  const out: string[] = [];
  if (p.type === 'integer' && !/^-?\d+$/.test(value)) out.push(`${label} must be an integer, got "${value}"`);
  if (p.type === 'number' && !Number.isFinite(Number(value))) out.push(`${label} must be a number, got "${value}"`);
  if (p.type === 'boolean' && value !== 'true' && value !== 'false') out.push(`${label} must be true or false, got "${value}"`);
  if (p.enum && !p.enum.map(String).includes(value)) out.push(`${label} must be one of ${p.enum.join(', ')}, got "${value}"`);
  if (p.format === 'date-time' && Number.isNaN(Date.parse(value))) out.push(`${label} must be a date-time, got "${value}"`);
  return out;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function checkResponse(
  doc: SwaggerDoc,
  match: OperationMatch,
  out: RouteResponse,
  validate: (schema: Record<string, unknown>, value: unknown) => string[],
  problems: string[],
  key: string,
): void {
  const declared = match.operation.responses?.[String(out.status)];
  if (!declared) {
    if (out.status < 400) problems.push(`fake response: ${key} answered ${out.status}, not declared in the swagger`);
    return;
  }
  const ref = declared.$ref?.replace('#/responses/', '');
  const schema = ref ? doc.responses[ref]?.schema : declared.schema;
  if (!schema || out.body === undefined) return;
  const errors = validate(schema, out.body);
  if (errors.length) problems.push(`fake response: ${key} ${out.status} does not match the swagger: ${errors.join('; ')}`);
}
