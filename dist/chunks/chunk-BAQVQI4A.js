import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  changeLine,
  createRevalidate,
  fixEdits,
  planFixes,
  planSize,
  planTopic,
  renderPlan
} from "./chunk-V6ANR3QT.js";
import {
  require_undici
} from "./chunk-YE4YLPLW.js";
import {
  evidenceText,
  plural
} from "./chunk-O2UFUBP5.js";
import {
  replaceFileAtomic
} from "./chunk-EU5YSG2Z.js";
import {
  loadConfig
} from "./chunk-T5JXNHZM.js";
import {
  UserError,
  errorMessage
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK,
  FIX_KINDS,
  topicsOfGate
} from "./chunk-UQVOT4AX.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/fix/run-fix.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2, resolve } from "node:path";

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
    for (let attempt2 = 0; attempt2 <= retries; attempt2++) {
      if (attempt2 > 0 && delay > 0) await new Promise((r) => setTimeout(r, delay * 2 ** (attempt2 - 1)));
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

// src/fix/apply-local.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/fix/rebase-plan.ts
async function rebasePlan(plan, readBase, revalidate, ownWrites) {
  const shas = {};
  const notes = [];
  const texts = /* @__PURE__ */ new Map();
  const unchanged = [];
  const gone = /* @__PURE__ */ new Set();
  for (const file of plan.files) {
    const fresh2 = await readBase(file.file);
    if (!fresh2) {
      notes.push(`${file.file} no longer exists on the base branch`);
      gone.add(file.file);
      continue;
    }
    shas[file.file] = fresh2.sha;
    texts.set(file.file, fresh2.text);
    if (fresh2.text === file.before) unchanged.push(file);
    else if (ownWrites?.get(file.file) !== fresh2.text) notes.push(`${file.file} changed on the base branch since the plan was made; edits re-applied`);
  }
  if (unchanged.length === plan.files.length) return { plan, shas, notes };
  const others = [...new Set(plan.findings.flatMap((f) => fixEdits(f).map((e) => e.file)))].filter((file) => !texts.has(file) && !gone.has(file));
  for (const file of others) {
    const fresh2 = await readBase(file);
    if (!fresh2) continue;
    shas[file] = fresh2.sha;
    texts.set(file, fresh2.text);
  }
  const lost = (f) => fixEdits(f).some((e) => gone.has(e.file));
  const refused = [...plan.refused];
  for (const f of plan.findings.filter(lost)) {
    for (const e of fixEdits(f)) refused.push({ file: e.file, pointer: e.pointer, reason: gone.has(e.file) ? `${e.file} no longer exists on the base branch` : "not applied alone: another edit of the same fix was refused" });
  }
  const read = (file) => texts.get(file);
  const fresh = planTopic(plan.topic, plan.gate, plan.findings.filter((f) => !lost(f)), read, revalidate);
  refused.push(...fresh.refused.map((r) => ({ ...r, reason: `on the current base: ${r.reason}` })));
  const after = new Set(fresh.files.flatMap((f) => f.edits.map((e) => `${f.file}\0${e.pointer}`)));
  for (const file of plan.files) {
    for (const e of file.edits) {
      const key = `${file.file}\0${e.pointer}`;
      if (!after.has(key) && !gone.has(file.file) && !refused.some((r) => r.file === file.file && r.pointer === e.pointer)) {
        notes.push(`${file.file} ${e.pointer} already has its value on the base branch; dropped`);
      }
    }
  }
  return { plan: { ...fresh, refused }, shas, notes };
}

// src/fix/apply-local.ts
function shiftPast(lines, inserted) {
  const blocks = [...inserted].sort((a, b) => a.from - b.from);
  for (const c of lines) for (const b of blocks) if (c.line >= b.from) c.line += b.count;
}
function noteWritten(run, file, text, applied) {
  const changes = applied.map((c) => ({ ...c }));
  const earlier = run.files.get(file);
  shiftPast([...earlier?.changes ?? [], ...changes.filter((c) => c.op !== "add")], changes.flatMap((c) => c.inserted ? [c.inserted] : []));
  run.texts.set(file, text);
  if (earlier) earlier.changes.push(...changes);
  else {
    const written = { file, changes };
    run.files.set(file, written);
    run.out.written.push(written);
  }
}
async function applyTopic(topic, run) {
  const read = async (file) => {
    try {
      return { text: readFileSync(join(run.root, file), "utf8"), sha: "" };
    } catch {
      return void 0;
    }
  };
  const fresh = await rebasePlan(topic, read, run.revalidate, run.texts);
  run.out.notes.push(...fresh.notes.map((n) => n.replace("on the base branch", "in the working tree")));
  run.out.refused.push(...fresh.plan.refused.slice(topic.refused.length));
  for (const f of fresh.plan.files) {
    try {
      replaceFileAtomic(join(run.root, f.file), f.after);
      noteWritten(run, f.file, f.after, f.changes);
    } catch (error) {
      for (const e of f.edits) run.out.refused.push({ file: f.file, pointer: e.pointer, reason: `cannot write ${f.file}: ${errorMessage(error)}` });
    }
  }
}
async function applyPlanLocally(plan, root, revalidate) {
  const run = { root, revalidate, out: { written: [], refused: [], notes: [] }, texts: /* @__PURE__ */ new Map(), files: /* @__PURE__ */ new Map() };
  for (const topic of plan.topics) await applyTopic(topic, run);
  return run.out;
}
function renderApplied(result) {
  const lines = [];
  for (const w of result.written) {
    const added = w.changes.filter((c) => c.op === "add").length;
    const changed = w.changes.length - added;
    const what = [changed > 0 ? `${plural(changed, "value")} changed` : "", added > 0 ? `${plural(added, "key")} added` : ""].filter(Boolean).join(", ");
    lines.push(`wrote ${w.file}: ${what}`);
    for (const c of w.changes) lines.push(`  ${changeLine(w.file, c)}`);
  }
  for (const n of result.notes) lines.push(`note: ${n}`);
  for (const r of result.refused) lines.push(`not written ${r.file} ${r.pointer}: ${r.reason}`);
  if (result.written.length === 0 && result.refused.length === 0) lines.push("nothing to write: the working tree already has every planned value");
  return `${lines.join("\n")}
`;
}

// src/gitea/api.ts
var repoPath = (r) => `/repos/${seg(r.owner)}/${seg(r.repo)}`;
async function orUndefined(call) {
  try {
    return (await call).body;
  } catch (error) {
    if (error instanceof GiteaApiError && error.status === 404) return void 0;
    throw error;
  }
}
async function getVersion(http) {
  return (await http.request("GET", "/version")).body;
}
async function getCurrentUser(http) {
  return (await http.request("GET", "/user")).body;
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

// src/gitea/contents.ts
var filePath = (r, path) => `${repoPath(r)}/contents/${path.split("/").map(seg).join("/")}`;
function getContents(http, r, path, ref) {
  return orUndefined(http.request("GET", filePath(r, path), { query: { ref } }));
}
async function readTextFile(http, r, path, ref) {
  const c = await getContents(http, r, path, ref);
  if (!c || c.type !== "file" || c.content === void 0) return void 0;
  return { text: Buffer.from(c.content, "base64").toString("utf8"), sha: c.sha };
}
async function changeFiles(http, r, option) {
  return (await http.request("POST", `${repoPath(r)}/contents`, { body: option })).body;
}
async function createFile(http, r, path, option) {
  return (await http.request("POST", filePath(r, path), { body: option })).body;
}
async function updateFile(http, r, path, option) {
  return (await http.request("PUT", filePath(r, path), { body: option })).body;
}

// src/gitea/pulls.ts
function listOpenPulls(http, r, filter = {}) {
  return http.paginate(`${repoPath(r)}/pulls`, { state: "open", base_branch: filter.base, labels: filter.labelId });
}
async function createPull(http, r, option) {
  return (await http.request("POST", `${repoPath(r)}/pulls`, { body: option })).body;
}
async function editPull(http, r, index, option) {
  return (await http.request("PATCH", `${repoPath(r)}/pulls/${seg(index)}`, { body: option })).body;
}
function listLabels(http, r) {
  return http.paginate(`${repoPath(r)}/labels`);
}
async function createLabel(http, r, option) {
  return (await http.request("POST", `${repoPath(r)}/labels`, { body: option })).body;
}
async function addIssueLabels(http, r, index, ids) {
  return (await http.request("POST", `${repoPath(r)}/issues/${seg(index)}/labels`, { body: { labels: ids } })).body;
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

// src/gitea/branches.ts
function getBranch(http, r, branch) {
  return orUndefined(http.request("GET", `${repoPath(r)}/branches/${seg(branch)}`));
}
async function updateBranch(http, r, branch, option) {
  const body = { old_commit_id: option.oldCommit, new_commit_id: option.newCommit, force: option.force };
  await http.request("PUT", `${repoPath(r)}/branches/${seg(branch)}`, { body });
}
async function deleteBranch(http, r, branch) {
  await http.request("DELETE", `${repoPath(r)}/branches/${seg(branch)}`);
}
async function listBranchCommits(http, r, ref, notOn, stopAt = []) {
  const stop = new Set(stopAt);
  const out = [];
  const limit = 50;
  for (let page = 1; page <= 20; page++) {
    const query = { sha: ref, not: notOn, stat: false, verification: false, files: false, page, limit };
    const items = (await http.request("GET", `${repoPath(r)}/commits`, { query })).body ?? [];
    for (const c of items) {
      if (stop.has(c.sha)) return out;
      out.push(c);
    }
    if (items.length < limit) break;
  }
  return out;
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
  const changes = plan.files.flatMap((f) => f.changes);
  const entries = changes.filter((c) => c.op === "add" && c.after !== null && typeof c.after === "object" && !Array.isArray(c.after)).length;
  const n = changes.length - entries;
  const parts = [n > 0 ? `fix ${n} stale value${n === 1 ? "" : "s"}` : "", entries > 0 ? `propose ${entries} new entr${entries === 1 ? "y" : "ies"}` : ""];
  return `driftgate: ${parts.filter(Boolean).join(", ") || "fix 0 stale values"} (${plan.topic})`;
}
function plain(value) {
  if (value === void 0) return "(absent)";
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
function kindLine(plan) {
  const kind = FIX_KINDS.find((k) => k.id === plan.topic);
  return kind ? [`Fix kind \`${kind.id}\`: ${kind.proposes}. Evidence: ${kind.evidence}.`, ""] : [];
}
function prBody(plan) {
  const added = plan.files.some((f) => f.changes.some((c) => c.op === "add"));
  const out = [
    `driftgate found values in the repository that reality has moved past (direction \`declared-stale\`, gate \`${plan.gate}\`).`,
    added ? "This PR changes exactly those values and adds the new entries below, nothing else: comments and layout are kept, the diff touches only those lines," : "This PR changes exactly those values and nothing else: comments and layout are kept, the diff touches only the lines below,",
    "and every edited file was re-parsed and re-validated before it was committed.",
    "",
    ...kindLine(plan),
    "| file | line | value | change | declared | observed | finding | evidence |",
    "|---|---|---|---|---|---|---|---|"
  ];
  for (const f of plan.files) {
    for (const c of f.changes) {
      const finding = plan.findings.find((x) => fixEdits(x).some((e) => e.file === f.file && e.pointer === c.pointer));
      const evidence = finding ? evidenceText(finding) : "";
      out.push(`| ${code(f.file)} | ${c.line} | ${code(c.pointer)} | ${c.op === "add" ? `(new) ${cell(c.after)}` : `${cell(c.before)} \u2192 ${cell(c.after)}`} | ${cell(finding?.expected ?? "")} | ${cell(finding?.observed ?? "")} | ${cell(finding?.message ?? "")} | ${cell(evidence)} |`);
    }
  }
  if (added) out.push("", "A new entry is a skeleton for a person to complete: review its values and add what driftgate cannot know (health path, notes).");
  if (plan.findings.some((x) => evidenceText(x) === "this run only")) {
    out.push("", 'Evidence "this run only": no earlier live run is recorded for it (no run history, see the README, "Run history"), so this fix rests on one observation.');
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
    `driftgate check --gates ${plan.gate}`,
    `driftgate fix --dry-run --gates ${plan.gate}   # prints "topic ${plan.topic}: nothing to fix" once this PR is merged`,
    "```",
    "",
    "Review the diff against what is really running. If you push your own commits to this branch, driftgate stops updating it",
    "and never overwrites them. When the drift is gone, driftgate closes this PR and deletes the branch; if someone pushed to it,",
    "driftgate leaves the PR open and says so instead.",
    "",
    fingerprintComment(plan.topic, plan.fingerprint)
  );
  const body = out.join("\n");
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY - 200)}

(truncated)

${fingerprintComment(plan.topic, plan.fingerprint)}` : body;
}
function humanCommitsComment(branch, who2) {
  return [
    `driftgate did not update this PR: its branch \`${branch}\` carries commits that are not driftgate's (${who2}), and driftgate never overwrites them.`,
    "",
    "Merge it when it is right. For a fresh proposal from driftgate instead, close this PR **and delete the branch**:",
    "driftgate uses one branch per topic and can only propose again once that branch is gone."
  ].join("\n");
}
function driftGoneLeftOpenComment(why, topic, base, branch, who2) {
  return [
    `The drift this PR was opened for is gone: ${why} (topic \`${topic}\`, base \`${base}\`).`,
    "",
    `driftgate leaves this PR open because its branch \`${branch}\` carries commits that are not driftgate's (${who2}).`,
    "Merge it if those changes are still wanted, or close it and delete the branch."
  ].join("\n");
}
function driftGoneClosedComment(why, topic, base, branch, kept) {
  const fate = kept === void 0 ? `Its branch \`${branch}\` held only driftgate's commits and is deleted; if the drift returns, driftgate proposes a fresh PR.` : `Its branch \`${branch}\` stays: ${kept}. While that branch exists, driftgate cannot propose a fix for this topic: delete it, or open a PR from it.`;
  return `The drift this PR fixed is gone: ${why} (topic \`${topic}\`, base \`${base}\`). driftgate closes it. ${fate}`;
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
function describeCommits(commits) {
  return commits.map((c) => `${c.sha.slice(0, 10)} by ${c.commit.author?.name ?? "unknown"}`).join(", ");
}
async function readBranchState(http, repo, base, branch, bot, mergeBase) {
  const head = (await getBranch(http, repo, branch))?.commit?.id;
  if (!head) return { commits: [], humans: [] };
  const stopAt = [mergeBase, (await getBranch(http, repo, base))?.commit?.id].filter((x) => Boolean(x));
  const commits = await listBranchCommits(http, repo, head, base, stopAt);
  return { head, commits, humans: humanCommits(commits, bot) };
}
function holdsPlan(state, fingerprint, bot) {
  const newest = state.commits[0];
  return Boolean(newest && isBotCommit(newest, bot) && newest.commit.message.includes(`${PLAN_TRAILER} ${fingerprint}`));
}

// src/fix/find-pr.ts
function isOwnPr(p, topic, me) {
  return readFingerprint(p.body, topic) !== void 0 && p.user?.id === me.id;
}
async function findFixPr(http, repo, base, branch, topic, me) {
  const onBranch = (await listOpenPulls(http, repo, { base })).filter((p) => p.head.ref === branch && p.base.ref === base).filter((p) => p.head.repo_id === void 0 || p.base.repo_id === void 0 || p.head.repo_id === p.base.repo_id).sort((a, b) => a.number - b.number);
  const pr = onBranch.find((p) => isOwnPr(p, topic, me));
  return pr ? { pr } : { foreign: onBranch[0] };
}
async function commentOnce(http, repo, index, marker, text, me) {
  const comments = await listIssueComments(http, repo, index);
  if (comments.some((c) => c.user?.id === me.id && c.body.includes(marker))) return false;
  await createIssueComment(http, repo, index, { body: `${marker}
${text}` });
  return true;
}

// src/fix/drift-gone.ts
async function deleteIfUnmoved(ctx, state) {
  const now = (await getBranch(ctx.http, ctx.repo, ctx.branch))?.commit?.id;
  if (!now) return { deleted: true };
  if (now !== state.head) {
    const fresh = await readBranchState(ctx.http, ctx.repo, ctx.base, ctx.branch, ctx.bot);
    if (fresh.humans.length > 0) return { deleted: false, kept: `it received commits that are not driftgate's (${describeCommits(fresh.humans)})` };
  }
  try {
    await deleteBranch(ctx.http, ctx.repo, ctx.branch);
  } catch (error) {
    if (!(error instanceof GiteaApiError) || error.status === void 0 || error.status >= 500) throw error;
    return { deleted: false, kept: `Gitea refused to delete it (${error.status}: a protected branch?)` };
  }
  return { deleted: true };
}
async function driftGone(ctx, pr, state, why) {
  const base = { branch: ctx.branch, notes: [], warnings: [] };
  if (!pr) {
    if (!state.head) return { ...base, action: "none", reason: why };
    if (state.humans.length > 0) {
      return { ...base, action: "none", reason: `${why}; the left-over branch ${ctx.branch} holds commits that are not driftgate's (${describeCommits(state.humans)}) and is left alone` };
    }
    const gone2 = await deleteIfUnmoved(ctx, state);
    if (!gone2.deleted) return { ...base, action: "none", reason: `${why}; the left-over branch ${ctx.branch} is left alone: ${gone2.kept}` };
    return { ...base, action: "none", reason: why, notes: [`deleted the left-over branch ${ctx.branch} (only driftgate's commits)`] };
  }
  const ref = { number: pr.number, url: pr.html_url };
  if (state.humans.length > 0) {
    const who2 = describeCommits(state.humans);
    await commentOnce(ctx.http, ctx.repo, pr.number, DRIFT_GONE_MARKER, ctx.redact(driftGoneLeftOpenComment(why, ctx.plan.topic, ctx.base, ctx.branch, who2)), ctx.me);
    return {
      ...base,
      ...ref,
      action: "left-open",
      reason: `${why}, but the branch carries commits that are not driftgate's (${who2})`,
      warnings: [`PR #${pr.number} is left open: the drift it was opened for is gone, but its branch ${ctx.branch} carries commits that are not driftgate's (${who2}); merge or close it`]
    };
  }
  await editPull(ctx.http, ctx.repo, pr.number, { state: "closed" });
  const gone = await deleteIfUnmoved(ctx, state);
  await createIssueComment(ctx.http, ctx.repo, pr.number, {
    body: ctx.redact(`${DRIFT_GONE_MARKER}
${driftGoneClosedComment(why, ctx.plan.topic, ctx.base, ctx.branch, gone.kept)}`)
  });
  if (gone.deleted) return { ...base, ...ref, action: "closed", reason: why, notes: [`deleted the branch ${ctx.branch} (only driftgate's commits)`] };
  return {
    ...base,
    ...ref,
    action: "closed",
    reason: why,
    warnings: [`closed PR #${pr.number}, but its branch ${ctx.branch} stays: ${gone.kept}; driftgate cannot propose this topic again until the branch is deleted`]
  };
}

// src/fix/write-branch.ts
var BranchMovedError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "BranchMovedError";
  }
};
function scratchBranchName(base, topic) {
  return `driftgate/scratch/${base}/${topic}`;
}
function canSwapBranch(server) {
  return server?.product === "gitea" && giteaAtLeast(server, "1.27");
}
var b64 = (text) => Buffer.from(text, "utf8").toString("base64");
var conflict = (e) => e instanceof GiteaApiError && (e.status === 409 || e.status === 422);
async function writeFixBranch(w) {
  if (!w.checked.head) return createBranch(w);
  if (canSwapBranch(w.server)) return swapBranch(w, w.checked.head);
  return commitOnTop(w, w.checked.head);
}
function who(w) {
  return { author: w.bot, committer: w.bot, message: commitMessage(w.plan) };
}
function fromBase(w) {
  return w.plan.files.map((f) => ({ operation: "update", path: f.file, content: b64(f.after), sha: w.baseShas[f.file] }));
}
async function movedOr(w, error, expected) {
  if (conflict(error)) {
    const now = (await getBranch(w.http, w.repo, w.branch))?.commit?.id;
    if (now !== expected) {
      throw new BranchMovedError(expected ? `${w.branch} moved from ${expected.slice(0, 10)} to ${now ? now.slice(0, 10) : "nothing"} while driftgate wrote it` : `${w.branch} appeared while driftgate created it`);
    }
  }
  throw error;
}
async function createBranch(w) {
  try {
    const res = await changeFiles(w.http, w.repo, { ...who(w), files: fromBase(w), branch: w.base, new_branch: w.branch });
    return { commit: res.commit?.sha, notes: [] };
  } catch (error) {
    return movedOr(w, error, void 0);
  }
}
async function swapBranch(w, head) {
  const scratch = scratchBranchName(w.base, w.plan.topic);
  const res = await changeFiles(w.http, w.repo, { ...who(w), files: fromBase(w), branch: w.base, new_branch: scratch, force_push: true });
  const commit = res.commit?.sha;
  const notes = [];
  try {
    if (!commit) throw new GiteaApiError("POST", "/contents", void 0, "the answer names no commit");
    await updateBranch(w.http, w.repo, w.branch, { oldCommit: head, newCommit: commit, force: true });
  } catch (error) {
    await movedOr(w, error, head);
  } finally {
    await deleteBranch(w.http, w.repo, scratch).catch((e) => notes.push(`could not delete the scratch branch ${scratch}: ${e.message}`));
  }
  return { commit, notes };
}
async function commitOnTop(w, head) {
  const files = [];
  for (const f of w.plan.files) {
    const current = await readTextFile(w.http, w.repo, f.file, head);
    if (current?.text === f.after) continue;
    files.push(current ? { operation: "update", path: f.file, content: b64(f.after), sha: current.sha } : { operation: "create", path: f.file, content: b64(f.after) });
  }
  if (files.length === 0) return { notes: [] };
  let res;
  try {
    res = await changeFiles(w.http, w.repo, { ...who(w), files, branch: w.branch });
  } catch (error) {
    return movedOr(w, error, head);
  }
  const parent = res.commit?.parents?.[0]?.sha;
  if (parent && parent !== head) {
    throw new BranchMovedError(
      `commit ${parent.slice(0, 10)} reached ${w.branch} between driftgate's check and its write; driftgate's commit ${res.commit?.sha?.slice(0, 10) ?? ""} sits on top of it and nothing was lost`
    );
  }
  return { commit: res.commit?.sha, notes: [] };
}

