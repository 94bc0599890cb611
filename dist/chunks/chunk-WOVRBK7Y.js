import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  require_lib
} from "./chunk-GDIFB4IM.js";
import {
  require_undici
} from "./chunk-YE4YLPLW.js";
import {
  EXIT_COMPOSE_MISSING,
  EXIT_DIR_MISSING,
  MAX_COMMAND_BYTES,
  assertSendableBackup,
  backupBatch,
  backupObservations,
  batchProbes,
  classifyDockerFailure,
  classifyError,
  exitedFailure,
  extraObservations,
  failure,
  failureFrom,
  firstLines,
  hasExtras,
  hostBatchCommand,
  isSafeRemoteValue,
  isTransientConnectError,
  markShadow,
  onlyVanishedContainers,
  parseContainers,
  planExecs,
  planExtras,
  planProbes,
  probeKindsFor,
  progressSteps,
  quoteRemotePath,
  redact,
  redactUrl,
  refused,
  sectionIds,
  skippedExtras,
  splitSections,
  sshAlgorithms,
  unknownUserOverrides
} from "./chunk-5XIPNB5E.js";
import {
  UserError
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";
import {
  extraLists,
  extraProbes
} from "./chunk-OSVKQ36P.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/core/live-probe.ts
import { existsSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/probes/connect-map.ts
import { readFileSync } from "node:fs";
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
  /**
   * Host keys pinned for `host` on `port` (revoked keys and CA lines excluded). Several names (the
   * declared host and its LAN and Tailscale addresses) are one identity: an entry for any of them pins it.
   */
  lookup(host, port = 22) {
    return this.pinnedEntries(host, port).map(strip);
  }
  /** Key algorithms pinned for the host, in file order, for ssh2's `serverHostKey` preference. */
  pinnedAlgorithms(host, port = 22) {
    return [...new Set(this.lookup(host, port).map((k) => k.algorithm))];
  }
  /** Verdict on the key blob a server presented for the declared host (or names of one identity) and port. */
  verify(host, port, blob) {
    if (this.entries.some((e) => e.marker === "revoked" && e.blob.equals(blob))) return "revoked";
    const pinned = this.pinnedEntries(host, port);
    if (pinned.length === 0) return "unknown";
    return pinned.some((e) => e.blob.equals(blob)) ? "pinned" : "mismatch";
  }
  pinnedEntries(host, port) {
    const names = (Array.isArray(host) ? host : [host]).map((h) => hostKeyName(h, port));
    return this.entries.filter((e) => !e.marker && names.some((n) => e.matches(n)));
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

// src/probes/probe-all.ts
import { setMaxListeners } from "node:events";

// src/probes/host-probe.ts
import { posix } from "node:path";

// src/probes/hypervisor.ts
var DISK_KEYS = /^(scsi|virtio|sata|ide)\d+$/;
var DEFAULT_BOOT_DISKS = ["scsi0", "virtio0", "sata0", "ide0"];
function parseQmList(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines.shift();
  if (!header) return { ok: true, value: [] };
  if (!/^\s*VMID\s+NAME\s+STATUS/i.test(header)) return { ok: false, error: 'qm list output has no "VMID NAME STATUS" header' };
  const vms = [];
  for (const [i, line] of lines.entries()) {
    const [id, name, status, mem, disk] = line.trim().split(/\s+/);
    if (!id || !/^\d+$/.test(id) || !name || !status) return { ok: false, error: `qm list line ${i + 2}: cannot read ${JSON.stringify(line.trim().slice(0, 60))}` };
    const vm = { vmid: Number(id), name, status, type: "qemu" };
    if (mem && /^\d+$/.test(mem)) vm.memoryMb = Number(mem);
    if (disk && /^\d+(\.\d+)?$/.test(disk)) vm.bootDiskGb = Number(disk);
    vms.push(vm);
  }
  return { ok: true, value: vms };
}
function parsePctList(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const header = lines.shift();
  if (!header) return { ok: true, value: [] };
  if (!/^\s*VMID\s+Status\s+/i.test(header)) return { ok: false, error: 'pct list output has no "VMID Status" header' };
  const out = [];
  for (const [i, line] of lines.entries()) {
    const cols = line.trim().split(/\s+/);
    const [id, status] = cols;
    const name = cols.length >= 3 ? cols[cols.length - 1] : void 0;
    if (!id || !/^\d+$/.test(id) || !status || !name) return { ok: false, error: `pct list line ${i + 2}: cannot read ${JSON.stringify(line.trim().slice(0, 60))}` };
    out.push({ vmid: Number(id), name, status, type: "lxc" });
  }
  return { ok: true, value: out };
}
function sizeToGb(size) {
  const m = /^(\d+(?:\.\d+)?)([KMGT]?)$/i.exec(size.trim());
  if (!m || !m[1]) return void 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "").toUpperCase();
  const gb = unit === "T" ? n * 1024 : unit === "G" ? n : unit === "M" ? n / 1024 : unit === "K" ? n / 1024 ** 2 : n / 1024 ** 3;
  return Math.round(gb * 100) / 100;
}
function configMap(text) {
  const config = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("[")) break;
    const m = /^([a-z0-9_-]+):\s*(.*)$/i.exec(line.trim());
    if (m && m[1] && m[2] !== void 0) config.set(m[1], m[2]);
  }
  return config;
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
function diskGb(value) {
  const size = value ? /(?:^|,)size=([^,]+)/.exec(value)?.[1] : void 0;
  return size ? sizeToGb(size) : void 0;
}
function applyGuestConfig(vm, text) {
  const config = configMap(text);
  if (config.size === 0) return;
  const cores = Number(config.get("cores") ?? (vm.type === "lxc" ? NaN : "1"));
  const sockets = Number(config.get("sockets") ?? "1");
  if (Number.isFinite(cores) && Number.isFinite(sockets)) vm.cpuCores = cores * sockets;
  const memory = Number(config.get("memory"));
  if (config.has("memory") && Number.isFinite(memory)) vm.memoryMb = memory;
  const gb = vm.type === "lxc" ? diskGb(config.get("rootfs")) : diskGb(config.get(bootDiskKey(config) ?? ""));
  if (gb !== void 0) vm.bootDiskGb = gb;
  if (config.get("template") === "1") vm.template = true;
  vm.onboot = config.get("onboot") === "1";
}
function parseHypervisorSection(section) {
  const stdout = section.replace(/^@@status .*$/m, "");
  const node = /^@@node (.*)$/m.exec(stdout)?.[1]?.trim().split(".")[0];
  const qmAt = stdout.indexOf("@@qm\n");
  const pctAt = stdout.indexOf("@@pct\n");
  if (qmAt < 0 || pctAt < qmAt) return { ok: false, error: "the hypervisor listing has no qm and pct parts" };
  const [pctText = "", ...blocks] = stdout.slice(pctAt + 5).split(/^@@conf /m);
  const qm = parseQmList(stdout.slice(qmAt + 4, pctAt));
  if (!qm.ok) return qm;
  const pct = parsePctList(pctText);
  if (!pct.ok) return pct;
  const vms = [...qm.value, ...pct.value].sort((a, b) => a.vmid - b.vmid);
  for (const block of blocks) {
    const nl = block.indexOf("\n");
    const m = /\/(qemu-server|lxc)\/(\d+)\.conf$/.exec((nl < 0 ? block : block.slice(0, nl)).trim());
    const type = m?.[1] === "lxc" ? "lxc" : "qemu";
    const vm = m ? vms.find((v) => v.vmid === Number(m[2]) && v.type === type) : void 0;
    if (vm && nl >= 0) applyGuestConfig(vm, block.slice(nl + 1));
  }
  if (node) for (const vm of vms) vm.node = node;
  return { ok: true, value: { ...node ? { node } : {}, vms } };
}
function hypervisorObservation(host, section, missing, base) {
  const fail = (f) => ({ host, ...base, ok: false, failure: f, vms: [] });
  if (!section || section.code === void 0) return fail(missing);
  const status = /^@@status (\d+) (\d+)$/m.exec(section.stdout);
  const [q, p] = [Number(status?.[1] ?? section.code), Number(status?.[2] ?? 0)];
  if (q !== 0 || p !== 0) {
    const text = firstLines(section.stderr);
    const which = q !== 0 ? `qm list exited with ${q}` : `pct list exited with ${p}`;
    return fail(failure("command-failed", `${which}${text ? `: ${text}` : ""}`));
  }
  const parsed = parseHypervisorSection(section.stdout);
  if (!parsed.ok) return fail(failure("parse-error", parsed.error));
  return { host, ...parsed.value.node ? { node: parsed.value.node } : {}, ...base, ok: true, vms: parsed.value.vms };
}

// src/probes/host-probe.ts
function composeProjectName(dir) {
  return posix.basename(dir.replace(/\/+$/, "")).toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[_-]+/, "");
}
function assignContainers(containers, dirs) {
  const trim = (p) => p.length > 1 ? p.replace(/\/+$/, "") : p;
  const byStack = dirs.map(() => []);
  const other = [];
  const byDir = (c) => c.workingDir ? dirs.findIndex((d) => d.paths.some((p) => trim(p) === trim(c.workingDir))) : -1;
  for (const c of containers) {
    let i = byDir(c);
    if (i < 0 && c.project) i = dirs.findIndex((d) => d.paths.some((p) => composeProjectName(p) === c.project));
    if (i >= 0) byStack[i]?.push(c);
    else other.push(c);
  }
  return { byStack, other };
}
function planBatches(batch) {
  const fits = (b) => Buffer.byteLength(hostBatchCommand(b)) <= MAX_COMMAND_BYTES;
  if (fits(batch)) return [batch];
  const first = { ...batch, stacks: [] };
  if (first.backups && !fits(first)) first.backups = { dirs: first.backups.dirs, globs: [] };
  const out = [first];
  let at = out[0];
  batch.stacks.forEach((path, i) => {
    if (!fits({ ...at, stacks: [...at.stacks, path] }) && at.stacks.length > 0) {
      at = { docker: false, stacks: [], firstStack: i, hypervisor: false };
      out.push(at);
    }
    at.stacks.push(path);
  });
  return out;
}
function missingFailure(result) {
  if (result.failure) return result.failure;
  if (result.code !== 0) return exitedFailure("the probe script", result.code, result.stderr);
  return failure("parse-error", "the probe script printed no answer for this probe");
}
function stackFailure(sec, missing) {
  if (!sec || sec.code === void 0) return missing;
  if (sec.code === EXIT_DIR_MISSING) return failure("dir-missing", "the stack directory does not exist on the host");
  if (sec.code === EXIT_COMPOSE_MISSING) return failure("compose-missing", "the stack directory holds no compose file (compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml)");
  if (sec.code !== 0) return failure("command-failed", `checking the stack directory exited with ${sec.code}`);
  return void 0;
}
function planHostExecs(h) {
  const plan = { batch: { docker: false, stacks: [], hypervisor: false }, execs: [], stacks: [], backups: [], refusedStacks: [], refusedBackups: [] };
  for (const s of h.stacks) {
    try {
      quoteRemotePath(s.path);
      plan.stacks.push(s);
    } catch (error) {
      plan.refusedStacks.push({ stack: s, failure: refused(error) });
    }
  }
  const known = h.knownStacks.filter((s) => isSafeRemoteValue(s.path));
  for (const b of h.backups) {
    try {
      assertSendableBackup(b);
      plan.backups.push(b);
    } catch (error) {
      plan.refusedBackups.push({ backup: b, failure: refused(error) });
    }
  }
  const docker = plan.stacks.length > 0;
  plan.batch = { docker, stacks: docker ? [...plan.stacks, ...known].map((s) => s.path) : [], hypervisor: h.hypervisor };
  if (plan.backups.length > 0) plan.batch.backups = backupBatch(plan.backups);
  const extras = planExtras(plan.batch, h.extras);
  if (extras) plan.extras = extras;
  if (plan.batch.docker || plan.batch.backups || plan.batch.hypervisor || hasExtras(plan.batch)) plan.execs = planExecs(plan.batch, planBatches);
  return plan;
}
async function probeHost(h, exec, now) {
  const startedAt = now().toISOString();
  const early = (f) => ({ startedAt, durationMs: 0, ok: false, failure: f });
  const stackObs = (s, rest) => ({
    target: s.target,
    sshTarget: h.id,
    stack: s.name,
    path: s.path,
    ...rest
  });
  const out = { stacks: [], backups: [] };
  const { batch, execs: batches, stacks, backups, refusedStacks, refusedBackups, extras } = planHostExecs(h);
  for (const r of refusedStacks) out.stacks.push(stackObs(r.stack, { ...early(r.failure), containers: [] }));
  for (const r of refusedBackups) out.backups.push({ name: r.backup.name, host: r.backup.host, ...early(r.failure), matches: 0 });
  if (batches.length === 0) return { ...out, ...extraObservations(h.id, extras, batch, /* @__PURE__ */ new Map(), () => failure("error", "not sent"), { startedAt, durationMs: 0 }) };
  const results = await Promise.all(batches.map((b) => exec(hostBatchCommand(b))));
  const base = { startedAt, durationMs: Math.max(...results.map((r) => r.durationMs)) };
  const sections = /* @__PURE__ */ new Map();
  const missingOf = /* @__PURE__ */ new Map();
  batches.forEach((b, i) => {
    const r = results[i];
    const ids = sectionIds(b);
    for (const [id, out2] of splitSections(ids, r.stdout, r.stderr)) sections.set(id, out2);
    const f = missingFailure(r);
    for (const id of ids) missingOf.set(id, f);
  });
  const missingFor = (id) => missingOf.get(id) ?? failure("error", "no exec");
  if (batch.docker) {
    const docker = sections.get("docker");
    let listed;
    let dockerFailure;
    if (!docker || docker.code === void 0) dockerFailure = missingFor("docker");
    else if (docker.code !== 0 && !onlyVanishedContainers(docker.stderr)) dockerFailure = classifyDockerFailure(docker.code, docker.stderr);
    else {
      const parsed = parseContainers(docker.stdout, now());
      if (parsed.ok) listed = parsed.value;
      else dockerFailure = failure("parse-error", `the docker listing is not JSON: ${parsed.error}`);
    }
    const dirs = batch.stacks.map((_, i) => {
      const sec = sections.get(`stack:${i}`);
      return { sec, paths: sec?.code === 0 ? sec.stdout.split("\n").map((l) => l.trim()).filter(Boolean) : [] };
    });
    const assigned = listed ? assignContainers(listed, dirs) : void 0;
    stacks.forEach((s, i) => {
      const f = stackFailure(dirs[i]?.sec, missingFor(`stack:${i}`)) ?? dockerFailure;
      if (f) out.stacks.push(stackObs(s, { ...base, ok: false, failure: f, containers: [] }));
      else out.stacks.push(stackObs(s, { ...base, ok: true, containers: assigned?.byStack[i] ?? [] }));
    });
    if (assigned) out.otherContainers = assigned.other;
  }
  if (batch.backups) out.backups.push(...backupObservations(backups, sections.get("backups"), missingFor("backups"), base));
  if (batch.hypervisor) out.hypervisor = hypervisorObservation(h.id, sections.get("hypervisor"), missingFor("hypervisor"), base);
  return { ...out, ...extraObservations(h.id, extras, batch, sections, missingFor, base) };
}

