import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  EXIT_DIR_MISSING,
  HYPERVISOR_COMMAND,
  UnsafeRemoteValueError,
  backupListCommand,
  composePsCommand,
  require_lib
} from "./chunk-KRI2SMFC.js";
import {
  require_undici
} from "./chunk-YE4YLPLW.js";
import {
  UserError
} from "./chunk-G7ZH7VVN.js";
import {
  EXIT_ERROR
} from "./chunk-3AJIMYI2.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/core/live-probe.ts
import { existsSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/probes/connect-map.ts
import { readFileSync } from "node:fs";

// src/probes/classify.ts
var TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL_)/;
function codeOf(error) {
  if (typeof error.code === "string") return error.code;
  const cause = error.cause;
  if (cause && typeof cause === "object" && typeof cause.code === "string") return cause.code;
  return "";
}
function classifyError(error) {
  if (!error || typeof error !== "object") return "error";
  const e = error;
  const code = codeOf(e);
  const message = typeof e.message === "string" ? e.message : "";
  if (e.name === "TimeoutError" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT") return "timeout";
  if (code === "ETIMEDOUT" || e.level === "client-timeout" || /timed out/i.test(message)) return "timeout";
  if (code === "ECONNREFUSED") return "refused";
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET") return "reset";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME" || code === "EAI_FAIL" || e.level === "client-dns") return "dns";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "EHOSTDOWN" || code === "ENETDOWN") return "unreachable";
  if (TLS_CODES.test(code)) return "tls";
  if (e.level === "client-authentication" || /authentication methods failed/i.test(message)) return "auth-denied";
  return "error";
}
function isTransientConnectError(error) {
  if (!error || typeof error !== "object") return false;
  const e = error;
  const code = codeOf(e);
  return code === "ECONNREFUSED" || code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "EAI_AGAIN";
}
var SECRET_PARAM = /([?&][^=&#\s]*(?:token|secret|pass|key|auth|sig)[^=&#\s]*=)[^&#\s]+/gi;
function redact(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+):([^\s/@]*)@/gi, "$1$2:***@").replace(/([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)@/gi, "$1***@").replace(SECRET_PARAM, "$1***").replace(/-----BEGIN [^-]+-----[\s\S]*?(-----END [^-]+-----|$)/g, "[private key redacted]").replace(/\s+/g, " ").trim().slice(0, 500);
}
function failure(reason, error) {
  const message = error instanceof Error ? error.message : String(error);
  return { reason, error: redact(message) || reason };
}
function failureFrom(error) {
  return failure(classifyError(error), error);
}
function redactUrl(url) {
  try {
    const u = new URL(url);
    const secretParams = [...u.searchParams.keys()].filter((k) => /token|secret|pass|key|auth|sig/i.test(k));
    if (!u.password && !u.username && secretParams.length === 0) return url;
    if (u.password) u.password = "***";
    else if (u.username) u.username = "***";
    for (const key of secretParams) u.searchParams.set(key, "***");
    return u.toString();
  } catch {
    return redact(url);
  }
}

// src/probes/connect-map.ts
function emptyConnectMap() {
  return { ssh: {}, http: {} };
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseConnectMap(data, file = "connect map") {
  const bad = (what) => {
    throw new UserError(`${file}: invalid connect map: ${redact(what)}`, EXIT_ERROR);
  };
  if (!isRecord(data)) return bad('the top level must be an object with "ssh" and/or "http"');
  const map = emptyConnectMap();
  for (const key of Object.keys(data)) {
    if (key !== "ssh" && key !== "http") bad(`unknown key "${key}" (allowed: ssh, http)`);
  }
  const ssh = data.ssh ?? {};
  if (!isRecord(ssh)) return bad('"ssh" must be an object keyed by ssh target id');
  for (const [id, value] of Object.entries(ssh)) {
    if (!isRecord(value)) return bad(`ssh."${id}" must be {"host": ..., "port": ...}`);
    const { host, port } = value;
    if (typeof host !== "string" || host.length === 0) return bad(`ssh."${id}".host must be a non-empty string`);
    const p = port === void 0 ? 22 : port;
    if (typeof p !== "number" || !Number.isInteger(p) || p < 1 || p > 65535) return bad(`ssh."${id}".port must be an integer 1-65535`);
    map.ssh[id] = { host, port: p };
  }
  const http = data.http ?? {};
  if (!isRecord(http)) return bad('"http" must be an object mapping a declared URL prefix to a URL');
  for (const [from, to] of Object.entries(http)) {
    if (!/^https?:\/\/[^/\s]+/i.test(from)) return bad(`http key "${from}" must start with http:// or https:// and a host`);
    if (typeof to !== "string" || !/^https?:\/\/[^/\s]+/i.test(to)) return bad(`http."${from}" must be an http(s) URL`);
    map.http[from.replace(/\/+$/, "")] = to.replace(/\/+$/, "");
  }
  return map;
}
function loadConnectMap(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UserError(`cannot read connect map ${file}: ${error.code ?? "unreadable"}`, EXIT_ERROR);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec(error.message);
    const pos = m ? Number(m[1]) : void 0;
    const line = pos === void 0 ? void 0 : text.slice(0, pos).split("\n").length;
    throw new UserError(`${file}${line ? `:${line}` : ""}: connect map is not valid JSON`, EXIT_ERROR);
  }
  return parseConnectMap(data, file);
}
function mapHttpUrl(map, url) {
  if (!map) return void 0;
  let best;
  for (const from of Object.keys(map.http)) {
    if (!url.toLowerCase().startsWith(from.toLowerCase())) continue;
    const next = url.charAt(from.length);
    if (next !== "" && next !== "/" && next !== "?" && next !== "#") continue;
    if (!best || from.length > best.length) best = from;
  }
  return best === void 0 ? void 0 : `${map.http[best]}${url.slice(best.length)}`;
}

// src/probes/identity.ts
var import_ssh2 = __toESM(require_lib(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve } from "node:path";
var { utils } = import_ssh2.default;
function looksLikeKey(text) {
  return /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text);
}
function readKey(path, shown) {
  try {
    return readFileSync2(path, "utf8");
  } catch (error) {
    throw new UserError(`cannot read SSH identity ${shown}: ${error.code ?? "unreadable"}`, EXIT_ERROR);
  }
}
function resolveIdentity(flag, env, cwd) {
  let text;
  let source;
  if (flag) {
    text = readKey(resolve(cwd, flag), `file ${flag}`);
    source = flag;
  } else {
    const value = env.DRIFTGATE_SSH_KEY;
    if (!value || !value.trim()) return void 0;
    source = "DRIFTGATE_SSH_KEY";
    text = looksLikeKey(value) ? value.replace(/\\n/g, "\n") : readKey(resolve(cwd, value.trim()), 'from DRIFTGATE_SSH_KEY (neither a private key "-----BEGIN \u2026 PRIVATE KEY-----" nor the path of a readable file)');
  }
  if (!text.endsWith("\n")) text += "\n";
  const parsed = utils.parseKey(text);
  if (parsed instanceof Error) {
    const why = /passphrase/i.test(parsed.message) ? "it is encrypted (driftgate needs an unencrypted deploy key, or an ssh-agent)" : "it is not a private key ssh2 understands";
    throw new UserError(`cannot use the SSH identity from ${source}: ${why}`, EXIT_ERROR);
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key && !key.isPrivateKey()) {
    const hint = source.endsWith(".pub") ? ` (use ${source.slice(0, -4)}, without .pub)` : "";
    throw new UserError(`cannot use the SSH identity from ${source}: it is a public key; pass the private key${hint}`, EXIT_ERROR);
  }
  return text;
}

// src/probes/known-hosts.ts
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";
function fingerprint(blob) {
  return `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
}
function blobAlgorithm(blob) {
  if (blob.length < 4) return "unknown";
  const len = blob.readUInt32BE(0);
  if (len <= 0 || len > 64 || 4 + len > blob.length) return "unknown";
  return blob.subarray(4, 4 + len).toString("latin1");
}
function hostKeyName(host, port) {
  return port === 22 ? host : `[${host}]:${port}`;
}
function globToRegExp(pattern) {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}
function hashedMatcher(field) {
  const parts = field.split("|");
  if (parts.length !== 4 || parts[1] !== "1" || !parts[2] || !parts[3]) return void 0;
  const salt = Buffer.from(parts[2], "base64");
  const want = Buffer.from(parts[3], "base64");
  if (want.length !== 20) return void 0;
  return (name) => {
    const got = createHmac("sha1", salt).update(name).digest();
    return timingSafeEqual(got, want);
  };
}
function patternMatcher(field) {
  const positive = [];
  const negative = [];
  for (const raw of field.split(",")) {
    if (!raw) continue;
    if (raw.startsWith("!")) negative.push(globToRegExp(raw.slice(1)));
    else positive.push(globToRegExp(raw));
  }
  return (name) => !negative.some((re) => re.test(name)) && positive.some((re) => re.test(name));
}
var KnownHosts = class _KnownHosts {
  constructor(entries) {
    this.entries = entries;
  }
  entries;
  static empty() {
    return new _KnownHosts([]);
  }
  /** Parses known_hosts text. Malformed lines are a UserError naming file:line (exit 2). */
  static parse(text, file = "known_hosts") {
    const entries = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
      const line = rawLine.trim();
      if (!line || line.startsWith("#")) return;
      const fields = line.split(/\s+/);
      let marker;
      if (fields[0]?.startsWith("@")) {
        const m = fields.shift();
        if (m === "@revoked") marker = "revoked";
        else if (m === "@cert-authority") marker = "cert-authority";
        else throw new UserError(`${file}:${index + 1}: unknown marker "${m}" in known_hosts`, EXIT_ERROR);
      }
      const [hosts, algorithm, key] = fields;
      if (!hosts || !algorithm || !key) {
        throw new UserError(`${file}:${index + 1}: malformed known_hosts line (want "host keytype base64key")`, EXIT_ERROR);
      }
      const blob = Buffer.from(key, "base64");
      if (blob.length === 0 || blobAlgorithm(blob) !== algorithm) {
        throw new UserError(`${file}:${index + 1}: the ${algorithm} key in known_hosts is not valid base64 of that key type`, EXIT_ERROR);
      }
      let matches;
      if (hosts.startsWith("|")) {
        const hashed = hashedMatcher(hosts);
        if (!hashed) throw new UserError(`${file}:${index + 1}: malformed hashed host "${hosts.slice(0, 12)}..."`, EXIT_ERROR);
        matches = hashed;
      } else {
        matches = patternMatcher(hosts);
      }
      const entry = { algorithm, blob, fingerprint: fingerprint(blob), file, line: index + 1, matches };
      if (marker) entry.marker = marker;
      entries.push(entry);
    });
    return new _KnownHosts(entries);
  }
  /** Reads and merges known_hosts files; an unreadable file is a UserError (exit 2). */
  static load(files) {
    const all = [];
    for (const file of files) {
      let text;
      try {
        text = readFileSync3(file, "utf8");
      } catch (error) {
        const code = error.code ?? "unreadable";
        throw new UserError(`cannot read known_hosts file ${file}: ${code}`, EXIT_ERROR);
      }
      all.push(..._KnownHosts.parse(text, file).entries);
    }
    return new _KnownHosts(all);
  }
  get size() {
    return this.entries.length;
  }
  /** Host keys pinned for `host` on `port` (revoked keys and CA lines excluded). */
  lookup(host, port = 22) {
    const name = hostKeyName(host, port);
    return this.entries.filter((e) => !e.marker && e.matches(name)).map(strip);
  }
  /** Key algorithms pinned for the host, in file order, for ssh2's `serverHostKey` preference. */
  pinnedAlgorithms(host, port = 22) {
    return [...new Set(this.lookup(host, port).map((k) => k.algorithm))];
  }
  /** Verdict on the key blob a server presented for the declared host and port. */
  verify(host, port, blob) {
    const name = hostKeyName(host, port);
    if (this.entries.some((e) => e.marker === "revoked" && e.blob.equals(blob))) return "revoked";
    const pinned = this.entries.filter((e) => !e.marker && e.matches(name));
    if (pinned.length === 0) return "unknown";
    return pinned.some((e) => e.blob.equals(blob)) ? "pinned" : "mismatch";
  }
};
function strip(e) {
  const { matches: _matches, ...key } = e;
  return key;
}
function resolveKnownHosts(flag, configFile, env, cwd) {
  const abs = (p) => p.startsWith("/") ? p : `${cwd.replace(/\/+$/, "")}/${p}`;
  if (flag) return KnownHosts.load([abs(flag)]);
  if (configFile) return KnownHosts.load([abs(configFile)]);
  const value = env.DRIFTGATE_KNOWN_HOSTS?.trim();
  if (!value) return KnownHosts.empty();
  if (/\s/.test(value)) return KnownHosts.parse(value, "DRIFTGATE_KNOWN_HOSTS");
  return KnownHosts.load(value.split(":").filter(Boolean).map(abs));
}

// src/probes/plan.ts
function hypervisorTargets(model, config) {
  if (config.probe.hypervisorTargets.length > 0) return [...new Set(config.probe.hypervisorTargets)];
  return [...new Set(model.vms.map((vm) => vm.proxmoxHost).filter((h) => typeof h === "string" && h.length > 0))];
}
function notDialled(target, connectMap) {
  if (target.probeVia && !connectMap?.ssh[target.id]) {
    return { reason: "skipped", error: `ssh target "${target.id}" is reachable only via "${target.probeVia}" (probe_via); jump hosts are not probed` };
  }
  return void 0;
}
function planProbes(model, config, connectMap) {
  const declared = new Map(model.sshTargets.map((t) => [t.id, t]));
  const hosts = /* @__PURE__ */ new Map();
  const host = (id) => {
    let plan = hosts.get(id);
    if (!plan) {
      const target = declared.get(id);
      plan = { id, stacks: [], backups: [], hypervisor: false };
      if (target) plan.target = target;
      if (!target) {
        plan.skip = { reason: "error", error: `ssh target "${id}" is not declared in ${model.paths.ssh}` };
      } else {
        const skip = notDialled(target, connectMap);
        if (skip) plan.skip = skip;
      }
      hosts.set(id, plan);
    }
    return plan;
  };
  for (const ct of model.composeTargets) {
    if (!ct.enabled) continue;
    for (const stack of ct.stacks) host(ct.sshTarget ?? ct.id).stacks.push(stack);
  }
  for (const backup of model.backups) {
    if (backup.enabled) host(backup.host).backups.push(backup);
  }
  for (const id of hypervisorTargets(model, config)) host(id).hypervisor = true;
  const endpoints = model.endpoints.filter((e) => e.enabled);
  const list = [...hosts.values()];
  const total = list.reduce((n, h) => n + h.stacks.length + h.backups.length + (h.hypervisor ? 1 : 0), 0) + endpoints.length;
  return { hosts: list, endpoints, total };
}

// src/probes/probe-all.ts
import { setMaxListeners } from "node:events";

// src/probes/compose.ts
function str(v) {
  return typeof v === "string" ? v : v === null || v === void 0 ? "" : String(v);
}
function num(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v);
  return void 0;
}
function publishers(v) {
  if (!Array.isArray(v)) return [];
  return v.filter((p) => typeof p === "object" && p !== null).map((p) => {
    const out = {};
    if (typeof p.URL === "string" && p.URL) out.url = p.URL;
    const target = num(p.TargetPort);
    const published = num(p.PublishedPort);
    if (target !== void 0) out.targetPort = target;
    if (published !== void 0) out.publishedPort = published;
    if (typeof p.Protocol === "string" && p.Protocol) out.protocol = p.Protocol;
    return out;
  });
}
function container(raw, where) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${where}: not a JSON object`);
  const o = raw;
  if (typeof o.Name !== "string" || typeof o.State !== "string") throw new Error(`${where}: missing Name or State`);
  return {
    name: o.Name,
    service: str(o.Service),
    project: str(o.Project),
    state: o.State.toLowerCase(),
    status: str(o.Status),
    health: str(o.Health).toLowerCase(),
    exitCode: num(o.ExitCode) ?? 0,
    publishers: publishers(o.Publishers)
  };
}
function parseComposePs(stdout) {
  const text = stdout.trim();
  if (!text) return { ok: true, value: [] };
  try {
    if (text.startsWith("[")) {
      const data = JSON.parse(text);
      if (!Array.isArray(data)) return { ok: false, error: "expected a JSON array" };
      return { ok: true, value: data.map((c, i) => container(c, `element ${i + 1}`)) };
    }
    const value = text.split(/\r?\n/).map((line, i) => ({ line: line.trim(), n: i + 1 })).filter(({ line }) => line.length > 0).map(({ line, n }) => {
      let data;
      try {
        data = JSON.parse(line);
      } catch {
        throw new Error(`line ${n}: not JSON: ${JSON.stringify(line.slice(0, 60))}`);
      }
      return container(data, `line ${n}`);
    });
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error.message };
  }
}
var DAEMON = /cannot connect to the docker daemon|permission denied[^\n]*docker\.sock|docker\.sock[^\n]*permission denied|is the docker daemon running/i;
var COMPOSE_MISSING = /no configuration file provided|can't find a suitable configuration file/i;
var TOOL_MISSING = /docker: (command )?not found|docker: no such file|'compose' is not a docker command|unknown (shorthand )?flag/i;
function classifyComposeExit(result) {
  if (result.failure) return result.failure;
  if (result.code === EXIT_DIR_MISSING) return failure("dir-missing", "the stack directory does not exist on the host");
  if (result.code === 0) return void 0;
  const text = firstLines(result.stderr || result.stdout);
  if (DAEMON.test(result.stderr)) return failure("docker-unreachable", text || "cannot reach the docker daemon");
  if (COMPOSE_MISSING.test(result.stderr)) return failure("compose-missing", text || "no compose project in the stack directory");
  if (result.code === 127 || TOOL_MISSING.test(result.stderr)) {
    return failure("command-failed", `docker compose is not usable by the SSH user (exit ${result.code}${text ? `: ${text}` : ""}); check that docker and its compose plugin are on the PATH of a non-interactive shell`);
  }
  return failure("command-failed", `docker compose ps exited with ${result.code}${text ? `: ${text}` : ""}`);
}
function firstLines(text, max = 2) {
  return redact(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, max).join(" / "));
}
async function probeStack(stack, sshTarget, exec, now) {
  const startedAt = now().toISOString();
  const base = { target: stack.target, sshTarget, stack: stack.name, path: stack.path, startedAt };
  let command;
  try {
    command = composePsCommand(stack.path);
  } catch (error) {
    const message = error instanceof UnsafeRemoteValueError ? error.message : String(error);
    return { ...base, durationMs: 0, ok: false, failure: failure("error", message), containers: [] };
  }
  const result = await exec(command);
  const durationMs = result.durationMs;
  const f = classifyComposeExit(result);
  if (f) return { ...base, durationMs, ok: false, failure: f, containers: [] };
  const parsed = parseComposePs(result.stdout);
  if (!parsed.ok) {
    return { ...base, durationMs, ok: false, failure: failure("parse-error", `docker compose ps output is not JSON: ${parsed.error}`), containers: [] };
  }
  return { ...base, durationMs, ok: true, containers: parsed.value };
}

