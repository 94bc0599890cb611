// The observation snapshot on disk: written by `probe --out`, read (and shards merged) by
// `check --observations`. Invalid files are a UserError (exit 2) naming file:line.
import { readFileSync, writeFileSync } from 'node:fs';
import observationsSchema from '../../schemas/observations.schema.json' with { type: 'json' };
import { parseYamlText } from '../bindings/parse-yaml.js';
import { createSchemaValidator, type SchemaValidator } from '../bindings/validate-schema.js';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import type { Observations } from './types.js';

export const OBSERVATIONS_SCHEMA: object = observationsSchema;

export function emptyObservations(startedAt: string): Observations {
  return { version: 1, startedAt, durationMs: 0, hosts: [], stacks: [], endpoints: [], backups: [], hypervisors: [] };
}

/** Writes a snapshot as pretty JSON (stable key order as built). */
export function writeObservations(file: string, obs: Observations): void {
  try {
    writeFileSync(file, `${JSON.stringify(obs, null, 2)}\n`);
  } catch (error) {
    throw new UserError(`cannot write observations to ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, EXIT_ERROR);
  }
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

/** Parses and validates one snapshot's text; `file` is used in messages. */
export function parseObservations(text: string, file: string, validator: SchemaValidator = createSchemaValidator()): Observations {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    const yamlLine = parseYamlText(text, file, 'config').problems.find((p) => p.severity === 'error')?.location.line;
    const line = m ? lineOf(text, Number(m[1])) : yamlLine;
    const where = line ? `:${line}` : '';
    throw new UserError(`${file}${where}: observation snapshot is not valid JSON`, EXIT_ERROR);
  }
  const parsed = parseYamlText(text, file, 'config');
  parsed.file.data = data;
  const errors = validator
    .validate(parsed.file, OBSERVATIONS_SCHEMA)
    .filter((p) => p.severity === 'error');
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new UserError(`${file}:${first.location.line}:${first.location.column}: invalid observation snapshot: ${first.message}${more}`, EXIT_ERROR);
  }
  return data as Observations;
}

function mergeBy<T>(lists: T[][], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const list of lists) for (const item of list) byKey.set(key(item), item); // later shard wins, first position kept
  return [...byKey.values()];
}

/** Merges shards of one run: concatenated, a later shard wins on a duplicate key; startedAt = min, durationMs = max. */
export function mergeObservations(shards: Observations[]): Observations {
  if (shards.length === 0) throw new UserError('no observation snapshot to read', EXIT_ERROR);
  const startedAt = shards.map((s) => s.startedAt).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  return {
    version: 1,
    startedAt,
    durationMs: Math.max(...shards.map((s) => s.durationMs)),
    hosts: mergeBy(shards.map((s) => s.hosts), (h) => h.target),
    stacks: mergeBy(shards.map((s) => s.stacks), (s) => `${s.target}\u0000${s.stack}`),
    endpoints: mergeBy(shards.map((s) => s.endpoints), (e) => e.id),
    backups: mergeBy(shards.map((s) => s.backups), (b) => b.name),
    hypervisors: mergeBy(shards.map((s) => s.hypervisors), (h) => h.host),
    ...mergeExtras(shards),
  };
}

/** The extras' lists of the shards, merged like the others (a list only when a shard has it). */
function mergeExtras(shards: Observations[]): Pick<Observations, 'composeFiles' | 'disks' | 'backupJobs' | 'backupSizes'> {
  const out: Pick<Observations, 'composeFiles' | 'disks' | 'backupJobs' | 'backupSizes'> = {};
  if (shards.some((s) => s.composeFiles)) out.composeFiles = mergeBy(shards.map((s) => s.composeFiles ?? []), (c) => `${c.target}\u0000${c.stack}`);
  if (shards.some((s) => s.disks)) out.disks = mergeBy(shards.map((s) => s.disks ?? []), (d) => d.host);
  if (shards.some((s) => s.backupJobs)) out.backupJobs = mergeBy(shards.map((s) => s.backupJobs ?? []), (j) => j.host);
  if (shards.some((s) => s.backupSizes)) out.backupSizes = mergeBy(shards.map((s) => s.backupSizes ?? []), (b) => b.name);
  return out;
}

/** Reads one or more snapshot files (shards) and merges them. */
export function readObservations(files: string[]): Observations {
  const validator = createSchemaValidator();
  const shards = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UserError(`cannot read observations ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, EXIT_ERROR);
    }
    return parseObservations(text, file, validator);
  });
  return mergeObservations(shards);
}
