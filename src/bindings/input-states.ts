// Whether each input of the gates loaded: ok, missing, or failed (it exists but cannot be used).
// A gate reading a failed input (or a required one that is missing) is inconclusive and computes
// nothing from it; see src/gates/run-gates.ts.
import { problemAt } from './yaml-problems.js';
import type { BindingKind, InputKind, InputState, LoadProblem, SourceFile } from './types.js';

/** Binding files that must exist; the others are optional. */
export const CORE_KINDS: readonly BindingKind[] = ['registry', 'health', 'compose', 'vms', 'ssh', 'backups'];
export const BINDING_KINDS: readonly BindingKind[] = [...CORE_KINDS, 'routing', 'stacks', 'placement', 'naming', 'deploy', 'gaps', 'startup'];

/** Problems that mean the file could not be used at all (no document came out of it). */
const FATAL = new Set<LoadProblem['code']>(['FILE_UNREADABLE', 'FILE_TOO_LARGE', 'FILE_BINARY', 'FILE_ENCODING', 'YAML_SYNTAX', 'ALIAS_LIMIT']);

function firstFatal(problems: readonly LoadProblem[], path: string): LoadProblem | undefined {
  return problems
    .filter((p) => p.location.file === path && p.severity === 'error' && FATAL.has(p.code))
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)[0];
}

function isMap(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The state of a YAML binding file, from what the loader found. */
export function bindingState(kind: BindingKind, path: string, required: boolean, file: SourceFile | undefined, problems: readonly LoadProblem[]): InputState {
  const base = { kind, path, required };
  const missing = problems.find((p) => p.location.file === path && p.code === 'FILE_MISSING');
  if (!file || missing) return { ...base, status: 'missing', ...(missing ? { problem: missing } : {}) };
  const fatal = firstFatal(problems, path);
  if (fatal || file.data === undefined) {
    return { ...base, status: 'failed', problem: fatal ?? problemAt('YAML_SYNTAX', `${path} could not be parsed`, path, 1, 1) };
  }
  if (!isMap(file.data)) {
    const what = file.data === null ? 'is empty' : Array.isArray(file.data) ? 'is a list at the top level, not a map' : 'is a single value, not a map';
    return { ...base, status: 'failed', problem: problemAt('SCHEMA_TYPE', `${path} ${what}`, path, 1, 1) };
  }
  return { ...base, status: 'ok' };
}

/** The state of a text input (the Caddyfile): a missing one is optional, an unreadable one failed. */
export function textState(path: string, text: string | undefined, problems: readonly LoadProblem[]): InputState {
  const base = { kind: 'caddyfile' as const, path, required: false };
  if (text !== undefined) return { ...base, status: 'ok' };
  const fatal = firstFatal(problems, path);
  return fatal ? { ...base, status: 'failed', problem: fatal } : { ...base, status: 'missing' };
}

/** The workflow directory: ok when it holds workflow files (each one's syntax is workflow-lock's own finding). */
export function workflowsState(dir: string, count: number): InputState {
  return { kind: 'workflows' satisfies InputKind, path: dir, required: false, status: count > 0 ? 'ok' : 'missing' };
}

/** An input that did not load although a gate needs it: failed, or required and missing. */
export function isBroken(state: InputState): boolean {
  return state.status === 'failed' || (state.status === 'missing' && state.required);
}

/** Every input loaded (for models built in memory: the lab's synthetic model, tests). */
export function inputsLoaded(paths: Record<BindingKind, string> & { caddyfile: string; workflows: string }): Record<InputKind, InputState> {
  const kinds = Object.keys(paths) as InputKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, { kind, path: paths[kind], required: false, status: 'ok' }])) as Record<InputKind, InputState>;
}
