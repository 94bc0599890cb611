// A hand-built, empty Model for unit tests of gates and renderers; add files and entities per test.
import { LineCounter, parseDocument } from 'yaml';
import { inputsLoaded } from '../../src/bindings/input-states.js';
import type { FileKind, Model, SourceFile } from '../../src/bindings/types.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';

export function emptyModel(over: Partial<Model> = {}): Model {
  return {
    root: '/spine',
    files: new Map(),
    paths: { ...SPINE_PATHS },
    services: [],
    hosts: [],
    secretsProjects: new Map(),
    endpoints: [],
    healthDefaults: { connectTimeoutSec: 5, maxTimeSec: 10 },
    composeTargets: [],
    stacks: [],
    vms: [],
    sshDefaults: { user: 'ubuntu', port: 22, connectTimeoutSec: 5 },
    sshTargets: [],
    backupDefaults: { sshTimeoutSec: 6, staleAfterHours: 26 },
    backups: [],
    routes: [],
    deployDependencies: [],
    unreadable: [],
    uncertain: [],
    inputs: inputsLoaded(SPINE_PATHS),
    ...over,
  };
}

/** A SourceFile as the loader makes it: YAML kinds parsed with a LineCounter, others as text. */
export function sourceFile(kind: FileKind, path: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  if (kind === 'caddyfile') {
    lineCounter.addNewLine(0);
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineCounter.addNewLine(i + 1);
    return { kind, path, absPath: `/spine/${path}`, text, data: undefined, lineCounter };
  }
  const doc = parseDocument(text, { lineCounter });
  return { kind, path, absPath: `/spine/${path}`, text, data: doc.errors.length ? undefined : doc.toJS(), doc, lineCounter };
}

export function withFile(model: Model, file: SourceFile): Model {
  model.files.set(file.path, file);
  return model;
}
