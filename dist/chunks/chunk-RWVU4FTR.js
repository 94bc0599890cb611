import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/probes/transport/address-plan.ts
function dialPlan(t) {
  const policy = t.accessPolicy;
  const lan = t.addresses?.lan ?? (policy === "lan_first" || policy === "lan_only" ? t.host : void 0);
  const tailscale = t.addresses?.tailscale ?? (policy === "tailscale_required" ? t.host : void 0);
  const identityNames = [...new Set([t.host, lan, tailscale].filter((n) => n !== void 0))];
  const on = (plane, host) => host === void 0 ? [] : [{ plane, host }];
  switch (policy) {
    case "lan_first":
      return { candidates: [...on("lan", lan), ...on("tailscale", tailscale)], identityNames };
    case "lan_only":
      return { candidates: on("lan", lan), identityNames };
    case "tailscale_required":
      return { candidates: on("tailscale", tailscale), identityNames };
    default: {
      const plane = t.host === t.addresses?.lan ? "lan" : t.host === t.addresses?.tailscale ? "tailscale" : "direct";
      return { candidates: [{ plane, host: t.host }], identityNames };
    }
  }
}

// src/gates/ssh-trust-options.ts
function words(text) {
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}
function parseSshOptions(extraOpts) {
  const w = words(extraOpts);
  const out = [];
  for (let i = 0; i < w.length; i++) {
    const word = w[i];
    let spec;
    if (word === "-o") spec = w[++i];
    else if (word.startsWith("-o")) spec = word.slice(2);
    if (spec === void 0) continue;
    const m = /^\s*([A-Za-z]+)\s*(?:=|\s)\s*(.*)$/.exec(spec);
    if (m) out.push({ key: m[1], value: m[2].trim() });
  }
  return out;
}
var ALGORITHM_KEYS = /* @__PURE__ */ new Set([
  "hostkeyalgorithms",
  "pubkeyacceptedalgorithms",
  "pubkeyacceptedkeytypes",
  "casignaturealgorithms",
  "hostbasedacceptedalgorithms",
  "hostbasedkeytypes",
  "kexalgorithms",
  "ciphers",
  "macs"
]);
var LEGACY = [
  /^ssh-rsa(-cert-v01@openssh\.com)?$/,
  /^ssh-dss(-cert-v01@openssh\.com)?$/,
  /^diffie-hellman-group(1|14)-sha1$/,
  /^diffie-hellman-group-exchange-sha1$/,
  /^(3des|aes128|aes192|aes256|blowfish|cast128)-cbc$/,
  /^rijndael-cbc@lysator\.liu\.se$/,
  /^arcfour(128|256)?$/,
  /^hmac-md5(-96)?(-etm@openssh\.com)?$/,
  /^hmac-sha1-96(-etm@openssh\.com)?$/
];
function judgeOption(key, rawValue) {
  const k = key.toLowerCase().replace(/_/g, "");
  const value = rawValue === false ? "no" : rawValue === true ? "yes" : String(rawValue ?? "").trim();
  const v = value.toLowerCase();
  if (k === "stricthostkeychecking") {
    if (v === "no" || v === "off" || v === "false") return [{ kind: "host-key-checking-disabled", severity: "error", option: key, value }];
    if (v === "accept-new") return [{ kind: "host-key-tofu", severity: "warning", option: key, value }];
    return [];
  }
  if (k === "userknownhostsfile" || k === "globalknownhostsfile") {
    const files = v.split(/\s+/).filter(Boolean);
    if (files.length > 0 && files.every((f) => f === "/dev/null" || f === "none")) {
      return [{ kind: "known-hosts-discarded", severity: "error", option: key, value }];
    }
    return [];
  }
  if (ALGORITHM_KEYS.has(k) && !v.startsWith("-")) {
    return v.replace(/^[+^]/, "").split(",").map((a) => a.trim()).filter((a) => LEGACY.some((re) => re.test(a))).map((algorithm) => ({ kind: "legacy-algorithm", severity: "warning", option: key, value, algorithm }));
  }
  return [];
}

