// Finds driftgate's own folder (the one holding its package.json) by walking up from a module URL,
// so bundled assets (examples/, schemas/) resolve from src/ under vitest/tsx and from dist/ alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'driftgate') return dir;
      } catch {
        // not ours (or unreadable): keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`driftgate's package.json not found above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}
