import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  jsonType
} from "./chunk-ZVYDPUR4.js";
import {
  bindingSchemas,
  createBindingValidator,
  spread,
  validateBinding
} from "./chunk-T5JXNHZM.js";
import {
  BINDING_KINDS,
  CORE_KINDS,
  ENTITY_PLACES,
  bindingState,
  bool,
  entryRef,
  expectCodes,
  fieldsOf,
  firstUnreadable,
  listAt,
  mapAt,
  name,
  notAMap,
  nstr,
  num,
  obj,
  planeValue,
  refIn,
  safe,
  schemaAt,
  str,
  strings,
  textState,
  unreadable,
  valuesAt,
  workflowsState
} from "./chunk-XF64XNWJ.js";
import {
  atOrBelow,
  keysOf,
  locateKeyIn,
  meaningOf,
  parseYamlFile,
  pointerOf,
  readSourceText,
  require_dist,
  resolveProfile,
  summarizeCompose
} from "./chunk-5XIPNB5E.js";
import {
  UserError
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/bindings/load-spine.ts
import { readdir as readdir2, stat } from "node:fs/promises";
import { join as join4, posix as posix3, resolve } from "node:path";

// src/bindings/model/infra-model.ts
function vmTypeOf(v) {
  return v === "lxc" || v === "qemu" ? { vmType: v } : {};
}
function resources(v) {
  if (v === null) return null;
  const r = obj(v);
  if (!r) return void 0;
  return { cpuCores: num(r.cpu_cores), memoryMb: num(r.memory_mb), bootDiskGb: num(r.boot_disk_gb) };
}
function buildVms(r, data, statuses) {
  const out = [];
  const defaults = obj(obj(data)?.defaults);
  listAt(r, data, { path: ["vms"] }, "vms").forEach((raw, i) => {
    const v = obj(raw);
    if (!v) return unreadable(r, "vms", refIn(r.file, "vms", i), notAMap(raw));
    const f = fieldsOf(r, "vms", v);
    const vmid = num(f.value("vmid"));
    const hostname = name(f.value("hostname"));
    const status = name(f.value("status"));
    const why = firstUnreadable(v, f, [
      ["vmid", vmid, "a number"],
      ["hostname", hostname, "a name"],
      ["status", status, "a word"]
    ]);
    if (why || vmid === void 0 || !hostname || !status) {
      const names = hostname && vmid !== void 0 ? { names: [String(vmid)] } : { anyName: true };
      return unreadable(r, "vms", refIn(r.file, "vms", i), why ?? "", hostname ?? (vmid !== void 0 ? String(vmid) : void 0), names);
    }
    const vm = {
      vmid,
      hostname,
      proxmoxHost: str(f.value("proxmox_host")) ?? str(defaults?.proxmox_host),
      status,
      meaning: meaningOf(statuses.vocabularies.vms, status),
      lanIp: nstr(planeValue(r, f, "lan")),
      tailscaleIp: nstr(planeValue(r, f, "tailscale")),
      sshTarget: nstr(f.value("ssh_target")),
      sshUser: nstr(f.value("ssh_user")),
      resources: resources(f.value("resources")),
      stacks: strings(f.value("stacks")),
      services: strings(f.value("services")),
      backupTarget: nstr(f.value("backup_target")),
      healthProbePolicy: str(f.value("health_probe_policy")),
      ...vmTypeOf(f.value("vm_type")),
      ...typeof f.value("onboot") === "boolean" ? { onboot: f.value("onboot") } : {},
      ...safe(f.value("data_mount")) !== void 0 ? { dataMount: safe(f.value("data_mount")) } : {},
      ref: refIn(r.file, "vms", i)
    };
    out.push({ ...vm, ref: entryRef(vm.ref, f) });
  });
  return out;
}
function buildSshDefaults(file, data) {
  const d = obj(obj(obj(data)?.ssh)?.defaults);
  return {
    user: safe(d?.user) ?? "root",
    port: num(d?.port) ?? 22,
    connectTimeoutSec: num(d?.connect_timeout_sec) ?? 5,
    strictHostKeyChecking: str(d?.strict_host_key_checking),
    userKnownHostsFile: str(d?.user_known_hosts_file),
    ...d ? { ref: refIn(file, "ssh", "defaults") } : {}
  };
}
var ACCESS_POLICIES = ["lan_first", "lan_only", "tailscale_required"];
function sshAddresses(r, t) {
  const first = (keys) => keys.map((k) => safe(t[k])).find((v) => v !== void 0);
  const lan = first(r.profile.addresses.lan.keys);
  const tailscale = first(r.profile.addresses.tailscale.keys);
  return lan || tailscale ? { ...lan ? { lan } : {}, ...tailscale ? { tailscale } : {} } : void 0;
}
function buildSshTargets(r, data, defaults) {
  const out = [];
  listAt(r, data, { path: ["ssh", "targets"] }, "sshTargets").forEach((raw, i) => {
    const t = obj(raw);
    if (!t) return unreadable(r, "sshTargets", refIn(r.file, "ssh", "targets", i), notAMap(raw));
    const f = fieldsOf(r, "sshTargets", t);
    const id = name(f.value("id"));
    const host = safe(f.value("host"));
    const user = f.has("user") ? safe(f.value("user")) : defaults.user;
    const port = f.has("port") ? num(f.value("port")) : defaults.port;
    const optional = f.has("optional") ? bool(f.value("optional")) : false;
    const why = firstUnreadable(t, f, [
      ["id", id, "a name"],
      ["host", host, "an address without shell metacharacters"],
      ["user", user, "a user name without shell metacharacters"],
      ["port", port, "a number"],
      ["optional", optional, "true or false"]
    ]);
    if (why || !id || !host || user === void 0 || port === void 0 || optional === void 0) {
      return unreadable(r, "sshTargets", refIn(r.file, "ssh", "targets", i), why ?? "", str(f.value("id")));
    }
    const addresses = sshAddresses(r, t);
    const policy = str(f.value("access_policy"));
    const accessPolicy = ACCESS_POLICIES.find((p) => p === policy);
    out.push({
      id,
      host,
      user,
      port,
      connectTimeoutSec: num(f.value("connect_timeout_sec")) ?? defaults.connectTimeoutSec,
      optional,
      accessMethod: str(f.value("access_method")),
      probeVia: str(f.value("probe_via")),
      extraOpts: str(f.value("ssh_extra_opts")),
      ...addresses ? { addresses } : {},
      ...accessPolicy ? { accessPolicy } : {},
      ref: entryRef(refIn(r.file, "ssh", "targets", i), f)
    });
  });
  return out;
}
function buildBackupDefaults(data) {
  const d = obj(obj(data)?.defaults);
  return { sshTimeoutSec: num(d?.ssh_timeout_sec) ?? 6, staleAfterHours: num(d?.stale_after_hours) ?? 26 };
}
function buildBackups(r, data, defaults) {
  const out = [];
  listAt(r, data, { path: ["targets"] }, "backups").forEach((raw, i) => {
    const b = obj(raw);
    if (!b) return unreadable(r, "backups", refIn(r.file, "targets", i), notAMap(raw));
    const f = fieldsOf(r, "backups", b);
    const backupName = name(f.value("name"));
    const host = name(f.value("host"));
    const basePath = safe(f.value("base_path"));
    const glob = safe(f.value("glob"));
    const enabled = f.has("enabled") ? bool(f.value("enabled")) : false;
    const stale = f.has("stale_after_hours") ? num(f.value("stale_after_hours")) : defaults.staleAfterHours;
    const why = firstUnreadable(b, f, [
      ["name", backupName, "a name"],
      ["host", host, "a name"],
      ["base_path", basePath, "a path without shell metacharacters"],
      ["glob", glob, "a glob without shell metacharacters"],
      ["enabled", enabled, "true or false"],
      ["stale_after_hours", stale, "a number"]
    ]);
    if (why || !backupName || !host || !basePath || !glob || enabled === void 0 || stale === void 0) {
      return unreadable(r, "backups", refIn(r.file, "targets", i), why ?? "", str(f.value("name")));
    }
    out.push({
      name: backupName,
      enabled,
      kind: str(f.value("kind")) ?? "file_glob",
      host,
      basePath,
      glob,
      staleAfterHours: stale,
      classification: str(f.value("classification")),
      ...name(f.value("service")) !== void 0 ? { service: name(f.value("service")) } : {},
      ref: entryRef(refIn(r.file, "targets", i), f)
    });
  });
  return out;
}
function buildRoutes(r, data) {
  const out = [];
  listAt(r, data, { path: ["zones"] }, "routes").forEach((rawZone, z) => {
    const zone = obj(rawZone);
    if (!zone) return unreadable(r, "routes", refIn(r.file, "zones", z), notAMap(rawZone));
    listAt(r, zone, { path: ["hostnames"], within: ["zones", z], required: false }, "routes").forEach((raw, i) => {
      const h = obj(raw);
      const at = refIn(r.file, "zones", z, "hostnames", i);
      if (!h) return unreadable(r, "routes", at, notAMap(raw));
      const f = fieldsOf(r, "routes", h);
      const hostname = name(f.value("hostname"));
      if (!hostname) return unreadable(r, "routes", at, firstUnreadable(h, f, [["hostname", hostname, "a name"]]) ?? "");
      out.push({
        hostname,
        zone: str(zone?.zone),
        service: str(f.value("service")),
        stack: str(f.value("stack")),
        routingLayer: str(f.value("routing_layer")),
        ref: entryRef(at, f)
      });
    });
  });
  return out;
}
function buildDeployDependencies(r, data) {
  const out = [];
  listAt(r, data, { path: ["chains"] }, "deployDependencies").forEach((rawChain, c) => {
    const chain = obj(rawChain);
    const chainRef = refIn(r.file, "chains", c);
    if (!chain) return unreadable(r, "deployDependencies", chainRef, notAMap(rawChain));
    const cf = fieldsOf(r, "deployDependencies", chain);
    const chainId = name(cf.value("id"));
    if (!chainId) return unreadable(r, "deployDependencies", chainRef, firstUnreadable(chain, cf, [["id", chainId, "a name"]]) ?? "");
    listAt(r, chain, { path: ["affected"], within: ["chains", c], required: false }, "deployDependencies").forEach((raw, i) => {
      const a = obj(raw);
      const at = refIn(r.file, "chains", c, "affected", i);
      if (!a) return unreadable(r, "deployDependencies", at, notAMap(raw));
      const f = fieldsOf(r, "deployDependencies", a);
      const service = name(f.value("service"));
      if (!service) return unreadable(r, "deployDependencies", at, firstUnreadable(a, f, [["service", service, "a name"]]) ?? "", chainId);
      out.push({ chain: chainId, service, host: str(f.value("host")), ref: entryRef(at, f) });
    });
  });
  return out;
}

// src/bindings/model/services-model.ts
function statusText(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}
function buildServices(r, data, statuses) {
  const out = [];
  for (const [id, raw] of Object.entries(mapAt(r, data, { path: ["services"] }, "services"))) {
    const s = obj(raw);
    const ref = refIn(r.file, "services", id);
    if (!s) {
      unreadable(r, "services", ref, notAMap(raw), id);
      continue;
    }
    const f = fieldsOf(r, "services", s);
    const rawStatus = f.value("status");
    const declared = rawStatus !== void 0 && rawStatus !== null;
    const status = declared ? statusText(rawStatus) : statuses.serviceDefault;
    const port = f.value("port");
    out.push({
      id,
      host: str(f.value("host")),
      container: str(f.value("container")),
      port: port === null ? null : num(port),
      health: str(f.value("health")),
      compose: str(f.value("compose")),
      status,
      meaning: meaningOf(statuses.vocabularies.services, status),
      statusDeclared: declared,
      secretsProject: str(f.value("secrets_project")),
      publicUrl: str(f.value("public_url")),
      ...f.value("stateful") === true ? { stateful: true } : {},
      ref: entryRef(ref, f)
    });
  }
  return out;
}
function buildHosts(r, data) {
  const out = [];
  for (const [id, raw] of Object.entries(mapAt(r, data, { path: ["hosts"] }, "hosts"))) {
    const h = obj(raw);
    const ref = refIn(r.file, "hosts", id);
    if (!h) {
      unreadable(r, "hosts", ref, notAMap(raw), id);
      continue;
    }
    const f = fieldsOf(r, "hosts", h);
    out.push({
      id,
      tailscaleIp: str(planeValue(r, f, "tailscale")),
      ssh: str(f.value("ssh")),
      sshUser: str(f.value("ssh_user")),
      vmid: num(f.value("vmid")),
      proxmoxHost: str(f.value("proxmox_host")),
      os: str(f.value("os")),
      ref: entryRef(ref, f)
    });
  }
  return out;
}
function buildSecretsProjects(file, data) {
  const out = /* @__PURE__ */ new Map();
  for (const id of Object.keys(obj(obj(data)?.infisical_projects) ?? {})) out.set(id, refIn(file, "infisical_projects", id));
  return out;
}
function buildHealthDefaults(file, data) {
  const d = obj(obj(data)?.defaults);
  return {
    connectTimeoutSec: num(d?.connect_timeout_sec) ?? 5,
    maxTimeSec: num(d?.max_time_sec) ?? 10,
    ...d ? { ref: refIn(file, "defaults") } : {}
  };
}
function buildEndpoints(r, data) {
  const out = [];
  listAt(r, data, { path: ["endpoints"] }, "endpoints").forEach((raw, i) => {
    const e = obj(raw);
    const ref = refIn(r.file, "endpoints", i);
    if (!e) return unreadable(r, "endpoints", ref, notAMap(raw));
    const f = fieldsOf(r, "endpoints", e);
    const id = name(f.value("id"));
    const url = name(f.value("url"));
    const expect = expectCodes(f.value("expect"));
    const enabled = f.has("enabled") ? bool(f.value("enabled")) : true;
    const why = firstUnreadable(e, f, [
      ["id", id, "a name"],
      ["url", url, "a URL"],
      ["expect", expect, 'an HTTP status, a list of them or "401,403"'],
      ["enabled", enabled, "true or false"]
    ]);
    if (why || !id || !url || !expect || enabled === void 0) return unreadable(r, "endpoints", ref, why ?? "", str(f.value("id")));
    out.push({ id, host: str(f.value("host")), url, expect, enabled, ...f.value("probe_via") === "ssh" ? { probeVia: "ssh" } : {}, ref: entryRef(ref, f) });
  });
  return out;
}
function buildComposeTargets(r, data) {
  const out = [];
  for (const [id, raw] of Object.entries(mapAt(r, data, { path: ["targets"] }, "composeTargets"))) {
    const t = obj(raw);
    const ref = refIn(r.file, "targets", id);
    if (!t) {
      unreadable(r, "composeTargets", ref, notAMap(raw), id);
      continue;
    }
    const f = fieldsOf(r, "composeTargets", t);
    const enabled = f.has("enabled") ? bool(f.value("enabled")) : true;
    if (enabled === void 0) {
      unreadable(r, "composeTargets", ref, firstUnreadable(t, f, [["enabled", enabled, "true or false"]]) ?? "", id);
      continue;
    }
    const stacks = [];
    listAt(r, t, { path: ["stacks"], within: ["targets", id], required: false }, "stacks").forEach((rawStack, i) => {
      const s = obj(rawStack);
      const stackRef = refIn(r.file, "targets", id, "stacks", i);
      if (!s) return unreadable(r, "stacks", stackRef, notAMap(rawStack));
      const sf = fieldsOf(r, "stacks", s);
      const stackName = safe(sf.value("name"));
      const path = safe(sf.value("path"));
      const why = firstUnreadable(s, sf, [
        ["name", stackName, "a name without shell metacharacters"],
        ["path", path, "a path without shell metacharacters"]
      ]);
      if (why || !stackName || !path) return unreadable(r, "stacks", stackRef, why ?? "", str(sf.value("name")) && `${id}/${str(sf.value("name"))}`);
      stacks.push({ name: stackName, path, target: id, ref: entryRef(stackRef, sf) });
    });
    out.push({ id, sshTarget: str(f.value("ssh_target")), enabled, connectTimeoutSec: num(f.value("connect_timeout_sec")), stacks, ref: entryRef(ref, f) });
  }
  return out;
}

// src/bindings/build-model.ts
function buildModel(root, config, files, inputs, profile = resolveProfile(config)) {
  const paths = config.paths;
  const statuses = profile.statuses;
  const unreadable2 = [];
  const data = (kind) => inputs[kind]?.status === "ok" ? files.get(paths[kind])?.data : void 0;
  const reader = (kind) => ({ file: paths[kind], bad: unreadable2, profile });
  const sshDefaults = buildSshDefaults(paths.ssh, data("ssh"));
  const backupDefaults = buildBackupDefaults(data("backups"));
  const composeTargets = buildComposeTargets(reader("compose"), data("compose"));
  return {
    root,
    files,
    paths,
    services: buildServices(reader("registry"), data("registry"), statuses),
    hosts: buildHosts(reader("registry"), data("registry")),
    secretsProjects: buildSecretsProjects(paths.registry, data("registry")),
    endpoints: buildEndpoints(reader("health"), data("health")),
    healthDefaults: buildHealthDefaults(paths.health, data("health")),
    composeTargets,
    stacks: composeTargets.flatMap((t) => t.stacks),
    vms: buildVms(reader("vms"), data("vms"), statuses),
    sshDefaults,
    sshTargets: buildSshTargets(reader("ssh"), data("ssh"), sshDefaults),
    backupDefaults,
    backups: buildBackups(reader("backups"), data("backups"), backupDefaults),
    routes: buildRoutes(reader("routing"), data("routing")),
    deployDependencies: buildDeployDependencies(reader("deploy"), data("deploy")),
    unreadable: unreadable2,
    uncertain: [],
    inputs
  };
}

// src/bindings/set-aside-invalid.ts
function without(list, item) {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}
function candidates(m) {
  const out = [];
  const add = (kind, list, id, extra) => {
    for (const e of list) out.push({ kind, ref: e.ref, id: id(e), ...extra?.(e), drop: () => without(list, e) });
  };
  add("services", m.services, (s) => s.id, (s) => ({ statusKey: s.ref.keys?.status ?? "status" }));
  add("hosts", m.hosts, (h) => h.id);
  add("endpoints", m.endpoints, (e) => e.id);
  for (const t of m.composeTargets) {
    out.push({
      kind: "composeTargets",
      ref: t.ref,
      id: t.id,
      drop: () => {
        without(m.composeTargets, t);
        for (const s of t.stacks) without(m.stacks, s);
      }
    });
    for (const s of t.stacks) out.push({ kind: "stacks", ref: s.ref, id: `${t.id}/${s.name}`, drop: () => (without(t.stacks, s), without(m.stacks, s)) });
  }
  add("vms", m.vms, (v) => v.hostname, (v) => ({ names: [String(v.vmid)], statusKey: v.ref.keys?.status ?? "status" }));
  add("sshTargets", m.sshTargets, (t) => t.id);
  add("backups", m.backups, (b) => b.name);
  add("routes", m.routes, (r) => r.hostname, () => ({ statusKey: "routing_layer" }));
  add("deployDependencies", m.deployDependencies, (d) => d.chain);
  return out;
}
function statusWord(p, c) {
  return c.statusKey !== void 0 && p.code === "SCHEMA_ENUM" && p.location.pointer === `${c.ref.pointer}/${c.statusKey}`;
}
function reasonOf(p) {
  const missing = /is missing the required field (.+)$/.exec(p.message);
  if (p.code === "SCHEMA_REQUIRED" && missing) return `it has no ${missing[1]}`;
  const dup = /^duplicate key "(.+?)"/.exec(p.message);
  if (p.code === "DUPLICATE_KEY" && dup) return `it has the key "${dup[1]}" twice, and which value is meant is unknown`;
  const clause = p.message.split(/; /)[0] ?? p.message;
  return `the schema rejects it (${clause})`;
}
function setAsideInvalid(m, problems) {
  const already = m.unreadable.map((u) => ({ kind: u.kind, ref: u.ref, id: u.id ?? "", drop: () => void 0 }));
  const all = [...candidates(m), ...already];
  const moved = /* @__PURE__ */ new Map();
  for (const p of problems) {
    if (p.severity !== "error" || p.location.pointer === "") continue;
    const matches = all.filter((c) => atOrBelow(p.location, c.ref) && !statusWord(p, c));
    const deepest = matches.sort((a, b) => b.ref.pointer.length - a.ref.pointer.length)[0];
    if (deepest && !already.includes(deepest) && !moved.has(deepest)) moved.set(deepest, p);
  }
  const out = [];
  for (const [c, p] of moved) {
    c.drop();
    out.push({ kind: c.kind, id: c.id, ref: c.ref, reason: reasonOf(p), ...c.names ? { names: c.names } : {} });
  }
  m.unreadable.push(...out);
  return out;
}

// src/renames/suspect-renames.ts
function typeFits(value, types) {
  if (types.length === 0) return true;
  const t = jsonType(value);
  return types.includes(t) || t === "integer" && types.includes("number");
}
function evidence(values, spec) {
  if (values.length === 0 || !values.every((v) => typeFits(v, spec.types))) return void 0;
  if (spec.pattern && !values.every((v) => typeof v !== "string" || spec.pattern.test(v))) return void 0;
  if (spec.vocabulary) return values.every((v) => typeof v === "string" && spec.vocabulary.has(v)) ? "vocabulary" : void 0;
  if (spec.refIds) {
    const resolved = values.filter((v) => (typeof v === "string" || typeof v === "number") && spec.refIds.has(String(v))).length;
    return resolved * 2 > values.length ? "reference" : void 0;
  }
  return "type";
}
var words = (name2) => name2.toLowerCase().split(/[_-]/).filter((w) => w.length >= 3);
function shareAWord(a, b) {
  const x = new Set(words(a));
  return words(b).some((w) => x.has(w));
}
function has(entry, keys) {
  return keys.some((k) => Object.hasOwn(entry.data, k) && entry.data[k] !== void 0);
}
function suspectRenames(entries2, unknownKeys, fields) {
  const out = [];
  for (const key of unknownKeys) {
    const withKey = entries2.filter((e) => has(e, [key]));
    if (withKey.length === 0) continue;
    const values = withKey.map((e) => e.data[key]).filter((v) => v !== null);
    const strong = [];
    const weak = [];
    for (const spec of fields) {
      if (spec.keys.includes(key)) continue;
      if (withKey.some((e) => has(e, spec.keys))) continue;
      const fit = evidence(values, spec);
      if (fit === "vocabulary" || fit === "reference") strong.push([spec.field, fit]);
      else if (fit === "type" && spec.keys.some((k) => shareAWord(k, key))) weak.push(spec.field);
    }
    const fitting = strong.length > 0 ? strong.map(([f]) => f) : weak;
    if (fitting.length === 0) continue;
    const how = strong.length === 1 ? strong[0][1] : "type";
    out.push({ key, fields: fitting.sort(), confident: strong.length === 1, evidence: how, entries: withKey.map((e) => e.pointer) });
  }
  return out;
}

// src/renames/find-suspects.ts
var isSchema = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function entriesAt(data, path) {
  return valuesAt(data, path).flatMap(({ value, path: at }) => isSchema(value) ? [{ pointer: pointerOf(at), data: value }] : []);
}
function requiredOf(item) {
  const out = new Set(Array.isArray(item.required) ? item.required : []);
  for (const part of Array.isArray(item.allOf) ? item.allOf : []) {
    for (const alt of isSchema(part) && Array.isArray(part.anyOf) ? part.anyOf : []) {
      for (const k of isSchema(alt) && Array.isArray(alt.required) ? alt.required : []) out.add(k);
    }
  }
  return out;
}
function fieldOf(fields, kind, key) {
  for (const scope of [fields[kind], fields["*"]]) {
    const hit = Object.entries(scope ?? {}).find(([, keys]) => keys.includes(key));
    if (hit) return hit[0];
  }
  return key;
}
function patternOf(text) {
  if (typeof text !== "string") return void 0;
  try {
    return new RegExp(text, "u");
  } catch {
    return void 0;
  }
}
function idsOf(m, kind) {
  return new Set(candidates(m).filter((c) => c.kind === kind).flatMap((c) => [c.id, ...c.names ?? []]));
}
function fieldSpecs(m, profile, kind, item) {
  const props = item.properties;
  const required = requiredOf(item);
  const specs = /* @__PURE__ */ new Map();
  for (const key of Object.keys(props)) {
    const field = fieldOf(profile.fields, kind, key);
    if (specs.has(field)) continue;
    const keys = keysOf(profile.fields, kind, field);
    const own = props[keys.find((k) => isSchema(props[k])) ?? key];
    if (!isSchema(own) || keys.some((k) => required.has(k))) continue;
    const types = typeof own.type === "string" ? [own.type] : Array.isArray(own.type) ? own.type : [];
    const target = profile.references[kind]?.[field];
    const pattern = patternOf(own.pattern);
    specs.set(field, {
      field,
      keys,
      types,
      ...Array.isArray(own.enum) ? { vocabulary: new Set(own.enum.filter((v) => typeof v === "string")) } : {},
      ...target ? { refIds: idsOf(m, target) } : {},
      ...pattern ? { pattern } : {}
    });
  }
  return [...specs.values()];
}
function declareLine(kind, field, keys, key) {
  return `profile: {fields: {${kind}: {${field}: [${[...keys, key].join(", ")}]}}}`;
}
function findSuspects(m, config, profile) {
  const out = [];
  for (const [kind, place] of Object.entries(ENTITY_PLACES)) {
    if (m.inputs[place.binding]?.status !== "ok") continue;
    const file = m.paths[place.binding];
    const data = m.files.get(file)?.data;
    const schemas = bindingSchemas(place.binding, config).filter(isSchema);
    const items = schemas.map((s) => schemaAt(s, place.path)).filter((s) => s !== void 0 && isSchema(s.properties));
    if (items.length === 0 || data === void 0) continue;
    const known = new Set(items.flatMap((i) => Object.keys(i.properties)));
    const entries2 = entriesAt(data, place.path);
    const unknown = new Set(entries2.flatMap((e) => Object.keys(e.data)).filter((k) => !known.has(k)));
    if (unknown.size === 0) continue;
    const specs = fieldSpecs(m, profile, kind, items[0]);
    for (const s of suspectRenames(entries2, unknown, specs)) {
      const keysOfField = (f) => specs.find((x) => x.field === f)?.keys ?? [f];
      out.push({
        kind,
        file,
        key: s.key,
        fields: s.fields,
        confident: s.confident,
        evidence: s.evidence,
        entries: s.entries.map((pointer) => ({ file, pointer })),
        first: { file, pointer: `${s.entries[0]}${pointerOf([s.key])}` },
        declare: s.fields.map((f) => declareLine(kind, f, keysOfField(f), s.key))
      });
    }
  }
  return out;
}
function tentativeProfile(profile, uncertain) {
  const fields = {};
  for (const u of uncertain.filter((x) => x.confident)) {
    const field = u.fields[0];
    const scope = fields[u.kind] ??= { ...profile.fields[u.kind] ?? {} };
    scope[field] = [...scope[field] ?? keysOf(profile.fields, u.kind, field), u.key];
  }
  return Object.keys(fields).length === 0 ? profile : { ...profile, fields: { ...profile.fields, ...fields } };
}

// src/renames/rename-warnings.ts
import { posix } from "node:path";
var quoted = (names) => names.map((n) => `"${n}"`).join(" or ");
var PROOF = {
  vocabulary: "every value is a word of its vocabulary",
  reference: "its values are ids of what the field refers to",
  type: "only the type of the values can be checked"
};
function renameMessage(u, file) {
  const where = file ? spread(file, u.entries.map((e) => e.pointer), u.entries[0].pointer) : `in ${u.entries.length} entries`;
  const head = `unknown key "${u.key}" ${where} in ${posix.basename(u.file)}`;
  if (u.confident) {
    const field = u.fields[0];
    return `${head} stands where "${field}" is expected (they never appear in one entry, and ${PROOF[u.evidence]}); those entries are not judged on "${field}" until driftgate.config.yaml says so: ${u.declare[0]}`;
  }
  const why = u.fields.length > 1 ? `its values fit each of them` : PROOF.type;
  return `${head} may stand for ${quoted(u.fields)} (they never appear in one entry, but ${why}); driftgate cannot tell which field it is, so those entries are not judged on ${quoted(u.fields)}; declare the right one in driftgate.config.yaml (${u.declare.join(", or ")}) or declare "${u.key}" in the schema`;
}
function renameWarnings(problems, uncertain, files) {
  if (uncertain.length === 0) return [...problems];
  const places = new Set(uncertain.flatMap((u) => u.entries.map((e) => `${u.file}\0${e.pointer}${pointerOf([u.key])}`)));
  const kept = problems.filter((p) => !(p.code === "UNKNOWN_KEY" && places.has(`${p.location.file}\0${p.location.pointer}`)));
  const added = uncertain.map((u) => {
    const file = files.get(u.file);
    const location = file ? locateKeyIn(file, u.first.pointer) : { file: u.file, line: 1, column: 1, pointer: u.first.pointer };
    return { code: "UNKNOWN_KEY", severity: "warning", message: renameMessage(u, file), location };
  });
  return [...kept, ...added];
}

// src/bindings/staged-compose.ts
import { join, posix as posix2 } from "node:path";
function stagedPath(pattern, stack) {
  const path = posix2.normalize(pattern.replaceAll("{stack}", stack.name).replaceAll("{target}", stack.target));
  return path.startsWith("/") || path === ".." || path.startsWith("../") ? void 0 : path;
}
async function loadStagedCompose(absRoot, pattern, model) {
  const out = { staged: [], files: [], problems: [] };
  const read = /* @__PURE__ */ new Map();
  for (const stack of model.stacks) {
    const path = stagedPath(pattern, stack);
    if (path === void 0 || model.files.has(path) && !read.has(path)) continue;
    if (!read.has(path)) {
      const parsed = await parseYamlFile(join(absRoot, path), path, "staged");
      const missing = parsed.problems.some((p) => p.code === "FILE_MISSING");
      read.set(path, missing ? void 0 : parsed.file);
      if (!missing) {
        out.files.push(parsed.file);
        out.problems.push(...parsed.problems);
      }
    }
    const file = read.get(path);
    if (!file) continue;
    const summary = file.data === void 0 ? void 0 : summarizeCompose(file.data);
    out.staged.push({ target: stack.target, stack: stack.name, file: path, ...summary?.ok ? { spec: summary.value } : {} });
  }
  return out;
}

// src/bindings/validate-extra.ts
import { isAbsolute, join as join3, relative, sep } from "node:path";

// src/bindings/glob-files.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";
var GLOB_CHARS = /[*?]/;
function isGlob(pattern) {
  return GLOB_CHARS.test(pattern);
}
function segmentRegex(segment) {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${body}$`);
}
async function entries(absDir) {
  try {
    const list = await readdir(absDir, { withFileTypes: true });
    return list.map((e) => ({ name: e.name, dir: e.isDirectory(), file: e.isFile() }));
  } catch {
    return [];
  }
}
async function walk(absRoot, rel, segments, out) {
  const [head, ...rest] = segments;
  if (head === void 0) return;
  const here = await entries(join2(absRoot, rel));
  const path = (name2) => rel === "" ? name2 : `${rel}/${name2}`;
  if (head === "**") {
    await walk(absRoot, rel, rest, out);
    for (const e of here) {
      if (e.dir && !e.name.startsWith(".") && e.name !== "node_modules") await walk(absRoot, path(e.name), segments, out);
    }
    return;
  }
  const re = segmentRegex(head);
  for (const e of here) {
    if (!re.test(e.name)) continue;
    if (rest.length === 0 ? e.file : e.dir) {
      if (rest.length === 0) out.add(path(e.name));
      else await walk(absRoot, path(e.name), rest, out);
    }
  }
}
async function globFiles(absRoot, pattern) {
  const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
  const out = /* @__PURE__ */ new Set();
  await walk(absRoot, "", segments, out);
  return [...out].sort();
}

// src/bindings/validate-extra.ts
function configPath(absRoot, file) {
  if (file === void 0) return "driftgate.config.yaml";
  const rel = relative(absRoot, file).split(sep).join("/");
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}
async function validateExtraFiles(absRoot, config, known, validator) {
  const problems = [];
  const parsed = /* @__PURE__ */ new Map();
  for (const [index, entry] of (config.schemas ?? []).entries()) {
    const rels = isGlob(entry.file) ? await globFiles(absRoot, entry.file) : [entry.file];
    if (rels.length === 0) {
      problems.push({
        code: "FILE_MISSING",
        severity: "warning",
        message: `no file matches "${entry.file}", so schema "${entry.schema}" of the config validates nothing; fix the glob or remove the entry`,
        location: { file: configPath(absRoot, config.file), line: entry.line ?? 1, column: entry.column ?? 1, pointer: `/schemas/${index}` }
      });
      continue;
    }
    for (const rel of rels) {
      if (entry.replace && known.has(rel)) continue;
      let file = known.get(rel) ?? parsed.get(rel);
      if (!file) {
        const result = await parseYamlFile(join3(absRoot, rel), rel, "config");
        if (result.problems.some((p) => p.code === "FILE_MISSING")) {
          problems.push({
            code: "FILE_MISSING",
            severity: "error",
            message: `${rel} does not exist, but schema "${entry.schema}" of the config must validate it; create the file or fix the path`,
            location: { file: configPath(absRoot, config.file), line: entry.line ?? 1, column: entry.column ?? 1, pointer: `/schemas/${index}` }
          });
          continue;
        }
        problems.push(...result.problems);
        file = result.file;
        parsed.set(rel, file);
      }
      if (file.data !== void 0) problems.push(...validator.validate(file, entry.definition));
    }
  }
  return { problems, parsed };
}

// src/bindings/load-spine.ts
var import_yaml = __toESM(require_dist(), 1);
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
async function yamlFilesIn(absDir, pattern) {
  try {
    const entries2 = await readdir2(absDir, { withFileTypes: true });
    return entries2.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
async function loadSpine(root, config) {
  const absRoot = resolve(root);
  if (!await isDirectory(absRoot)) throw new UserError(`root directory not found: ${root}`, EXIT_ERROR);
  const files = /* @__PURE__ */ new Map();
  const problems = [];
  let fileCount = 0;
  const paths = config.paths;
  const validator = createBindingValidator(config);
  const inputs = {};
  const bindings = await Promise.all(
    BINDING_KINDS.map(async (kind) => ({ kind, parsed: await parseYamlFile(join4(absRoot, paths[kind]), paths[kind], kind) }))
  );
  for (const { kind, parsed } of bindings) {
    const required = CORE_KINDS.includes(kind);
    inputs[kind] = bindingState(kind, paths[kind], required, parsed.file, parsed.problems);
    const missing = parsed.problems.some((p) => p.code === "FILE_MISSING");
    if (missing && !required) continue;
    files.set(parsed.file.path, parsed.file);
    problems.push(...parsed.problems);
    if (missing) continue;
    fileCount++;
    if (parsed.file.data !== void 0) problems.push(...validateBinding(kind, parsed.file, validator, config));
  }
  const caddy = await readSourceText(join4(absRoot, paths.caddyfile), paths.caddyfile);
  inputs.caddyfile = textState(paths.caddyfile, caddy.text, caddy.problems);
  if (caddy.text !== void 0) {
    files.set(paths.caddyfile, {
      kind: "caddyfile",
      path: paths.caddyfile,
      absPath: join4(absRoot, paths.caddyfile),
      text: caddy.text,
      data: void 0,
      lineCounter: lineCounterOf(caddy.text)
    });
    fileCount++;
  } else {
    problems.push(...caddy.problems.filter((p) => p.code !== "FILE_MISSING"));
  }
  const workflowNames = await yamlFilesIn(join4(absRoot, paths.workflows), /\.ya?ml$/);
  const workflows = await Promise.all(
    workflowNames.map((n) => parseYamlFile(join4(absRoot, paths.workflows, n), posix3.join(paths.workflows, n), "workflow"))
  );
  for (const parsed of workflows) {
    files.set(parsed.file.path, parsed.file);
    problems.push(...parsed.problems);
    fileCount++;
  }
  inputs.workflows = workflowsState(paths.workflows, workflows.length);
  const extra = await validateExtraFiles(absRoot, config, files, validator);
  problems.push(...extra.problems);
  fileCount += extra.parsed.size;
  const profile = resolveProfile(config);
  const first = buildModel(absRoot, config, files, inputs, profile);
  const uncertain = findSuspects(first, config, profile);
  const model = uncertain.some((u) => u.confident) ? buildModel(absRoot, config, files, inputs, tentativeProfile(profile, uncertain)) : first;
  model.uncertain = uncertain;
  problems.splice(0, problems.length, ...renameWarnings(problems, uncertain, files));
  setAsideInvalid(model, problems);
  const staged = await loadStagedCompose(absRoot, config.compose.staged, model);
  for (const f of staged.files) files.set(f.path, f);
  problems.push(...staged.problems);
  fileCount += staged.files.length;
  model.stagedCompose = staged.staged;
  const dirs = [...new Set(BINDING_KINDS.map((k) => posix3.dirname(paths[k])))].sort();
  for (const dir of dirs) {
    const names = (await yamlFilesIn(join4(absRoot, dir), /\.yaml$/)).map((n) => posix3.join(dir, n)).filter((p) => !files.has(p) && !extra.parsed.has(p));
    const extras = await Promise.all(names.map((rel) => parseYamlFile(join4(absRoot, rel), rel, "config")));
    for (const parsed of extras) {
      problems.push(...parsed.problems);
      fileCount++;
    }
  }
  return { model, problems, fileCount };
}
function lineCounterOf(text) {
  const lc = new import_yaml.LineCounter();
  lc.addNewLine(0);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lc.addNewLine(i + 1);
  return lc;
}

export {
  candidates,
  loadSpine
};
