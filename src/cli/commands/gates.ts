// `driftgate gates`: the gate catalog (id, aliases, kind, default severity, description; in JSON
// also the inputs each gate reads and the entity kinds it judges).
import type { Io } from '../../core/io.js';
import { EXIT_OK } from '../../core/exit-codes.js';
import { GATES } from '../../gates/index.js';
import type { GateDef } from '../../gates/types.js';
import type { Format } from '../options.js';

export function renderCatalogText(gates: readonly GateDef[]): string {
  const rows = gates.map((g) => [g.id, g.aliases.join(',') || '-', g.kind, g.severity]);
  const head = ['ID', 'ALIASES', 'KIND', 'SEVERITY'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(head)];
  gates.forEach((g, i) => {
    out.push(line(rows[i]!));
    out.push(`    ${g.describe}`);
  });
  return `${out.join('\n')}\n`;
}

export function renderCatalogJson(gates: readonly GateDef[]): string {
  const data = {
    version: 1,
    // reads: the inputs whose failure (or an entry of which that could not be read) makes the gate
    // inconclusive; judges: the entity kinds it evaluates (an unknown status among them too)
    gates: gates.map((g) => ({ id: g.id, aliases: g.aliases, kind: g.kind, severity: g.severity, description: g.describe, reads: g.reads, judges: g.judges })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export async function gatesCommand(opts: { format: Format }, io: Io): Promise<number> {
  io.stdout(opts.format === 'json' ? renderCatalogJson(GATES) : renderCatalogText(GATES));
  return EXIT_OK;
}
