// Paths tests use. The reference corpus lives beside the repo in ../shared (read-only; never copied).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_DIR, '../shared');
export const SPINE_DIR = resolve(SHARED_DIR, 'spine');
/** the same spine nine days later: renamed keys (vmid -> id), new statuses, more files */
export const SPINE_NEXT_DIR = resolve(SHARED_DIR, 'spine-next');
export const GITEA_SWAGGER = resolve(SHARED_DIR, 'gitea/swagger.v1.json');
export const SCHEMASTORE_DIR = resolve(SHARED_DIR, 'schemastore');