// src/probes/transport/legacy-algorithms.ts
var SUPPORTED = {
  serverHostKey: ["ssh-rsa", "ssh-dss"],
  kex: ["diffie-hellman-group-exchange-sha1", "diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1"],
  cipher: ["aes256-cbc", "aes192-cbc", "aes128-cbc", "3des-cbc"],
  hmac: ["hmac-md5", "hmac-sha1-96", "hmac-md5-96", "hmac-ripemd160"]
};
var OPTION = {
  hostkeyalgorithms: "serverHostKey",
  kexalgorithms: "kex",
  ciphers: "cipher",
  macs: "hmac"
};
function legacyAlgorithms(extraOpts) {
  const out = { serverHostKey: [], kex: [], cipher: [], hmac: [] };
  for (const o of extraOpts ? parseSshOptions(extraOpts) : []) {
    const list = OPTION[o.key.toLowerCase()];
    if (!list || o.value.startsWith("-")) continue;
    for (const a of o.value.replace(/^[+^]/, "").split(",").map((x) => x.trim())) {
      if (SUPPORTED[list].includes(a) && !out[list].includes(a)) out[list].push(a);
    }
  }
  return out;
}
var FOR_PINNED = {
  "ssh-rsa": ["rsa-sha2-512", "rsa-sha2-256"],
  "ssh-dss": [],
  "ssh-ed25519": ["ssh-ed25519"],
  "ecdsa-sha2-nistp256": ["ecdsa-sha2-nistp256"],
  "ecdsa-sha2-nistp384": ["ecdsa-sha2-nistp384"],
  "ecdsa-sha2-nistp521": ["ecdsa-sha2-nistp521"]
};
function sshAlgorithms(pinnedKeyTypes, legacy) {
  const legacyKey = (type) => legacy.serverHostKey.includes(type) ? [type] : [];
  const serverHostKey = pinnedKeyTypes.length > 0 ? [...new Set(pinnedKeyTypes.flatMap((t) => [...FOR_PINNED[t] ?? [], ...legacyKey(t)]))] : { remove: ["ssh-rsa"].filter((a) => !legacy.serverHostKey.includes(a)), append: legacy.serverHostKey };
  const algorithms = { serverHostKey };
  if (legacy.kex.length > 0) algorithms.kex = { append: legacy.kex };
  if (legacy.cipher.length > 0) algorithms.cipher = { append: legacy.cipher };
  if (legacy.hmac.length > 0) algorithms.hmac = { append: legacy.hmac };
  return algorithms;
}

// src/probes/transport/ssh-endpoint.ts
function sshEndpoint(model, id, users = {}) {
  return endpointWithVia(model, id, users, []);
}
function endpointWithVia(model, id, users, seen) {
  const t = model.sshTargets.find((x) => x.id === id);
  if (!t) return void 0;
  const endpoint = endpointOf(t, users);
  if (!t.probeVia) return endpoint;
  if (seen.includes(t.probeVia) || t.probeVia === id) {
    endpoint.invalid = { reason: "error", error: `probe_via of "${id}" loops (${[...seen, id, t.probeVia].join(" \u2192 ")})` };
    return endpoint;
  }
  const via = endpointWithVia(model, t.probeVia, users, [...seen, id]);
  if (!via) {
    endpoint.invalid = { reason: "error", error: `ssh target "${id}" is reached via "${t.probeVia}" (probe_via), which ${model.paths.ssh} does not declare` };
    return endpoint;
  }
  if (via.invalid) endpoint.invalid = via.invalid;
  endpoint.via = via;
  return endpoint;
}
function endpointOf(t, users) {
  const endpoint = { id: t.id, host: t.host, port: t.port, user: (Object.hasOwn(users, t.id) ? users[t.id] : void 0) ?? t.user, plan: dialPlan(t) };
  if (t.connectTimeoutSec > 0) endpoint.connectTimeoutMs = t.connectTimeoutSec * 1e3;
  const legacy = legacyAlgorithms(t.extraOpts);
  if (legacy.serverHostKey.length + legacy.kex.length + legacy.cipher.length + legacy.hmac.length > 0) endpoint.legacy = legacy;
  return endpoint;
}
function sshEndpoints(model, users = {}) {
  const out = /* @__PURE__ */ new Map();
  for (const t of model.sshTargets) {
    const e = sshEndpoint(model, t.id, users);
    if (e) out.set(t.id, e);
  }
  return out;
}
function sshTargetOfHost(model, host) {
  if (!host) return void 0;
  if (model.sshTargets.some((t) => t.id === host)) return host;
  const reg = model.hosts.find((h) => h.id === host)?.ssh;
  if (reg && model.sshTargets.some((t) => t.id === reg)) return reg;
  const vm = model.vms.find((v) => v.hostname === host)?.sshTarget;
  if (vm && model.sshTargets.some((t) => t.id === vm)) return vm;
  return void 0;
}
function unknownUserOverrides(model, users) {
  const declared = new Set(model.sshTargets.map((t) => t.id));
  return Object.keys(users).filter((id) => !declared.has(id)).map((id) => `probe.users names ssh target "${id}", which ${model.paths.ssh} does not declare; it is ignored`);
}

