import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  KnownHosts,
  SshPool,
  blobAlgorithm,
  createLimiter,
  dialAddress,
  fingerprint,
  hostKeyName,
  identityNames,
  loadConnectMap,
  planHostExecs,
  resolveIdentity,
  sshAgent
} from "./chunk-WOVRBK7Y.js";
import "./chunk-GDIFB4IM.js";
import "./chunk-YE4YLPLW.js";
import {
  loadSpine
} from "./chunk-E562MKXH.js";
import "./chunk-ZVYDPUR4.js";
import {
  writeFileAtomic
} from "./chunk-EU5YSG2Z.js";
import {
  loadConfig,
  selectedLiveGates
} from "./chunk-T5JXNHZM.js";
import {
  GATES
} from "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import {
  hostBatchCommand,
  loginOf,
  planProbes,
  probeKindsFor,
  sshEndpoints,
  unknownUserOverrides
} from "./chunk-5XIPNB5E.js";
import {
  UserError
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK
} from "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/hosts.ts
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";

// src/hosts/known-hosts-file.ts
var OUR_COMMENTS = /^# (ssh target |SSH host keys pinned for driftgate|Written by `driftgate hosts pin`|review every line|replaces a changed key|  ssh-keygen -lf|kept as written)/;
function readEntries(text, names, file) {
  const entries = [];
  let comments = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith("#")) {
      if (!OUR_COMMENTS.test(line)) comments.push(line);
      return;
    }
    const parsed = KnownHosts.parse(`${"\n".repeat(index)}${line}
`, file);
    const pins = [...names].filter((n) => {
      const m = /^\[(.+)\]:(\d+)$/.exec(n);
      return parsed.lookup(m ? m[1] : n, m ? Number(m[2]) : 22).length > 0;
    });
    const [hosts = ""] = line.split(/\s+/);
    const plainNames = hosts.split(",");
    const managed = !line.startsWith("@") && pins.length > 0 && (hosts.startsWith("|") || plainNames.every((n) => names.has(n) && !/[*?!]/.test(n)));
    entries.push({ comments, line, pins, managed });
    comments = [];
  });
  return entries;
}
function managedKeys(entries, name) {
  const keys = [];
  for (const e of entries) {
    if (!e.managed || !e.pins.includes(name)) continue;
    const [, algorithm, key] = e.line.split(/\s+/);
    if (algorithm && key && !keys.some((k) => k.key === key)) keys.push({ algorithm, key });
  }
  return keys;
}
function renderKnownHosts(blocks, entries) {
  const out = [
    "# SSH host keys pinned for driftgate (plain known_hosts format): review every line.",
    "# Written by `driftgate hosts pin`; a re-run shows added, unchanged and changed keys and never",
    "# replaces a changed key without --accept-changed HOST. Fingerprints to compare out of band:",
    "#   ssh-keygen -lf <this file>"
  ];
  for (const b of blocks) {
    if (b.keys.length === 0) continue;
    out.push("", `# ssh target ${b.id} (${b.login})`);
    for (const k of b.keys) out.push(`${b.name} ${k.algorithm} ${k.key}`);
  }
  const kept = entries.filter((e) => !e.managed);
  if (kept.length > 0) {
    out.push("", "# kept as written (patterns, markers and hosts that are not declared ssh targets)");
    for (const e of kept) out.push(...e.comments, e.line);
  }
  return `${out.join("\n")}
`;
}

