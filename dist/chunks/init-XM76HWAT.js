import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  packageRoot
} from "./chunk-WIWSWTOE.js";
import {
  exportDir,
  insertModelines,
  modelineAdvice,
  planSchemaExport,
  yamlScalar
} from "./chunk-WOYSKLCY.js";
import {
  replaceFileAtomic,
  writeFileAtomic
} from "./chunk-EU5YSG2Z.js";
import {
  CONFIG_FILE_NAME,
  SPINE_PATHS,
  defaultConfig,
  loadConfig,
  mergeConfig
} from "./chunk-T5JXNHZM.js";
import {
  BINDING_KINDS,
  CORE_KINDS,
  triggersOn,
  unpinnedUses
} from "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import {
  require_dist
} from "./chunk-5XIPNB5E.js";
import {
  UserError,
  errorMessage
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_OK
} from "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/cli/commands/init.ts
import { resolve } from "node:path";

// src/init/next-steps.ts
import { posix as posix3 } from "node:path";

// src/init/action-ref.ts
import { execFile } from "node:child_process";
var MIRROR_PATH = "tools/driftgate";
var RELEASE_REF = "v1";
var PLACEHOLDER_SERVER = "https://git.example.com";
var SHAPE = /^(?:https?:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~-]+)*\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+|[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+)@[A-Za-z0-9._\/-]+$/;
function checkActionRef(ref) {
  if (!SHAPE.test(ref)) {
    throw new UserError(`--action "${ref}" is not an Action reference like https://git.example.com/tools/driftgate@v1 or tools/driftgate@<commit sha>`, EXIT_ERROR);
  }
  const why = unpinnedUses(ref);
  if (why !== void 0) throw new UserError(`--action "${ref}" ${why}; use a release tag (v1, v1.2.3) or a commit SHA`, EXIT_ERROR);
  if (!/drift[-_]?gate/i.test(ref.slice(0, ref.lastIndexOf("@")))) {
    throw new UserError(`--action "${ref}" must name the driftgate repository (the workflow-lock gate, D50, recognises the step by that name)`, EXIT_ERROR);
  }
  return ref;
}
function serverOfRemote(url) {
  const scp = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)[^\s]+$/.exec(url);
  if (scp && !/^[A-Za-z]:/.test(url)) return scp[1]?.includes(".") || scp[1] === "localhost" ? `https://${scp[1]}` : void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (!/^[A-Za-z0-9.-]+$/.test(parsed.hostname)) return void 0;
  const segments = parsed.pathname.split("/").filter(Boolean);
  const prefix = segments.slice(0, -2).filter((s) => /^[A-Za-z0-9._~-]+$/.test(s));
  if (prefix.length !== Math.max(0, segments.length - 2)) return void 0;
  const base = prefix.length > 0 ? `/${prefix.join("/")}` : "";
  if (parsed.protocol === "https:" || parsed.protocol === "http:") return `${parsed.protocol}//${parsed.host}${base}`;
  if (parsed.protocol === "ssh:" || parsed.protocol === "git+ssh:") return `https://${parsed.hostname}${base}`;
  return void 0;
}
function originUrl(root) {
  return new Promise((resolvePromise) => {
    execFile("git", ["remote", "get-url", "origin"], { cwd: root, timeout: 5e3, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } }, (error, stdout) => {
      resolvePromise(error ? void 0 : stdout.trim() || void 0);
    });
  });
}
async function resolveActionRef(root, flag) {
  if (flag !== void 0) return { ref: checkActionRef(flag), source: "flag" };
  const remote = await originUrl(root);
  const server = remote === void 0 ? void 0 : serverOfRemote(remote);
  const ref = `${server ?? PLACEHOLDER_SERVER}/${MIRROR_PATH}@${RELEASE_REF}`;
  return { ref: checkActionRef(ref), source: server === void 0 ? "placeholder" : "remote" };
}

