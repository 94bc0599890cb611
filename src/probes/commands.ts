// The fixed remote command templates. YAML values (paths, globs) reach the remote shell only
// through `shellQuote`/`quoteRemotePath`, after `assertSafeRemoteValue`. The lab parses the same
// templates back (host-batch.ts `parseHostBatch`), so probe and lab cannot drift apart.

/** Exit code a template uses when the directory does not exist. */
export const EXIT_DIR_MISSING = 90;
/** Exit code of a stack check when the directory holds no compose file. */
export const EXIT_COMPOSE_MISSING = 91;

/** Characters never allowed in a value sent to a remote shell, even quoted (control chars, NUL). */
const FORBIDDEN = /[\u0000-\u001f\u007f]/;

export class UnsafeRemoteValueError extends Error {
  constructor(readonly value: string, readonly what: string) {
    super(`refusing to send ${what} ${JSON.stringify(value)} to a remote shell: it contains a control character`);
    this.name = 'UnsafeRemoteValueError';
  }
}

/** Whether `assertSafeRemoteValue` accepts the value (not empty, at most 4096 characters, no control character). */
export function isSafeRemoteValue(value: string): boolean {
  return value.length > 0 && value.length <= 4096 && !FORBIDDEN.test(value);
}

export function assertSafeRemoteValue(value: string, what: string): void {
  if (!isSafeRemoteValue(value)) throw new UnsafeRemoteValueError(value, what);
}

/** POSIX single-quote escaping: the result is one shell word whose value is exactly `value`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Quotes a path, keeping a leading `~/` outside the quotes so the remote shell expands it. */
export function quoteRemotePath(path: string): string {
  assertSafeRemoteValue(path, 'path');
  if (path === '~') return '~';
  if (path.startsWith('~/')) return `~/${shellQuote(path.slice(2))}`;
  return shellQuote(path);
}

/** Inverse of `shellQuote` for words it produced: '...' with '\'' sequences. */
export function unquote(word: string): string | undefined {
  if (!word.startsWith("'") || !word.endsWith("'") || word.length < 2) return undefined;
  const inner = word.slice(1, -1);
  if (inner.replace(/'\\''/g, '').includes("'")) return undefined;
  return inner.replace(/'\\''/g, "'");
}

/** Inverse of `quoteRemotePath`. */
export function unquotePath(word: string): string | undefined {
  if (word === '~') return '~';
  if (word.startsWith('~/')) {
    const rest = unquote(word.slice(2));
    return rest === undefined ? undefined : `~/${rest}`;
  }
  return unquote(word);
}

/**
 * Splits a run of words produced by `quoteRemotePath`/`shellQuote`, separated by single spaces
 * (`'a b' ~/'c'`). Undefined when the text is not exactly such a run.
 */
export function splitQuotedWords(text: string): string[] | undefined {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (text.startsWith('~/', i)) i += 2;
    else if (text[i] === '~' && (i + 1 === text.length || text[i + 1] === ' ')) {
      words.push('~');
      i += 2;
      continue;
    }
    if (text[i] !== "'") return undefined;
    i += 1;
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0) return undefined;
      if (text.startsWith("'\\''", close)) {
        i = close + 4;
        continue;
      }
      i = close + 1;
      break;
    }
    words.push(text.slice(start, i));
    if (i < text.length) {
      if (text[i] !== ' ') return undefined;
      i += 1;
      if (i === text.length) return undefined;
    }
  }
  return words;
}
