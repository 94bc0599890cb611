// The sticky PR comment: one comment found by a hidden marker AND written by the token's own user
// (GET /user), created once, edited in place, left alone when unchanged; older duplicates of its
// own are deleted. Gitea lets a write token edit and delete anyone's comment, so a comment by
// another user that carries the marker (pasted or planted) is never edited, deleted or trusted
// (it cannot fake an "unchanged" report either).
import { createHash } from 'node:crypto';
import { createIssueComment, deleteIssueComment, editIssueComment, getCurrentUser, listIssueComments, type RepoRef } from '../gitea/api.js';
import type { GiteaHttp } from '../gitea/http.js';
import type { User } from '../gitea/types.js';
import type { Report } from './types.js';

export const STICKY_MARKER = '<!-- driftgate:sticky-comment -->';
/** Gitea stores comments as TEXT; stay well below database limits. */
export const MAX_COMMENT_CHARS = 60_000;

export interface StickyCommentRequest extends RepoRef {
  /** the PR (issue) number */
  index: number;
  /** Markdown body, without the marker */
  body: string;
  /** a key to keep several sticky comments apart (e.g. per workflow); default none */
  key?: string;
  /**
   * a digest of what the comment says in substance (see reportDigest); when the existing comment
   * carries the same digest it is left alone even if volatile text (durations) differs
   */
  digest?: string;
  /** the token's own user when already known (else read with GET /user) */
  me?: User;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  /** ids of duplicate sticky comments that were removed */
  deleted: number[];
}

export function markerFor(key?: string): string {
  return key ? `<!-- driftgate:sticky-comment:${key.replace(/[^A-Za-z0-9._-]/g, '-')} -->` : STICKY_MARKER;
}

const DIGEST_RE = /^<!-- driftgate:digest (\S+) -->$/m;

/** A digest of a report without its timings: equal digests = the same findings and results. */
export function reportDigest(report: Report): string {
  const stable = {
    tool: report.tool,
    result: report.result,
    summary: report.summary,
    gates: report.gates.map(({ durationMs: _d, ...g }) => g),
    findings: report.findings.map(({ details: _x, ...f }) => f),
  };
  return createHash('sha256').update(JSON.stringify(stable)).digest('hex').slice(0, 24);
}

/** The full comment body: the marker line, then the Markdown (truncated with a note). */
export function stickyBody(markdown: string, key?: string, digest?: string): string {
  const marker = digest ? `${markerFor(key)}\n<!-- driftgate:digest ${digest} -->` : markerFor(key);
  let text = markdown.trimEnd();
  const room = MAX_COMMENT_CHARS - marker.length - 200;
  if (text.length > room) {
    text = text.slice(0, room);
    // a cut inside a folded block would fold the note (and anything after) away: close it
    const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
    text = `${text}${'\n\n</details>'.repeat(Math.max(0, open))}\n\n…the report is truncated; the full report is in the job log and artifact.`;
  }
  return `${marker}\n${text}\n`;
}

const sameBody = (a: string, b: string): boolean => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();

export async function ensureStickyComment(http: GiteaHttp, req: StickyCommentRequest): Promise<StickyCommentResult> {
  const marker = markerFor(req.key);
  const body = stickyBody(req.body, req.key, req.digest);
  const repo: RepoRef = { owner: req.owner, repo: req.repo };
  const me = req.me ?? (await getCurrentUser(http));
  const mine = (await listIssueComments(http, repo, req.index)).filter((c) => c.user?.id === me.id && firstLine(c.body) === marker);
  const [keep, ...rest] = mine.sort((a, b) => a.id - b.id);
  let result: StickyCommentResult;
  if (!keep) {
    const created = await createIssueComment(http, repo, req.index, { body });
    return { action: 'created', id: created.id, url: created.html_url, deleted: [] };
  }
  const sameDigest = req.digest !== undefined && DIGEST_RE.exec(keep.body)?.[1] === req.digest;
  if (sameDigest || sameBody(keep.body, body)) result = { action: 'unchanged', id: keep.id, url: keep.html_url, deleted: [] };
  else {
    const edited = await editIssueComment(http, repo, keep.id, { body });
    result = { action: 'updated', id: edited.id, url: edited.html_url, deleted: [] };
  }
  for (const dup of rest) {
    await deleteIssueComment(http, repo, dup.id);
    result.deleted.push(dup.id);
  }
  return result;
}

function firstLine(text: string): string {
  return (text ?? '').split(/\r?\n/, 1)[0]?.trim() ?? '';
}
