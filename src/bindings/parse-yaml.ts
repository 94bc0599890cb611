// Reads and parses one YAML file into a SourceFile. Never throws on bad content: every
// problem (unreadable, too large, binary, bad UTF-8, syntax, duplicate key, alias bomb) is data.
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { problemAt, toPlainData, yamlProblems } from './yaml-problems.js';
import type { FileKind, LoadProblem, SourceFile } from './types.js';

/** Files larger than this are not parsed (FILE_TOO_LARGE). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Alias expansions allowed when converting a document to plain data (a bomb → ALIAS_LIMIT). */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedFile {
  file: SourceFile;
  problems: LoadProblem[];
}


function tooLarge(size: number, relPath: string): LoadProblem {
  const mib = (size / 1024 / 1024).toFixed(1);
  return problemAt('FILE_TOO_LARGE', `${relPath} is ${mib} MiB; binding files larger than 2 MiB are not parsed`, relPath, 1, 1);
}

/** 1-based line/column of a byte offset in a buffer (column counts decoded characters). */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (need > 0 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes file bytes to text, or returns the problem that prevents it (too large, NUL bytes, a
 * control character YAML does not allow, invalid UTF-8). A UTF-8 BOM is stripped.
 */
export function decodeSource(bytes: Uint8Array, relPath: string): { text: string } | { problem: LoadProblem } {
  if (bytes.length > MAX_FILE_BYTES) return { problem: tooLarge(bytes.length, relPath) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: problemAt('FILE_ENCODING', `${relPath} is UTF-16 (byte order mark); save it as UTF-8`, relPath, 1, 1) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = bytePosition(bytes, nul);
    return { problem: problemAt('FILE_BINARY', `${relPath} contains a NUL byte: it looks like a binary file, not YAML text`, relPath, line, column) };
  }
  // YAML allows no control character but tab and line breaks: an invisible one (a pasted BEL or ESC)
  // would make a name that prints like another ("host observ?ability is not declared; did you mean
  // observability?"), so the file is refused at the character
  const control = bytes.findIndex((b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f);
  if (control >= 0) {
    const { line, column } = bytePosition(bytes, control);
    const code = `U+${bytes[control]!.toString(16).toUpperCase().padStart(4, '0')}`;
    return { problem: problemAt('FILE_ENCODING', `${relPath} contains the control character ${code}, which YAML does not allow (an invisible character pasted in?); remove it`, relPath, line, column) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const { line, column } = bytePosition(bytes, bad);
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    return { problem: problemAt('FILE_ENCODING', `${relPath} is not valid UTF-8 (byte 0x${hex}); save it as UTF-8`, relPath, line, column) };
  }
}

/** Reads a file's text with the same checks as YAML files (used for the Caddyfile). */
export async function readSourceText(absPath: string, relPath: string): Promise<{ text?: string; problems: LoadProblem[] }> {
  let bytes: Uint8Array;
  try {
    const info = await stat(absPath);
    // a huge file is refused before it is read into memory
    if (info.isFile() && info.size > MAX_FILE_BYTES) return { problems: [tooLarge(info.size, relPath)] };
    bytes = await readFile(absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problems: [problemAt('FILE_MISSING', `${relPath} does not exist`, relPath, 1, 1)] };
    const why = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'read error');
    return { problems: [problemAt('FILE_UNREADABLE', `${relPath} cannot be read: ${why}`, relPath, 1, 1)] };
  }
  const decoded = decodeSource(bytes, relPath);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  return { text: decoded.text, problems: [] };
}

/** Parses YAML text (YAML 1.2 core schema, unique keys, bounded alias expansion) into a SourceFile. */
export function parseYamlText(text: string, relPath: string, kind: FileKind, absPath = relPath): ParsedFile {
  const lineCounter = new LineCounter();
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(source, {
    keepSourceTokens: true,
    prettyErrors: false,
    lineCounter,
    // no process warnings on stderr (e.g. collection keys): yamlProblems reports them as data
    logLevel: 'error',
    uniqueKeys: true,
    schema: 'core',
    version: '1.2',
    strict: true,
  });
  const problems: LoadProblem[] = yamlProblems(doc, relPath, source, lineCounter);
  const fatal = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
  const file: SourceFile = { kind, path: relPath, absPath, text: source, data: undefined, lineCounter };
  if (fatal) return { file, problems };
  file.doc = doc;
  const converted = toPlainData(doc, relPath, lineCounter, MAX_ALIAS_COUNT);
  problems.push(...converted.problems);
  file.data = converted.data;
  return { file, problems };
}

/** Reads and parses a YAML file; never throws on bad content. */
export async function parseYamlFile(absPath: string, relPath: string, kind: FileKind): Promise<ParsedFile> {
  const read = await readSourceText(absPath, relPath);
  if (read.text === undefined) {
    const file: SourceFile = { kind, path: relPath, absPath, text: '', data: undefined, lineCounter: new LineCounter() };
    return { file, problems: read.problems };
  }
  return parseYamlText(read.text, relPath, kind, absPath);
}
