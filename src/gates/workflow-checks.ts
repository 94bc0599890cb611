// Pure helpers of the `workflow-lock` gate: which events trigger a workflow on which branch,
// whether an action reference is pinned, and which downloads in a `run:` script are unpinned.

/** Does a GitHub/Gitea branch filter (globs, `!negations`, evaluated in order) let `branch` through? */
export function branchMatches(patterns: string[], branch: string): boolean {
  let matched = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const re = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '.')
        .replace(/\u0000/g, '.*')}$`,
    );
    if (re.test(branch)) matched = !negated;
  }
  return matched;
}

const asStrings = (v: unknown): string[] | undefined =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;

/** Whether the workflow's `on:` runs it for `event` on `branch` (no filter = every branch). */
export function triggersOn(on: unknown, event: string, branch: string): boolean {
  if (typeof on === 'string') return on === event;
  if (Array.isArray(on)) return on.includes(event);
  if (on === null || typeof on !== 'object') return false;
  const map = on as Record<string, unknown>;
  if (!(event in map)) return false;
  const filter = map[event];
  if (filter === null || typeof filter !== 'object') return true;
  const f = filter as Record<string, unknown>;
  const include = asStrings(f.branches);
  const exclude = asStrings(f['branches-ignore']);
  if (include) return branchMatches(include, branch);
  if (exclude) return !branchMatches(exclude, branch);
  return true;
}

const MOVING_REFS = new Set(['main', 'master', 'head', 'latest', 'develop', 'dev', 'trunk', 'nightly', 'stable']);

/**
 * Why a `uses:` reference is not pinned, or undefined when it is. A full commit SHA is pinned; a
 * version tag (`@v4`, `@v1.2.3`) is accepted; a branch, `latest` or no ref at all is not.
 */
export function unpinnedUses(uses: string): string | undefined {
  const ref = uses.trim();
  if (ref.startsWith('./') || ref.startsWith('../')) return undefined;
  if (ref.startsWith('docker://')) {
    const image = ref.slice('docker://'.length);
    if (image.includes('@sha256:')) return undefined;
    const tag = /:([^/:]+)$/.exec(image)?.[1];
    if (tag === undefined) return 'has no tag or digest';
    return tag === 'latest' ? 'uses the moving tag "latest"' : undefined;
  }
  const at = ref.lastIndexOf('@');
  if (at < 0) return 'names no version';
  const version = ref.slice(at + 1);
  if (/^[0-9a-f]{40}$/i.test(version)) return undefined;
  if (MOVING_REFS.has(version.toLowerCase())) return `follows the moving ref "${version}"`;
  return undefined;
}

export interface UnpinnedDownload {
  /** the offending text (URL or pipe), for locating it in the script */
  match: string;
  why: string;
}

/** Downloads in a shell script that are not pinned to a version: releases/latest URLs, curl|sh. */
export function unpinnedDownloads(script: string): UnpinnedDownload[] {
  const out: UnpinnedDownload[] = [];
  for (const m of script.matchAll(/https?:\/\/[^\s"'`)]+/g)) {
    const url = m[0];
    if (/\/releases\/latest(\/|$)|\/latest\/download\//.test(url)) {
      out.push({ match: url, why: `downloads "${url}", whatever release is latest that day` });
    }
  }
  for (const m of script.matchAll(/\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z|)sh\b/g)) {
    out.push({ match: m[0], why: 'pipes a download straight into a shell' });
  }
  return out;
}
