// Files the Action writes: secrets into a private temp dir (0600, removed afterwards) and outputs
// atomically (temp file + rename, as node-exporter's textfile collector needs).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateDir {
  path: string;
  /** writes a 0600 file and returns its path */
  write(name: string, content: string): string;
  remove(): void;
}

export function createPrivateDir(parent?: string): PrivateDir {
  const base = parent && existsSync(parent) ? parent : tmpdir();
  const path = mkdtempSync(join(base, 'driftgate-'));
  return {
    path,
    write(name, content) {
      const file = join(path, name);
      writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`, { mode: 0o600 });
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

export { writeFileAtomic } from '../report/write-report.js';
