// How the workflows `driftgate init` writes reference the driftgate Action. On Gitea a short
// `owner/name@ref` resolves against DEFAULT_ACTIONS_URL (github.com by default), so init writes the
// full-URL form the README documents: `https://<your Gitea>/tools/driftgate@v1`. Without --action,
// the server is taken from the repository's `origin` remote (credentials dropped), else the
// README's placeholder; either way init says which reference it wrote and how to change it.
import { execFile } from 'node:child_process';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { unpinnedUses } from '../gates/workflow-checks.js';

/** The mirror the README's set-up describes, and the moving release tag. */
export const MIRROR_PATH = 'tools/driftgate';
export const RELEASE_REF = 'v1';
export const PLACEHOLDER_SERVER = 'https://git.example.com';

export interface ActionRef {
  ref: string;
  /** flag: given with --action; remote: the server of the origin remote; placeholder: neither */
  source: 'flag' | 'remote' | 'placeholder';
}

const SHAPE = /^(?:https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~-]+)*\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+|[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+)@[A-Za-z0-9._\/-]+$/;

/** A reference given with --action, checked: a URL or owner/name, a pinned ref, naming driftgate. */
export function checkActionRef(ref: string): string {
  if (!SHAPE.test(ref)) {
    throw new UserError(`--action "${ref}" is not an Action reference like https://git.example.com/tools/driftgate@v1 or tools/driftgate@<commit sha>`, EXIT_ERROR);
  }
  const why = unpinnedUses(ref);
  if (why !== undefined) throw new UserError(`--action "${ref}" ${why}; use a release tag (v1, v1.2.3) or a commit SHA`, EXIT_ERROR);
  if (!/drift[-_]?gate/i.test(ref.slice(0, ref.lastIndexOf('@')))) {
    throw new UserError(`--action "${ref}" must name the driftgate repository (the workflow-lock gate, D50, recognises the step by that name)`, EXIT_ERROR);
  }
  return ref;
}

/**
 * The web address of the server of a git remote URL (https, http, ssh:// or scp-like
 * `git@host:owner/repo.git`), without credentials, port of ssh, or the owner/repo part; undefined
 * for anything else (a local path, an unknown scheme).
 */
export function serverOfRemote(url: string): string | undefined {
  const scp = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)[^\s]+$/.exec(url);
  if (scp && !/^[A-Za-z]:/.test(url)) return scp[1]?.includes('.') || scp[1] === 'localhost' ? `https://${scp[1]}` : undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^[A-Za-z0-9.-]+$/.test(parsed.hostname)) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const prefix = segments.slice(0, -2).filter((s) => /^[A-Za-z0-9._~-]+$/.test(s));
  if (prefix.length !== Math.max(0, segments.length - 2)) return undefined;
  const base = prefix.length > 0 ? `/${prefix.join('/')}` : '';
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return `${parsed.protocol}//${parsed.host}${base}`;
  if (parsed.protocol === 'ssh:' || parsed.protocol === 'git+ssh:') return `https://${parsed.hostname}${base}`;
  return undefined;
}

function originUrl(root: string): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile('git', ['remote', 'get-url', 'origin'], { cwd: root, timeout: 5_000, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }, (error, stdout) => {
      resolvePromise(error ? undefined : stdout.trim() || undefined);
    });
  });
}

export async function resolveActionRef(root: string, flag: string | undefined): Promise<ActionRef> {
  if (flag !== undefined) return { ref: checkActionRef(flag), source: 'flag' };
  const remote = await originUrl(root);
  const server = remote === undefined ? undefined : serverOfRemote(remote);
  const ref = `${server ?? PLACEHOLDER_SERVER}/${MIRROR_PATH}@${RELEASE_REF}`;
  return { ref: checkActionRef(ref), source: server === undefined ? 'placeholder' : 'remote' };
}
