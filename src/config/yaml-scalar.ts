// A value as one YAML scalar for the lines driftgate writes into driftgate.config.yaml (`init`,
// `schemas diff`'s config patch): plain where it reads back as the same string, in block and flow
// context alike; JSON-quoted otherwise ("true", "123", "*.yaml", "# x", "a, b" would change type,
// become an alias or a comment, or split a flow list).
export function yamlScalar(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value);
  const plain = /^[A-Za-z0-9_.][A-Za-z0-9_./@+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[0-9.+-]+|\.(inf|nan))$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