// src/init/run-init.ts
import { stat as stat2 } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/init/detect-profile.ts
import { stat } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/init/find-by-name.ts
import { readdir } from "node:fs/promises";
import { join, posix } from "node:path";
var SEARCH_LIMIT = 5e4;
var MAX_DEPTH = 12;
function skipped(dir) {
  return dir.name.startsWith(".") || dir.name === "node_modules";
}
async function indexFileNames(root) {
  const byName = /* @__PURE__ */ new Map();
  let seen = 0;
  let level = [""];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next = [];
    for (const rel of level) {
      let entries;
      try {
        entries = await readdir(join(root, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (++seen > SEARCH_LIMIT) return { byName: sorted(byName), truncated: true };
        const path = rel === "" ? e.name : posix.join(rel, e.name);
        if (e.isDirectory() && !skipped(e)) next.push(path);
        else if (e.isFile()) byName.set(e.name, [...byName.get(e.name) ?? [], path]);
      }
    }
    level = next;
  }
  return { byName: sorted(byName), truncated: false };
}
function sorted(byName) {
  for (const list of byName.values()) list.sort();
  return byName;
}
function namesOf(profilePath) {
  const name = posix.basename(profilePath);
  const swapped = name.endsWith(".yaml") ? `${name.slice(0, -5)}.yml` : name.endsWith(".yml") ? `${name.slice(0, -4)}.yaml` : void 0;
  return swapped === void 0 ? [name] : [name, swapped];
}
function candidatesFor(index, profilePath) {
  return namesOf(profilePath).flatMap((n) => index.byName.get(n) ?? []).filter((p) => p !== profilePath).sort();
}

// src/init/detect-profile.ts
var WORKFLOW_DIRS = [".forgejo/workflows", ".gitea/workflows", ".github/workflows"];
var DEFAULT_WORKFLOW_DIR = ".gitea/workflows";
var PROFILE_KINDS = [...BINDING_KINDS, "caddyfile"];
async function kindOf(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : void 0;
  } catch {
    return void 0;
  }
}
async function detectProfile(root) {
  const present = await Promise.all(PROFILE_KINDS.map(async (kind) => await kindOf(join2(root, SPINE_PATHS[kind])) === "file"));
  let index;
  if (present.includes(false)) index = await indexFileNames(root);
  const files = PROFILE_KINDS.map((kind, i) => {
    const profilePath = SPINE_PATHS[kind];
    const required = CORE_KINDS.includes(kind);
    if (present[i]) return { kind, profilePath, required, status: "found", candidates: [] };
    const candidates = index === void 0 ? [] : candidatesFor(index, profilePath);
    const status = candidates.length === 0 ? "missing" : candidates.length === 1 ? "moved" : "ambiguous";
    return { kind, profilePath, required, status, candidates };
  });
  const dirs = await Promise.all(WORKFLOW_DIRS.map(async (d) => await kindOf(join2(root, d)) === "dir"));
  const existing = WORKFLOW_DIRS.find((_, i) => dirs[i]);
  return { files, workflowsDir: existing ?? DEFAULT_WORKFLOW_DIR, workflowsDirExists: existing !== void 0, searchTruncated: index?.truncated ?? false };
}

// src/init/plan-files.ts
import { readFile } from "node:fs/promises";
import { join as join3 } from "node:path";
async function current(root, path) {
  try {
    return { text: await readFile(join3(root, path), "utf8") };
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return {};
    return { unreadable: code === "EISDIR" ? "it is a directory" : errorMessage(error) };
  }
}
async function planFile(root, wanted, force) {
  const { path, text } = wanted;
  const now = wanted.existing !== void 0 ? { text: wanted.existing } : await current(root, path);
  if (now.unreadable !== void 0) return { path, text, outcome: "skipped", reason: `cannot be read (${now.unreadable})` };
  if (now.text === void 0) return { path, text, outcome: "written" };
  if (now.text === text) return { path, text, outcome: "unchanged" };
  if (force) return { path, text, outcome: "replaced" };
  return { path, text, outcome: "skipped", reason: "it exists and differs from what init writes; review it, or re-run with --force to replace it" };
}
function applyFiles(root, files) {
  for (const f of files) {
    if (f.outcome !== "written" && f.outcome !== "replaced") continue;
    const target = join3(root, f.path);
    try {
      if (f.outcome === "replaced") replaceFileAtomic(target, f.text);
      else writeFileAtomic(target, f.text);
    } catch (error) {
      throw new UserError(`cannot write ${f.path}: ${errorMessage(error)}`, EXIT_ERROR);
    }
  }
}

