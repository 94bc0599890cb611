import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  buildWithRefusals,
  createRevalidate,
  planFingerprint,
  planFixes,
  planSize,
  renderPlan
} from "./chunk-5VQ32PNZ.js";
import {
  require_undici
} from "./chunk-YE4YLPLW.js";
import {
  loadConfig
} from "./chunk-BDM2FPY4.js";
import {
  UserError,
  errorMessage
} from "./chunk-G7ZH7VVN.js";
import {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK
} from "./chunk-3AJIMYI2.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/fix/run-fix.ts
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/gitea/http.ts
var import_undici = __toESM(require_undici(), 1);
var DO_NOT_RETRY = [400, 401, 403, 404, 405, 409, 410, 422, 423, 451];
var IDEMPOTENT_METHODS = /* @__PURE__ */ new Set(["GET", "PUT", "DELETE"]);
var NOT_SENT_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT"
]);
var GiteaApiError = class extends Error {
  constructor(method, path, status, detail) {
    super(`Gitea API ${method} ${path} failed${status ? ` with ${status}` : ""}: ${detail}`);
    this.method = method;
    this.path = path;
    this.status = status;
    this.name = "GiteaApiError";
  }
  method;
  path;
  status;
};
function normalizeServerUrl(serverUrl) {
  const url = new URL(serverUrl.trim());
  url.search = "";
  url.hash = "";
  url.username = "";
  url.password = "";
  return `${url.toString().replace(/\/+$/, "")}/`;
}
function apiBaseUrl(serverUrl) {
  return `${normalizeServerUrl(serverUrl)}api/v1`;
}
function seg(value) {
  return encodeURIComponent(String(value));
}
function createGiteaHttp(options) {
  const apiBase = apiBaseUrl(options.serverUrl);
  const retries = options.retries ?? 2;
  const delay = options.retryDelayMs ?? 500;
  const timeout = options.timeoutMs ?? 3e4;
  const once = async (method, path, opts) => {
    const url = new URL(`${apiBase}${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== void 0) url.searchParams.set(k, String(v));
    const headers = { accept: "application/json", "user-agent": options.userAgent ?? "driftgate" };
    if (options.token) headers.authorization = `token ${options.token}`;
    let payload;
    if (opts.body !== void 0) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(opts.body);
    }
    const res = await (0, import_undici.request)(url, {
      method,
      headers,
      body: payload,
      dispatcher: options.dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout
    });
    const text = await res.body.text();
    let body = void 0;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: res.statusCode, body, headers: res.headers };
  };
  const secret = (text) => options.token && options.token.length >= 4 ? text.split(options.token).join("***") : text;
  const request = async (method, path, opts = {}) => {
    const idempotent = IDEMPOTENT_METHODS.has(method);
    let last;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0 && delay > 0) await new Promise((r) => setTimeout(r, delay * 2 ** (attempt - 1)));
      let res;
      try {
        res = await once(method, path, opts);
      } catch (error2) {
        last = new GiteaApiError(method, path, void 0, secret(networkDetail(error2)));
        if (idempotent || NOT_SENT_CODES.has(errorCode(error2) ?? "")) continue;
        throw last;
      }
      if (res.status < 400) return res;
      const error = new GiteaApiError(method, path, res.status, secret(describe(res.body)));
      const retryable = !DO_NOT_RETRY.includes(res.status) && (res.status >= 500 || res.status === 429);
      if (!retryable || !idempotent && res.status !== 429) throw error;
      last = error;
    }
    throw last ?? new GiteaApiError(method, path, void 0, "no attempt made");
  };
  return {
    apiBase,
    serverUrl: normalizeServerUrl(options.serverUrl),
    request,
    async paginate(path, query = {}, limit = 50) {
      const all = [];
      for (let page = 1; page < 1e4; page++) {
        const res = await request("GET", path, { query: { ...query, page, limit } });
        const items = Array.isArray(res.body) ? res.body : res.body?.data ?? [];
        all.push(...items);
        const total = Number(res.headers["x-total-count"]);
        if (items.length < limit || Number.isFinite(total) && all.length >= total || items.length === 0) break;
      }
      return all;
    }
  };
}
function describe(body) {
  if (body && typeof body === "object") {
    const b = body;
    const parts = [b.message, ...b.errors ?? []].filter((p) => Boolean(p));
    if (parts.length) return [...new Set(parts)].join("; ").slice(0, 500);
  }
  if (typeof body === "string" && body) return body.slice(0, 200);
  return "no details";
}
function errorCode(error) {
  const e = error;
  return e.code ?? e.cause?.code;
}
function networkDetail(error) {
  const e = error;
  return [e.code ?? e.cause?.code, e.message].filter(Boolean).join(" ") || String(error);
}

// src/gitea/api.ts
var repoPath = (r) => `/repos/${seg(r.owner)}/${seg(r.repo)}`;
async function getVersion(http) {
  return (await http.request("GET", "/version")).body;
}
async function getRepo(http, r) {
  return (await http.request("GET", repoPath(r))).body;
}
async function listIssueComments(http, r, index) {
  return (await http.request("GET", `${repoPath(r)}/issues/${seg(index)}/comments`)).body ?? [];
}
async function createIssueComment(http, r, index, option) {
  return (await http.request("POST", `${repoPath(r)}/issues/${seg(index)}/comments`, { body: option })).body;
}
async function editIssueComment(http, r, id, option) {
  return (await http.request("PATCH", `${repoPath(r)}/issues/comments/${seg(id)}`, { body: option })).body;
}
async function deleteIssueComment(http, r, id) {
  await http.request("DELETE", `${repoPath(r)}/issues/comments/${seg(id)}`);
}
async function createCommitStatus(http, r, sha, option) {
  return (await http.request("POST", `${repoPath(r)}/statuses/${seg(sha)}`, { body: option })).body;
}

// src/gitea/pulls.ts
var repoPath2 = (r) => `/repos/${seg(r.owner)}/${seg(r.repo)}`;
async function orUndefined(call) {
  try {
    return (await call).body;
  } catch (error) {
    if (error instanceof GiteaApiError && error.status === 404) return void 0;
    throw error;
  }
}
function getPullByBaseHead(http, r, base, head) {
  return orUndefined(http.request("GET", `${repoPath2(r)}/pulls/${seg(base)}/${seg(head)}`));
}
function listOpenPulls(http, r, labelId) {
  return http.paginate(`${repoPath2(r)}/pulls`, { state: "open", labels: labelId });
}
async function createPull(http, r, option) {
  return (await http.request("POST", `${repoPath2(r)}/pulls`, { body: option })).body;
}
async function editPull(http, r, index, option) {
  return (await http.request("PATCH", `${repoPath2(r)}/pulls/${seg(index)}`, { body: option })).body;
}
function getBranch(http, r, branch) {
  return orUndefined(http.request("GET", `${repoPath2(r)}/branches/${seg(branch)}`));
}
async function listBranchCommits(http, r, branch, notOn, stopAt = []) {
  const stop = new Set(stopAt);
  const out = [];
  const limit = 50;
  for (let page = 1; page <= 20; page++) {
    const query = { sha: branch, not: notOn, stat: false, verification: false, files: false, page, limit };
    const items = (await http.request("GET", `${repoPath2(r)}/commits`, { query })).body ?? [];
    for (const c of items) {
      if (stop.has(c.sha)) return out;
      out.push(c);
    }
    if (items.length < limit) break;
  }
  return out;
}
function getContents(http, r, path, ref) {
  const filepath = path.split("/").map(seg).join("/");
  return orUndefined(http.request("GET", `${repoPath2(r)}/contents/${filepath}`, { query: { ref } }));
}
async function readTextFile(http, r, path, ref) {
  const c = await getContents(http, r, path, ref);
  if (!c || c.type !== "file" || c.content === void 0) return void 0;
  return { text: Buffer.from(c.content, "base64").toString("utf8"), sha: c.sha };
}
async function changeFiles(http, r, option) {
  return (await http.request("POST", `${repoPath2(r)}/contents`, { body: option })).body;
}
function listLabels(http, r) {
  return http.paginate(`${repoPath2(r)}/labels`);
}
async function createLabel(http, r, option) {
  return (await http.request("POST", `${repoPath2(r)}/labels`, { body: option })).body;
}
async function addIssueLabels(http, r, index, ids) {
  return (await http.request("POST", `${repoPath2(r)}/issues/${seg(index)}/labels`, { body: { labels: ids } })).body;
}

// src/gitea/server-info.ts
function parseServerVersion(raw) {
  const text = raw.trim().replace(/^v/, "");
  const compat = /\+gitea-v?(\d+\.\d+(?:\.\d+)?)/i.exec(text);
  const own = /^(\d+\.\d+(?:\.\d+)?)/.exec(text)?.[1] ?? text;
  if (compat || /forgejo/i.test(text)) return { product: "forgejo", version: own, giteaVersion: compat?.[1], raw };
  return { product: "gitea", version: own, giteaVersion: own, raw };
}
function compareVersions(a, b) {
  const pa = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function giteaAtLeast(info, min) {
  return Boolean(info?.giteaVersion && compareVersions(info.giteaVersion, min) >= 0);
}
async function detectServer(http) {
  return parseServerVersion((await getVersion(http)).version);
}

// src/fix/pr-body.ts
var FINGERPRINT_MARKER = "driftgate-fix-plan:";
var PLAN_TRAILER = "Driftgate-Plan:";
var HUMAN_COMMITS_MARKER = "<!-- driftgate-fix-human-commits -->";
var DRIFT_GONE_MARKER = "<!-- driftgate-fix-drift-gone -->";
var MAX_BODY = 65536;
function fingerprintComment(topic, fingerprint) {
  return `<!-- ${FINGERPRINT_MARKER} ${topic} ${fingerprint} -->`;
}
function readFingerprint(body, topic) {
  if (!body) return void 0;
  const re = new RegExp(`<!-- ${FINGERPRINT_MARKER} (\\S+) ([0-9a-f]+) -->`);
  const m = re.exec(body);
  return m && m[1] === topic ? m[2] : void 0;
}
function prTitle(plan) {
  const n = plan.files.reduce((k, f) => k + f.edits.length, 0);
  return `driftgate: fix ${n} stale value${n === 1 ? "" : "s"} (${plan.topic})`;
}
function plain(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? "";
  return text.replace(/\r?\n/g, " ");
}
function cell(value) {
  return plain(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/`/g, "\\`");
}
function code(value) {
  const text = plain(value).replace(/\|/g, "\\|");
  const fence = "`".repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  return fence.length > 1 ? `${fence} ${text} ${fence}` : `\`${text}\``;
}
function commitMessage(plan) {
  const lines = plan.files.flatMap((f) => f.changes.map((c) => `- ${f.file}:${c.line} ${c.pointer}: ${plain(c.before)} -> ${plain(c.after)}`));
  return `${prTitle(plan)}

${lines.join("\n")}

${PLAN_TRAILER} ${plan.fingerprint}
`;
}
function prBody(plan) {
  const out = [
    `driftgate found values in the repository that reality has moved past (direction \`declared-stale\`, gate \`${plan.topic}\`).`,
    "This PR changes exactly those values and nothing else: comments and layout are kept, the diff touches only the lines below,",
    "and every edited file was re-parsed and re-validated before it was committed.",
    "",
    "| file | line | value | change | declared | observed | finding |",
    "|---|---|---|---|---|---|---|"
  ];
  for (const f of plan.files) {
    for (const c of f.changes) {
      const finding = plan.findings.find((x) => x.fix?.file === f.file && x.fix.pointer === c.pointer);
      out.push(`| ${code(f.file)} | ${c.line} | ${code(c.pointer)} | ${cell(c.before)} \u2192 ${cell(c.after)} | ${cell(finding?.expected ?? "")} | ${cell(finding?.observed ?? "")} | ${cell(finding?.message ?? "")} |`);
    }
  }
  if (plan.refused.length > 0) {
    out.push("", "Not included (refused):", "");
    for (const r of plan.refused) out.push(`- ${code(r.file)} ${code(r.pointer)}: ${cell(r.reason)}`);
  }
  out.push(
    "",
    "### How to verify",
    "",
    "```sh",
    `driftgate check --gates ${plan.topic}`,
    `driftgate fix --dry-run --gates ${plan.topic}   # prints "nothing to fix" once this PR is merged`,
    "```",
    "",
    "Review the diff against what is really running. If you push your own commits to this branch, driftgate stops updating it.",
    "When the drift is gone, driftgate closes this PR with a comment.",
    "",
    fingerprintComment(plan.topic, plan.fingerprint)
  );
  const body = out.join("\n");
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 200)}