// src/probes/http.ts
var import_undici2 = __toESM(require_undici(), 1);
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

// src/probes/transport/http-over-ssh.ts
var import_undici = __toESM(require_undici(), 1);
import { isIP } from "node:net";
import { connect as tlsConnect } from "node:tls";

// src/probes/transport/forward.ts
function classifyChannelOpen(error) {
  const text = error.message.toLowerCase();
  if (/timed? ?out/.test(text)) return "timeout";
  if (/no route|unreachable|network is down|host is down/.test(text)) return "unreachable";
  if (/name or service|not known|resolve|lookup/.test(text)) return "dns";
  if (error.reason === 1 || /prohibited/.test(text)) return "error";
  return "refused";
}
var CODE_OF = {
  timeout: "ETIMEDOUT",
  refused: "ECONNREFUSED",
  unreachable: "EHOSTUNREACH",
  dns: "ENOTFOUND",
  reset: "ECONNRESET"
};
function forwardOut(client, host, port, timeoutMs, via) {
  return new Promise((resolve3) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve3({ ok: false, failure: { reason: "timeout", error: `${via}: no channel to ${host}:${port} within ${timeoutMs} ms` } });
    }, timeoutMs);
    try {
      client.forwardOut("127.0.0.1", 0, host, port, (error, stream) => {
        if (settled) {
          stream?.close();
          return;
        }
        settled = true;
        clearTimeout(timer);
        if (error) {
          const reason = classifyChannelOpen(error);
          const detail = error.message.replace(/^\(SSH\) Channel open failure:\s*/i, "").trim();
          const why = reason === "error" ? "forwarding refused (AllowTcpForwarding?)" : detail || "connect failed";
          resolve3({ ok: false, failure: { reason, error: `${via} cannot open a channel to ${host}:${port}: ${why}` } });
          return;
        }
        resolve3({ ok: true, stream });
      });
    } catch (error) {
      settled = true;
      clearTimeout(timer);
      resolve3({ ok: false, failure: { reason: "error", error: `${via}: ${error.message}` } });
    }
  });
}