// src/probes/backup.ts
function parseBackupList(stdout) {
  const listing = { matches: 0 };
  const lines = stdout.split("\n").filter((l) => l.trim().length > 0);
  for (const [i, line] of lines.entries()) {
    const m = /^(\d+)(?:\.\d+)? (.+)$/.exec(line.replace(/\r$/, ""));
    if (!m || !m[1] || !m[2]) return { ok: false, error: `line ${i + 1}: expected "<epoch> <name>", got ${JSON.stringify(line.slice(0, 60))}` };
    const epoch = Number(m[1]);
    const name = m[2].startsWith("./") ? m[2].slice(2) : m[2];
    listing.matches += 1;
    if (!listing.newest || epoch > listing.newest.mtimeEpoch || epoch === listing.newest.mtimeEpoch && name > listing.newest.name) {
      listing.newest = { name, mtimeEpoch: epoch };
    }
  }
  return { ok: true, value: listing };
}
function joinPath(base, name) {
  return `${base.replace(/\/+$/, "")}/${name}`;
}
async function probeBackup(backup, exec, now) {
  const base = { name: backup.name, host: backup.host, startedAt: now().toISOString() };
  let command;
  try {
    command = backupListCommand(backup.basePath, backup.glob);
  } catch (error) {
    return { ...base, durationMs: 0, ok: false, failure: failure("error", error), matches: 0 };
  }
  const result = await exec(command);
  const durationMs = result.durationMs;
  if (result.failure) return { ...base, durationMs, ok: false, failure: result.failure, matches: 0 };
  if (result.code === EXIT_DIR_MISSING) {
    return { ...base, durationMs, ok: false, failure: failure("dir-missing", `${backup.basePath} does not exist on ${backup.host}`), matches: 0 };
  }
  if (result.code !== 0) {
    const text = firstLines(result.stderr);
    return { ...base, durationMs, ok: false, failure: failure("command-failed", `listing backups exited with ${result.code}${text ? `: ${text}` : ""}`), matches: 0 };
  }
  const parsed = parseBackupList(result.stdout);
  if (!parsed.ok) return { ...base, durationMs, ok: false, failure: failure("parse-error", parsed.error), matches: 0 };
  const obs = { ...base, durationMs, ok: true, matches: parsed.value.matches };
  const newest = parsed.value.newest;
  if (newest) obs.newest = { path: joinPath(backup.basePath, newest.name), mtime: new Date(newest.mtimeEpoch * 1e3).toISOString() };
  return obs;
}

