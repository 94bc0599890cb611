// The values of parsed data at a path of keys and `*`s (`*`: every item of a list or entry of a
// map on the way), with the path each stands at. One walker for what names places by such paths:
// the entity places of the profile (src/renames) and the keyed collections of unique-ids.

export interface ValueAt {
  value: unknown;
  path: Array<string | number>;
}

export function valuesAt(data: unknown, path: readonly string[], at: Array<string | number> = []): ValueAt[] {
  if (path.length === 0) return [{ value: data, path: at }];
  const [seg, ...rest] = path as [string, ...string[]];
  if (data === null || typeof data !== 'object') return [];
  if (seg === '*') {
    if (Array.isArray(data)) return data.flatMap((v, i) => valuesAt(v, rest, [...at, i]));
    return Object.entries(data).flatMap(([k, v]) => valuesAt(v, rest, [...at, k]));
  }
  const next = Array.isArray(data) ? undefined : (data as Record<string, unknown>)[seg];
  return next === undefined ? [] : valuesAt(next, rest, [...at, seg]);
}
