// The sticky PR comment: one comment found by a hidden marker, created once, edited in place,
// left alone when unchanged; older duplicates (same marker, same author) are deleted.
import { createIssueComment, deleteIssueComment, editIssueComment, listIssueComments, type RepoRef } from '../gitea/api.js';
import type { GiteaHttp } from '../gitea/http.js';
import type { Comment } from '../gitea/types.js';

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

/** The full comment body: the marker line, then the Markdown (truncated with a note). */
export function stickyBody(markdown: string, key?: string): string {
  const marker = markerFor(key);
  let text = markdown.trimEnd();
  const room = MAX_COMMENT_CHARS - marker.length - 200;
  if (text.length > room) text = `${text.slice(0, room)}\n\n…the report is truncated; the full report is in the job log and artifact.`;
  return `${marker}\n${text}\n`;
}

const sameBody = (a: string, b: string): boolean => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();

export async function ensureStickyComment(http: GiteaHttp, req: StickyCommentRequest): Promise<StickyCommentResult> {
  const marker = markerFor(req.key);
  const body = stickyBody(req.body, req.key);
  const repo: RepoRef = { owner: req.owner, repo: req.repo };
  const mine = (await listIssueComments(http, repo, req.index)).filter((c) => firstLine(c.body) === marker);
  const [keep, ...rest] = mine.sort((a, b) => a.id - b.id);
  let result: StickyCommentResult;
  if (!keep) {
    const created = await createIssueComment(http, repo, req.index, { body });
    return { action: 'created', id: created.id, url: created.html_url, deleted: [] };
  }
  if (sameBody(keep.body, body)) result = { action: 'unchanged', id: keep.id, url: keep.html_url, deleted: [] };
  else {
    const edited = await editIssueComment(http, repo, keep.id, { body });
    result = { action: 'updated', id: edited.id, url: edited.html_url, deleted: [] };
  }
  for (const dup of rest.filter((c) => sameAuthor(c, keep))) {
    await deleteIssueComment(http, repo, dup.id);
    result.deleted.push(dup.id);
  }
  return result;
}

function firstLine(text: string): string {
  return (text ?? '').split(/\r?\n/, 1)[0]?.trim() ?? '';
}

function sameAuthor(a: Comment, b: Comment): boolean {
  return !a.user || !b.user || a.user.id === b.user.id;
}