// src/probes/transport/http-over-ssh.ts
function channelError(f) {
  const error = new Error(f.error);
  error.probeFailure = f;
  const code = CODE_OF[f.reason];
  if (code) error.code = code;
  return error;
}
function probeFailureOf(error) {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; e = e.cause, depth++) {
    const f = e.probeFailure;
    if (f) return f;
  }
  return void 0;
}
function asSocket(channel) {
  const destroy = channel.destroy.bind(channel);
  let dropped = false;
  const drain = () => {
    while (channel.read() !== null) {
    }
  };
  channel.destroy = () => {
    destroy();
    if (!dropped) {
      dropped = true;
      channel.on("readable", drain);
      drain();
    }
    return channel;
  };
  return channel;
}
function sshHttpDispatcher(open, tls = {}) {
  return new import_undici.Agent({
    connect: (opts, callback) => {
      const https = opts.protocol === "https:";
      const port = Number(opts.port) || (https ? 443 : 80);
      open(port).then(
        (r) => {
          if (!r.ok) return callback(channelError(r.failure), null);
          const channel = asSocket(r.stream);
          if (!https) return callback(null, channel);
          const name = opts.servername || opts.hostname;
          const socket = tlsConnect({ ...tls, socket: channel, ...isIP(name) ? {} : { servername: name } });
          const onError = (error) => callback(error, null);
          socket.once("error", onError);
          socket.once("secureConnect", () => {
            socket.off("error", onError);
            callback(null, socket);
          });
        },
        (error) => callback(error, null)
      );
    }
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
      agent = new import_undici2.Agent({ ...rest, connect: { ...extraConnect, timeout: connectTimeoutMs, lookup } });
      agents.set(connectTimeoutMs, agent);
    }
    return agent;
  };
  async function attempt(url, hostHeader, authorization, s, via) {
    const signals = [AbortSignal.timeout(s.maxTimeMs)];
    if (s.signal) signals.push(s.signal);
    const signal = AbortSignal.any(signals);
    const headers = { "user-agent": "driftgate-probe", accept: "*/*" };
    if (hostHeader) headers.host = hostHeader;
    if (authorization) headers.authorization = authorization;
    const response = await (0, import_undici2.request)(url, {
      method: "GET",
      dispatcher: via?.dispatcher ?? agentFor(s.connectTimeoutMs),
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
    async probe(endpoint, s, via) {
      const startedAt = now().toISOString();
      const t0 = Date.now();
      const declared = redactUrl(endpoint.url);
      const obs = { id: endpoint.id, url: declared, ok: false, startedAt, durationMs: 0, timeoutMs: s.maxTimeMs, attempts: 0 };
      if (via) obs.via = via.target;
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
        const mapped = via ? void 0 : mapHttpUrl(opts.connectMap, target);
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
          const answer = await attempt(target, hostHeader, authorization, s, via);
          obs.ok = true;
          obs.status = answer.status;
          if (answer.location) obs.location = redactUrl(answer.location);
          delete obs.failure;
          break;
        } catch (error) {
          const channel = probeFailureOf(error);
          const reason = channel?.reason ?? classifyError(error);
          const runOver = s.signal?.aborted === true;
          const what = reason === "timeout" && Date.now() - started >= s.maxTimeMs - 5 ? `no answer within ${s.maxTimeMs} ms` : channel?.error ?? error.message;
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

// src/probes/shard.ts
function parseShard(text) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count || count > 1e3) {
    throw new UserError(`--shard must be K/N with 1 <= K <= N (e.g. 2/3), got "${text}"`, EXIT_ERROR);
  }
  return { index, count };
}
function rootOf(h) {
  let e = h.endpoint;
  while (e?.via) e = e.via;
  return e?.id ?? h.id;
}
function shardPlan(plan, shard) {
  const units = /* @__PURE__ */ new Map();
  for (const h of plan.hosts) {
    const key = `host:${rootOf(h)}`;
    const unit = units.get(key) ?? { key, weight: 0, hosts: [], endpoints: [] };
    unit.hosts.push(h);
    unit.weight += progressSteps(h);
    units.set(key, unit);
  }
  for (const e of plan.endpoints) units.set(`endpoint:${e.id}`, { key: `endpoint:${e.id}`, weight: 1, hosts: [], endpoints: [e] });
  const load = Array.from({ length: shard.count }, () => 0);
  const mine = [];
  const ordered = [...units.values()].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const unit of ordered) {
    const least = load.indexOf(Math.min(...load));
    load[least] = (load[least] ?? 0) + unit.weight;
    if (least === shard.index - 1) mine.push(unit);
  }
  const hosts = plan.hosts.filter((h) => mine.some((u) => u.hosts.includes(h)));
  const endpoints = plan.endpoints.filter((e) => mine.some((u) => u.endpoints.includes(e)));
  const total = hosts.reduce((n, h) => n + progressSteps(h), 0) + endpoints.length;
  return { hosts, endpoints, total };
}

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

// src/probes/transport/ssh-handshake.ts
var import_ssh22 = __toESM(require_lib(), 1);
var { Client: SshClient } = import_ssh22.default;
function identityNames(target) {
  return target.plan?.identityNames ?? [target.host];
}
function handshake(o) {
  const { target, knownHosts, address } = o;
  const names = identityNames(target);
  const pinnedTypes = knownHosts.pinnedAlgorithms(names, target.port);
  const legacy = target.legacy ?? { serverHostKey: [], kex: [], cipher: [], hmac: [] };
  const algorithms = sshAlgorithms(pinnedTypes, legacy);
  const who = `${names[0]}:${target.port}`;
  let presented;
  let verdict;
  let trust;
  return new Promise((resolve3) => {
    const client = (o.clientFactory ?? (() => new SshClient()))();
    let settled = false;
    const finish = (ok, f, transient = false) => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener("abort", onAbort);
      const result = { ok, transient };
      if (f) result.failure = f;
      if (presented) result.hostKey = presented;
      if (trust) result.trust = trust;
      if (trust === "mismatch") result.pinnedFingerprints = knownHosts.lookup(names, target.port).map((k) => k.fingerprint);
      if (ok) result.client = client;
      else client.end();
      resolve3(result);
    };
    const onAbort = () => finish(false, failure("timeout", "run deadline passed before the SSH connection was ready"));
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener("abort", onAbort, { once: true });
    if (Array.isArray(algorithms.serverHostKey) && algorithms.serverHostKey.length === 0) {
      trust = "mismatch";
      return finish(false, failure("host-key-mismatch", `known_hosts pins only ${pinnedTypes.join(", ")} keys for ${who}, a legacy algorithm the target does not declare in ssh_extra_opts; nothing was sent`));
    }
    const hostVerifier = (key) => {
      presented = { algorithm: blobAlgorithm(key), fingerprint: fingerprint(key) };
      o.onHostKey?.(key);
      verdict = knownHosts.verify(names, target.port, key);
      if (verdict === "pinned") trust = "pinned";
      else if (verdict === "unknown" && o.trustOnFirstUse) trust = "tofu";
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
        const what = verdict === "revoked" ? "is revoked in known_hosts" : `does not match the key pinned for ${who}`;
        finish(false, failure("host-key-mismatch", `host key ${presented?.fingerprint ?? "?"} presented by ${address} ${what}; nothing was sent`));
      } else if (verdict && trust === "unknown") {
        finish(false, failure("host-key-unknown", `no known_hosts entry for ${who} (presented ${presented?.fingerprint ?? "?"}); not connecting without --trust-on-first-use`));
      } else if (/no matching host key format/i.test(error.message)) {
        if (pinnedTypes.length > 0) {
          trust = "mismatch";
          const sha1 = pinnedTypes.includes("ssh-rsa") && !legacy.serverHostKey.includes("ssh-rsa") ? "; an old device that signs only with SHA-1 ssh-rsa needs -o HostKeyAlgorithms=+ssh-rsa in its ssh_extra_opts" : "";
          finish(false, failure("host-key-mismatch", `${address} offers none of the host key types pinned for ${who} (${pinnedTypes.join(", ")}); nothing was sent${sha1}`));
        } else {
          finish(false, failure("error", `${address} offers only legacy host key algorithms; if the device cannot do better, declare them in ssh_extra_opts (-o HostKeyAlgorithms=+ssh-rsa)`));
        }
      } else if (/no matching (key exchange|cipher|mac)/i.test(error.message)) {
        finish(false, failure("error", `${address}: ${error.message}; declare the legacy algorithm in ssh_extra_opts if the device cannot do better`));
      } else {
        const reason = classifyError(error);
        const text = error.message.includes(address) ? error.message : `${address}: ${error.message}`;
        finish(false, failure(reason, text), isTransientConnectError(error) || reason === "timeout");
      }
    });
    client.on("close", () => finish(false, failure("reset", `${address}: connection closed during the handshake`), true));
    const config = {
      username: target.user,
      readyTimeout: o.readyTimeoutMs,
      keepaliveInterval: 5e3,
      keepaliveCountMax: 3,
      hostVerifier,
      tryKeyboard: false,
      algorithms
    };
    if ("sock" in o.dial) config.sock = o.dial.sock;
    else {
      config.host = o.dial.host;
      config.port = o.dial.port;
    }
    if (o.identity) config.privateKey = o.identity;
    else if (o.agent) config.agent = o.agent;
    try {
      client.connect(config);
    } catch (error) {
      finish(false, failureFrom(error));
    }
  });
}