// src/hosts/plan-pins.ts
function rowFor(host, name, own, existing, accepted) {
  const { target, presented, observation } = host;
  const names = identityNames(host.endpoint);
  const pinnedKeys = existing.lookup(names, target.port);
  const row = { id: target.id, name, status: "unreachable", pinned: pinnedKeys.map((k) => k.fingerprint) };
  if (presented) row.presented = { algorithm: presented.algorithm, fingerprint: presented.fingerprint };
  if (host.skipped) return { row: { ...row, status: "skipped", note: host.skipped }, keys: own };
  if (!presented) {
    const f = observation?.failure;
    if (f?.reason === "host-key-mismatch") return { row: { ...row, status: "changed", note: f.error }, keys: own };
    return { row: { ...row, status: "unreachable", note: f ? `${f.reason}: ${f.error}` : "no answer" }, keys: own };
  }
  const fresh = { algorithm: presented.algorithm, key: presented.key };
  const verdict = existing.verify(names, target.port, Buffer.from(presented.key, "base64"));
  if (verdict === "revoked") return { row: { ...row, status: "revoked", note: "the presented key is revoked in the file" }, keys: own };
  if (verdict === "unknown") return { row: { ...row, status: "added" }, keys: [fresh] };
  if (verdict === "pinned") {
    const login = observation?.ok ? `login as ${host.endpoint.user}: ok` : `login as ${host.endpoint.user}: ${observation?.failure?.reason ?? "not tried"}`;
    return { row: { ...row, status: "unchanged", note: login }, keys: own.length > 0 ? own : [fresh] };
  }
  return accepted ? { row: { ...row, status: "replaced" }, keys: [fresh] } : { row: { ...row, status: "changed" }, keys: own };
}
function planPins(scanned, oldText, file, accept) {
  const names = new Map(scanned.map((h) => [h.target.id, hostKeyName(h.target.host, h.target.port)]));
  const entries = readEntries(oldText, new Set(names.values()), file);
  const existing = KnownHosts.parse(oldText, file);
  const rows = [];
  const blocks = [];
  for (const host of scanned) {
    const name = names.get(host.target.id);
    const own = managedKeys(entries, name);
    const { row, keys } = rowFor(host, name, own, existing, accept.has(host.target.id));
    rows.push(row);
    blocks.push({ id: host.target.id, login: loginOf(host.endpoint), name, keys });
  }
  const refused = rows.filter((r) => r.status === "changed" || r.status === "revoked");
  const seen = /* @__PURE__ */ new Set();
  const unique = blocks.map((b) => {
    const keys = b.keys.filter((k) => !seen.has(`${b.name} ${k.key}`));
    keys.forEach((k) => seen.add(`${b.name} ${k.key}`));
    return { ...b, keys };
  });
  const text = refused.length > 0 ? oldText : renderKnownHosts(unique, entries);
  return { rows, text, refused };
}

