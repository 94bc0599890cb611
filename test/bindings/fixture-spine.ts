// Builds a throw-away spine: the valid fixture spine plus the files of one case laid over it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_DIR } from '../support/paths.js';

export const FIXTURES = resolve(REPO_DIR, 'test/fixtures/bindings');
export const OK_SPINE = join(FIXTURES, 'ok');

export interface TempSpine {
  root: string;
  cleanup: () => void;
}

export function spineWithCase(caseName?: string): TempSpine {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-bindings-'));
  cpSync(OK_SPINE, root, { recursive: true });
  if (caseName) cpSync(join(FIXTURES, 'cases', caseName), root, { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