// src/probes/ssh-pool.ts
var PATH_FAILURES = /* @__PURE__ */ new Set(["timeout", "refused", "reset", "dns", "unreachable"]);
function dialAddress(target, c, connectMap) {
  const map = connectMap?.ssh;
  return map?.[`${target.id}@${c.plane}`] ?? map?.[target.id] ?? { host: c.host, port: target.port };
}
var SshPool = class _SshPool {
  constructor(opts) {
    this.opts = opts;
    opts.signal?.addEventListener("abort", () => this.close(), { once: true });
  }
  opts;
  connections = /* @__PURE__ */ new Map();
  clients = [];
  static create(opts) {
    return new _SshPool(opts);
  }
  /**
   * Connects to an ssh target (direct, on its address planes, or via its jump host) once; later calls
   * share the connection. The host observation says how it went: path, key, trust, failure.
   */
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
    return conn.limiter.run(() => {
      this.opts.onEvent?.({ type: "exec", target: target.id });
      return execOnChannel(client, command, deadlineMs, started, this.opts.signal);
    });
  }
  /** A TCP channel from the target to `host:port` (e.g. 127.0.0.1:8080 on the host itself); never throws. */
  async forward(target, host, port, timeoutMs) {
    const conn = await this.connection(target);
    if (!conn.client || !conn.observation.ok) {
      const f = conn.observation.failure ?? failure("error", "no connection");
      return { ok: false, failure: { reason: f.reason, error: `ssh target "${target.id}" not connected: ${f.error}` } };
    }
    return forwardOut(conn.client, host, port, timeoutMs, `ssh target "${target.id}"`);
  }
  /** Every host observation made so far. */
  async hosts() {
    return (await Promise.all(this.connections.values())).map((c) => c.observation);
  }
  close() {
    for (const client of this.clients.splice(0).reverse()) client.end();
  }
  connection(target) {
    let pending = this.connections.get(target.id);
    if (!pending) {
      pending = this.establish(target);
      this.connections.set(target.id, pending);
    }
    return pending;
  }
  async establish(target) {
    const startedAt = (this.opts.now ?? (() => /* @__PURE__ */ new Date()))().toISOString();
    const t0 = Date.now();
    const limiter = createLimiter(Math.min(8, Math.max(1, this.opts.settings.channelsPerHost)));
    const done = (r, address, path, failed2, attempted = true) => {
      const observation = { target: target.id, address, ok: r.ok, startedAt, durationMs: Date.now() - t0 };
      if (r.failure) observation.failure = r.failure;
      if (r.hostKey) observation.hostKey = r.hostKey;
      if (r.trust) observation.trust = r.trust;
      if (r.pinnedFingerprints) observation.pinnedFingerprints = r.pinnedFingerprints;
      if (path) observation.pathUsed = path;
      if (failed2 && failed2.length > 0) observation.pathFailures = failed2;
      if (r.ok && r.client) {
        this.clients.push(r.client);
        this.opts.onEvent?.({ type: "connected", target: target.id, address, trust: r.trust, ...r.hostKey ? { hostKey: r.hostKey } : {}, ...path ? { path } : {} });
      } else if (!attempted) {
        this.opts.onEvent?.({ type: "failed", target: target.id, address, failure: r.failure ?? failure("error", "connection failed") });
      }
      return { observation, limiter, ...r.ok && r.client ? { client: r.client } : {} };
    };
    const declared = `${target.host}:${target.port}`;
    if (target.invalid) return done({ ok: false, failure: target.invalid, transient: false }, declared, void 0, void 0, false);
    let via;
    if (target.via) {
      via = await this.connection(target.via);
      if (!via.client || !via.observation.ok) {
        const f = via.observation.failure;
        const reason = f?.reason === "timeout" ? "timeout" : "unreachable";
        const why = `jump host "${target.via.id}" could not be used (${f?.reason ?? "error"}${f?.error ? `: ${f.error}` : ""}); nothing was sent to "${target.id}"`;
        return done({ ok: false, failure: failure(reason, why), transient: false }, `${declared} via ${target.via.id}`, `via ${target.via.id}`, void 0, false);
      }
    }
    const candidates = target.plan?.candidates ?? [{ plane: "direct", host: target.host }];
    const failed = [];
    for (const [i, candidate] of candidates.entries()) {
      const last = i === candidates.length - 1;
      const dial = dialAddress(target, candidate, this.opts.connectMap);
      const path = target.via ? `via ${target.via.id}` : candidate.plane;
      const address = `${dial.host}:${dial.port}${target.via ? ` via ${target.via.id}` : ""}`;
      const r = await this.attempt(target, dial, address, via?.client, last ? this.opts.settings.retries : 0);
      if (r.ok || last || !r.failure || !PATH_FAILURES.has(r.failure.reason) || this.opts.signal?.aborted) return done(r, address, path, failed);
      failed.push({ path, ...r.failure });
    }
    return done({ ok: false, failure: failure("error", `ssh target "${target.id}" declares no address for its access_policy`), transient: false }, declared, void 0, failed, false);
  }
  async attempt(target, dial, address, via, retries) {
    const { settings, signal } = this.opts;
    const timeoutMs = target.connectTimeoutMs ?? settings.sshConnectTimeoutMs;
    for (let attempt = 1; ; attempt++) {
      let result;
      if (via) {
        const channel = await forwardOut(via, dial.host, dial.port, timeoutMs, `jump host "${target.via?.id ?? "?"}"`);
        result = channel.ok ? await this.shake(target, { sock: channel.stream }, address, timeoutMs) : { ok: false, failure: channel.failure, transient: channel.failure.reason === "refused" || channel.failure.reason === "timeout" };
      } else {
        result = await this.shake(target, dial, address, timeoutMs);
      }
      if (!result.ok) this.opts.onEvent?.({ type: "failed", target: target.id, address, failure: result.failure ?? failure("error", "connection failed") });
      if (result.ok || !result.transient || attempt > retries || signal?.aborted) return result;
      await sleep(settings.retryBackoffMs * 2 ** (attempt - 1), signal);
      if (signal?.aborted) return result;
    }
  }
  shake(target, dial, address, timeoutMs) {
    const o = this.opts;
    return handshake({
      target,
      dial,
      address,
      knownHosts: o.knownHosts,
      readyTimeoutMs: timeoutMs,
      ...o.trustOnFirstUse !== void 0 ? { trustOnFirstUse: o.trustOnFirstUse } : {},
      ...o.identity !== void 0 ? { identity: o.identity } : {},
      ...o.agent !== void 0 ? { agent: o.agent } : {},
      ...o.onHostKey ? { onHostKey: (key) => o.onHostKey?.(target.id, key) } : {},
      ...o.signal ? { signal: o.signal } : {},
      ...o.clientFactory ? { clientFactory: o.clientFactory } : {}
    });
  }
};