(truncated)

${fingerprintComment(plan.topic, plan.fingerprint)}` : body;
}

// src/fix/fix-branch.ts
var DEFAULT_BOT = { name: "driftgate-bot", email: "driftgate-bot@noreply.localhost" };
function fixBranchName(base, topic) {
  return `driftgate/fix/${base}/${topic}`;
}
function isBotCommit(c, bot) {
  const email = (c.commit.author?.email ?? "").toLowerCase();
  return c.commit.message.includes(PLAN_TRAILER) && email === bot.email.toLowerCase();
}
function humanCommits(commits, bot) {
  return commits.filter((c) => !isBotCommit(c, bot));
}
function b64(text) {
  return Buffer.from(text, "utf8").toString("base64");
}
async function pushPlan(p) {
  const message = commitMessage(p.plan);
  const who = { author: p.bot, committer: p.bot, message };
  if (p.forcePush || !p.branchExists) {
    const files2 = p.plan.files.map((f) => ({ operation: "update", path: f.file, content: b64(f.after), sha: p.baseShas[f.file] }));
    await changeFiles(p.http, p.repo, { ...who, files: files2, branch: p.base, new_branch: p.branch, ...p.forcePush ? { force_push: true } : {} });
    return;
  }
  const files = [];
  for (const f of p.plan.files) {
    const current = await readTextFile(p.http, p.repo, f.file, p.branch);
    if (current?.text === f.after) continue;
    files.push(current ? { operation: "update", path: f.file, content: b64(f.after), sha: current.sha } : { operation: "create", path: f.file, content: b64(f.after) });
  }
  if (files.length > 0) await changeFiles(p.http, p.repo, { ...who, files, branch: p.branch });
}

// src/fix/rebase-plan.ts
async function rebasePlan(plan, readBase, revalidate) {
  const files = [];
  const refused = [...plan.refused];
  const shas = {};
  const notes = [];
  for (const file of plan.files) {
    const fresh = await readBase(file.file);
    if (!fresh) {
      for (const e of file.edits) refused.push({ file: file.file, pointer: e.pointer, reason: `${file.file} no longer exists on the base branch` });
      notes.push(`${file.file} no longer exists on the base branch`);
      continue;
    }
    shas[file.file] = fresh.sha;
    if (fresh.text === file.before) {
      files.push(file);
      continue;
    }
    notes.push(`${file.file} changed on the base branch since the plan was made; edits re-applied`);
    const result = buildWithRefusals(file.file, fresh.text, file.edits, revalidate, "on the current base: ");
    refused.push(...result.refused);
    const built = result.fix;
    const before = new Set(file.edits.map((e) => e.pointer));
    const after = new Set(built?.edits.map((e) => e.pointer) ?? []);
    for (const p of before) {
      if (!after.has(p) && !refused.some((r) => r.file === file.file && r.pointer === p)) notes.push(`${file.file} ${p} already has its value on the base branch; dropped`);
    }
    if (built) files.push(built);
  }
  const kept = new Set(files.flatMap((f) => f.edits.map((e) => `${f.file}\0${e.pointer}`)));
  const findings = plan.findings.filter((f) => f.fix && kept.has(`${f.fix.file}\0${f.fix.pointer}`));
  const all = files.flatMap((f) => f.edits.map((e) => ({ file: f.file, ...e })));
  return { plan: { ...plan, files, findings, refused, fingerprint: planFingerprint(all) }, shas, notes };
}

// src/fix/pr.ts
var LABEL_COLOR = "#d93f0b";
function editCount(plan) {
  return plan.files.reduce((n, f) => n + f.edits.length, 0);
}
async function findOpenPr(http, repo, base, head, byBaseHead) {
  if (byBaseHead) {
    const pr = await getPullByBaseHead(http, repo, base, head);
    return pr?.state === "open" ? pr : void 0;
  }
  return (await listOpenPulls(http, repo)).find((p) => p.head.ref === head && p.base.ref === base);
}
async function ensureLabels(http, repo, names) {
  if (names.length === 0) return [];
  const existing = await listLabels(http, repo);
  const ids = [];
  for (const name of names) {
    const found = existing.find((l) => l.name === name);
    ids.push(found ? found.id : (await createLabel(http, repo, { name, color: LABEL_COLOR, description: "opened by driftgate" })).id);
  }
  return ids;
}
var asIs = (text) => text;
async function commentOnce(http, repo, index, marker, text, redact2) {
  const comments = await listIssueComments(http, repo, index);
  if (comments.some((c) => c.body.includes(marker))) return;
  await createIssueComment(http, repo, index, { body: `${marker}