// src/probes/containers.ts
function str(v) {
  return typeof v === "string" ? v : v === null || v === void 0 ? "" : String(v);
}
function num(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v);
  return void 0;
}
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function labelsOf(v) {
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, str(x)]));
  const out = {};
  if (typeof v === "string") {
    for (const part of v.split(",")) {
      const eq = part.indexOf("=");
      if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
    }
  }
  return out;
}
function publisher(url, target, published, protocol) {
  const out = {};
  if (typeof url === "string" && url) out.url = url;
  const t = num(target);
  const p = num(published);
  if (t !== void 0) out.targetPort = t;
  if (p !== void 0) out.publishedPort = p;
  if (typeof protocol === "string" && protocol) out.protocol = protocol;
  return out;
}
function publishers(v) {
  if (Array.isArray(v)) return v.filter(isObj).map((p) => publisher(p.URL, p.TargetPort, p.PublishedPort, p.Protocol));
  if (isObj(v)) {
    return Object.entries(v).flatMap(([key, binds]) => {
      const [port, proto] = key.split("/");
      if (!Array.isArray(binds) || binds.length === 0) return [publisher(void 0, port, 0, proto)];
      return binds.filter(isObj).map((b) => publisher(b.HostIp, port, b.HostPort, proto));
    });
  }
  if (typeof v === "string" && v.trim()) {
    return v.split(",").map((p) => {
      const m = /^\s*(?:(.*):(\d+)->)?(\d+)(?:-\d+)?\/(\w+)\s*$/.exec(p);
      return m ? publisher(m[1], m[3], m[2] ?? 0, m[4]) : {};
    });
  }
  return [];
}
function time(v) {
  if (typeof v !== "string" || !v || v.startsWith("0001-")) return void 0;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? void 0 : new Date(ms).toISOString();
}
function humanDuration(ms) {
  const s = Math.floor(ms / 1e3);
  const plural = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (s < 1) return "Less than a second";
  if (s < 60) return plural(s, "second");
  const m = Math.floor(s / 60);
  if (m === 1) return "About a minute";
  if (m < 60) return plural(m, "minute");
  const h = Math.floor(ms / 36e5 + 0.5);
  if (h === 1) return "About an hour";
  if (h < 48) return plural(h, "hour");
  if (h < 24 * 7 * 2) return plural(Math.floor(h / 24), "day");
  if (h < 24 * 30 * 2) return plural(Math.floor(h / 24 / 7), "week");
  if (h < 24 * 365 * 2) return plural(Math.floor(h / 24 / 30), "month");
  return plural(Math.floor(h / 24 / 365), "year");
}
var SECOND_MS = 1e3;
var MINUTE_MS = 60 * SECOND_MS;
var HOUR_MS = 60 * MINUTE_MS;
var DAY_MS = 24 * HOUR_MS;
function statusUptimeMs(status) {
  const m = /^Up\s+(?:(less than a second)|(about a minute)|(about an hour)|(\d+)\s+(second|minute|hour|day|week|month|year)s?)(?:\s|$)/i.exec(status.trim());
  if (!m) return void 0;
  if (m[1]) return 0;
  if (m[2]) return MINUTE_MS;
  if (m[3]) return HOUR_MS;
  const k = Number(m[4]);
  switch (m[5]?.toLowerCase()) {
    case "second":
      return k * SECOND_MS;
    case "minute":
      return k * MINUTE_MS;
    case "hour":
      return Math.max(0, k - 0.5) * HOUR_MS;
    case "day":
      return k * DAY_MS - HOUR_MS / 2;
    case "week":
      return k * 7 * DAY_MS - HOUR_MS / 2;
    case "month":
      return k * 30 * DAY_MS - HOUR_MS / 2;
    default:
      return k * 365 * DAY_MS;
  }
}
function statusText(c, now) {
  const since = (t) => humanDuration(Math.max(0, now.getTime() - (t ? Date.parse(t) : now.getTime())));
  const health = c.health === "starting" ? " (health: starting)" : c.health ? ` (${c.health})` : "";
  switch (c.state) {
    case "running":
      return `Up ${since(c.startedAt)}${health}`;
    case "paused":
      return `Up ${since(c.startedAt)} (Paused)`;
    case "restarting":
      return `Restarting (${c.exitCode}) ${since(c.finishedAt)} ago`;
    case "exited":
      return c.finishedAt ? `Exited (${c.exitCode}) ${since(c.finishedAt)} ago` : `Exited (${c.exitCode})`;
    case "created":
      return "Created";
    case "dead":
      return "Dead";
    default:
      return c.state;
  }
}
function container(raw, where, now) {
  if (!isObj(raw)) throw new Error(`${where}: not a JSON object`);
  const name = str(raw.Name ?? raw.Names).replace(/^\//, "").split(",")[0] ?? "";
  const state = isObj(raw.State) ? raw.State : void 0;
  const config = isObj(raw.Config) ? raw.Config : void 0;
  const stateName = state ? str(state.Status) : str(raw.State);
  if (!name || !stateName) throw new Error(`${where}: missing Name or State`);
  const labels = labelsOf(config?.Labels ?? raw.Labels);
  if (labels["com.docker.compose.oneoff"]?.toLowerCase() === "true") return void 0;
  const health = state ? isObj(state.Health) ? str(state.Health.Status) : "" : str(raw.Health);
  const c = {
    name,
    service: str(raw.Service) || (labels["com.docker.compose.service"] ?? ""),
    project: str(raw.Project) || (labels["com.docker.compose.project"] ?? ""),
    state: stateName.toLowerCase(),
    status: str(raw.Status),
    health: health.toLowerCase(),
    exitCode: num(state ? state.ExitCode : raw.ExitCode) ?? 0,
    publishers: publishers(raw.Publishers ?? (isObj(raw.NetworkSettings) ? raw.NetworkSettings.Ports : void 0) ?? raw.Ports)
  };
  const startedAt = time(state?.StartedAt);
  const finishedAt = time(state?.FinishedAt);
  if (startedAt) c.startedAt = startedAt;
  if (finishedAt) c.finishedAt = finishedAt;
  const restarts = num(raw.RestartCount);
  if (restarts !== void 0) c.restartCount = restarts;
  if (state && typeof state.OOMKilled === "boolean") c.oomKilled = state.OOMKilled;
  const dir = labels["com.docker.compose.project.working_dir"];
  if (dir) c.workingDir = dir;
  const files = labels["com.docker.compose.project.config_files"]?.split(",").map((f) => f.trim()).filter(Boolean);
  if (files?.length) c.composeFiles = files;
  const image = str(config?.Image ?? raw.Image);
  if (image) c.image = image;
  if (!c.status) c.status = statusText(c, now);
  return c;
}
function parseContainers(stdout, now = /* @__PURE__ */ new Date()) {
  const text = stdout.trim();
  if (!text) return { ok: true, value: [] };
  const keep = (c) => c !== void 0;
  try {
    if (text.startsWith("[")) {
      const data = JSON.parse(text);
      if (!Array.isArray(data)) return { ok: false, error: "expected a JSON array" };
      return { ok: true, value: data.map((c, i) => container(c, `element ${i + 1}`, now)).filter(keep) };
    }
    const value = text.split(/\r?\n/).map((line, i) => ({ line: line.trim(), n: i + 1 })).filter(({ line }) => line.length > 0).map(({ line, n }) => {
      let data;
      try {
        data = JSON.parse(line);
      } catch {
        throw new Error(`line ${n}: not JSON: ${JSON.stringify(line.slice(0, 60))}`);
      }
      return container(data, `line ${n}`, now);
    }).filter(keep);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error.message };
  }
}

export {
  statusUptimeMs,
  statusText,
  parseContainers,
  dialPlan,
  parseSshOptions,
  judgeOption,
  legacyAlgorithms,
  sshAlgorithms,
  sshEndpoint,
  sshEndpoints,
  sshTargetOfHost,
  unknownUserOverrides
};