// src/hosts/remote-commands.ts
var DOCKER_NEEDS = 'docker ps -aq and docker inspect: the Docker socket (membership of the "docker" group, which is root-equivalent; see docs/least-privilege.md)';
var STACK_NEEDS = "cd into each stack directory and test for its compose file (read and execute on the directories)";
var BACKUP_NEEDS = "list the backup directories (find, stat; read and execute, no write)";
var HYPERVISOR_NEEDS = "qm list and pct list (root, or sudo for exactly those two) and reading /etc/pve/qemu-server/*.conf and /etc/pve/lxc/*.conf (root or the www-data group)";
var COMPOSE_FILE_NEEDS = "read each stack directory's compose file (sed prints it; read permission); driftgate keeps its services' images, ports, mounts, healthchecks and environment variable NAMES, never a value";
var BACKUP_JOBS_NEEDS = "pvesh get /cluster/backup (root, or sudo for exactly that command) and uname -n";
var DISK_NEEDS = "timeout and df (no privileges)";
var DOCKER_ROOT_NEEDS = "docker info for the docker data root: the Docker socket";
function describe(b) {
  const parts = [];
  const needs = [];
  if (b.docker) {
    parts.push("the docker listing");
    needs.push(DOCKER_NEEDS);
  }
  if (b.stacks.length > 0) {
    parts.push(`${b.stacks.length} stack director${b.stacks.length === 1 ? "y" : "ies"} (${b.stacks.join(", ")})`);
    needs.push(STACK_NEEDS);
  }
  if (b.backups) {
    parts.push(`${b.backups.dirs.length} backup director${b.backups.dirs.length === 1 ? "y" : "ies"} (${b.backups.dirs.join(", ")})`);
    needs.push(BACKUP_NEEDS);
  }
  if (b.hypervisor) {
    parts.push("the hypervisor (node name, qm list, pct list, every guest config)");
    needs.push(HYPERVISOR_NEEDS);
  }
  const files = b.composeFiles ?? [];
  if (files.length > 0) {
    parts.push(`${files.length} compose file${files.length === 1 ? "" : "s"} (${files.join(", ")})`);
    needs.push(COMPOSE_FILE_NEEDS);
  }
  if (b.backupSizes) {
    parts.push(`the file sizes of ${b.backupSizes.dirs.length} backup director${b.backupSizes.dirs.length === 1 ? "y" : "ies"}`);
    if (!b.backups) needs.push(BACKUP_NEEDS);
  }
  if (b.backupJobs) {
    parts.push("the hypervisor's backup jobs (pvesh get /cluster/backup)");
    needs.push(BACKUP_JOBS_NEEDS);
  }
  if (b.disk) {
    parts.push(b.disk === "docker" ? "disk usage (df) and the docker data root" : "disk usage (df)");
    needs.push(DISK_NEEDS);
    if (b.disk === "docker") needs.push(DOCKER_ROOT_NEEDS);
  }
  return { purpose: parts.join(", "), command: hostBatchCommand(b), needs };
}
function portOf(url) {
  try {
    const u = new URL(url);
    return Number(u.port) || (u.protocol === "https:" ? 443 : 80);
  } catch {
    return void 0;
  }
}
var WRAPPER_COMMAND = "/usr/local/lib/driftgate/driftgate-ssh-wrapper /etc/driftgate/allowed-commands";
function authorizedKeysOptions(forwards) {
  const open = [...new Set(forwards.map((f) => `permitopen="${f.host.includes(":") ? `[${f.host}]` : f.host}:${f.port}"`))];
  return ["restrict", ...open.length > 0 ? ["port-forwarding", ...open] : [], `command="${WRAPPER_COMMAND}"`].join(",");
}
function remoteCommands(model, config, connectMap, opts = {}) {
  const plan = planProbes(model, config, opts);
  const endpoints = sshEndpoints(model, config.probe.users);
  const forwards = /* @__PURE__ */ new Map();
  const add = (id, f) => void forwards.set(id, [...forwards.get(id) ?? [], f]);
  for (const h of plan.hosts) {
    for (const e of h.httpVia) {
      const port = portOf(e.url);
      if (port !== void 0) add(h.id, { host: "127.0.0.1", port, purpose: `endpoint ${e.id} (probe_via: ssh)` });
    }
  }
  const walked = /* @__PURE__ */ new Set();
  for (const h of plan.hosts) {
    if (h.skip) continue;
    for (let e = endpoints.get(h.id); e?.via && !e.invalid && !walked.has(e.id); e = e.via) {
      walked.add(e.id);
      for (const c of e.plan?.candidates ?? [{ plane: "direct", host: e.host }]) {
        const dial = dialAddress(e, c, connectMap);
        add(e.via.id, { host: dial.host, port: dial.port, purpose: `jump host of ssh target ${e.id}` });
      }
    }
  }
  const ids = [...plan.hosts.map((h) => h.id), ...[...forwards.keys()].filter((id) => !plan.hosts.some((h) => h.id === id))];
  return ids.map((id) => {
    const h = plan.hosts.find((x) => x.id === id);
    const endpoint = endpoints.get(id);
    const login = endpoint ? loginOf(endpoint) : "(not declared)";
    const execs = h && !h.skip ? planHostExecs(h) : void 0;
    const out = {
      id,
      login,
      commands: execs?.execs.map(describe) ?? [],
      refused: [
        ...execs?.refusedStacks.map((r) => ({ purpose: `stack ${r.stack.name}`, reason: r.failure.error })) ?? [],
        ...execs?.refusedBackups.map((r) => ({ purpose: `backup ${r.backup.name}`, reason: r.failure.error })) ?? [],
        ...execs?.extras?.refusedCompose.map((r) => ({ purpose: `compose file of stack ${r.stack.name}`, reason: r.failure.error })) ?? [],
        ...execs?.extras?.refusedSizes.map((r) => ({ purpose: `backup sizes ${r.backup.name}`, reason: r.failure.error })) ?? []
      ],
      forwards: forwards.get(id) ?? [],
      authorizedKeys: authorizedKeysOptions(forwards.get(id) ?? [])
    };
    const skip = h?.skip ?? endpoint?.invalid;
    if (skip) out.skipped = skip.error;
    return out;
  });
}
function renderCommandsText(hosts) {
  const out = [];
  for (const h of hosts) {
    out.push(`host ${h.id} (${h.login})${h.skipped ? `: not contacted (${h.skipped})` : ""}`);
    if (h.commands.length === 0 && !h.skipped) out.push("# no command: the SSH handshake and its host key are this host's probe");
    h.commands.forEach((c, i) => {
      out.push(`# ${h.commands.length > 1 ? `exec ${i + 1} of ${h.commands.length}` : "one exec"}: ${c.purpose}`);
      for (const n of c.needs) out.push(`#   needs ${n}`);
      out.push(c.command);
    });
    for (const r of h.refused) out.push(`# ${r.purpose}: refused, never sent (${r.reason})`);
    for (const f of h.forwards) out.push(`# channel to ${f.host}:${f.port}: ${f.purpose}`);
    if (!h.skipped) out.push(`# authorized_keys options: ${h.authorizedKeys}`);
    out.push("");
  }
  return out.join("\n");
}
var END_OF_COMMAND = "@@end-of-command";
function renderAllowlist(hosts) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const h of hosts) {
    if (h.skipped) continue;
    h.commands.forEach((c, i) => {
      if (seen.has(c.command)) return;
      seen.add(c.command);
      out.push(`# host ${h.id}, ${h.commands.length > 1 ? `exec ${i + 1} of ${h.commands.length}` : "its one exec"}: ${c.purpose}`, c.command, END_OF_COMMAND);
    });
  }
  return out.length > 0 ? `${out.join("\n")}
` : "";
}

