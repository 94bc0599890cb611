// YAML problems as data, each at the place a person fixes: yaml's errors and warnings (a duplicate
// key quoted whole, an unclosed "[", "{" or quote at its opening character without the errors it
// causes after it, tab indentation once, a stack exhausted by absurd nesting once), keys that are
// collections, and the failures of converting to plain data (an alias bomb, an alias without anchor).
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, visit } from 'yaml';
import { pointerOf } from './locate.js';
import type { Document, LineCounter, YAMLError } from 'yaml';
import type { LoadProblem, ProblemCode } from './types.js';

export function problemAt(code: ProblemCode, message: string, path: string, line: number, column: number, pointer = ''): LoadProblem {
  return { code, severity: code === 'YAML_WARNING' ? 'warning' : 'error', message, location: { file: path, line, column, pointer } };
}

/** The JSON pointer of a pair's key from its ancestors (map keys and list indexes on the way). */
function pairPointer(path: readonly unknown[], key: string): string {
  const segments: string[] = [];
  path.forEach((node, i) => {
    if (isPair(node)) segments.push(isScalar(node.key) ? String(node.key.value) : String(node.key));
    else if (isSeq(node)) segments.push(String(node.items.indexOf(path[i + 1] as never)));
  });
  return pointerOf([...segments, key]);
}