// src/init/render-config.ts
var DEFAULT_BRANCH = "main";
var HEADER = [
  "# driftgate.config.yaml: driftgate's settings for this repository, written by `driftgate init`.",
  "# Only what differs from the built-in `spine` profile is set; every key left out keeps its default.",
  "# Every key: driftgate's docs/schemas.md; the schema: schemas/driftgate.config.schema.json.",
  "version: 1"
];
var FIX_EXAMPLES = [
  "gates: [registry-status, vm-inventory, health]   # whose declared-stale findings become fix PRs",
  "labels: [driftgate]",
  "max_open_prs: 5"
];
function examples(withFix) {
  const lines = [
    "gates:                       # per gate id or alias: error blocks, warning reports without blocking, off skips it",
    "  ssh-trust: warning",
    "  D51: off",
    "exceptions:                  # accepted findings, each with its reason, until the expiry date (then reported again)",
    "  - gate: vm-governance",
    "    subject: docker-host",
    "    reason: legacy VM, migration planned",
    "    expires: 2026-12-31",
    "probe:",
    "  known_hosts: ops/ssh/known_hosts   # pinned host keys: driftgate hosts pin --known-hosts ops/ssh/known_hosts",
    "  users:                     # login user per ssh target id (docs/least-privilege.md); the declared user stays the default",
    "    pve: driftgate",
    "  hypervisor_targets: [pve]  # ssh targets whose `qm list` is the hypervisor truth",
    "  ssh_connect_timeout_ms: 5000",
    "  run_timeout_ms: 120000",
    "  retries: 1",
    ...withFix ? ["fix:", ...FIX_EXAMPLES.map((l) => `  ${l}`)] : []
  ];
  return ["", "# Examples of the keys teams set most (uncomment and adapt):", "#", ...lines.map((l) => `# ${l}`)];
}
function pathLines(detection, raw) {
  const active = [];
  const commented = [];
  for (const f of detection.files) {
    if (f.status === "moved") {
      const found = f.candidates[0];
      active.push(`  ${f.kind}: ${yamlScalar(found)}   # not at the profile's ${f.profilePath}; the only file of that name: check it`);
      raw.paths = { ...raw.paths, [f.kind]: found };
    } else if (f.status === "ambiguous") {
      commented.push(`  # ${f.kind} (the profile's ${f.profilePath}) is one of these ${f.candidates.length} files of that name; uncomment it:`);
      for (const c of f.candidates) commented.push(`  # ${f.kind}: ${yamlScalar(c)}`);
    }
  }
  if (detection.workflowsDir !== SPINE_PATHS.workflows) {
    active.push(`  workflows: ${yamlScalar(detection.workflowsDir)}   # where this repository keeps its workflows`);
    raw.paths = { ...raw.paths, workflows: detection.workflowsDir };
  }
  if (active.length === 0 && commented.length === 0) return [];
  const intro = ["", "# Profile files that are not at the profile's path, found by file name (init's heuristic: a file of", "# the same name, .yml or .yaml, outside hidden directories). `driftgate check --offline` validates them."];
  if (active.length > 0) return [...intro, "paths:", ...active, ...commented];
  return [...intro, "# paths:", ...commented];
}
function renderConfig(detection, branch) {
  const raw = {};
  const lines = [...HEADER, ...pathLines(detection, raw)];
  const fixActive = branch !== DEFAULT_BRANCH;
  if (fixActive) {
    raw.fix = { base: branch };
    lines.push("", "# The default branch: the PR check runs on pushes to it, and fix PRs target it.", "fix:", `  base: ${yamlScalar(branch)}`, ...FIX_EXAMPLES.map((l) => `  # ${l}`));
  }
  lines.push(...examples(!fixActive));
  return { text: `${lines.join("\n")}
`, raw };
}

