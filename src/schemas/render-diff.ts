// The text and JSON forms of a `schemas diff` result. One line per finding, `file[:line:col]: …`.
import type { KeyChange, NewValue, Rename } from './compare-shapes.js';
import type { SchemasDiff } from './diff-schemas.js';
import type { SpellingClash } from './spelling-clashes.js';

/** "items of /vms", "entries of /services", "/ssh/defaults", "the top level". */
function place(shape: string, of: Rename['of']): string {
  if (of === 'record') return shape === '' ? 'the top level' : shape;
  const container = shape.slice(0, shape.lastIndexOf('/')) || '/';
  return `${of} of ${container}`;
}

function share(count: number, total: number): string {
  return count === total ? `all ${total}` : `${count} of ${total}`;
}

function renameLine(r: Rename): string {
  const still = r.still > 0 ? ` (${r.still} still use \`${r.from}\`)` : '';
  if (r.of === 'record') return `${r.file}: ${place(r.shape, r.of)} switched \`${r.from}\` → \`${r.to}\`${still}`;
  return `${r.file}: ${r.count} of ${r.had} ${place(r.shape, r.of)} switched \`${r.from}\` → \`${r.to}\`${still}`;
}

function newKeyLine(k: KeyChange): string {
  const where = k.of === 'record' ? `at ${place(k.shape, k.of)}` : `in ${share(k.count, k.total)} ${place(k.shape, k.of)}`;
  return `${k.file}:${k.line ?? 1}: new key \`${k.key}\` ${where}`;
}

function goneKeyLine(k: KeyChange): string {
  const was = k.of === 'record' ? '' : ` (was in ${share(k.count, k.total)} ${k.of})`;
  return `${k.file}: key \`${k.key}\` is gone from ${place(k.shape, k.of)}${was}`;
}

function newValueLine(v: NewValue): string {
  return `${v.file}:${v.line}: new value "${v.value}" of \`${v.key}\` in ${place(v.shape, v.of)} (${v.count} ${v.count === 1 ? 'entry' : 'entries'})`;
}

function clashLine(c: SpellingClash): string {
  const at = `${c.file}:${c.line}:${c.column}`;
  if (c.kind === 'both') {
    return `${at}: ${c.label} has both \`${c.from}\` (here) and \`${c.to}\` (line ${c.otherLine}) after the rename \`${c.from}\` → \`${c.to}\`; readers that accept both see only one of them: merge them into \`${c.to}\``;
  }
  return `${at}: two \`${c.to}\` keys in ${c.label} (\`${c.from}\` became \`${c.to}\`): the text at line ${c.otherLine} ("${c.lost ?? ''}") is silently overwritten by this one; merge them into one`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title}:`, ...lines.map((l) => `  ${l}`)];
}

function fileList(files: string[]): string {
  const shown = files.slice(0, 8).join(', ');
  return files.length > 8 ? `${shown}, … (${files.length - 8} more)` : shown;
}

export function renderDiffText(d: SchemasDiff, patchOut?: string): string {
  const all = [...d.changes.values()];
  const lines = [
    `schemas diff ${d.from} (${d.commit.slice(0, 12)}) → working tree: ${d.compared.length} file${d.compared.length === 1 ? '' : 's'} compared, ${d.added.length} new, ${d.removed.length} removed`,
    ...section('new files (not compared)', d.added.length ? [fileList(d.added)] : []),
    ...section('removed files', d.removed.length ? [fileList(d.removed)] : []),
    ...section('not readable (not compared)', d.unreadable),
    ...section('renamed keys', all.flatMap((c) => c.renames.map(renameLine))),
    ...section('both spellings left in one mapping', d.clashes.map(clashLine)),
    ...section('new keys', all.flatMap((c) => c.newKeys.map(newKeyLine))),
    ...section('new values', all.flatMap((c) => c.newValues.map(newValueLine))),
    ...section('gone keys', all.flatMap((c) => c.goneKeys.map(goneKeyLine))),
    ...section('to do by hand', d.proposal.notes),
  ];
  if (d.proposal.created.length > 0) {
    lines.push('', `the patch creates ${d.proposal.created.length} schema file(s) as edited copies of the built-in ones; run \`driftgate schemas export\` first to see only the edits`);
  }
  if (d.proposal.patch === '') lines.push('', 'no config or schema update to propose');
  else if (patchOut !== undefined) lines.push('', `proposed update (${d.proposal.files.join(', ')}) written to ${patchOut}; apply it with: git apply ${patchOut}`);
  else lines.push('', `proposed update (${d.proposal.files.join(', ')}); apply it with git apply:`, '', d.proposal.patch.trimEnd());
  return `${lines.join('\n')}\n`;
}

export function renderDiffJson(d: SchemasDiff): string {
  const all = [...d.changes.values()];
  const data = {
    version: 1,
    from: d.from,
    commit: d.commit,
    compared: d.compared,
    added: d.added,
    removed: d.removed,
    unreadable: d.unreadable,
    renames: all.flatMap((c) => c.renames),
    clashes: d.clashes,
    newKeys: all.flatMap((c) => c.newKeys),
    newValues: all.flatMap((c) => c.newValues),
    goneKeys: all.flatMap((c) => c.goneKeys),
    patch: d.proposal.patch,
    patchFiles: d.proposal.files,
    notes: d.proposal.notes,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
