// Workflow-command annotations: one `::error file=…,line=…,col=…,title=…::message` line per finding.
// Escaping follows the runner's rules: data escapes % CR LF; property values also escape : and ,.
import type { Finding, Severity } from '../gates/types.js';
import type { Report } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', notice: 'notice' };

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderAnnotation(finding: Finding): string {
  const where = finding.locations[0];
  const props: string[] = [];
  if (where) {
    props.push(`file=${escapeProperty(where.file)}`);
    if (where.line) props.push(`line=${where.line}`);
    if (where.column) props.push(`col=${where.column}`);
  }
  props.push(`title=${escapeProperty(`driftgate [${finding.gate}]`)}`);
  const others = finding.locations.slice(1).map((l) => `${l.file}${l.line ? `:${l.line}` : ''}`);
  const message = others.length ? `${finding.message} (also: ${others.join(', ')})` : finding.message;
  return `::${COMMAND[finding.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/** Every finding as an annotation line (report order), newline-terminated; '' when none. */
export function renderAnnotations(report: Report): string {
  return report.findings.map((f) => `${renderAnnotation(f)}\n`).join('');
}
