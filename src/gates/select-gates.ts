// `--gates` selection: ids or aliases, case-insensitive; an unknown id is a usage error (exit 2)
// that lists every valid id and alias.
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import type { GateDef } from './types.js';

export function describeCatalog(all: readonly GateDef[]): string {
  return all.map((g) => (g.aliases.length ? `${g.id} (${g.aliases.join(', ')})` : g.id)).join(', ');
}

export function findGate(all: readonly GateDef[], idOrAlias: string): GateDef | undefined {
  const wanted = idOrAlias.trim().toLowerCase();
  return all.find((g) => g.id.toLowerCase() === wanted || g.aliases.some((a) => a.toLowerCase() === wanted));
}

export function selectGates(all: readonly GateDef[], ids: string[] | undefined, opts: { offline: boolean }): GateDef[] {
  if (ids === undefined || ids.length === 0) return [...all];
  const picked = new Set<GateDef>();
  const unknown: string[] = [];
  for (const id of ids) {
    const gate = findGate(all, id);
    if (gate) picked.add(gate);
    else unknown.push(id);
  }
  if (unknown.length > 0) {
    const names = unknown.map((u) => `"${u}"`).join(', ');
    throw new UserError(`unknown gate ${names}; valid gates: ${describeCatalog(all)}`, EXIT_ERROR);
  }
  // keep catalog order, whatever order the flag gave
  const selected = all.filter((g) => picked.has(g));
  if (opts.offline && selected.every((g) => g.kind === 'live')) {
    throw new UserError(
      `--gates selects only live gates (${selected.map((g) => g.id).join(', ')}), but --offline runs static gates only`,
      EXIT_ERROR,
    );
  }
  return selected;
}

/** Ids of the live gates a `--gates` selection names; undefined without a selection (every probe runs). */
export function selectedLiveGates(all: readonly GateDef[], ids: string[] | undefined): string[] | undefined {
  if (ids === undefined || ids.length === 0) return undefined;
  return selectGates(all, ids, { offline: false }).filter((g) => g.kind === 'live').map((g) => g.id);
}