// src/fix/pr.ts
var MAX_ATTEMPTS = 3;
var LABEL_COLOR = "#d93f0b";
function editCount(plan) {
  return plan.files.reduce((n, f) => n + f.edits.length, 0);
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
function foreignPr(ctx, pr) {
  const reason = `open PR #${pr.number} uses the branch ${ctx.branch} but is not driftgate's (no plan marker of this topic, or opened by another user); driftgate leaves it alone`;
  return { action: "blocked", branch: ctx.branch, number: pr.number, url: pr.html_url, reason, notes: [], warnings: [`${reason} and cannot propose its fix`] };
}
async function humanBranch(ctx, pr, state) {
  const who2 = describeCommits(state.humans);
  const reason = `branch ${ctx.branch} carries commits that are not driftgate's (${who2}); they are never overwritten`;
  if (pr) {
    await commentOnce(ctx.http, ctx.repo, pr.number, HUMAN_COMMITS_MARKER, ctx.redact(humanCommitsComment(ctx.branch, who2)), ctx.me);
    return { action: "blocked", branch: ctx.branch, number: pr.number, url: pr.html_url, reason, notes: [], warnings: [] };
  }
  const warning = `drift is back, but the branch ${ctx.branch} (no open PR) carries commits that are not driftgate's (${who2}): driftgate cannot propose this fix until that branch is merged or deleted`;
  return { action: "blocked", branch: ctx.branch, reason, notes: [], warnings: [warning] };
}
async function upsertPr(ctx, plan, labelIds, pr) {
  const content = { title: ctx.redact(prTitle(plan)), body: ctx.redact(prBody(plan)) };
  let current = pr;
  if (!current) {
    try {
      return { action: "created", pr: await createPull(ctx.http, ctx.repo, { base: ctx.base, head: ctx.branch, ...content, labels: labelIds }) };
    } catch (error) {
      if (!(error instanceof GiteaApiError && error.status === 409)) throw error;
      const found = await findFixPr(ctx.http, ctx.repo, ctx.base, ctx.branch, plan.topic, ctx.me);
      if (found.foreign) return foreignPr(ctx, found.foreign);
      if (!found.pr) throw error;
      current = found.pr;
    }
  }
  let updated = current;
  const changed = current.title !== content.title || (current.body ?? "") !== content.body;
  if (changed) updated = await editPull(ctx.http, ctx.repo, current.number, content);
  const have = new Set((updated.labels ?? current.labels ?? []).map((l) => l.id));
  const missing = labelIds.filter((id) => !have.has(id));
  if (missing.length > 0) await addIssueLabels(ctx.http, ctx.repo, current.number, missing);
  return { action: changed ? "updated" : "not-updated", pr: updated };
}
async function attempt(ctx) {
  const { http, repo, plan, branch } = ctx;
  const found = await findFixPr(http, repo, ctx.base, branch, plan.topic, ctx.me);
  if (found.foreign) return foreignPr(ctx, found.foreign);
  const pr = found.pr;
  const state = await readBranchState(http, repo, ctx.base, branch, ctx.bot, pr?.merge_base);
  if (editCount(plan) === 0) return driftGone(ctx, pr, state, "driftgate finds no stale value to fix any more");
  if (state.humans.length > 0) return humanBranch(ctx, pr, state);
  const unchanged = (fp) => pr && readFingerprint(pr.body, plan.topic) === fp ? { action: "not-updated", branch, number: pr.number, url: pr.html_url, reason: "the plan is unchanged", notes: [], warnings: [] } : void 0;
  const same = unchanged(plan.fingerprint);
  if (same) return same;
  const labelIds = await ensureLabels(http, repo, ctx.opts.labels);
  if (!pr && ctx.opts.maxOpenPrs >= 0) {
    const listed = await listOpenPulls(http, repo, { labelId: labelIds[0] });
    const open = labelIds.length > 0 ? listed : listed.filter((p) => p.head.ref.startsWith("driftgate/fix/"));
    if (open.length >= ctx.opts.maxOpenPrs) {
      const reason = `${open.length} driftgate PRs are open (cap ${ctx.opts.maxOpenPrs}); not opening another`;
      return { action: "blocked", branch, reason, notes: [], warnings: [] };
    }
  }
  const rebased = await rebasePlan(plan, (file) => readTextFile(http, repo, file, ctx.base), ctx.opts.revalidate);
  if (editCount(rebased.plan) === 0) {
    const gone = await driftGone(ctx, pr, state, "the base branch already has the values");
    return { ...gone, notes: [...rebased.notes, ...gone.notes] };
  }
  const sameRebased = unchanged(rebased.plan.fingerprint);
  if (sameRebased) return { ...sameRebased, notes: rebased.notes, plan: rebased.plan };
  const notes = [...rebased.notes];
  if (holdsPlan(state, rebased.plan.fingerprint, ctx.bot)) notes.push(`${branch} already holds this plan; nothing pushed`);
  else {
    const written = await writeFixBranch({ http, repo, base: ctx.base, branch, plan: rebased.plan, baseShas: rebased.shas, checked: state, server: ctx.server, bot: ctx.bot });
    notes.push(...written.notes);
  }
  const done = await upsertPr(ctx, rebased.plan, labelIds, pr);
  if (!("pr" in done)) return done;
  return { action: pr && done.action === "not-updated" ? "updated" : done.action, branch, number: done.pr.number, url: done.pr.html_url, notes, warnings: [], plan: rebased.plan };
}
async function ensureFixPr(http, repo, plan, opts) {
  const ctx = {
    http,
    repo,
    plan,
    opts,
    base: opts.base,
    branch: fixBranchName(opts.base, plan.topic),
    bot: opts.bot ?? DEFAULT_BOT,
    redact: opts.redact ?? ((text) => text),
    server: await detectServer(http),
    me: await getCurrentUser(http)
  };
  const replans = [];
  for (let n = 1; ; n++) {
    try {
      const result = await attempt(ctx);
      return { ...result, notes: [...replans, ...result.notes] };
    } catch (error) {
      if (!(error instanceof BranchMovedError)) throw error;
      replans.push(`${error.message}; nothing was overwritten, re-planned`);
      if (n >= MAX_ATTEMPTS) {
        const reason = `the branch ${ctx.branch} kept moving while driftgate wrote it (${MAX_ATTEMPTS} attempts); nothing was overwritten`;
        return { action: "blocked", branch: ctx.branch, reason, notes: replans, warnings: [reason] };
      }
    }
  }
}

// src/fix/skipped-topics.ts
var RAN = /* @__PURE__ */ new Set(["pass", "fail", "warn"]);
function plannableGates(report) {
  const partial = new Set(report.findings.filter((f) => f.inconclusive).map((f) => f.gate));
  return report.gates.filter((g) => RAN.has(g.result) && !partial.has(g.id)).map((g) => g.id);
}
function skippedTopics(report, config) {
  const plannable = new Set(plannableGates(report));
  const out = [];
  for (const gate of config.fix.gates.filter((g) => !plannable.has(g))) {
    const run = report.gates.find((g) => g.id === gate);
    const gap = report.findings.find((f) => f.gate === gate && f.inconclusive);
    let reason;
    if (!run) reason = "its gate did not run (not selected with --gates)";
    else if (gap || run.result === "inconclusive") {
      reason = `probes were inconclusive${gap ? ` (${gap.message})` : ""}, so no fix is planned and its PR is left alone`;
    } else if (run.result === "skipped") reason = `its gate was skipped${run.note ? ` (${run.note})` : ""}`;
    else reason = `its gate could not evaluate${run.note ? ` (${run.note})` : ""}`;
    for (const topic of topicsOfGate(gate, config)) out.push({ topic, reason });
  }
  return out;
}

// src/fix/run-fix.ts
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
  const lines = [...r.notes.map((n) => `  ${n}`), ...r.warnings.map((w) => `  warning: ${w}`)];
  return `${r.topic}: ${r.action}${pr} (branch ${r.branch})${why}
${lines.map((l) => `${l}
`).join("")}`;
}
async function runFix(opts, io, deps) {
  const root = resolve(io.cwd, opts.root);
  if (opts.write && opts.pr) throw new UserError("--write and --pr cannot be combined");
  const gitea = opts.pr ? target(opts, io) : void 0;
  const check = await deps.runCheck({ ...opts, format: "text", out: void 0, metricsOut: void 0 }, io);
  const config = check.config ?? await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const report = check.report;
  if (report.result === "error") {
    io.stderr(`driftgate fix: the check could not evaluate${report.error ? `: ${report.error}` : ""}
`);
    return { exitCode: EXIT_ERROR, results: [], warnings: [], skipped: [] };
  }
  const ranGates = plannableGates(report);
  const skipped = skippedTopics(report, config);
  for (const s of skipped.filter((t) => t.reason.startsWith("probes were inconclusive"))) {
    io.stderr(`driftgate fix: ${s.topic}: some probes were inconclusive, so this topic is not planned and its PR is left alone
`);
  }
  const readFile = (file) => {
    try {
      return readFileSync2(join2(root, file), "utf8");
    } catch {
      return void 0;
    }
  };
  const plan = planFixes(report.findings, config, readFile, { ranGates, revalidate: createRevalidate(config) });
  const refused = plan.topics.some((t) => t.refused.length > 0);
  io.stderr(`driftgate fix: check ${report.result}, ${report.findings.length} finding(s), ${planSize(plan)} fixable edit(s)
`);
  const rendered = opts.format === "json" ? `${JSON.stringify(planJson(plan, skipped), null, 2)}
` : renderPlan(plan, skipped);
  io.stdout(rendered);
  const exitCode = refused ? EXIT_DRIFT : report.result === "inconclusive" && planSize(plan) === 0 ? EXIT_INCONCLUSIVE : EXIT_OK;
  if (opts.write) {
    const applied = await applyPlanLocally(plan, root, createRevalidate(config));
    if (opts.format !== "json") io.stdout(renderApplied(applied));
    else io.stderr(renderApplied(applied));
    return { exitCode: applied.refused.length > 0 ? EXIT_DRIFT : exitCode, plan, results: [], warnings: [], skipped };
  }
  if (!gitea) return { exitCode, plan, results: [], warnings: [], skipped };
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
      for (const w of r.warnings) io.stderr(mask(`driftgate fix: warning: ${topic.topic}: ${w}
`));
    }
  } catch (error) {
    if (!(error instanceof GiteaApiError)) throw error;
    io.stderr(`driftgate fix: ${mask(errorMessage(error))}${hint(error)}
`);
    return { exitCode: EXIT_ERROR, plan, results, warnings: warningsOf(results, mask), skipped };
  }
  const prUrl = results.find((r) => r.url && r.action !== "closed")?.url;
  return { exitCode, plan, results, prUrl, warnings: warningsOf(results, mask), skipped };
}
function warningsOf(results, mask) {
  return results.flatMap((r) => r.warnings.map((w) => mask(`${r.topic}: ${w}`)));
}
function hint(error) {
  return error.path === "/user" && (error.status === 401 || error.status === 403) ? " (driftgate asks Gitea who the token belongs to, to touch only its own PRs and comments: give the token the read:user scope)" : "";
}
function planJson(plan, skipped = []) {
  return {
    topics: plan.topics.map((t) => ({
      topic: t.topic,
      fingerprint: t.fingerprint,
      files: t.files.map((f) => ({ file: f.file, lines: f.lines, changes: f.changes, diff: f.diff })),
      findings: t.findings.map((f) => f.fingerprint),
      refused: t.refused
    })),
    ...plan.held ? { held: plan.held } : {},
    skipped
  };
}

export {
  GiteaApiError,
  normalizeServerUrl,
  seg,
  createGiteaHttp,
  repoPath,
  getCurrentUser,
  getRepo,
  listIssueComments,
  createIssueComment,
  editIssueComment,
  deleteIssueComment,
  createCommitStatus,
  readTextFile,
  createFile,
  updateFile,
  giteaAtLeast,
  detectServer,
  getBranch,
  runFix
};
