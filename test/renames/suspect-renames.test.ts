// The detection of a suspected rename within one collection: co-occurrence, and how the values fit
// a field (its type, its vocabulary, the ids it refers to), with the ambiguous and the weak cases.
import { describe, expect, it } from 'vitest';
import { evidence, shareAWord, suspectRenames, type FieldSpec, type SuspectEntry } from '../../src/renames/suspect-renames.js';

const entries = (...rows: Array<Record<string, unknown>>): SuspectEntry[] => rows.map((data, i) => ({ pointer: `/items/${i}`, data }));

const STATUS: FieldSpec = { field: 'status', keys: ['status'], types: ['string'], vocabulary: new Set(['active', 'parked', 'stopped']) };
const TARGET: FieldSpec = { field: 'ssh_target', keys: ['ssh_target'], types: ['string', 'null'], refIds: new Set(['alpha', 'beta', 'gamma']) };
const NOTES: FieldSpec = { field: 'notes', keys: ['notes', 'description'], types: ['string'] };
const PORT: FieldSpec = { field: 'port', keys: ['port'], types: ['integer'] };

describe('suspectRenames', () => {
  it('suspects an unknown key whose values are words of a vocabulary, in entries without the field', () => {
    const list = entries({ id: 'a', state: 'parked' }, { id: 'b' }, { id: 'c', state: 'stopped' });
    expect(suspectRenames(list, ['state'], [STATUS, TARGET, NOTES])).toEqual([
      { key: 'state', fields: ['status'], confident: true, evidence: 'vocabulary', entries: ['/items/0', '/items/2'] },
    ]);
  });

  it('never suspects a key that occurs in one entry with the field (both spellings are there: they are two fields)', () => {
    const list = entries({ state: 'parked' }, { status: 'active', state: 'stopped' });
    expect(suspectRenames(list, ['state'], [STATUS])).toEqual([]);
  });

  it('accepts the field present in other entries: the two never occur together', () => {
    const list = entries({ state: 'parked' }, { status: 'active' });
    expect(suspectRenames(list, ['state'], [STATUS]).map((s) => s.fields)).toEqual([['status']]);
  });

  it('does not suspect a key with a value outside the vocabulary, of another type, or that occurs nowhere', () => {
    expect(suspectRenames(entries({ state: 'parked' }, { state: 'maintenance' }), ['state'], [STATUS])).toEqual([]);
    expect(suspectRenames(entries({ listen: 'eighty' }), ['listen'], [PORT])).toEqual([]);
    expect(suspectRenames(entries({ id: 'a' }), ['state'], [STATUS])).toEqual([]);
  });

  it('checks a reference against the ids of what it refers to: most of the values must name one', () => {
    const ok = suspectRenames(entries({ ssh_host: 'alpha' }, { ssh_host: 'beta' }, { ssh_host: 'gone' }, { ssh_host: null }), ['ssh_host'], [TARGET, NOTES]);
    expect(ok).toEqual([{ key: 'ssh_host', fields: ['ssh_target'], confident: true, evidence: 'reference', entries: ['/items/0', '/items/1', '/items/2', '/items/3'] }]);
    expect(suspectRenames(entries({ ssh_host: 'nowhere' }, { ssh_host: 'alpha' }), ['ssh_host'], [TARGET])).toEqual([]);
  });

  it('cannot tell which field when two fit strongly: not confident, both named', () => {
    const backup: FieldSpec = { field: 'backup_target', keys: ['backup_target'], types: ['string'], refIds: new Set(['alpha', 'beta']) };
    const [s] = suspectRenames(entries({ target: 'alpha' }, { target: 'beta' }), ['target'], [TARGET, backup]);
    expect(s).toMatchObject({ fields: ['backup_target', 'ssh_target'], confident: false });
  });

  it('takes a free string field (type only) as weak evidence, and only when the names share a word', () => {
    const container: FieldSpec = { field: 'container', keys: ['container'], types: ['string'] };
    expect(suspectRenames(entries({ container_name: 'web-1' }), ['container_name'], [container, NOTES])).toEqual([
      { key: 'container_name', fields: ['container'], confident: false, evidence: 'type', entries: ['/items/0'] },
    ]);
    // `owner` shares no word with any field: a new key, not a rename
    expect(suspectRenames(entries({ owner: 'alice' }), ['owner'], [container, NOTES])).toEqual([]);
  });

  it('prefers a strong fit over weak ones that share a word', () => {
    const sshUser: FieldSpec = { field: 'ssh_user', keys: ['ssh_user'], types: ['string', 'null'] };
    expect(suspectRenames(entries({ ssh_host: 'alpha' }), ['ssh_host'], [sshUser, TARGET]).map((s) => [s.fields, s.confident])).toEqual([[['ssh_target'], true]]);
  });
});

describe('evidence and names', () => {
  it('a value that fails the field pattern does not fit; an integer fits a number', () => {
    expect(evidence(['root'], { field: 'user', keys: ['user'], types: ['string'], pattern: /^[a-z]+$/ })).toBe('type');
    expect(evidence(['ro ot'], { field: 'user', keys: ['user'], types: ['string'], pattern: /^[a-z]+$/ })).toBeUndefined();
    expect(evidence([5], { field: 'timeout', keys: ['timeout'], types: ['number'] })).toBe('type');
  });

  it('words of three letters or more are shared', () => {
    expect(shareAWord('ssh_host', 'host')).toBe(true);
    expect(shareAWord('login_user', 'user')).toBe(true);
    expect(shareAWord('id', 'vm_id')).toBe(false);
  });
});
