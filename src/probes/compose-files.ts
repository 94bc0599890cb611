// The deployed compose file of each stack, from its `compose:N` section of the host batch: the
// directory's real path, which file, and its lines (each behind a `|`). The file is parsed here and
// only its summary is kept (compose-spec.ts): no file text, no environment value ever leaves this
// function, and a parse error names a line, never the content.
import type { Stack } from '../bindings/types.js';
import { parseYamlText } from '../bindings/parse-yaml.js';
import { summarizeCompose } from '../compose/compose-spec.js';
import { failure } from './classify.js';
import { type ParseResult, exitedFailure } from './classify-output.js';
import { EXIT_COMPOSE_MISSING, EXIT_DIR_MISSING } from './commands.js';
import type { SectionOutput } from './host-batch.js';
import type { ComposeFileObservation, ProbeFailure } from './types.js';

/** The largest compose file read (bigger ones are refused, not parsed). */
export const MAX_COMPOSE_BYTES = 1024 * 1024;

interface ComposeSection {
  realPath: string;
  file: string;
  text: string;
}

/** Splits a compose section: `pwd -P`, `@@file <name>`, then the file's lines behind `|`. */
export function parseComposeSection(stdout: string): ParseResult<ComposeSection> {
  const lines = stdout.split('\n');
  const realPath = lines.shift()?.trim() ?? '';
  const head = /^@@file (.+)$/.exec(lines.shift() ?? '');
  if (realPath === '' || !head?.[1]) return { ok: false, error: 'the compose section has no directory and file name' };
  const body: string[] = [];
  for (const line of lines) {
    if (line.startsWith('|')) body.push(line.slice(1));
    else if (line.trim() !== '') return { ok: false, error: `line ${body.length + 1} of ${head[1]} is not framed` };
  }
  return { ok: true, value: { realPath, file: head[1].trim(), text: body.join('\n') } };
}

/** The observation of one stack's compose file from its section (or the failure that kept it from answering). */
export function composeFileObservation(
  stack: Stack,
  sshTarget: string,
  section: SectionOutput | undefined,
  missing: ProbeFailure,
  base: { startedAt: string; durationMs: number },
): ComposeFileObservation {
  const head = { target: stack.target, sshTarget, stack: stack.name, path: stack.path, ...base };
  const fail = (f: ProbeFailure): ComposeFileObservation => ({ ...head, ok: false, failure: f, services: [] });
  if (!section || section.code === undefined) return fail(missing);
  if (section.code === EXIT_DIR_MISSING) return fail(failure('dir-missing', 'the stack directory does not exist on the host'));
  if (section.code === EXIT_COMPOSE_MISSING) return fail(failure('compose-missing', 'the stack directory holds no compose file'));
  if (section.code !== 0) {
    return fail(exitedFailure('reading the compose file', section.code, section.stderr));
  }
  const parsed = parseComposeSection(section.stdout);
  if (!parsed.ok) return fail(failure('parse-error', parsed.error));
  const { realPath, file, text } = parsed.value;
  if (Buffer.byteLength(text) > MAX_COMPOSE_BYTES) return fail(failure('parse-error', `${file} is larger than ${MAX_COMPOSE_BYTES} bytes; not read`));
  const yaml = parseYamlText(text, file, 'staged');
  const line = yaml.problems.find((p) => p.severity === 'error')?.location.line;
  if (yaml.file.data === undefined) return fail(failure('parse-error', `${file} is not valid YAML${line ? ` (line ${line})` : ''}`));
  const spec = summarizeCompose(yaml.file.data);
  if (!spec.ok) return fail(failure('parse-error', `${file}: ${spec.error}`));
  return { ...head, ok: true, file, realPath, services: spec.value.services };
}