// src/probes/http.ts
var import_undici = __toESM(require_undici(), 1);
import { lookup as dnsLookup } from "node:dns";

// src/probes/limiter.ts
function createLimiter(limit) {
  const max = Math.max(1, Math.floor(limit));
  const waiting = [];
  let active = 0;
  const release = () => {
    active -= 1;
    const next = waiting.shift();
    if (next) next();
  };
  const acquire = () => {
    if (active < max) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve3) => {
      waiting.push(() => {
        active += 1;
        resolve3();
      });
    });
  };
  return {
    get active() {
      return active;
    },
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    }
  };
}
function sleep(ms, signal) {
  return new Promise((resolve3) => {
    if (signal?.aborted) return resolve3();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve3();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

// src/probes/http.ts
var BODY_LIMIT = 64 * 1024;
var lookup = (hostname, options, callback) => {
  if (/(^|\.)invalid\.?$/i.test(hostname)) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
    process.nextTick(() => callback(error));
    return;
  }
  dnsLookup(hostname, options, callback);
};
function createHttpProber(opts = {}) {
  const agents = /* @__PURE__ */ new Map();
  const now = opts.now ?? (() => /* @__PURE__ */ new Date());
  const agentFor = (connectTimeoutMs) => {
    let agent = agents.get(connectTimeoutMs);
    if (!agent) {
      const { connect: extraConnect, ...rest } = opts.dispatcherOptions ?? {};
      agent = new import_undici.Agent({ ...rest, connect: { ...extraConnect, timeout: connectTimeoutMs, lookup } });
      agents.set(connectTimeoutMs, agent);
    }
    return agent;
  };
  async function attempt(url, hostHeader, authorization, s) {
    const signals = [AbortSignal.timeout(s.maxTimeMs)];
    if (s.signal) signals.push(s.signal);
    const signal = AbortSignal.any(signals);
    const headers = { "user-agent": "driftgate-probe", accept: "*/*" };
    if (hostHeader) headers.host = hostHeader;
    if (authorization) headers.authorization = authorization;
    const response = await (0, import_undici.request)(url, {
      method: "GET",
      dispatcher: agentFor(s.connectTimeoutMs),
      signal,
      headers,
      reset: true,
      headersTimeout: s.maxTimeMs,
      bodyTimeout: s.maxTimeMs
    });
    try {
      await response.body.dump({ limit: BODY_LIMIT, signal });
    } catch {
    }
    const location = response.headers.location;
    return { status: response.statusCode, location: Array.isArray(location) ? location[0] : location };
  }
  return {
    async probe(endpoint, s) {
      const startedAt = now().toISOString();
      const t0 = Date.now();
      const declared = redactUrl(endpoint.url);
      const obs = { id: endpoint.id, url: declared, ok: false, startedAt, durationMs: 0, timeoutMs: s.maxTimeMs, attempts: 0 };
      let target = endpoint.url;
      let hostHeader;
      let authorization;
      try {
        const parsed = new URL(endpoint.url);
        if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`unsupported scheme ${parsed.protocol}`);
        if (parsed.username || parsed.password) {
          const user = decodeURIComponent(parsed.username);
          const pass = decodeURIComponent(parsed.password);
          authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
          parsed.username = "";
          parsed.password = "";
          target = parsed.toString();
        }
        const mapped = mapHttpUrl(opts.connectMap, target);
        if (mapped) {
          target = mapped;
          hostHeader = parsed.host;
        }
      } catch (error) {
        obs.failure = failure("error", `invalid URL ${declared}: ${error.message}`);
        return obs;
      }
      for (; ; ) {
        obs.attempts += 1;
        const started = Date.now();
        try {
          const answer = await attempt(target, hostHeader, authorization, s);
          obs.ok = true;
          obs.status = answer.status;
          if (answer.location) obs.location = redactUrl(answer.location);
          delete obs.failure;
          break;
        } catch (error) {
          const reason = classifyError(error);
          const runOver = s.signal?.aborted === true;
          const what = reason === "timeout" && Date.now() - started >= s.maxTimeMs - 5 ? `no answer within ${s.maxTimeMs} ms` : error.message;
          obs.failure = failure(runOver ? "timeout" : reason, runOver ? "run deadline passed before the probe finished" : `${declared}: ${what}`);
          if (runOver || !isTransientConnectError(error) || obs.attempts > s.retries) break;
          await sleep(s.backoffMs * 2 ** (obs.attempts - 1), s.signal);
          if (s.signal?.aborted) break;
        }
      }
      obs.durationMs = Date.now() - t0;
      return obs;
    },
    async close() {
      await Promise.all([...agents.values()].map((a) => a.close().catch(() => void 0)));
      agents.clear();
    }
  };
}

// src/probes/hypervisor.ts
var DISK_KEYS = /^(scsi|virtio|sata|ide)\d+$/;
var DEFAULT_BOOT_DISKS = ["scsi0", "virtio0", "sata0", "ide0"];
function parseQmList(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines.shift();
  if (!header || !/^\s*VMID\s+NAME\s+STATUS/i.test(header)) return { ok: false, error: 'qm list output has no "VMID NAME STATUS" header' };
  const vms = [];
  for (const [i, line] of lines.entries()) {
    const cols = line.trim().split(/\s+/);
    const [id, name, status, mem, disk] = cols;
    if (!id || !/^\d+$/.test(id) || !name || !status) return { ok: false, error: `qm list line ${i + 2}: cannot read ${JSON.stringify(line.trim().slice(0, 60))}` };
    const vm = { vmid: Number(id), name, status };
    if (mem && /^\d+$/.test(mem)) vm.memoryMb = Number(mem);
    if (disk && /^\d+(\.\d+)?$/.test(disk)) vm.bootDiskGb = Number(disk);
    vms.push(vm);
  }
  return { ok: true, value: vms };
}
function sizeToGb(size) {
  const m = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size.trim());
  if (!m || !m[1]) return void 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "").toUpperCase();
  const gb = unit === "T" ? n * 1024 : unit === "G" ? n : unit === "M" ? n / 1024 : unit === "K" ? n / 1024 ** 2 : n / 1024 ** 3;
  return Math.round(gb * 100) / 100;
}
function bootDiskKey(config) {
  const isDisk = (key) => DISK_KEYS.test(key) && config.has(key) && !/media=cdrom/.test(config.get(key) ?? "");
  const order = /order=([^,\s]+)/.exec(config.get("boot") ?? "");
  const fromOrder = order?.[1]?.split(";").find(isDisk);
  if (fromOrder) return fromOrder;
  const legacy = config.get("bootdisk");
  if (legacy && isDisk(legacy)) return legacy;
  return DEFAULT_BOOT_DISKS.find(isDisk);
}
function applyQmConfig(vm, text) {
  const config = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("[")) break;
    const m = /^([a-z0-9_-]+):\s*(.*)$/i.exec(line.trim());
    if (m && m[1] && m[2] !== void 0) config.set(m[1], m[2]);
  }
  if (config.size === 0) return;
  const cores = Number(config.get("cores") ?? "1");
  const sockets = Number(config.get("sockets") ?? "1");
  if (Number.isFinite(cores) && Number.isFinite(sockets)) vm.cpuCores = cores * sockets;
  const memory = Number(config.get("memory"));
  if (config.has("memory") && Number.isFinite(memory)) vm.memoryMb = memory;
  const key = bootDiskKey(config);
  const size = key ? /(?:^|,)size=([^,]+)/.exec(config.get(key) ?? "")?.[1] : void 0;
  const gb = size ? sizeToGb(size) : void 0;
  if (gb !== void 0) vm.bootDiskGb = gb;
  if (config.get("template") === "1") vm.template = true;
}
function parseHypervisorOutput(stdout) {
  const [listText = "", ...blocks] = stdout.split(/^@@vm /m);
  const list = parseQmList(listText);
  if (!list.ok) return list;
  const byId = new Map(list.value.map((vm) => [vm.vmid, vm]));
  for (const block of blocks) {
    const nl = block.indexOf("\n");
    const id = Number((nl < 0 ? block : block.slice(0, nl)).trim());
    const vm = byId.get(id);
    if (vm && nl >= 0) applyQmConfig(vm, block.slice(nl + 1));
  }
  return { ok: true, value: list.value };
}
async function probeHypervisor(host, exec, now) {
  const startedAt = now().toISOString();
  const result = await exec(HYPERVISOR_COMMAND);
  const base = { host, startedAt, durationMs: result.durationMs };
  if (result.failure) return { ...base, ok: false, failure: result.failure, vms: [] };
  const partial = result.code !== 0 && /^@@vm /m.test(result.stdout);
  if (result.code !== 0 && !partial) {
    const text = firstLines(result.stderr);
    return { ...base, ok: false, failure: failure("command-failed", `qm exited with ${result.code}${text ? `: ${text}` : ""}`), vms: [] };
  }
  const parsed = parseHypervisorOutput(result.stdout);
  if (!parsed.ok) return { ...base, ok: false, failure: failure("parse-error", parsed.error), vms: [] };
  return { ...base, ok: true, vms: parsed.value };
}

