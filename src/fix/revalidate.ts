// Re-validation of an edited binding file: parse it as the loader does and validate it against
// the schema of its binding kind. Only errors the edit introduced count (a file that already had
// errors before the edit does not block a fix that adds none).
import { parseYamlText } from '../bindings/parse-yaml.js';
import { createBindingValidator, validateBinding } from '../bindings/schemas.js';
import type { BindingKind, LoadProblem } from '../bindings/types.js';
import type { SchemaValidator } from '../bindings/validate-schema.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Revalidate } from './plan-fixes.js';

function bindingKindOf(config: ResolvedConfig, file: string): BindingKind | undefined {
  const entry = Object.entries(config.paths).find(([, path]) => path === file);
  const kind = entry?.[0];
  return kind && kind !== 'caddyfile' && kind !== 'workflows' ? (kind as BindingKind) : undefined;
}

function errorsOf(text: string, file: string, kind: BindingKind, validator: SchemaValidator, config: ResolvedConfig): LoadProblem[] {
  const parsed = parseYamlText(text, file, kind);
  const problems = [...parsed.problems];
  if (parsed.file.data !== undefined) problems.push(...validateBinding(kind, parsed.file, validator, config));
  return problems.filter((p) => p.severity === 'error');
}

/** A Revalidate for the binding files of `config` (files of no known kind are only parsed). */
export function createRevalidate(config: ResolvedConfig): Revalidate {
  const validator = createBindingValidator(config);
  return (file, after, before) => {
    const kind = bindingKindOf(config, file);
    if (!kind) return [];
    const key = (p: LoadProblem) => `${p.code} ${p.location.pointer} ${p.message}`;
    const old = new Set(before === undefined ? [] : errorsOf(before, file, kind, validator, config).map(key));
    return errorsOf(after, file, kind, validator, config)
      .filter((p) => !old.has(key(p)))
      .map((p) => `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`);
  };
}