// src/hosts/scan-host-keys.ts
import { setMaxListeners } from "node:events";
async function scanHostKeys(hosts, opts) {
  const keys = /* @__PURE__ */ new Map();
  const run = new AbortController();
  setMaxListeners(0, run.signal);
  const timer = setTimeout(() => run.abort(), opts.settings.runTimeoutMs);
  const pool = SshPool.create({
    knownHosts: opts.knownHosts,
    identity: opts.identity,
    agent: opts.agent,
    connectMap: opts.connectMap,
    settings: opts.settings,
    trustOnFirstUse: false,
    signal: run.signal,
    onHostKey: (id, key) => void keys.set(id, key)
  });
  const limiter = createLimiter(opts.settings.hostConcurrency);
  try {
    return await Promise.all(
      hosts.map(async ({ target, endpoint }) => {
        if (endpoint.invalid) return { target, endpoint, skipped: endpoint.invalid.error };
        const observation = await limiter.run(() => pool.connect(endpoint));
        const blob = keys.get(target.id);
        const scanned = { target, endpoint, observation };
        if (blob) scanned.presented = { algorithm: blobAlgorithm(blob), key: blob.toString("base64"), fingerprint: fingerprint(blob) };
        return scanned;
      })
    );
  } finally {
    clearTimeout(timer);
    pool.close();
  }
}