// src/probes/ssh-endpoint.ts
function sshEndpointOf(target, probe) {
  const connectTimeoutMs = target.connectTimeoutSec > 0 ? target.connectTimeoutSec * 1e3 : probe.sshConnectTimeoutMs;
  return { id: target.id, host: target.host, port: target.port, user: probe.users[target.id] ?? target.user, connectTimeoutMs };
}
function unknownUserOverrides(model, probe) {
  const declared = new Set(model.sshTargets.map((t) => t.id));
  return Object.keys(probe.users).filter((id) => !declared.has(id)).map((id) => `probe.users names ssh target "${id}", which ${model.paths.ssh} does not declare; it is ignored`);
}

// src/probes/ssh-pool.ts
var import_ssh22 = __toESM(require_lib(), 1);

// src/probes/ssh-exec.ts
var OUTPUT_LIMIT = 4 * 1024 * 1024;
function execOnChannel(client, command, deadlineMs, started, runSignal) {
  return new Promise((resolve3) => {
    let stdout = "";
    let stderr = "";
    let code = null;
    let signal;
    let settled = false;
    let channel;
    const finish = (f, timedOut = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      runSignal?.removeEventListener("abort", onAbort);
      const result = { code, stdout, stderr, timedOut, durationMs: Date.now() - started };
      if (signal) result.signal = signal;
      if (f) result.failure = f;
      resolve3(result);
    };
    const stop = (why) => {
      try {
        channel?.close();
      } catch {
      }
      finish(failure("timeout", why), true);
    };
    const timer = setTimeout(() => stop(`command passed its ${deadlineMs} ms deadline`), deadlineMs);
    const onAbort = () => stop("run deadline passed before the command finished");
    if (runSignal?.aborted) return onAbort();
    runSignal?.addEventListener("abort", onAbort, { once: true });
    try {
      client.exec(command, (error, stream) => {
        if (error) return finish(failure("error", `cannot open an exec channel: ${error.message}`));
        channel = stream;
        if (settled) return stream.close();
        stream.on("data", (chunk) => {
          if (stdout.length < OUTPUT_LIMIT) stdout += chunk.toString("utf8");
        });
        stream.stderr.on("data", (chunk) => {
          if (stderr.length < OUTPUT_LIMIT) stderr += chunk.toString("utf8");
        });
        stream.on("exit", (exitCode, exitSignal) => {
          if (typeof exitCode === "number") code = exitCode;
          if (exitSignal) signal = exitSignal;
        });
        stream.on("close", () => {
          if (code !== null) return finish();
          finish(
            signal ? failure("error", `the command was killed by signal ${signal}`) : failure("reset", "the connection closed before the command reported an exit status")
          );
        });
      });
    } catch (error) {
      finish(failureFrom(error));
    }
  });
}

