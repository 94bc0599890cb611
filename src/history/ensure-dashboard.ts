// The drift dashboard's lifecycle on Gitea (Renovate-style): one issue per repository, found by its
// hidden marker AND by its author being the token's own user (a marker someone else pasted into an
// issue is ignored), edited in place, left alone when the body is unchanged, reopened when someone
// closed it (never a second one), created only when there is none.
import { getCurrentUser, type RepoRef } from '../gitea/api.js';
import type { GiteaHttp } from '../gitea/http.js';
import { createIssue, editIssue, listIssues, type Issue } from '../gitea/issues.js';
import { DASHBOARD_TITLE, dashboardMarker } from './dashboard.js';

export interface DashboardResult {
  action: 'created' | 'updated' | 'reopened' | 'unchanged';
  number: number;
  url: string;
}

/** Gitea stores issue bodies as TEXT; stay well below database limits. */
export const MAX_DASHBOARD_CHARS = 60_000;

function fit(body: string): string {
  if (body.length <= MAX_DASHBOARD_CHARS) return body;
  return `${body.slice(0, MAX_DASHBOARD_CHARS - 200)}\n\n(truncated: the JSON report of the run has everything)\n`;
}

/** The dashboard among `issues`: ours (marker and author), the open one first, else the oldest. */
export function findDashboard(issues: readonly Issue[], me: { id: number }, key?: string): Issue | undefined {
  const marker = dashboardMarker(key);
  const ours = issues
    .filter((i) => !i.pull_request && i.user?.id === me.id && (i.body ?? '').includes(marker))
    .sort((a, b) => a.number - b.number);
  return ours.find((i) => i.state === 'open') ?? ours[0];
}

export async function ensureDashboard(http: GiteaHttp, repo: RepoRef, body: string, key?: string): Promise<DashboardResult> {
  const me = await getCurrentUser(http);
  const text = fit(body);
  const issues = await listIssues(http, repo, { state: 'all', createdBy: me.login });
  const found = findDashboard(issues, me, key);
  if (!found) {
    const created = await createIssue(http, repo, { title: key ? `${DASHBOARD_TITLE} (${key})` : DASHBOARD_TITLE, body: text });
    return { action: 'created', number: created.number, url: created.html_url };
  }
  const closed = found.state === 'closed';
  if (!closed && found.body === text) return { action: 'unchanged', number: found.number, url: found.html_url };
  const edited = await editIssue(http, repo, found.number, { body: text, ...(closed ? { state: 'open' as const } : {}) });
  return { action: closed ? 'reopened' : 'updated', number: edited.number, url: edited.html_url };
}
