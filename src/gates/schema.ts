// Gate `schema`: what the loader found while reading the spine (unreadable files, YAML syntax,
// duplicate keys, alias bombs, schema violations as errors; misspelt keys and YAML warnings as
// warnings; other unknown keys as one notice per key per file). The loader never throws on bad content; this gate turns its problems into findings,
// with the same shape and fingerprint `driftgate validate` gives them (problemToFinding).
import { problemKind, problemToFinding } from '../bindings/problem-to-finding.js';
import type { LoadProblem } from '../bindings/types.js';
import { defineGate } from './types.js';
import type { FindingDraft } from './types.js';

export function problemDraft(p: LoadProblem): FindingDraft {
  const f = problemToFinding(p);
  return {
    message: f.message,
    subject: f.subject,
    at: f.locations,
    kind: problemKind(p),
    severity: p.code === 'DUPLICATE_KEY' || p.code === 'ALIAS_LIMIT' ? 'error' : f.severity,
    ...(f.details ? { details: f.details } : {}),
  };
}

export default defineGate({
  id: 'schema',
  aliases: [],
  kind: 'static',
  severity: 'error',
  describe:
    'Every binding file parses and matches its JSON Schema (duplicate keys and alias bombs are errors, a misspelt key a warning with a did-you-mean, any other unknown key one notice per key per file): the other gates can only trust what was validated.',
  // it reports the loader's problems, so an input that did not load is its finding, not its blocker
  reads: [],
  judges: [],
  run(ctx) {
    return { findings: ctx.problems.map(problemDraft), checked: { files: ctx.fileCount ?? ctx.model.files.size } };
  },
});
