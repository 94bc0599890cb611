// The text of `driftgate schemas export`: what was written, the modeline of each binding file, and
// what --modelines did.
import type { ExportResult } from './export-schemas.js';

export function renderExportText(r: ExportResult, dir: string, modelines: boolean): string {
  const written = r.schemas.filter((s) => s.outcome !== 'unchanged').length;
  const lines = [`exported ${r.schemas.length} built-in schemas to ${dir} (${written} written, ${r.schemas.length - written} unchanged)`];
  for (const s of r.schemas) lines.push(`  ${s.outcome.padEnd(9)} ${s.path}`);
  if (modelines) {
    lines.push('', 'modelines (first line of each binding file):');
    for (const m of r.modelines) {
      const why = m.outcome === 'kept' ? ` (already names ${m.detail ?? 'a schema'}; left as is)` : m.outcome === 'skipped' ? ` (${m.detail ?? ''})` : '';
      lines.push(`  ${m.outcome.padEnd(9)} ${m.file}${why}`);
    }
    return `${lines.join('\n')}\n`;
  }
  lines.push('', 'editor modelines: put this line first in each binding file so editors validate it while you type:');
  for (const a of r.advice) {
    lines.push(`  ${a.file}`, `    ${a.line ?? `(none: ${a.note ?? ''})`}`);
  }
  lines.push('', 'run again with --modelines to insert them (one comment line at the top; nothing else changes; files that name a schema already are left as they are)');
  return `${lines.join('\n')}\n`;
}
