// One topic of the plan: the edits of its findings, by file, applied and guarded. A finding's
// edits stand or fall together (a port changes in the registry and in the probe URL, or nowhere):
// when one of them is refused, the others are set aside too, and the files are built again.
import type { Finding, FixEdit } from '../gates/types.js';
import type { YamlEdit } from './edit-yaml.js';
import { buildWithRefusals, planFingerprint } from './build-file-fix.js';
import type { FileFix, ReadFile, RefusedEdit, Revalidate, TopicPlan } from './plan-fixes.js';
import { sameValue } from './yaml-node.js';

/** Every edit of a finding's fix: the fix itself, then its further edits. */
export function fixEdits(f: Finding): FixEdit[] {
  return f.fix ? [f.fix, ...(f.fix.also ?? [])] : [];
}

function yamlEdit(e: FixEdit): YamlEdit {
  return { pointer: e.pointer, value: e.value, ...(e.op ? { op: e.op } : {}), ...(e.after ? { after: e.after } : {}), ...(e.comment ? { comment: e.comment } : {}) };
}

const keyOf = (file: string, pointer: string): string => `${file}\u0000${pointer}`;

interface Wanted {
  file: string;
  edit: YamlEdit;
  findings: Finding[];
}

/** The edits of the findings by file and pointer; two findings that want different values refuse that place. */
function collect(findings: Finding[], refused: RefusedEdit[]): { wanted: Map<string, Wanted>; conflicted: Set<string> } {
  const wanted = new Map<string, Wanted>();
  const conflicted = new Set<string>();
  for (const f of findings) {
    for (const e of fixEdits(f)) {
      const key = keyOf(e.file, e.pointer);
      const prior = wanted.get(key);
      if (!prior) {
        wanted.set(key, { file: e.file, edit: yamlEdit(e), findings: [f] });
        continue;
      }
      prior.findings.push(f);
      if (sameValue(prior.edit.value, e.value) && prior.edit.op === e.op) continue;
      if (!conflicted.has(key)) refused.push({ file: e.file, pointer: e.pointer, reason: `two findings want different values (${JSON.stringify(prior.edit.value)} and ${JSON.stringify(e.value)})` });
      conflicted.add(key);
    }
  }
  return { wanted, conflicted };
}

export function planTopic(topic: string, gate: string, findings: Finding[], readFile: ReadFile, revalidate?: Revalidate): TopicPlan {
  const refused: RefusedEdit[] = [];
  const { wanted, conflicted } = collect(findings, refused);
  // findings that lost an edit: their other edits are not applied either
  const dropped = new Set<Finding>();
  const partners = (key: string): Finding[] => wanted.get(key)?.findings ?? [];
  for (const key of conflicted) for (const f of partners(key)) dropped.add(f);
  let files: FileFix[] = [];
  let failed: RefusedEdit[] = [];
  for (let round = 0; round <= findings.length; round++) {
    files = [];
    failed = [];
    const live = [...wanted.entries()].filter(([key, w]) => !conflicted.has(key) && w.findings.every((f) => !dropped.has(f)));
    const byFile = new Map<string, YamlEdit[]>();
    for (const [, w] of live) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w.edit]);
    for (const [file, edits] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
      const text = readFile(file);
      if (text === undefined) {
        failed.push(...edits.map((e) => ({ file, pointer: e.pointer, reason: `${file} cannot be read` })));
        continue;
      }
      const built = buildWithRefusals(file, text, edits, revalidate);
      failed.push(...built.refused);
      if (built.fix) files.push(built.fix);
    }
    const more = failed.flatMap((r) => partners(keyOf(r.file, r.pointer))).filter((f) => !dropped.has(f) && fixEdits(f).length > 1);
    if (more.length === 0) break;
    for (const f of more) dropped.add(f);
  }
  refused.push(...failed);
  for (const f of dropped) {
    for (const e of fixEdits(f)) {
      if (refused.some((r) => r.file === e.file && r.pointer === e.pointer)) continue;
      refused.push({ file: e.file, pointer: e.pointer, reason: 'not applied alone: another edit of the same fix was refused' });
    }
  }
  const applied = new Set(files.flatMap((ff) => ff.edits.map((e) => keyOf(ff.file, e.pointer))));
  const fixed = findings.filter((f) => !dropped.has(f) && fixEdits(f).some((e) => applied.has(keyOf(e.file, e.pointer))));
  const all = files.flatMap((ff) => ff.edits.map((e) => ({ file: ff.file, pointer: e.pointer, value: e.value })));
  return { topic, gate, files, findings: fixed, refused, fingerprint: planFingerprint(all) };
}
