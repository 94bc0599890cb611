import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { GATES } from '../../src/gates/index.js';
import { selectGates } from '../../src/gates/select-gates.js';
import { defineGate } from '../../src/gates/types.js';

const mk = (id: string, aliases: string[], kind: 'static' | 'live') =>
  defineGate({ id, aliases, kind, severity: 'error', describe: 'd', reads: [], judges: [], run: () => ({ findings: [], checked: {} }) });
const CATALOG = [mk('caddy-proto', ['D51'], 'static'), mk('ip-parity', ['D54'], 'static'), mk('health', ['D23'], 'live')];

describe('selectGates', () => {
  it('returns every gate without ids', () => {
    expect(selectGates(CATALOG, undefined, { offline: true })).toEqual(CATALOG);
  });

  it('selects by id or alias, case-insensitively, in catalog order', () => {
    expect(selectGates(CATALOG, ['d54', 'caddy-proto'], { offline: false }).map((g) => g.id)).toEqual(['caddy-proto', 'ip-parity']);
    expect(selectGates(CATALOG, ['D51'], { offline: true }).map((g) => g.id)).toEqual(['caddy-proto']);
  });

  it('rejects an unknown id with exit 2 and the list of valid ids and aliases', () => {
    let error: unknown;
    try {
      selectGates(CATALOG, ['D51', 'nope'], { offline: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe('unknown gate "nope"; valid gates: caddy-proto (D51), ip-parity (D54), health (D23)');
  });

  it('rejects a selection of only live gates with --offline', () => {
    expect(() => selectGates(CATALOG, ['health'], { offline: true })).toThrow(/--offline runs static gates only/);
    expect(selectGates(CATALOG, ['health'], { offline: false }).map((g) => g.id)).toEqual(['health']);
  });

  it('resolves the aliases of the real catalog', () => {
    expect(selectGates(GATES, ['D54'], { offline: true }).map((g) => g.id)).toEqual(['ip-parity']);
    expect(selectGates(GATES, ['D69'], { offline: true }).map((g) => g.id)).toEqual(['vm-governance']);
  });
});
