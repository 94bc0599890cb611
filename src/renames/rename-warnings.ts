// The unknown-key notice (or did-you-mean warning) of a suspected rename becomes one warning that
// says which field the key seems to spell, why, and the config line that declares it; the typo
// path and this one never both speak about one key.
import { posix } from 'node:path';
import { locateKeyIn, pointerOf } from '../bindings/locate.js';
import type { LoadProblem, SourceFile, UncertainField } from '../bindings/types.js';
import { spread } from '../bindings/unknown-keys.js';

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(' or ');

const PROOF: Record<UncertainField['evidence'], string> = {
  vocabulary: 'every value is a word of its vocabulary',
  reference: 'its values are ids of what the field refers to',
  type: 'only the type of the values can be checked',
};

/** The message of a suspected rename (the schema gate's warning). */
function renameMessage(u: UncertainField, file: SourceFile | undefined): string {
  const where = file ? spread(file, u.entries.map((e) => e.pointer), u.entries[0]!.pointer) : `in ${u.entries.length} entries`;
  const head = `unknown key "${u.key}" ${where} in ${posix.basename(u.file)}`;
  if (u.confident) {
    const field = u.fields[0]!;
    return `${head} stands where "${field}" is expected (they never appear in one entry, and ${PROOF[u.evidence]}); those entries are not judged on "${field}" until driftgate.config.yaml says so: ${u.declare[0]!}`;
  }
  const why = u.fields.length > 1 ? `its values fit each of them` : PROOF.type;
  return `${head} may stand for ${quoted(u.fields)} (they never appear in one entry, but ${why}); driftgate cannot tell which field it is, so those entries are not judged on ${quoted(u.fields)}; declare the right one in driftgate.config.yaml (${u.declare.join(', or ')}) or declare "${u.key}" in the schema`;
}

/** Problems with the unknown-key lines of each suspected key replaced by its one warning. */
export function renameWarnings(problems: readonly LoadProblem[], uncertain: readonly UncertainField[], files: ReadonlyMap<string, SourceFile>): LoadProblem[] {
  if (uncertain.length === 0) return [...problems];
  const places = new Set(uncertain.flatMap((u) => u.entries.map((e) => `${u.file}\u0000${e.pointer}${pointerOf([u.key])}`)));
  const kept = problems.filter((p) => !(p.code === 'UNKNOWN_KEY' && places.has(`${p.location.file}\u0000${p.location.pointer}`)));
  const added = uncertain.map((u): LoadProblem => {
    const file = files.get(u.file);
    const location = file ? locateKeyIn(file, u.first.pointer) : { file: u.file, line: 1, column: 1, pointer: u.first.pointer };
    return { code: 'UNKNOWN_KEY', severity: 'warning', message: renameMessage(u, file), location };
  });
  return [...kept, ...added];
}
