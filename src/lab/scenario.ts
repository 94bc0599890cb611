// Loads and validates a lab scenario (schemas/scenario.schema.json). Every problem, including unknown
// keys, is a UserError (exit 2) naming file:line:column: a typo in a scenario must never be ignored.
import { resolve } from 'node:path';
import scenarioSchema from '../../schemas/scenario.schema.json' with { type: 'json' };
import { locateIn } from '../bindings/locate.js';
import { parseYamlFile, parseYamlText } from '../bindings/parse-yaml.js';
import type { ParsedFile } from '../bindings/parse-yaml.js';
import { validateAgainstSchema } from '../bindings/validate-schema.js';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import type { LoadedScenario, Scenario } from './types.js';

/** The scenario JSON Schema (2020-12). */
export const SCENARIO_SCHEMA: object = scenarioSchema;

function fromParsed(parsed: ParsedFile, shown: string): LoadedScenario {
  const file = parsed.file;
  const problems = [...parsed.problems];
  if (file.data !== undefined && file.data !== null) problems.push(...validateAgainstSchema(file, SCENARIO_SCHEMA));
  else if (problems.length === 0) {
    problems.push({ code: 'SCHEMA_TYPE', severity: 'error', message: 'the scenario is empty', location: { file: shown, line: 1, column: 1, pointer: '' } });
  }
  if (problems.length > 0) {
    const lines = problems
      .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)
      .map((p) => `  ${shown}:${p.location.line}:${p.location.column}: ${p.message}`);
    const n = problems.length;
    throw new UserError(`scenario ${shown} is invalid (${n} problem${n === 1 ? '' : 's'}):\n${lines.join('\n')}`, EXIT_ERROR);
  }
  return {
    scenario: file.data as Scenario,
    source: {
      file: shown,
      locate: (pointer) => {
        const loc = locateIn(file, pointer);
        return { line: loc.line, column: loc.column };
      },
    },
  };
}

/** Reads, parses and validates a scenario file; `shown` is the path used in messages (default: as given). */
export async function loadScenario(path: string, cwd = process.cwd(), shown = path): Promise<LoadedScenario> {
  const parsed = await parseYamlFile(resolve(cwd, path), shown, 'config');
  if (parsed.problems.some((p) => p.code === 'FILE_MISSING')) throw new UserError(`scenario file not found: ${shown}`, EXIT_ERROR);
  return fromParsed(parsed, shown);
}

/** Parses and validates scenario text (tests, generated scenarios). */
export function parseScenario(text: string, shown = 'scenario.yaml'): LoadedScenario {
  return fromParsed(parseYamlText(text, shown, 'config'), shown);
}

/** Validates an in-memory scenario object (the bench builds scenarios in code). */
export function scenarioFromObject(scenario: Scenario): LoadedScenario {
  const text = JSON.stringify(scenario);
  return { scenario: parseScenario(text, '<scenario object>').scenario };
}
