// The editor modeline of a YAML file (`# yaml-language-server: $schema=<path or URL>`), which the
// YAML language server reads to validate and complete the file while it is edited. Pure text
// functions: finding one, building one with the path relative to the file, inserting one as the
// first line without changing anything else.
import { posix } from 'node:path';

const MODELINE = /^\uFEFF?[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S*)/m;

/** The schema an existing modeline names, or undefined when the text has none. */
export function existingModeline(text: string): string | undefined {
  return MODELINE.exec(text)?.[1];
}

/** The modeline of the file at `file` (relative to the root) for the schema at `schema` (same). */
export function modelineFor(file: string, schema: string): string {
  const rel = posix.relative(posix.dirname(file), schema);
  return `# yaml-language-server: $schema=${rel.startsWith('.') ? rel : `./${rel}`}`;
}

/**
 * `text` with `line` as its first line: after a byte order mark, with the file's own line ending.
 * A comment before anything else (even a `%YAML` directive or `---`) changes no YAML value.
 */
export function insertModeline(text: string, line: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const eol = /\r\n/.test(body.slice(0, body.indexOf('\n') + 1)) ? '\r\n' : '\n';
  return `${bom}${line}${eol}${body}`;
}
