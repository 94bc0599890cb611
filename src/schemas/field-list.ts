// The field-list dialect some teams write their schemas in, translated into JSON Schema: a map with
// `required_fields` and/or `optional_fields`, each a list of field names or of
// `{name, type, values, pattern, format, description, default, nullable}`. Recognised by its shape,
// never by a file name. The translation (documented in docs/evolving.md):
//   - the fields describe one mapping; keys it does not list are unknown keys (notices);
//   - type: string | integer (int) | number (float) | boolean (bool) | map (object, dict, mapping) |
//     list (array, sequence, seq) | enum (needs `values`) | date | datetime (date-time) | any;
//     `values` alone is an enum too;
//   - pattern: a regular expression, unanchored as in JSON Schema;
//   - format: a JSON Schema format name (date, date-time, email, uri, ...) or a picture of digits
//     such as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ssZ (matched exactly);
//   - an optional field may be null (read as absent); `nullable: true` allows null on a required one.
// Anything else on a field (multiline, examples, ...) is documentation and ignored.

export type FieldListResult = { schema: Record<string, unknown> } | { error: string };

const TYPES: Record<string, Record<string, unknown>> = {
  string: { type: 'string' },
  str: { type: 'string' },
  integer: { type: 'integer' },
  int: { type: 'integer' },
  number: { type: 'number' },
  float: { type: 'number' },
  boolean: { type: 'boolean' },
  bool: { type: 'boolean' },
  map: { type: 'object' },
  object: { type: 'object' },
  dict: { type: 'object' },
  mapping: { type: 'object' },
  list: { type: 'array' },
  array: { type: 'array' },
  sequence: { type: 'array' },
  seq: { type: 'array' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  'date-time': { type: 'string', format: 'date-time' },
  any: {},
  enum: {},
};

const FORMATS = new Set(['date', 'time', 'date-time', 'duration', 'uri', 'uri-reference', 'url', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid', 'regex']);
const PICTURE = /^(YYYY|YY|MM|DD|HH|hh|mm|ss|[-:T .Z/])+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isFieldEntry(entry: unknown): boolean {
  return typeof entry === 'string' || (isRecord(entry) && typeof entry.name === 'string');
}

/** True when `doc` has the shape of a field list (and not of a JSON Schema object). */
export function isFieldList(doc: unknown): doc is Record<string, unknown> {
  if (!isRecord(doc) || 'properties' in doc || 'type' in doc) return false;
  const lists = [doc.required_fields, doc.optional_fields].filter((l) => l !== undefined);
  return lists.length > 0 && lists.every((l) => Array.isArray(l) && l.every(isFieldEntry));
}

/** A picture like YYYY-MM-DD as an anchored regular expression. */
function pictureRegex(picture: string): string {
  const token = /YYYY|YY|MM|DD|HH|hh|mm|ss|./g;
  const parts = picture.match(token) ?? [];
  const body = parts.map((t) => (t.length === 4 ? '[0-9]{4}' : t.length === 2 && /[A-Za-z]{2}/.test(t) ? '[0-9]{2}' : t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
  return `^${body.join('')}$`;
}

function validRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function fieldSchema(field: Record<string, unknown>, optional: boolean): Record<string, unknown> | string {
  const name = String(field.name);
  const typeName = field.type === undefined ? 'any' : String(field.type).toLowerCase();
  const base = TYPES[typeName];
  if (!base) return `field "${name}" has type "${String(field.type)}"; the field-list adapter knows ${Object.keys(TYPES).join(', ')}`;
  const out: Record<string, unknown> = { ...base };
  if (field.values !== undefined) {
    if (!Array.isArray(field.values) || field.values.length === 0) return `field "${name}": values must be a non-empty list`;
    out.enum = [...field.values];
    delete out.type;
  } else if (typeName === 'enum') return `field "${name}" has type enum but no values`;
  const constraints: Record<string, unknown>[] = [];
  if (field.pattern !== undefined) {
    if (typeof field.pattern !== 'string' || !validRegex(field.pattern)) return `field "${name}": pattern ${JSON.stringify(field.pattern)} is not a valid regular expression`;
    constraints.push({ pattern: field.pattern });
  }
  if (field.format !== undefined) {
    const format = String(field.format);
    if (FORMATS.has(format)) out.format = format;
    else if (PICTURE.test(format) && /YY|MM|DD|HH|hh|mm|ss/.test(format)) constraints.push({ pattern: pictureRegex(format) });
    else return `field "${name}" has format "${format}"; use a JSON Schema format (${[...FORMATS].join(', ')}) or a picture such as YYYY-MM-DD`;
  }
  if (constraints.length === 1) Object.assign(out, constraints[0]);
  else if (constraints.length > 1) out.allOf = constraints;
  if (typeof field.description === 'string') out.description = field.description;
  if (field.default !== undefined) out.default = field.default;
  if (optional || field.nullable === true) {
    // null passes pattern and format (they only constrain strings); type and enum must admit it
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

/** The JSON Schema of one mapping described by a field list, or why it cannot be translated. */
export function fieldListToJsonSchema(doc: Record<string, unknown>): FieldListResult {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [list, optional] of [['required_fields', false], ['optional_fields', true]] as const) {
    for (const entry of (doc[list] as unknown[] | undefined) ?? []) {
      const field = typeof entry === 'string' ? { name: entry } : (entry as Record<string, unknown>);
      const name = String(field.name);
      if (name in properties) return { error: `field "${name}" is listed twice` };
      const schema = fieldSchema(field, optional);
      if (typeof schema === 'string') return { error: schema };
      properties[name] = schema;
      if (!optional) required.push(name);
    }
  }
  const schema: Record<string, unknown> = { type: 'object', properties, additionalProperties: false };
  if (required.length > 0) schema.required = required;
  if (typeof doc.description === 'string') schema.description = doc.description;
  return { schema };
}