// src/probes/ssh-pool.ts
var { Client: SshClient } = import_ssh22.default;
var HOST_KEY_ALGOS = {
  "ssh-rsa": ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"],
  "ssh-ed25519": ["ssh-ed25519"],
  "ecdsa-sha2-nistp256": ["ecdsa-sha2-nistp256"],
  "ecdsa-sha2-nistp384": ["ecdsa-sha2-nistp384"],
  "ecdsa-sha2-nistp521": ["ecdsa-sha2-nistp521"]
};
var SshPool = class _SshPool {
  constructor(opts) {
    this.opts = opts;
    opts.signal?.addEventListener("abort", () => this.close(), { once: true });
  }
  opts;
  connections = /* @__PURE__ */ new Map();
  clients = /* @__PURE__ */ new Set();
  static create(opts) {
    return new _SshPool(opts);
  }
  /** The host observation of a target, connecting once (later calls share the connection). */
  async connect(target) {
    return (await this.connection(target)).observation;
  }
  /** Runs a fixed-template command on the target; never throws. */
  async exec(target, command, deadlineMs) {
    const started = Date.now();
    const conn = await this.connection(target);
    if (!conn.client || !conn.observation.ok) {
      const f = conn.observation.failure ?? failure("error", "no connection");
      return { code: null, stdout: "", stderr: "", timedOut: f.reason === "timeout", durationMs: Date.now() - started, failure: f };
    }
    const client = conn.client;
    return conn.limiter.run(() => execOnChannel(client, command, deadlineMs, started, this.opts.signal));
  }
  /** Every host observation made so far. */
  async hosts() {
    return (await Promise.all(this.connections.values())).map((c) => c.observation);
  }
  close() {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
  connection(target) {
    let pending = this.connections.get(target.id);
    if (!pending) {
      pending = this.connectWithRetry(target);
      this.connections.set(target.id, pending);
    }
    return pending;
  }
  async connectWithRetry(target) {
    const { retries, retryBackoffMs } = this.opts.settings;
    let attempt = 0;
    for (; ; ) {
      const result = await this.connectOnce(target);
      attempt += 1;
      if (result.conn.observation.ok || !result.transient || attempt > retries || this.opts.signal?.aborted) {
        return result.conn;
      }
      await sleep(retryBackoffMs * 2 ** (attempt - 1), this.opts.signal);
      if (this.opts.signal?.aborted) return result.conn;
    }
  }
  connectOnce(target) {
    const { knownHosts, connectMap, settings, trustOnFirstUse, identity } = this.opts;
    const dial = connectMap?.ssh[target.id] ?? { host: target.host, port: target.port };
    const address = `${dial.host}:${dial.port}`;
    const startedAt = (this.opts.now ?? (() => /* @__PURE__ */ new Date()))().toISOString();
    const t0 = Date.now();
    const limiter = createLimiter(Math.min(8, Math.max(1, settings.channelsPerHost)));
    let presented;
    let verdict;
    let trust;
    return new Promise((resolve3) => {
      const client = (this.opts.clientFactory ?? (() => new SshClient()))();
      let settled = false;
      const finish = (ok, f, transient = false) => {
        if (settled) return;
        settled = true;
        this.opts.signal?.removeEventListener("abort", onAbort);
        const observation = { target: target.id, address, ok, startedAt, durationMs: Date.now() - t0 };
        if (f) observation.failure = f;
        if (presented) observation.hostKey = presented;
        if (trust) observation.trust = trust;
        if (trust === "mismatch") observation.pinnedFingerprints = knownHosts.lookup(target.host, target.port).map((k) => k.fingerprint);
        if (ok) {
          this.clients.add(client);
          this.opts.onEvent?.({ type: "connected", target: target.id, address, trust, ...presented ? { hostKey: presented } : {} });
        } else {
          client.end();
          this.opts.onEvent?.({ type: "failed", target: target.id, address, failure: f ?? failure("error", "connection failed") });
        }
        resolve3({ conn: { observation, client: ok ? client : void 0, limiter }, transient });
      };
      const onAbort = () => finish(false, failure("timeout", "run deadline passed before the SSH connection was ready"));
      if (this.opts.signal?.aborted) return onAbort();
      this.opts.signal?.addEventListener("abort", onAbort, { once: true });
      const algos = knownHosts.pinnedAlgorithms(target.host, target.port).flatMap((a) => HOST_KEY_ALGOS[a] ?? []);
      const hostVerifier = (key) => {
        presented = { algorithm: blobAlgorithm(key), fingerprint: fingerprint(key) };
        this.opts.onHostKey?.(target.id, key);
        verdict = knownHosts.verify(target.host, target.port, key);
        if (verdict === "pinned") trust = "pinned";
        else if (verdict === "unknown" && trustOnFirstUse) trust = "tofu";
        else trust = verdict === "unknown" ? "unknown" : "mismatch";
        return trust === "pinned" || trust === "tofu";
      };
      client.on("ready", () => {
        client.setNoDelay(true);
        finish(true);
      });
      client.on("error", (error) => {
        if (settled) return;
        if (verdict && trust === "mismatch") {
          const what = verdict === "revoked" ? "is revoked in known_hosts" : `does not match the key pinned for ${target.host}:${target.port}`;
          finish(false, failure("host-key-mismatch", `host key ${presented?.fingerprint ?? "?"} presented by ${address} ${what}; nothing was sent`));
        } else if (verdict && trust === "unknown") {
          finish(false, failure("host-key-unknown", `no known_hosts entry for ${target.host}:${target.port} (presented ${presented?.fingerprint ?? "?"}); not connecting without --trust-on-first-use`));
        } else if (algos.length > 0 && /no matching host key format/i.test(error.message)) {
          trust = "mismatch";
          const pins = knownHosts.pinnedAlgorithms(target.host, target.port).join(", ");
          finish(false, failure("host-key-mismatch", `${address} offers none of the host key types pinned for ${target.host}:${target.port} (${pins}); nothing was sent`));
        } else {
          const reason = classifyError(error);
          const text = error.message.includes(address) ? error.message : `${address}: ${error.message}`;
          finish(false, failure(reason, text), isTransientConnectError(error) || reason === "timeout");
        }
      });
      client.on("close", () => finish(false, failure("reset", `${address}: connection closed during the handshake`), true));
      const config = {
        host: dial.host,
        port: dial.port,
        username: target.user,
        readyTimeout: target.connectTimeoutMs ?? settings.sshConnectTimeoutMs,
        keepaliveInterval: 5e3,
        keepaliveCountMax: 3,
        hostVerifier,
        tryKeyboard: false
      };
      if (identity) config.privateKey = identity;
      else if (this.opts.agent) config.agent = this.opts.agent;
      if (algos.length > 0) config.algorithms = { serverHostKey: algos };
      try {
        client.connect(config);
      } catch (error) {
        finish(false, failureFrom(error));
      }
    });
  }
};

// src/probes/probe-all.ts
function endpointOf(plan, config) {
  return sshEndpointOf(plan.target, config.probe);
}
function skipped(plan, f, startedAt) {
  const base = { startedAt, durationMs: 0, ok: false, failure: f };
  const result = {
    stacks: plan.stacks.map((s) => ({ ...base, target: s.target, sshTarget: plan.id, stack: s.name, path: s.path, containers: [] })),
    backups: plan.backups.map((b) => ({ ...base, name: b.name, host: b.host, matches: 0 }))
  };
  if (plan.target) result.host = { ...base, target: plan.id, address: `${plan.target.host}:${plan.target.port}` };
  if (plan.hypervisor) result.hypervisor = { ...base, host: plan.id, vms: [] };
  return result;
}
async function probeAll(model, config, opts) {
  const { now } = opts;
  const startedAt = now().toISOString();
  const t0 = Date.now();
  const settings = config.probe;
  const plan = planProbes(model, config, opts.connectMap);
  const run = new AbortController();
  setMaxListeners(0, run.signal);
  const timer = setTimeout(() => run.abort(new DOMException("run deadline passed", "TimeoutError")), settings.runTimeoutMs);
  let done = 0;
  const tick = (label) => {
    done += 1;
    opts.onProgress?.(done, plan.total, label);
  };
  const pool = SshPool.create({
    knownHosts: opts.knownHosts ?? KnownHosts.empty(),
    identity: opts.identity,
    agent: opts.agent,
    connectMap: opts.connectMap,
    settings,
    trustOnFirstUse: opts.trustOnFirstUse ?? settings.trustOnFirstUse,
    signal: run.signal,
    now,
    onEvent: opts.onSshEvent
  });
  const prober = createHttpProber({ connectMap: opts.connectMap, dispatcherOptions: opts.httpDispatcherOptions, now });
  const hostLimiter = createLimiter(settings.hostConcurrency);
  const httpLimiter = createLimiter(settings.httpConcurrency);
  const probeHost = async (h) => {
    if (h.skip) {
      const result = skipped(h, h.skip, now().toISOString());
      for (let i = 0; i < h.stacks.length + h.backups.length + (h.hypervisor ? 1 : 0); i++) tick(h.id);
      return result;
    }
    return hostLimiter.run(async () => {
      const endpoint = endpointOf(h, config);
      const host = await pool.connect(endpoint);
      const exec = (command) => pool.exec(endpoint, command, settings.sshCommandTimeoutMs);
      const [stacks, backups, hypervisor] = await Promise.all([
        Promise.all(h.stacks.map(async (s) => {
          const obs = await probeStack(s, h.id, exec, now);
          tick(`${s.target}/${s.name}`);
          return obs;
        })),
        Promise.all(h.backups.map(async (b) => {
          const obs = await probeBackup(b, exec, now);
          tick(`backup ${b.name}`);
          return obs;
        })),
        h.hypervisor ? probeHypervisor(h.id, exec, now).then((obs) => (tick(`hypervisor ${h.id}`), obs)) : void 0
      ]);
      const result = { host, stacks, backups };
      if (hypervisor) result.hypervisor = hypervisor;
      return result;
    });
  };
  const http = {
    connectTimeoutMs: model.healthDefaults.connectTimeoutSec * 1e3,
    maxTimeMs: model.healthDefaults.maxTimeSec * 1e3,
    retries: settings.retries,
    backoffMs: settings.retryBackoffMs,
    signal: run.signal
  };
  try {
    const [hostResults, endpoints] = await Promise.all([
      Promise.all(plan.hosts.map(probeHost)),
      Promise.all(
        plan.endpoints.map(
          (e) => httpLimiter.run(async () => {
            const obs = await prober.probe(e, http);
            tick(e.id);
            return obs;
          })
        )
      )
    ]);
    return {
      version: 1,
      startedAt,
      durationMs: Date.now() - t0,
      hosts: hostResults.flatMap((r) => r.host ? [r.host] : []),
      stacks: hostResults.flatMap((r) => r.stacks),
      endpoints,
      backups: hostResults.flatMap((r) => r.backups),
      hypervisors: hostResults.flatMap((r) => r.hypervisor ? [r.hypervisor] : [])
    };
  } finally {
    clearTimeout(timer);
    pool.close();
    await prober.close();
  }
}
function hasProbeFailures(obs) {
  return [obs.hosts, obs.stacks, obs.endpoints, obs.backups, obs.hypervisors].some((list) => list.some((o) => !o.ok));
}

// src/core/live-probe.ts
async function probeLive(model, config, flags, io, overrides = {}) {
  const connectMap = overrides.connectMap ? parseConnectMap(overrides.connectMap, "lab connect map") : flags.connectMap ? loadConnectMap(resolve2(io.cwd, flags.connectMap)) : void 0;
  const knownHosts = overrides.knownHostsText !== void 0 ? KnownHosts.parse(overrides.knownHostsText, "lab known_hosts") : resolveKnownHosts(flags.knownHosts, config.probe.knownHosts, io.env, io.cwd);
  const identity = overrides.identity ?? resolveIdentity(flags.identity, io.env, io.cwd);
  const agent = identity ? void 0 : sshAgent(io.env);
  const trustOnFirstUse = Boolean(flags.trustOnFirstUse) || config.probe.trustOnFirstUse;
  const warn = (text) => {
    if (!flags.quiet) io.stderr(`driftgate: warning: ${text}
`);
  };
  const plan = planProbes(model, config, connectMap);
  const hostsTotal = plan.hosts.filter((h) => !h.skip).length;
  if (hostsTotal > 0) {
    if (knownHosts.size === 0 && !trustOnFirstUse) {
      throw new UserError(
        `no pinned SSH host keys (${knownHostsSource(flags, config, io.env)}), so every SSH probe would fail; write them with "driftgate hosts pin --known-hosts FILE", review the file, and pass it with --known-hosts FILE (or probe.known_hosts in the config, or DRIFTGATE_KNOWN_HOSTS)`,
        EXIT_ERROR
      );
    }
    if (!identity && !agent) {
      throw new UserError(
        "no SSH identity, so every SSH login would fail; pass --identity FILE, set DRIFTGATE_SSH_KEY, or start an ssh-agent (SSH_AUTH_SOCK) holding the key",
        EXIT_ERROR
      );
    }
  }
  for (const line of unknownUserOverrides(model, config.probe)) warn(line);
  if (trustOnFirstUse) warn("trust on first use is on: unknown host keys are accepted for this run");
  const hostsSeen = /* @__PURE__ */ new Set();
  const progress = io.isTty && !flags.quiet ? (done, total, label) => {
    io.stderr(`\r\x1B[2Kprobing: ${done}/${total} probes, hosts ${hostsSeen.size}/${hostsTotal} - ${label.slice(0, 40)}`);
    if (done === total) io.stderr("\r\x1B[2K");
  } : void 0;
  return probeAll(model, config, {
    connectMap,
    knownHosts,
    identity,
    agent,
    trustOnFirstUse,
    now: io.now,
    onProgress: progress,
    onSshEvent: (event) => {
      hostsSeen.add(event.target);
      if (event.type === "connected" && event.trust === "tofu" && !flags.quiet) {
        const key = event.hostKey ? `${event.hostKey.algorithm} ${event.hostKey.fingerprint}` : "an unrecorded key";
        io.stderr(
          `${io.isTty ? "\r\x1B[2K" : ""}driftgate: warning: trusted on first use: ssh target "${event.target}" (${event.address}) presented ${key}; verify it and pin it in known_hosts
`
        );
      }
    }
  });
}
function sshAgent(env) {
  const sock = env.SSH_AUTH_SOCK?.trim();
  if (!sock) return void 0;
  if (!existsSync(sock)) throw new UserError(`SSH_AUTH_SOCK names ${sock}, which does not exist: is the ssh-agent running?`, EXIT_ERROR);
  return sock;
}
function knownHostsSource(flags, config, env) {
  if (flags.knownHosts) return `--known-hosts ${flags.knownHosts} has no entries`;
  if (config.probe.knownHosts) return `probe.known_hosts ${config.probe.knownHosts} has no entries`;
  if (env.DRIFTGATE_KNOWN_HOSTS?.trim()) return "DRIFTGATE_KNOWN_HOSTS has no entries";
  return "none given: --known-hosts, probe.known_hosts and DRIFTGATE_KNOWN_HOSTS are all unset";
}

export {
  loadConnectMap,
  resolveIdentity,
  fingerprint,
  blobAlgorithm,
  hostKeyName,
  KnownHosts,
  notDialled,
  planProbes,
  createLimiter,
  sshEndpointOf,
  unknownUserOverrides,
  SshPool,
  hasProbeFailures,
  probeLive,
  sshAgent
};
