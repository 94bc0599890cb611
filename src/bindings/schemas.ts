// Binding kind → JSON Schema (filled in by the schema commit).
import type { BindingKind, LoadProblem, SourceFile } from './types.js';

export function validateBinding(_kind: BindingKind, _file: SourceFile): LoadProblem[] {
  return [];
}
