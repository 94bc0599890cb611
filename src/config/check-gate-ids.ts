// Gate ids the config names (`gates:` severities, `exceptions[].gate`, `fix.gates`, the keys of
// `history.damping` other than `default`) must be gates
// of the catalog (id or alias, any case): a typo would silently leave a gate at its default
// severity or an exception matching nothing. Each unknown one is a problem at its place, with a
// did-you-mean.
import { didYouMean } from '../bindings/did-you-mean.js';
import type { LoadProblem, Location } from '../bindings/types.js';
import type { RawConfig } from './merge-config.js';

export interface GateName {
  id: string;
  aliases: string[];
}

function known(catalog: readonly GateName[], name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return catalog.some((g) => g.id.toLowerCase() === wanted || g.aliases.some((a) => a.toLowerCase() === wanted));
}

export function unknownGateIds(raw: RawConfig, catalog: readonly GateName[], locate: (pointer: string) => Location): LoadProblem[] {
  const names = catalog.flatMap((g) => [g.id, ...g.aliases]);
  const named: Array<{ name: string; pointer: string; where: string }> = [
    ...Object.keys(raw.gates ?? {}).map((name) => ({ name, pointer: `/gates/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, where: 'gates' })),
    ...(raw.exceptions ?? []).map((e, i) => ({ name: e.gate, pointer: `/exceptions/${i}/gate`, where: `exceptions[${i}].gate` })),
    ...(raw.fix?.gates ?? []).map((name, i) => ({ name, pointer: `/fix/gates/${i}`, where: 'fix.gates' })),
    ...Object.keys(raw.history?.damping ?? {})
      .filter((name) => name !== 'default')
      .map((name) => ({ name, pointer: `/history/damping/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, where: 'history.damping' })),
  ];
  return named
    .filter((n) => typeof n.name === 'string' && !known(catalog, n.name))
    .map((n) => {
      const near = didYouMean(n.name, names);
      return {
        code: 'SCHEMA_ENUM',
        severity: 'error',
        message: `unknown gate "${n.name}" in ${n.where}${near ? `; did you mean "${near}"?` : ''} (driftgate gates lists them)`,
        location: locate(n.pointer),
      } satisfies LoadProblem;
    });
}