// src/cli/commands/hosts.ts
async function load(opts, io) {
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const { model } = await loadSpine(root, config);
  if (model.sshTargets.length === 0) throw new UserError(`no ssh targets are declared in ${model.paths.ssh}`, EXIT_ERROR);
  for (const line of unknownUserOverrides(model, config.probe.users)) io.stderr(`driftgate: warning: ${line}
`);
  return { model, config };
}
function acceptedIds(values, targets) {
  const ids = /* @__PURE__ */ new Set();
  for (const value of values) {
    const hits = targets.filter((t) => t.id === value || t.host === value || hostKeyName(t.host, t.port) === value);
    if (hits.length === 0) throw new UserError(`--accept-changed "${value}" names no declared ssh target (give its id or host)`, EXIT_ERROR);
    hits.forEach((t) => ids.add(t.id));
  }
  return ids;
}
var SHOWN = {
  added: "added",
  unchanged: "unchanged",
  changed: "CHANGED",
  replaced: "replaced",
  revoked: "REVOKED",
  unreachable: "unreachable",
  skipped: "skipped"
};
function detail(r) {
  const key = r.presented ? `${r.presented.algorithm} ${r.presented.fingerprint}` : "";
  switch (r.status) {
    case "added":
      return key;
    case "unchanged":
      return `${key}; ${r.note ?? ""}`;
    case "changed":
      return r.presented ? `pinned ${r.pinned.join(", ")}, presented ${key}` : `pinned ${r.pinned.join(", ")}; ${r.note ?? ""}`;
    case "replaced":
      return `pinned ${r.pinned.join(", ")} replaced by ${key}`;
    case "revoked":
      return `presented ${key}, which the file revokes`;
    default:
      return r.note ?? "";
  }
}
function renderPinRows(rows) {
  const w1 = Math.max(...rows.map((r) => r.id.length));
  const w2 = Math.max(...rows.map((r) => r.name.length));
  return rows.map((r) => `  ${SHOWN[r.status].padEnd(11)} ${r.id.padEnd(w1)}  ${r.name.padEnd(w2)}  ${detail(r)}`.trimEnd());
}
function counts(plan) {
  const n = (s) => plan.rows.filter((r) => s.includes(r.status)).length;
  return `${n(["added"])} added, ${n(["unchanged"])} unchanged, ${n(["changed", "revoked"])} changed, ${n(["replaced"])} replaced, ${n(["unreachable"])} unreachable, ${n(["skipped"])} skipped`;
}
async function hostsPinCommand(opts, io) {
  const { model, config } = await load(opts, io);
  const file = opts.knownHosts ? resolve(io.cwd, opts.knownHosts) : config.probe.knownHosts;
  if (!file) throw new UserError("hosts pin needs the known_hosts file to write: --known-hosts FILE, or probe.known_hosts in driftgate.config.yaml", EXIT_ERROR);
  const shown = opts.knownHosts ?? relative(io.cwd, file);
  const accept = acceptedIds(opts.acceptChanged, model.sshTargets);
  const oldText = existsSync(file) ? readFileSync(file, "utf8") : "";
  const endpoints = sshEndpoints(model, config.probe.users);
  const hosts = model.sshTargets.flatMap((target) => {
    const endpoint = endpoints.get(target.id);
    return endpoint ? [{ target, endpoint }] : [];
  });
  const namesOf = (h) => identityNames(h.endpoint).map((n) => hostKeyName(n, h.target.port));
  const acceptedNames = new Set(hosts.filter((h) => accept.has(h.target.id)).flatMap(namesOf));
  const poolText = readEntries(oldText, new Set(hosts.flatMap(namesOf)), shown).filter((e) => !e.pins.some((n) => acceptedNames.has(n))).map((e) => e.line).join("\n");
  const connectMap = opts.connectMap ? loadConnectMap(resolve(io.cwd, opts.connectMap)) : void 0;
  const identity = resolveIdentity(opts.identity, io.env, io.cwd);
  const scanned = await scanHostKeys(hosts, {
    knownHosts: KnownHosts.parse(poolText, shown),
    identity,
    agent: identity ? void 0 : sshAgent(io.env),
    connectMap,
    settings: config.probe
  });
  const plan = planPins(scanned, oldText, shown, accept);
  const write = plan.refused.length === 0 && !opts.dryRun && plan.text !== oldText;
  if (write) writeFileAtomic(file, plan.text);
  const outcome = plan.refused.length > 0 ? "not written (changed keys)" : opts.dryRun ? "not written (dry run)" : write ? "written" : "unchanged";
  if (opts.format === "json") {
    io.stdout(`${JSON.stringify({ version: 1, file: shown, outcome, rows: plan.rows }, null, 2)}
`);
  } else {
    io.stdout(`host keys of ${plan.rows.length} ssh targets (${model.paths.ssh}):
${renderPinRows(plan.rows).join("\n")}
`);
    io.stdout(`${counts(plan)}; ${shown} ${outcome}
`);
  }
  if (plan.refused.length > 0) {
    const changed = plan.refused.filter((r) => r.status === "changed").map((r) => r.id);
    if (changed.length > 0) {
      io.stderr(
        `driftgate: the host key of ${changed.map((id) => `"${id}"`).join(", ")} changed, so ${shown} was left untouched. If the host was rebuilt, verify the new key out of band (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host) and re-run with --accept-changed ${changed.join(",")}; otherwise treat it as an attack
`
      );
    }
    const revoked = plan.refused.filter((r) => r.status === "revoked").map((r) => r.id);
    if (revoked.length > 0) io.stderr(`driftgate: ${revoked.join(", ")} presented a key ${shown} revokes; it is never pinned
`);
    return EXIT_DRIFT;
  }
  if (write && file !== config.probe.knownHosts && opts.format === "text") {
    io.stdout(`next: review ${shown}, then pass it to check with --known-hosts ${shown} (or set probe.known_hosts in driftgate.config.yaml)
`);
  }
  const added = new Set(plan.rows.filter((r) => r.status === "added").map((r) => r.id));
  const behind = scanned.filter((h) => h.endpoint.via && added.has(h.endpoint.via.id) && plan.rows.some((r) => r.id === h.target.id && r.status === "unreachable"));
  if (write && behind.length > 0 && opts.format === "text") {
    io.stdout(`then run hosts pin again: ${behind.map((h) => h.target.id).join(", ")} ${behind.length === 1 ? "is" : "are"} reached through a jump host whose key was just added
`);
  }
  return plan.rows.some((r) => r.status === "unreachable") ? EXIT_INCONCLUSIVE : EXIT_OK;
}
async function hostsCommandsCommand(opts, io) {
  const { model, config } = await load(opts, io);
  const connectMap = opts.connectMap ? loadConnectMap(resolve(io.cwd, opts.connectMap)) : void 0;
  const liveGates = selectedLiveGates(GATES, opts.gates);
  let hosts = remoteCommands(model, config, connectMap, { kinds: probeKindsFor(liveGates) });
  if (opts.targets?.length) {
    const unknown = opts.targets.filter((t) => !hosts.some((h) => h.id === t));
    if (unknown.length > 0) throw new UserError(`--target ${unknown.join(",")}: no probe runs commands there (hosts: ${hosts.map((h) => h.id).join(", ")})`, EXIT_ERROR);
    hosts = hosts.filter((h) => opts.targets.includes(h.id));
  }
  if (opts.format === "json") io.stdout(`${JSON.stringify({ version: 1, hosts }, null, 2)}
`);
  else if (opts.format === "allowlist") io.stdout(renderAllowlist(hosts));
  else io.stdout(renderCommandsText(hosts));
  return EXIT_OK;
}
export {
  hostsCommandsCommand,
  hostsPinCommand,
  renderPinRows
};
