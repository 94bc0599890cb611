// Reads driftgate.config.yaml (snake_case keys), validates it against its schema and merges it
// over defaultConfig(). Any problem with a config file is a UserError (exit 2) naming file:line:col.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import configSchema from '../../schemas/driftgate.config.schema.json' with { type: 'json' };
import { locateIn } from '../bindings/locate.js';
import { parseYamlFile } from '../bindings/parse-yaml.js';
import { validateAgainstSchema } from '../bindings/validate-schema.js';
import type { LoadProblem } from '../bindings/types.js';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { GATES } from '../gates/index.js';
import { findGate } from '../gates/select-gates.js';
import { HEARTBEAT_GATE } from '../history/heartbeat.js';
import { unknownGateIds } from './check-gate-ids.js';
import { CONFIG_FILE_NAME, defaultConfig } from './defaults.js';
import { historyProblems } from './history-settings.js';
import { loadConventions } from './load-conventions.js';
import { loadProfile } from '../profile/load-profile.js';
import { loadExtraSchemas, outside } from './load-extra-schemas.js';
import { mergeConfig } from './merge-config.js';
import type { RawConfig } from './merge-config.js';
import type { ResolvedConfig } from './types.js';

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function fail(problems: LoadProblem[], shown: string): never {
  const sorted = [...problems].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  const lines = sorted.map((p) => `${shown}:${p.location.line}:${p.location.column} ${p.message}`);
  throw new UserError(`invalid config ${lines.length > 1 ? `(${lines.length} problems)\n  ` : ''}${lines.join('\n  ')}`, EXIT_ERROR);
}

/**
 * Loads the config of a spine. Without `configFile`, `<root>/driftgate.config.yaml` is used when it
 * exists (defaults otherwise); an explicit file must exist. Unknown keys are errors here: a typo
 * in the tool's own config must not be silently ignored.
 */
export async function loadConfig(root: string, configFile?: string): Promise<ResolvedConfig> {
  const absPath = configFile !== undefined ? resolve(configFile) : resolve(root, CONFIG_FILE_NAME);
  const shown = configFile ?? join(root, CONFIG_FILE_NAME);
  if (!(await exists(absPath))) {
    if (configFile === undefined) return defaultConfig();
    throw new UserError(`config file not found: ${configFile}`, EXIT_ERROR);
  }
  const { file, problems } = await parseYamlFile(absPath, shown, 'config');
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) fail(errors, shown);
  if (file.data === null || file.data === undefined) return { ...defaultConfig(), file: absPath };
  const schemaProblems = validateAgainstSchema(file, configSchema);
  if (schemaProblems.length > 0) {
    fail(schemaProblems.map((p) => (p.code === 'UNKNOWN_KEY' ? { ...p, severity: 'error' as const } : p)), shown);
  }
  // the heartbeat is no catalog gate, but its weight is set like one (`gates: {heartbeat: error}`)
  const unknownGates = unknownGateIds(file.data as RawConfig, [...GATES, { id: HEARTBEAT_GATE, aliases: [] }], (pointer) => locateIn(file, pointer));
  if (unknownGates.length > 0) fail(unknownGates, shown);
  const config = mergeConfig(defaultConfig(), file.data as RawConfig, (pointer) => locateIn(file, pointer));
  config.file = absPath;
  // fix.gates by id (an alias such as D23 names the gate the fix kinds belong to)
  config.fix.gates = config.fix.gates.map((name) => findGate(GATES, name)?.id ?? name);
  for (const [kind, path] of Object.entries(config.paths)) {
    if (outside(path)) {
      const at = locateIn(file, `/paths/${kind}`);
      fail([{ code: 'SCHEMA', severity: 'error', message: `paths.${kind} "${path}" must be relative to the root and stay inside it`, location: at }], shown);
    }
  }
  if (config.disk.warnPercent > config.disk.maxPercent) {
    fail([{ code: 'SCHEMA', severity: 'error', message: `disk.warn_percent ${config.disk.warnPercent} is above disk.max_percent ${config.disk.maxPercent}`, location: locateIn(file, '/disk') }], shown);
  }
  if (outside(config.compose.staged)) {
    fail([{ code: 'SCHEMA', severity: 'error', message: `compose.staged "${config.compose.staged}" must be relative to the root and stay inside it`, location: locateIn(file, '/compose/staged') }], shown);
  }
  const history = historyProblems(config.history);
  if (history.length > 0) fail(history.map((p) => ({ code: 'SCHEMA', severity: 'error', message: p.message, location: locateIn(file, p.pointer) })), shown);
  const knownHosts = config.probe.knownHosts;
  if (knownHosts !== undefined) {
    if (outside(knownHosts)) {
      const at = locateIn(file, '/probe/known_hosts');
      fail([{ code: 'SCHEMA', severity: 'error', message: `probe.known_hosts "${knownHosts}" must be relative to the root and stay inside it`, location: at }], shown);
    }
    config.probe.knownHosts = resolve(root, knownHosts);
  }
  const raw = (file.data as RawConfig).schemas;
  if (raw !== undefined) {
    const extra = await loadExtraSchemas(resolve(root), raw, (pointer) => locateIn(file, pointer), config.paths);
    if (extra.problems.length > 0) fail(extra.problems.map((p) => ({ code: 'SCHEMA', severity: 'error', ...p })), shown);
    config.schemas = extra.schemas;
  }
  const profile = loadProfile((file.data as RawConfig).profile, config.paths, (pointer) => locateIn(file, pointer));
  if (profile.problems.length > 0) fail(profile.problems.map((p) => ({ code: 'SCHEMA', severity: 'error', ...p })), shown);
  if (profile.settings) config.profileSettings = profile.settings;
  const conventions = (file.data as RawConfig).conventions;
  if (conventions !== undefined) {
    const loaded = await loadConventions(resolve(root), conventions, (pointer) => locateIn(file, pointer));
    if (loaded.problems.length > 0) fail(loaded.problems.map((p) => ({ code: 'SCHEMA', severity: 'error', ...p })), shown);
    config.conventions = loaded.conventions;
  }
  return config;
}