${redact2(text)}` });
}
async function closePr(http, repo, pr, topic, base, branch, why, redact2 = asIs) {
  await createIssueComment(http, repo, pr.number, {
    body: redact2(`${DRIFT_GONE_MARKER}
The drift this PR fixed is gone: ${why} (topic \`${topic}\`, base \`${base}\`). driftgate closes it.`)
  });
  await editPull(http, repo, pr.number, { state: "closed" });
  return { action: "closed", branch, number: pr.number, url: pr.html_url, reason: why, notes: [] };
}
async function upsertPr(http, repo, head, base, plan, labelIds, pr, redact2) {
  const content = { title: redact2(prTitle(plan)), body: redact2(prBody(plan)) };
  let current = pr;
  if (!current) {
    try {
      const created = await createPull(http, repo, { base, head, ...content, labels: labelIds });
      return { action: "created", pr: created };
    } catch (error) {
      if (!(error instanceof GiteaApiError && error.status === 409)) throw error;
      current = (await listOpenPulls(http, repo)).find((p) => p.head.ref === head && p.base.ref === base);
      if (!current) throw error;
    }
  }
  const updated = await editPull(http, repo, current.number, content);
  const have = new Set((updated.labels ?? current.labels ?? []).map((l) => l.id));
  const missing = labelIds.filter((id) => !have.has(id));
  if (missing.length > 0) await addIssueLabels(http, repo, current.number, missing);
  return { action: "updated", pr: updated };
}
async function ensureFixPr(http, repo, plan, opts) {
  const bot = opts.bot ?? DEFAULT_BOT;
  const redact2 = opts.redact ?? asIs;
  const base = opts.base;
  const branch = fixBranchName(base, plan.topic);
  const server = await detectServer(http);
  const pr = await findOpenPr(http, repo, base, branch, giteaAtLeast(server, "1.22"));
  if (editCount(plan) === 0) {
    if (pr) return closePr(http, repo, pr, plan.topic, base, branch, "driftgate finds no stale value to fix any more", redact2);
    return { action: "none", branch, reason: "nothing to fix", notes: [] };
  }
  if (pr && readFingerprint(pr.body, plan.topic) === plan.fingerprint) {
    return { action: "not-updated", branch, number: pr.number, url: pr.html_url, reason: "the plan is unchanged", notes: [] };
  }
  const existing = await getBranch(http, repo, branch);
  if (existing) {
    const stopAt = [pr?.merge_base, (await getBranch(http, repo, base))?.commit?.id].filter((x) => Boolean(x));
    const humans = humanCommits(await listBranchCommits(http, repo, branch, base, stopAt), bot);
    if (humans.length > 0) {
      const who = humans.map((c) => `${c.sha.slice(0, 10)} by ${c.commit.author?.name ?? "unknown"}`).join(", ");
      const reason = `branch ${branch} carries commits that are not driftgate's (${who}); they are never overwritten`;
      if (pr) {
        await commentOnce(
          http,
          repo,
          pr.number,
          HUMAN_COMMITS_MARKER,
          `driftgate did not update this branch: it carries commits that are not driftgate's (${who}), and driftgate never overwrites them. Merge or close this PR (or delete the branch) and driftgate proposes a fresh one on its next run.`,
          redact2
        );
      }
      return { action: "blocked", branch, number: pr?.number, url: pr?.html_url, reason, notes: [] };
    }
  }
  const labelIds = await ensureLabels(http, repo, opts.labels);
  if (!pr && opts.maxOpenPrs >= 0) {
    const listed = await listOpenPulls(http, repo, labelIds[0]);
    const open = labelIds.length > 0 ? listed : listed.filter((p) => p.head.ref.startsWith("driftgate/fix/"));
    if (open.length >= opts.maxOpenPrs) {
      return { action: "blocked", branch, reason: `${open.length} driftgate PRs are open (cap ${opts.maxOpenPrs}); not opening another`, notes: [] };
    }
  }
  const rebased = await rebasePlan(plan, (file) => readTextFile(http, repo, file, base), opts.revalidate);
  if (editCount(rebased.plan) === 0) {
    if (pr) return { ...await closePr(http, repo, pr, plan.topic, base, branch, "the base branch already has the values", redact2), notes: rebased.notes };
    return { action: "none", branch, reason: "the base branch already has the values", notes: rebased.notes, plan: rebased.plan };
  }
  if (pr && readFingerprint(pr.body, plan.topic) === rebased.plan.fingerprint) {
    return { action: "not-updated", branch, number: pr.number, url: pr.html_url, reason: "the plan is unchanged", notes: rebased.notes, plan: rebased.plan };
  }
  await pushPlan({
    http,
    repo,
    base,
    branch,
    plan: rebased.plan,
    baseShas: rebased.shas,
    branchExists: Boolean(existing),
    forcePush: giteaAtLeast(server, "1.26"),
    bot
  });
  const done = await upsertPr(http, repo, branch, base, rebased.plan, labelIds, pr, redact2);
  return { action: done.action, branch, number: done.pr.number, url: done.pr.html_url, notes: rebased.notes, plan: rebased.plan };
}