// src/probes/probe-all.ts
function skipped(plan, f, startedAt) {
  const base = { startedAt, durationMs: 0, ok: false, failure: f };
  const result = {
    stacks: plan.stacks.map((s) => ({ ...base, target: s.target, sshTarget: plan.id, stack: s.name, path: s.path, containers: [] })),
    backups: plan.backups.map((b) => ({ ...base, name: b.name, host: b.host, matches: 0 }))
  };
  if (plan.hypervisor) result.hypervisor = { ...base, host: plan.id, vms: [] };
  return { ...result, ...skippedExtras(plan.id, plan.extras, f, startedAt) };
}
function planOf(model, config, opts) {
  const plan = planProbes(model, config, opts.kinds ? { kinds: opts.kinds } : {});
  return opts.shard ? shardPlan(plan, opts.shard) : plan;
}
async function probeAll(model, config, opts) {
  const { now } = opts;
  const startedAt = now().toISOString();
  const t0 = Date.now();
  const settings = config.probe;
  const plan = planOf(model, config, opts);
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
  const http = {
    connectTimeoutMs: model.healthDefaults.connectTimeoutSec * 1e3,
    maxTimeMs: model.healthDefaults.maxTimeSec * 1e3,
    retries: settings.retries,
    backoffMs: settings.retryBackoffMs,
    signal: run.signal
  };
  const agents = [];
  const probeEndpoint = async (e, viaHost) => {
    const obs = await httpLimiter.run(async () => {
      if (e.probeVia === "ssh" && !viaHost?.endpoint) {
        return {
          id: e.id,
          url: e.url,
          ok: false,
          startedAt: now().toISOString(),
          durationMs: 0,
          timeoutMs: http.maxTimeMs,
          attempts: 0,
          failure: failure("error", `endpoint "${e.id}" is probed via ssh, but its host "${e.host ?? ""}" names no ssh target`)
        };
      }
      if (!viaHost?.endpoint) return prober.probe(e, http);
      const target = viaHost.endpoint;
      const agent = sshHttpDispatcher((port) => pool.forward(target, "127.0.0.1", port, http.connectTimeoutMs), opts.httpDispatcherOptions?.connect ?? {});
      agents.push(agent);
      return prober.probe(e, http, { dispatcher: agent, target: target.id });
    });
    tick(e.id);
    return obs;
  };
  const probeHostPlan = async (h) => {
    if (h.skip || !h.endpoint) {
      const result = skipped(h, h.skip ?? failure("error", "no endpoint"), now().toISOString());
      for (let i = 0; i < Math.max(1, batchProbes(h)); i++) tick(h.id);
      return { id: h.id, result, http: await Promise.all(h.httpVia.map((e) => probeEndpoint(e))) };
    }
    const target = h.endpoint;
    return hostLimiter.run(async () => {
      await pool.connect(target);
      const [result, viaHttp] = await Promise.all([
        probeHost(h, (command) => pool.exec(target, command, settings.sshCommandTimeoutMs), now).then((r) => {
          for (let i = 0; i < Math.max(1, batchProbes(h)); i++) tick(h.id);
          return r;
        }),
        Promise.all(h.httpVia.map((e) => probeEndpoint(e, h)))
      ]);
      return { id: h.id, result, http: viaHttp };
    });
  };
  try {
    const [hostResults, endpoints] = await Promise.all([Promise.all(plan.hosts.map(probeHostPlan)), Promise.all(plan.endpoints.map((e) => probeEndpoint(e)))]);
    const seen = await pool.hosts();
    const order = new Map(plan.hosts.map((h, i) => [h.id, i]));
    const hosts = [...seen].sort((a, b) => (order.get(a.target) ?? Infinity) - (order.get(b.target) ?? Infinity));
    for (const r of hostResults) {
      const host = hosts.find((x) => x.target === r.id);
      if (host && r.result.otherContainers) host.otherContainers = r.result.otherContainers;
    }
    for (const h of plan.hosts.filter((x) => x.shadowOnly)) {
      const host = hosts.find((x) => x.target === h.id);
      if (host) host.shadow = true;
    }
    const observed = {
      version: 1,
      startedAt,
      durationMs: Date.now() - t0,
      hosts,
      stacks: hostResults.flatMap((r) => r.result.stacks),
      endpoints: [...hostResults.flatMap((r) => r.http), ...endpoints],
      backups: hostResults.flatMap((r) => r.result.backups),
      hypervisors: hostResults.flatMap((r) => r.result.hypervisor ? [r.result.hypervisor] : []),
      ...extraLists(hostResults.map((r) => r.result))
    };
    markShadow(observed, model);
    return observed;
  } finally {
    clearTimeout(timer);
    const closing = agents.map((a) => a.destroy().catch(() => void 0));
    pool.close();
    await Promise.all([...closing, prober.close()]);
  }
}
function hasProbeFailures(obs, optionalTargets = /* @__PURE__ */ new Set()) {
  const real = (list) => list.filter((o) => !o.shadow);
  const stacks = real(obs.stacks);
  const backups = real(obs.backups);
  const endpoints = real(obs.endpoints);
  const extra = extraProbes(obs);
  const needed = /* @__PURE__ */ new Set([
    ...stacks.map((s) => s.sshTarget),
    ...backups.map((b) => b.host),
    ...obs.hypervisors.map((h) => h.host),
    ...endpoints.flatMap((e) => e.via ? [e.via] : []),
    ...extra.map((o) => o.sshTarget)
  ]);
  const hosts = obs.hosts.filter((h) => needed.has(h.target) || !optionalTargets.has(h.target) && !h.shadow);
  return [hosts, stacks, endpoints, backups, obs.hypervisors, extra].some((list) => list.some((o) => !o.ok));
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
  const kinds = probeKindsFor(flags.liveGates);
  const shard = flags.shard === void 0 ? void 0 : parseShard(flags.shard);
  const plan = planOf(model, config, { kinds, ...shard ? { shard } : {} });
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
  for (const line of unknownUserOverrides(model, config.probe.users)) warn(line);
  if (trustOnFirstUse) warn("trust on first use is on: unknown host keys are accepted for this run");
  const hostsSeen = /* @__PURE__ */ new Set();
  const progress = io.isTty && !flags.quiet ? (done, total, label) => {
    io.stderr(`\r\x1B[2Kprobing: ${done}/${total} probes, hosts ${hostsSeen.size}/${hostsTotal} - ${label.slice(0, 40)}`);
    if (done === total) io.stderr("\r\x1B[2K");
  } : void 0;
  return probeAll(model, config, {
    kinds,
    ...shard ? { shard } : {},
    connectMap,
    knownHosts,
    identity,
    agent,
    trustOnFirstUse,
    now: io.now,
    onProgress: progress,
    onSshEvent: (event) => {
      if (event.type === "exec") return;
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
  planHostExecs,
  createLimiter,
  parseShard,
  identityNames,
  dialAddress,
  SshPool,
  hasProbeFailures,
  probeLive,
  sshAgent
};
