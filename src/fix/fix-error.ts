// The one error a fix refuses with: a closed code plus a message naming file, line and pointer.

export type FixErrorCode =
  | 'PARSE'
  | 'NOT_FOUND'
  | 'NOT_SCALAR'
  | 'ALIAS'
  | 'ANCHOR'
  | 'MULTILINE'
  | 'DIFF_GUARD'
  | 'SCHEMA'
  | 'CONFLICT'
  | 'INSERT';

export class FixRefusedError extends Error {
  constructor(
    readonly code: FixErrorCode,
    message: string,
    readonly pointer?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FixRefusedError';
  }
}

/** RFC 6901: "/services/a~1b/status" → ["services", "a/b", "status"]. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new FixRefusedError('NOT_FOUND', `invalid JSON pointer "${pointer}"`, pointer);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