// src/init/render-workflows.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { join as join4, posix as posix2 } from "node:path";
var WORKFLOWS = [
  { example: "pr-check.yml", file: "driftgate-pr.yml", gatesPullRequests: true },
  { example: "nightly.yml", file: "driftgate-nightly.yml", gatesPullRequests: false }
];
var DRIFTGATE_USES = /^([ \t]*(?:-[ \t]+)?uses:[ \t]*)(\S*drift[-_]?gate\S*@\S+)[ \t]*$/gm;
var COPY_LINE = /^# Copy to \S+ in the spine repo\. /m;
var MAIN_FILTER = /^([ \t]+branches:[ \t]*)\[main\][ \t]*$/gm;
function exampleText(name) {
  const path = join4(packageRoot(import.meta.url), "examples/workflows", name);
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new UserError(`driftgate's example workflow ${path} is missing from its installation; reinstall driftgate`, EXIT_ERROR);
  }
}
function jobsOf(text) {
  const doc = (0, import_yaml.parse)(text);
  return Object.values(doc.jobs ?? {});
}
function verify(name, text, action, branch, gatesPullRequests) {
  const doc = (0, import_yaml.parse)(text);
  const uses = jobsOf(text).flatMap((j) => (j.steps ?? []).map((s) => s.uses)).filter((u) => typeof u === "string" && /drift[-_]?gate/i.test(u));
  const triggers = !gatesPullRequests || triggersOn(doc.on, "pull_request", branch) && triggersOn(doc.on, "push", branch);
  if (uses.length === 0 || uses.some((u) => u !== action) || !triggers) {
    throw new Error(`the example workflow ${name} no longer has the shape init fills in (a driftgate step${gatesPullRequests ? ", pull_request and push to the branch" : ""})`);
  }
}
function renderWorkflow(name, text, action, branch, gatesPullRequests) {
  const out = text.replace(COPY_LINE, "# Written by `driftgate init`. ").replace(DRIFTGATE_USES, (_m, lead) => `${lead}${action}`).replace(MAIN_FILTER, (_m, lead) => `${lead}[${branch}]`);
  verify(name, out, action, branch, gatesPullRequests);
  return out;
}
function runsOn(text) {
  return [...new Set(jobsOf(text).flatMap((j) => typeof j["runs-on"] === "string" ? [j["runs-on"]] : Array.isArray(j["runs-on"]) ? j["runs-on"].map(String) : []))];
}
function renderWorkflows(dir, action, branch) {
  return WORKFLOWS.map((w) => {
    const text = renderWorkflow(w.example, exampleText(w.example), action, branch, w.gatesPullRequests);
    return { path: posix2.join(dir, w.file), text, runsOn: runsOn(text), live: !w.gatesPullRequests };
  });
}

