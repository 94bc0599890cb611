// The text `driftgate init` prints: which profile files it found (and where), what happened to each
// file it writes, the modelines, notes, the next steps, and one summary line.
import type { DetectedFile } from './detect-profile.js';
import { nextSteps } from './next-steps.js';
import type { FileOutcome } from './plan-files.js';
import type { InitResult } from './run-init.js';

const WIDTH = 100;

/** A paragraph as lines of at most `width` characters (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

const DRY: Record<FileOutcome, string> = { written: 'would write', replaced: 'would replace', unchanged: 'unchanged', skipped: 'skipped' };

function profileLine(f: DetectedFile): string {
  const label = f.status.padEnd(9);
  switch (f.status) {
    case 'found':
      return `  ${label} ${f.profilePath}`;
    case 'moved':
      return `  ${label} ${f.profilePath} -> ${f.candidates[0] ?? ''} (the only file of that name; proposed as paths.${f.kind} in the config: check it)`;
    case 'ambiguous':
      return `  ${label} ${f.profilePath}: ${f.candidates.length} files of that name (${f.candidates.join(', ')}); listed under paths: in the config, commented out: pick one`;
    default:
      return `  ${label} ${f.profilePath} (${f.required ? 'required' : 'optional'})`;
  }
}

function counts(r: InitResult): string {
  const n = (o: FileOutcome) => r.files.filter((f) => f.outcome === o).length;
  const parts = r.dryRun
    ? [`${n('written')} to write`, `${n('replaced')} to replace`, `${n('unchanged')} unchanged`, `${n('skipped')} skipped`]
    : [`${n('written')} written`, `${n('replaced')} replaced`, `${n('unchanged')} unchanged`, `${n('skipped')} skipped`];
  return parts.join(', ');
}

export function renderInitText(r: InitResult, rootArg: string): string {
  const lines: string[] = [];
  if (r.dryRun) lines.push('dry run: nothing is written', '');
  lines.push('Profile files (the built-in spine profile):', ...r.detection.files.map(profileLine));
  lines.push(`  workflows ${r.workflowsDir}/ (${r.detection.workflowsDirExists ? 'exists' : 'new'})`, '');
  lines.push('Files:');
  for (const f of r.files) {
    const label = (r.dryRun ? DRY[f.outcome] : f.outcome).padEnd(13);
    lines.push(`  ${label} ${f.path}${f.reason ? `: ${f.reason}` : ''}`);
  }
  if (r.modelines.length > 0) {
    lines.push('', 'Modelines (first line of each binding file):');
    for (const m of r.modelines) {
      const label = (r.dryRun && m.outcome === 'inserted' ? 'would insert' : m.outcome).padEnd(13);
      const why = m.outcome === 'kept' ? ` (already names ${m.detail ?? 'a schema'})` : m.outcome === 'skipped' ? ` (${m.detail ?? ''})` : '';
      lines.push(`  ${label} ${m.file}${why}`);
    }
  }
  if (r.notes.length > 0) lines.push('', 'Notes:', ...r.notes.map((n) => `  - ${n}`));
  lines.push('', 'Next steps:');
  nextSteps(r, rootArg).forEach((step, i) => {
    const body = step.flatMap((p) => (p.startsWith('  ') ? [p] : wrap(p, WIDTH - 4)));
    body.forEach((line, j) => lines.push(`${j === 0 ? `${String(i + 1).padStart(2)}. ` : '    '}${line}`));
  });
  const skipped = r.files.filter((f) => f.outcome === 'skipped').length;
  lines.push('', `init: ${counts(r)}${skipped > 0 ? ` (exit 1: ${skipped === 1 ? 'a file was' : 'files were'} not written)` : ''}`);
  return `${lines.join('\n')}\n`;
}