// src/fix/run-fix.ts
var RAN = /* @__PURE__ */ new Set(["pass", "fail", "warn"]);
function redact(text, secret) {
  return secret && secret.length >= 4 ? text.split(secret).join("***") : text;
}
function target(opts, io) {
  const serverUrl = opts.serverUrl ?? io.env.GITHUB_SERVER_URL ?? io.env.GITEA_SERVER_URL;
  const full = opts.repo ?? io.env.GITHUB_REPOSITORY;
  if (!serverUrl) throw new UserError("fix --pr needs the Gitea server URL: --server-url or GITHUB_SERVER_URL");
  if (!full) throw new UserError("fix --pr needs the repository: --repo owner/name or GITHUB_REPOSITORY");
  const [owner, repo, ...rest] = full.split("/");
  if (!owner || !repo || rest.length > 0) throw new UserError(`--repo must be owner/name, got "${full}"`);
  if (!opts.token) throw new UserError("fix --pr needs a token in DRIFTGATE_TOKEN, GITEA_TOKEN or GITHUB_TOKEN");
  return { serverUrl, owner, repo, token: opts.token };
}
function resultLine(r) {
  const pr = r.number !== void 0 ? ` PR #${r.number}${r.url ? ` ${r.url}` : ""}` : "";
  const why = r.reason ? `: ${r.reason}` : "";
  return `${r.topic}: ${r.action}${pr} (branch ${r.branch})${why}
${r.notes.map((n) => `  ${n}
`).join("")}`;
}
async function runFix(opts, io, deps) {
  const root = resolve(io.cwd, opts.root);
  const gitea = opts.pr ? target(opts, io) : void 0;
  const check = await deps.runCheck({ ...opts, format: "text", out: void 0, metricsOut: void 0 }, io);
  const config = check.config ?? await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const report = check.report;
  if (report.result === "error") {
    io.stderr(`driftgate fix: the check could not evaluate${report.error ? `: ${report.error}` : ""}
`);
    return { exitCode: EXIT_ERROR, results: [] };
  }
  const partial = new Set(report.findings.filter((f) => f.inconclusive).map((f) => f.gate));
  const ranGates = report.gates.filter((g) => RAN.has(g.result) && !partial.has(g.id)).map((g) => g.id);
  for (const gate of [...partial].filter((g) => config.fix.gates.includes(g))) {
    io.stderr(`driftgate fix: ${gate}: some probes were inconclusive, so this topic is not planned and its PR is left alone
`);
  }
  const readFile = (file) => {
    try {
      return readFileSync(join(root, file), "utf8");
    } catch {
      return void 0;
    }
  };
  const plan = planFixes(report.findings, config, readFile, { ranGates, revalidate: createRevalidate(config) });
  const refused = plan.topics.some((t) => t.refused.length > 0);
  io.stderr(`driftgate fix: check ${report.result}, ${report.findings.length} finding(s), ${planSize(plan)} fixable edit(s)
`);
  const rendered = opts.format === "json" ? `${JSON.stringify(planJson(plan), null, 2)}
` : renderPlan(plan);
  io.stdout(rendered);
  const exitCode = refused ? EXIT_DRIFT : report.result === "inconclusive" && planSize(plan) === 0 ? EXIT_INCONCLUSIVE : EXIT_OK;
  if (!gitea) return { exitCode, plan, results: [] };
  const http = createGiteaHttp({ serverUrl: gitea.serverUrl, token: gitea.token, dispatcher: deps.dispatcher });
  const mask = (text) => redact(deps.redact ? deps.redact(text) : text, gitea.token);
  const results = [];
  try {
    for (const topic of plan.topics) {
      const r = await ensureFixPr(http, { owner: gitea.owner, repo: gitea.repo }, topic, {
        base: opts.base ?? config.fix.base,
        labels: config.fix.labels,
        maxOpenPrs: config.fix.maxOpenPrs,
        bot: config.fix.committer,
        revalidate: createRevalidate(config),
        redact: mask
      });
      results.push({ ...r, topic: topic.topic });
      io.stdout(mask(resultLine({ ...r, topic: topic.topic })));
    }
  } catch (error) {
    if (!(error instanceof GiteaApiError)) throw error;
    io.stderr(`driftgate fix: ${mask(errorMessage(error))}
`);
    return { exitCode: EXIT_ERROR, plan, results };
  }
  const prUrl = results.find((r) => r.url && r.action !== "closed")?.url;
  return { exitCode, plan, results, prUrl };
}
function planJson(plan) {
  return {
    topics: plan.topics.map((t) => ({
      topic: t.topic,
      fingerprint: t.fingerprint,
      files: t.files.map((f) => ({ file: f.file, lines: f.lines, changes: f.changes, diff: f.diff })),
      findings: t.findings.map((f) => f.fingerprint),
      refused: t.refused
    }))
  };
}

export {
  normalizeServerUrl,
  createGiteaHttp,
  getRepo,
  listIssueComments,
  createIssueComment,
  editIssueComment,
  deleteIssueComment,
  createCommitStatus,
  giteaAtLeast,
  detectServer,
  runFix
};