/** The source text of the key whose node starts at `offset` (duplicate keys), quotes removed, and its pointer. */
function keyAt(doc: Document.Parsed, offset: number, source: string): { key: string; pointer: string } | undefined {
  let found: { key: string; pointer: string } | undefined;
  visit(doc, {
    Pair(_k, pair, path) {
      const node = pair.key;
      if (!isNode(node) || node.range?.[0] !== offset) return undefined;
      const text = isScalar(node) ? String(node.value) : source.slice(node.range[0], node.range[1]).trim();
      // one line, bounded: a message never spans lines
      const flat = text.replace(/\r?\n/g, '\\n');
      found = { key: flat.length > 60 ? `${flat.slice(0, 57)}...` : flat, pointer: pairPointer(path, text) };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Where a "never closed" error really starts: yaml reports an unclosed `[`, `{` or quote at the
 * place it gave up (the next line, or the end of the file); the opening character is the place to fix.
 */
function openedAt(doc: Document.Parsed, error: YAMLError): { offset: number; what: string } | undefined {
  const end = error.pos[0];
  const seq = /^Flow sequence/.test(error.message);
  const map = /^Flow map/.test(error.message);
  const quote = error.code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(error.message);
  if (!seq && !map && !quote) return undefined;
  let found: { offset: number; what: string } | undefined;
  visit(doc, {
    Node(_k, node) {
      const range = node.range;
      if (!range || range[1] !== end) return undefined;
      if ((seq && isSeq(node) && node.flow) || (map && isMap(node) && node.flow)) {
        const [open, close] = seq ? ['[', ']'] : ['{', '}'];
        found = { offset: range[0], what: `the "${open}" opened here is never closed; add the "${close}" (lines that continue it must be indented deeper than its key)` };
      } else if (quote && isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
        const q = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
        found = { offset: range[0], what: `the string opened with ${q} here is never closed; add the closing ${q}` };
      }
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

function yamlErrorProblem(
  error: YAMLError,
  relPath: string,
  source: string,
  lineCounter: LineCounter,
  severity: 'error' | 'warning',
  doc: Document.Parsed,
): LoadProblem {
  const pos = lineCounter.linePos(error.pos[0]);
  const firstLine = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'DUPLICATE_KEY') {
    const at = keyAt(doc, error.pos[0], source);
    const key = at?.key ?? source.slice(error.pos[0]).split(/[:\n]/)[0]!.trim();
    // the pointer of the duplicated key: the entry it is in is not judged (src/bindings/set-aside-invalid.ts)
    return problemAt('DUPLICATE_KEY', `duplicate key "${key}": map keys must be unique (the later value would silently win); remove or rename one of them`, relPath, pos.line, pos.col, at?.pointer ?? '');
  }
  const code: ProblemCode = severity === 'warning' ? 'YAML_WARNING' : 'YAML_SYNTAX';
  const opened = severity === 'error' ? openedAt(doc, error) : undefined;
  if (opened) {
    const start = lineCounter.linePos(opened.offset);
    return problemAt(code, `YAML syntax error: ${opened.what}`, relPath, start.line, start.col);
  }
  return problemAt(code, `YAML ${severity === 'warning' ? 'warning' : 'syntax error'}: ${firstLine}`, relPath, pos.line, pos.col);
}

const STACK = /maximum call stack/i;

/**
 * Tab indentation makes yaml report one error per tab-indented line plus the errors that follow
 * from the broken structure. One line says what to fix; the errors after the first tab-indented
 * line are dropped as its consequences (those before it stand).
 */
function tabIndentation(doc: Document.Parsed, relPath: string, lineCounter: LineCounter): { problem: LoadProblem; from: number } | undefined {
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT').sort((a, b) => a.pos[0] - b.pos[0]);
  const first = tabs[0];
  if (!first) return undefined;
  const pos = lineCounter.linePos(first.pos[0]);
  const lines = new Set(tabs.map((e) => lineCounter.linePos(e.pos[0]).line)).size;
  const more = lines > 1 ? ` (${lines} lines are indented with tabs, the first here)` : '';
  const problem = problemAt('YAML_SYNTAX', `YAML syntax error: tabs are not allowed for indentation${more}; indent with spaces`, relPath, pos.line, pos.col);
  // everything from the start of that line on follows from it
  return { problem, from: lineCounter.lineStarts[pos.line - 1] ?? first.pos[0] };
}

/** Every error and warning of a parsed document, plus keys that are lists or maps. */
export function yamlProblems(doc: Document.Parsed, relPath: string, source: string, lineCounter: LineCounter): LoadProblem[] {
  const tabs = tabIndentation(doc, relPath, lineCounter);
  if (!tabs) return allProblems(doc, relPath, source, lineCounter);
  const before = allProblems(doc, relPath, source, lineCounter).filter((p) => lineCounter.lineStarts[p.location.line - 1]! < tabs.from);
  return [...before, tabs.problem];
}

function allProblems(doc: Document.Parsed, relPath: string, source: string, lineCounter: LineCounter): LoadProblem[] {
  const problems: LoadProblem[] = [];
  // a stack exhausted by deep nesting surfaces as one error per level: report the first one only
  const deep = doc.errors.filter((e) => STACK.test(e.message)).sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (deep) {
    const pos = lineCounter.linePos(deep.pos[0]);
    problems.push(problemAt('YAML_SYNTAX', 'YAML syntax error: the document nests too deeply to be parsed; flatten it', relPath, pos.line, pos.col));
  }
  // an unclosed "[", "{" or quote breaks the structure after it: the other errors and warnings after
  // its opening character are consequences, so only the one naming the opening character is reported
  const unclosed = new Set(doc.errors.filter((e) => openedAt(doc, e) !== undefined));
  const cutoff = Math.min(...[...unclosed].map((e) => openedAt(doc, e)!.offset));
  const consequence = (e: YAMLError): boolean => !unclosed.has(e) && e.pos[0] > cutoff;
  for (const error of doc.errors) {
    if (STACK.test(error.message) || consequence(error)) continue;
    if (error.code === 'MULTIPLE_DOCS') {
      const pos = lineCounter.linePos(error.pos[0]);
      problems.push(problemAt('YAML_SYNTAX', 'YAML syntax error: a second document starts here ("---"); a binding file holds one document, so remove the separator or split the file', relPath, pos.line, pos.col));
      continue;
    }
    problems.push(yamlErrorProblem(error, relPath, source, lineCounter, 'error', doc));
  }
  for (const warning of doc.warnings) if (!consequence(warning)) problems.push(yamlErrorProblem(warning, relPath, source, lineCounter, 'warning', doc));
  if (deep) return problems;
  visit(doc, {
    Pair(_k, pair) {
      if (!isCollection(pair.key) || !pair.key.range) return;
      const pos = lineCounter.linePos(pair.key.range[0]);
      problems.push(problemAt('YAML_WARNING', 'YAML warning: this key is a list or map, which no binding uses and which is read as its text; use a plain key', relPath, pos.line, pos.col));
    },
  });
  return problems;
}

/** The document as plain data, or the problem that prevents it (alias bomb, alias without anchor). */
export function toPlainData(doc: Document.Parsed, relPath: string, lineCounter: LineCounter, maxAliasCount: number): { data: unknown; problems: LoadProblem[] } {
  try {
    return { data: doc.toJS({ maxAliasCount }), problems: [] };
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    const unresolved = /^Unresolved alias/i.test(error.message);
    let found: { offset: number; name: string } | undefined;
    visit(doc, {
      Alias(_key, node) {
        if (!isAlias(node) || !node.range) return undefined;
        // an unresolved alias is the first one whose anchor is not defined before it
        if (unresolved && node.resolve(doc) !== undefined) return undefined;
        found = { offset: node.range[0], name: node.source };
        return visit.BREAK;
      },
    });
    const pos = lineCounter.linePos(found?.offset ?? 0);
    const problem = unresolved
      ? problemAt('YAML_SYNTAX', `YAML syntax error: alias "*${found?.name ?? '?'}" refers to no anchor "&${found?.name ?? '?'}" defined before it; define the anchor first or fix the name`, relPath, pos.line, pos.col)
      : problemAt('ALIAS_LIMIT', `too many alias expansions (more than ${maxAliasCount}): the file looks like an alias bomb and was not expanded`, relPath, pos.line, pos.col);
    return { data: undefined, problems: [problem] };
  }
}