// src/init/run-init.ts
var SCHEMAS_DIR = ".driftgate/schemas";
function checkBranch(branch) {
  if (!/^[A-Za-z0-9._][A-Za-z0-9._/-]*$/.test(branch)) throw new UserError(`--branch "${branch}" is not a branch name init can write into a workflow`, EXIT_ERROR);
  return branch;
}
async function existingConfig(root, force) {
  try {
    if (!(await stat2(join5(root, CONFIG_FILE_NAME))).isFile()) return void 0;
  } catch {
    return void 0;
  }
  try {
    return await loadConfig(root);
  } catch (error) {
    if (force) return void 0;
    throw error;
  }
}
async function runInit(opts) {
  try {
    if (!(await stat2(opts.root)).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new UserError(`--root ${opts.root} is not a directory`, EXIT_ERROR);
  }
  const notes = [];
  const detection = await detectProfile(opts.root);
  const existing = await existingConfig(opts.root, opts.force);
  const branch = checkBranch(opts.branch ?? existing?.fix.base ?? DEFAULT_BRANCH);
  const rendered = renderConfig(detection, branch);
  const config = await planFile(opts.root, { path: CONFIG_FILE_NAME, text: rendered.text }, opts.force);
  const kept = config.outcome === "skipped" ? existing : void 0;
  const effective = kept ?? mergeConfig(defaultConfig(), rendered.raw, () => ({ file: CONFIG_FILE_NAME, line: 1, column: 1, pointer: "" }));
  const workflowsDir = kept && kept.paths.workflows !== SPINE_PATHS.workflows ? kept.paths.workflows : detection.workflowsDir;
  if (kept && kept.paths.workflows !== workflowsDir) {
    notes.push(`${CONFIG_FILE_NAME} (kept) reads workflows from ${kept.paths.workflows}, but this repository keeps them in ${workflowsDir}: set paths.workflows: ${workflowsDir} so the workflow-lock gate (D50) sees them`);
  }
  if (detection.searchTruncated) notes.push("the search for profile files elsewhere stopped early (a very large repository); set paths: in the config for files it did not find");
  const action = await resolveActionRef(opts.root, opts.action);
  const workflows = renderWorkflows(workflowsDir, action.ref, branch);
  const wanted = workflows.map((w) => ({ path: w.path, text: w.text }));
  if (opts.schemas || opts.modelines) wanted.push(...await planSchemaExport(opts.root, exportDir(SCHEMAS_DIR), effective));
  const files = [config, ...await Promise.all(wanted.map((w) => planFile(opts.root, w, opts.force)))];
  if (!opts.dryRun) applyFiles(opts.root, files);
  const modelines = opts.modelines ? await insertModelines(opts.root, await modelineAdvice(opts.root, effective, SCHEMAS_DIR), !opts.dryRun) : [];
  return { detection, files, modelines, action, branch, workflowsDir, workflows, notes, dryRun: opts.dryRun };
}

// src/init/next-steps.ts
var BOT_TOKEN_SCOPES = ["write:repository", "write:issue", "read:user"];
function quoteArg(value) {
  return /^[A-Za-z0-9_./:@=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function toAdd(paths) {
  const out = paths.map((p) => posix3.dirname(p) === SCHEMAS_DIR ? SCHEMAS_DIR : p);
  return [...new Set(out)];
}
function actionStep(r) {
  const ref = r.action.ref;
  if (r.action.source === "placeholder") {
    return [
      `The workflows use the driftgate Action as ${ref}, and ${PLACEHOLDER_SERVER} is a placeholder: mirror driftgate into your Gitea (e.g. as ${MIRROR_PATH}) and re-run init with --action https://<your gitea>/${MIRROR_PATH}@${RELEASE_REF} --force (README, "Set up on Gitea", step 1).`
    ];
  }
  const where = r.action.source === "remote" ? " (on the server of the origin remote)" : "";
  return [
    `The workflows use the driftgate Action as ${ref}${where}: make sure that repository exists (mirror driftgate; README, "Set up on Gitea", step 1), or re-run init with --action URL@REF --force. Until the mirror has a release tag, use a commit SHA as the ref.`
  ];
}
function runnerSteps(r) {
  return r.workflows.map((w) => {
    const labels = w.runsOn.join(", ");
    if (!w.live) return [`${w.path} runs on "${labels}": any runner with that label (it needs no access to your hosts).`];
    return [
      `${w.path} runs on "${labels}": register an act_runner that reaches your hosts over SSH and HTTP with that label, e.g.`,
      `  act_runner register --no-interactive --instance https://<your gitea> --token <registration token> --labels ${w.runsOn[0] ?? "driftgate-live"}:host`
    ];
  });
}
function nextSteps(r, rootArg) {
  const root = rootArg === "." ? "" : ` --root ${quoteArg(rootArg)}`;
  const steps = [];
  const changed = r.files.filter((f) => f.outcome === "written" || f.outcome === "replaced").map((f) => f.path);
  if (changed.length > 0) steps.push(["Review the files and commit them:", `  git add ${toAdd(changed).map(quoteArg).join(" ")}`]);
  const missing = r.detection.files.filter((f) => f.required && f.status !== "found" && f.status !== "moved");
  if (missing.length > 0) {
    steps.push([`Add the profile's core files that are missing (${missing.map((f) => f.profilePath).join(", ")}), or set paths: in the config to where they are; until then check reports them as missing.`]);
  }
  steps.push(actionStep(r));
  steps.push([
    "Create the secrets (repository \u2192 Settings \u2192 Actions \u2192 Secrets):",
    "  DRIFTGATE_SSH_KEY      the private key (OpenSSH format, the whole file) of a read-only user on the hosts;",
    `                         driftgate's docs/least-privilege.md and \`driftgate hosts commands${root}\` show what it runs`,
    `  DRIFTGATE_KNOWN_HOSTS  the pinned host keys: run \`driftgate hosts pin${root} --known-hosts known_hosts\`,`,
    "                         review the file, and store its content",
    `  DRIFTGATE_BOT_TOKEN    a token of the bot user (next step) with the scopes ${BOT_TOKEN_SCOPES.join(", ")}`
  ]);
  steps.push([
    "Create a bot user for fix PRs (e.g. driftgate-bot) with write access to this repository: PRs opened with the automatic token trigger no workflows, so a fix PR would never get its own PR check."
  ]);
  steps.push(...runnerSteps(r));
  steps.push([`Run \`driftgate check --offline${root}\` to see what the PR check will report, then push and open a pull request.`]);
  return steps;
}

// src/init/render-init.ts
var WIDTH = 100;
function wrap(text, width) {
  const out = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") out.push(line);
  return out;
}
var DRY = { written: "would write", replaced: "would replace", unchanged: "unchanged", skipped: "skipped" };
function profileLine(f) {
  const label = f.status.padEnd(9);
  switch (f.status) {
    case "found":
      return `  ${label} ${f.profilePath}`;
    case "moved":
      return `  ${label} ${f.profilePath} -> ${f.candidates[0] ?? ""} (the only file of that name; proposed as paths.${f.kind} in the config: check it)`;
    case "ambiguous":
      return `  ${label} ${f.profilePath}: ${f.candidates.length} files of that name (${f.candidates.join(", ")}); listed under paths: in the config, commented out: pick one`;
    default:
      return `  ${label} ${f.profilePath} (${f.required ? "required" : "optional"})`;
  }
}
function counts(r) {
  const n = (o) => r.files.filter((f) => f.outcome === o).length;
  const parts = r.dryRun ? [`${n("written")} to write`, `${n("replaced")} to replace`, `${n("unchanged")} unchanged`, `${n("skipped")} skipped`] : [`${n("written")} written`, `${n("replaced")} replaced`, `${n("unchanged")} unchanged`, `${n("skipped")} skipped`];
  return parts.join(", ");
}
function renderInitText(r, rootArg) {
  const lines = [];
  if (r.dryRun) lines.push("dry run: nothing is written", "");
  lines.push("Profile files (the built-in spine profile):", ...r.detection.files.map(profileLine));
  lines.push(`  workflows ${r.workflowsDir}/ (${r.detection.workflowsDirExists ? "exists" : "new"})`, "");
  lines.push("Files:");
  for (const f of r.files) {
    const label = (r.dryRun ? DRY[f.outcome] : f.outcome).padEnd(13);
    lines.push(`  ${label} ${f.path}${f.reason ? `: ${f.reason}` : ""}`);
  }
  if (r.modelines.length > 0) {
    lines.push("", "Modelines (first line of each binding file):");
    for (const m of r.modelines) {
      const label = (r.dryRun && m.outcome === "inserted" ? "would insert" : m.outcome).padEnd(13);
      const why = m.outcome === "kept" ? ` (already names ${m.detail ?? "a schema"})` : m.outcome === "skipped" ? ` (${m.detail ?? ""})` : "";
      lines.push(`  ${label} ${m.file}${why}`);
    }
  }
  if (r.notes.length > 0) lines.push("", "Notes:", ...r.notes.map((n) => `  - ${n}`));
  lines.push("", "Next steps:");
  nextSteps(r, rootArg).forEach((step, i) => {
    const body = step.flatMap((p) => p.startsWith("  ") ? [p] : wrap(p, WIDTH - 4));
    body.forEach((line, j) => lines.push(`${j === 0 ? `${String(i + 1).padStart(2)}. ` : "    "}${line}`));
  });
  const skipped2 = r.files.filter((f) => f.outcome === "skipped").length;
  lines.push("", `init: ${counts(r)}${skipped2 > 0 ? ` (exit 1: ${skipped2 === 1 ? "a file was" : "files were"} not written)` : ""}`);
  return `${lines.join("\n")}
`;
}

// src/cli/commands/init.ts
async function initCommand(opts, io) {
  const result = await runInit({ ...opts, root: resolve(io.cwd, opts.root) });
  io.stdout(renderInitText(result, opts.root));
  return result.files.some((f) => f.outcome === "skipped") ? EXIT_DRIFT : EXIT_OK;
}
export {
  initCommand
};
