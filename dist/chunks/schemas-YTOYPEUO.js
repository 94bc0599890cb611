import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  unifiedDiff
} from "./chunk-KYKUWAYF.js";
import {
  exportSchemas,
  schemaFileName,
  yamlScalar
} from "./chunk-WOYSKLCY.js";
import {
  compareShapes
} from "./chunk-ZVYDPUR4.js";
import {
  writeReport
} from "./chunk-EU5YSG2Z.js";
import {
  CONFIG_FILE_NAME,
  bindingSchemas,
  builtinSchema,
  loadConfig
} from "./chunk-T5JXNHZM.js";
import {
  BINDING_KINDS
} from "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import {
  MAX_FILE_BYTES,
  parsePointer,
  parseYamlFile,
  parseYamlText,
  pointerOf,
  require_dist
} from "./chunk-5XIPNB5E.js";
import {
  UserError
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

// src/cli/commands/schemas.ts
import { resolve } from "node:path";

// src/schemas/diff-schemas.ts
import { readdir } from "node:fs/promises";
import { join as join2, posix as posix2 } from "node:path";

// src/schemas/git.ts
import { execFile } from "node:child_process";
function git(root, args) {
  return new Promise((resolvePromise, reject) => {
    execFile("git", args, { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: "utf8", env: { ...process.env, GIT_PAGER: "cat", LC_ALL: "C" } }, (error, stdout, stderr) => {
      if (error && error.code === "ENOENT") {
        reject(new UserError("schemas diff needs git, and no git executable was found on PATH", EXIT_ERROR));
        return;
      }
      const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}
async function resolveRevision(root, rev) {
  const inside = await git(root, ["rev-parse", "--is-inside-work-tree"]);
  if (inside.code !== 0 || inside.stdout.trim() !== "true") {
    throw new UserError(`${root} is not inside a git work tree; schemas diff compares a git revision with the working tree`, EXIT_ERROR);
  }
  if (rev.startsWith("-") || rev.trim() === "") throw new UserError(`"${rev}" is not a git revision`, EXIT_ERROR);
  const resolved = await git(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  if (resolved.code !== 0) throw new UserError(`unknown revision "${rev}" in the git repository of ${root}`, EXIT_ERROR);
  return resolved.stdout.trim();
}
async function filesAt(root, commit, dir) {
  const out = await git(root, ["ls-tree", "--name-only", commit, "--", `${dir === "." || dir === "" ? "." : dir}/`]);
  return out.code === 0 ? out.stdout.split("\n").filter(Boolean) : [];
}
async function textAt(root, commit, file) {
  const out = await git(root, ["show", `${commit}:./${file}`]);
  return out.code === 0 ? out.stdout : void 0;
}

// src/schemas/propose-patch.ts
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";

// src/schemas/config-patch.ts
var import_yaml = __toESM(require_dist(), 1);
function blockItem(entry, indent) {
  return Object.entries(entry).map(([k, v], i) => `${indent}${i === 0 ? "- " : "  "}${k}: ${yamlScalar(v)}
`).join("");
}
function pairOf(map, key) {
  return (0, import_yaml.isMap)(map) ? map.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key) : void 0;
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function afterLine(text, offset) {
  const nl = text.indexOf("\n", Math.max(0, offset - 1));
  return nl < 0 ? text.length : nl + 1;
}
function withEol(text) {
  return text === "" || text.endsWith("\n") ? text : `${text}
`;
}
function insert(text, at, added) {
  const head = withEol(text.slice(0, at));
  return head + added + text.slice(at);
}
function extendList(text, pair, items, blockIndent, render, fresh) {
  if (!pair) return `${withEol(text)}${fresh}`;
  const value = pair.value;
  const keyStart = pair.key.range?.[0] ?? 0;
  if ((0, import_yaml.isSeq)(value) && value.flow) {
    const [start, end] = value.range ?? [0, 0];
    const old = value.items.map((i) => {
      const r = i.range;
      return r ? text.slice(r[0], r[1]) : String(i);
    });
    return `${text.slice(0, start)}[${[...old, ...items].join(", ")}]${text.slice(end)}`;
  }
  if ((0, import_yaml.isSeq)(value) && value.items.length > 0) {
    const first = value.items[0];
    const dash = text.lastIndexOf("-", first.range?.[0] ?? 0);
    const indent = " ".repeat(dash - lineStart(text, dash));
    const last = value.items[value.items.length - 1];
    return insert(text, afterLine(text, last.range?.[1] ?? text.length), render(indent));
  }
  const keyIndent = " ".repeat(keyStart - lineStart(text, keyStart));
  const lineEnd = afterLine(text, (value?.range?.[1] ?? keyStart) + 1);
  const keyLine = text.slice(lineStart(text, keyStart), lineEnd).replace(/:\s*(\[\s*\])?\s*(#.*)?$/, ":\n");
  return text.slice(0, lineStart(text, keyStart)) + withEol(keyLine) + render(keyIndent + blockIndent) + text.slice(lineEnd);
}
function addToConfig(text, add) {
  let out = text;
  if (add.schemas.length > 0) {
    const doc = (0, import_yaml.parseDocument)(out);
    const pair = pairOf(doc.contents, "schemas");
    const render = (indent) => add.schemas.map((e) => blockItem(e, indent)).join("");
    const fresh = `schemas:
${render("  ")}`;
    const flowItems = add.schemas.map((e) => `{${Object.entries(e).map(([k, v]) => `${k}: ${yamlScalar(v)}`).join(", ")}}`);
    out = extendList(out, pair, flowItems, "  ", render, fresh);
  }
  if (add.forbiddenKeys.length > 0) {
    const doc = (0, import_yaml.parseDocument)(out);
    const conventions = pairOf(doc.contents, "conventions");
    const names = add.forbiddenKeys.map((k) => yamlScalar(k));
    const flow = `forbidden_keys: [${names.join(", ")}]
`;
    if (!conventions || !(0, import_yaml.isMap)(conventions.value)) {
      out = conventions ? out : `${withEol(out)}conventions:
  ${flow}`;
      if (conventions) out = extendList(out, conventions, [], "  ", (indent) => `${indent}${flow}`, "");
    } else {
      const inner = pairOf(conventions.value, "forbidden_keys");
      const render = (indent2) => names.map((n) => `${indent2}- ${n}
`).join("");
      const firstKey = conventions.value.items[0]?.key;
      const start = firstKey?.range?.[0] ?? 0;
      const indent = " ".repeat(start - lineStart(out, start));
      out = inner ? extendList(out, inner, names, "  ", render, "") : insert(out, lineStart(out, start), `${indent}${flow}`);
    }
  }
  return out;
}

// src/schemas/schema-edit.ts
function isSchema(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function deref(root, node) {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target = root;
  for (const seg of parsePointer(ref.slice(1))) target = isSchema(target) ? target[seg] : void 0;
  return isSchema(target) ? target : node;
}
function objectBranch(root, node) {
  if (node.properties || node.additionalProperties !== void 0 || node.items) return node;
  for (const k of ["anyOf", "oneOf", "allOf"]) {
    const branches = Array.isArray(node[k]) ? node[k].filter(isSchema).map((b) => deref(root, b)) : [];
    const hit = branches.find((b) => b.properties || b.items || isSchema(b.additionalProperties));
    if (hit) return hit;
  }
  return node;
}
function subschemaAt(root, shape) {
  let node = objectBranch(root, deref(root, root));
  for (const seg of parsePointer(shape)) {
    if (!node) return void 0;
    let next;
    if (seg === "*") {
      const pattern = isSchema(node.patternProperties) ? Object.values(node.patternProperties)[0] : void 0;
      next = node.items ?? (isSchema(node.additionalProperties) ? node.additionalProperties : pattern);
    } else {
      next = isSchema(node.properties) ? node.properties[seg] : void 0;
      if (next === void 0 && isSchema(node.additionalProperties)) next = node.additionalProperties;
    }
    node = isSchema(next) ? objectBranch(root, deref(root, next)) : void 0;
  }
  return node;
}
function enumKeysAt(root, shape) {
  const node = subschemaAt(root, shape);
  const props = node && isSchema(node.properties) ? node.properties : {};
  return new Set(Object.entries(props).filter(([, v]) => isSchema(v) && Array.isArray(v.enum)).map(([k]) => k));
}
function withRenamed(props, from, to, keepOld) {
  const out = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === from) {
      if (keepOld) out[from] = v;
      const base = isSchema(v) ? v : {};
      out[to] = { ...base, description: `${typeof base.description === "string" ? `${base.description} ` : ""}(was \`${from}\`)` };
    } else if (k !== to) out[k] = v;
  }
  return out;
}
function applyChanges(schema, changes, since) {
  const root = structuredClone(schema);
  for (const r of changes.renames) {
    const node = subschemaAt(root, r.shape);
    if (!node || !isSchema(node.properties) || !(r.from in node.properties) || r.to in node.properties) continue;
    const keepOld = r.still > 0;
    node.properties = withRenamed(node.properties, r.from, r.to, keepOld);
    if (Array.isArray(node.required) && node.required.includes(r.from)) {
      node.required = keepOld ? node.required.filter((k) => k !== r.from) : node.required.map((k) => k === r.from ? r.to : k);
    }
  }
  for (const k of changes.newKeys) {
    const node = subschemaAt(root, k.shape);
    if (!node || node.properties === void 0 && node.additionalProperties !== false) continue;
    const props = isSchema(node.properties) ? node.properties : {};
    if (k.key in props) continue;
    const types = k.types ?? [];
    const type = types.length === 1 ? types[0] : types.length > 1 ? types : void 0;
    const share2 = k.count === k.total ? `all ${k.total}` : `${k.count} of ${k.total}`;
    props[k.key] = { ...type ? { type } : {}, description: `New since ${since} (in ${share2} entries); say what it means.` };
    node.properties = props;
  }
  for (const v of changes.newValues) {
    const node = subschemaAt(root, v.shape);
    const prop = node && isSchema(node.properties) ? node.properties[v.key] : void 0;
    if (isSchema(prop) && Array.isArray(prop.enum) && !prop.enum.includes(v.value)) prop.enum = [...prop.enum, v.value];
  }
  return root;
}

// src/schemas/propose-patch.ts
async function readText(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return void 0;
  }
}
function diffOf(file, before, after) {
  const patch = unifiedDiff(file, before ?? "", after);
  return before === void 0 ? patch.replace(`--- a/${file}`, "--- /dev/null") : patch;
}
function configRel(root, config) {
  if (config.file === void 0) return CONFIG_FILE_NAME;
  const rel = posix.relative(root.split("\\").join("/"), config.file.split("\\").join("/"));
  return rel.startsWith("..") || posix.isAbsolute(rel) ? void 0 : rel;
}
async function proposePatch(root, config, changes, opts) {
  const diffs = [];
  const files = [];
  const created = [];
  const notes = [];
  const owned = [];
  for (const kind of BINDING_KINDS) {
    const file = config.paths[kind];
    const c = changes.get(file);
    if (!c || c.renames.length + c.newKeys.length + c.newValues.length === 0) continue;
    const replacing = (config.schemas ?? []).filter((s) => s.replace && s.file === file);
    let target;
    let base;
    let before;
    if (replacing.length > 0) {
      const own = replacing[0];
      if (replacing.length > 1 || own.each !== void 0 || own.dialect === "field-list" || !own.schema.endsWith(".json") || own.schema.includes("#")) {
        notes.push(`${file}: its schema is ${replacing.map((r) => r.schema).join(", ")} (not one plain JSON file); update it by hand with the changes above`);
        continue;
      }
      target = own.schema;
      before = await readText(join(root, target));
      base = JSON.parse(before ?? "{}");
    } else {
      target = posix.join(opts.exportDir, schemaFileName(kind));
      before = await readText(join(root, target));
      try {
        base = before === void 0 ? builtinSchema(kind, config) : JSON.parse(before);
      } catch {
        notes.push(`${target} is not valid JSON; fix it, or delete it to start again from the built-in schema`);
        continue;
      }
      owned.push({ file, schema: target, replace: true });
    }
    const after = `${JSON.stringify(applyChanges(base, c, opts.since), null, 2)}
`;
    if (before === after) continue;
    diffs.push(diffOf(target, before, after));
    files.push(target);
    if (before === void 0) created.push(target);
  }
  const already = new Set(config.conventions?.forbiddenKeys ?? []);
  const forbid = [...new Set(opts.forbid)].filter((k) => !already.has(k)).sort();
  if (owned.length > 0 || forbid.length > 0) {
    const rel = configRel(root, config);
    if (rel === void 0) {
      notes.push(`the config ${config.file ?? ""} lies outside the root; add ${owned.length} schemas entr(ies) and forbidden_keys [${forbid.join(", ")}] to it by hand`);
    } else {
      const before = config.file === void 0 ? void 0 : await readText(config.file);
      const after = addToConfig(before ?? "", { schemas: owned, forbiddenKeys: forbid });
      diffs.push(diffOf(rel, before, after));
      files.push(rel);
    }
  }
  return { patch: diffs.join(""), files, created, notes };
}

// src/schemas/shapes.ts
var import_yaml2 = __toESM(require_dist(), 1);
var NAMING_KEYS = ["id", "name", "stack_id", "hostname", "vmid"];
function keyOf(key) {
  if ((0, import_yaml2.isScalar)(key)) return key.value === null ? void 0 : String(key.value);
  return typeof key === "string" ? key : void 0;
}
function plain(node, doc) {
  if ((0, import_yaml2.isAlias)(node)) return plain(node.resolve(doc), doc);
  if ((0, import_yaml2.isNode)(node)) {
    try {
      return node.toJS(doc, { maxAliasCount: 100 });
    } catch {
      return void 0;
    }
  }
  return node ?? null;
}
var FIELD_NAME = /^[a-z][a-z0-9_]*$/;
function isCollection(map, doc) {
  const keys = map.items.map((p) => keyOf(p.key)).filter((k) => k !== void 0);
  if (keys.length >= 2 && keys.filter((k) => !FIELD_NAME.test(k)).length * 2 > keys.length) return true;
  const values = map.items.map((p) => (0, import_yaml2.isAlias)(p.value) ? p.value.resolve(doc) : p.value);
  if (values.length < 2 || !values.every((v) => (0, import_yaml2.isMap)(v))) return false;
  const seen = /* @__PURE__ */ new Map();
  for (const v of values) {
    for (const k of new Set(v.items.map((p) => keyOf(p.key)))) if (k !== void 0) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen.values()].some((n) => n * 2 > values.length);
}
function labelOf(pairs, fallback) {
  for (const k of NAMING_KEYS) {
    const p = pairs.find((x) => x.key === k && (typeof x.value === "string" || typeof x.value === "number"));
    if (p) return `${k} ${JSON.stringify(p.value)}`;
  }
  return fallback;
}
function fileShape(doc, lineCounter) {
  const groups = /* @__PURE__ */ new Map();
  const pos = (node) => {
    const start = (0, import_yaml2.isNode)(node) && node.range ? node.range[0] : 0;
    const p = lineCounter.linePos(start);
    return { line: p.line, column: p.col };
  };
  const walk = (node, path, shape, of, name) => {
    if ((0, import_yaml2.isAlias)(node)) return;
    if ((0, import_yaml2.isMap)(node)) {
      const pairs = [];
      for (const p of node.items) {
        const key = keyOf(p.key);
        if (key !== void 0) pairs.push({ key, value: plain(p.value, doc), ...pos(p.key) });
      }
      const pointer = pointerOf(path);
      const shapePath = shape.map((s) => `/${s}`).join("");
      const group = groups.get(shapePath) ?? { shape: shapePath, of, entries: [] };
      const stable = !path.some((seg) => typeof seg === "number");
      const keyed = isCollection(node, doc);
      group.entries.push({ pointer, stable, keyed, label: labelOf(pairs, name), ...pos(node), pairs });
      groups.set(shapePath, group);
      for (const p of node.items) {
        const key = keyOf(p.key);
        if (key === void 0) continue;
        const seg = keyed ? "*" : key.replace(/~/g, "~0").replace(/\//g, "~1");
        walk(p.value, [...path, key], [...shape, seg], keyed ? "entries" : "record", keyed ? `"${key}"` : pointerOf([...path, key]));
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i], [...shape, "*"], "items", `item ${i} of ${pointerOf(path) || "/"}`));
    }
  };
  walk(doc.contents, [], [], "record", "the top level");
  return groups;
}

// src/schemas/spelling-clashes.ts
function excerpt(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 50 ? `${flat.slice(0, 47)}...` : flat;
}
function spellingClashes(file, shape, renames, before) {
  const pairs = /* @__PURE__ */ new Map();
  for (const r of renames) pairs.set(`${r.from}\0${r.to}`, r);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const hadBoth = (shapePath, from, to) => (before?.get(shapePath)?.entries ?? []).some((e) => e.pairs.some((p) => p.key === from) && e.pairs.some((p) => p.key === to));
  for (const group of shape.values()) {
    for (const entry of group.entries) {
      if (entry.keyed) continue;
      for (const { from, to } of pairs.values()) {
        const olds = entry.pairs.filter((p) => p.key === from);
        const news = entry.pairs.filter((p) => p.key === to);
        const base = { file, label: entry.label, pointer: entry.pointer, from, to };
        if (olds.length > 0 && news.length > 0 && !hadBoth(group.shape, from, to)) {
          out.push({ ...base, kind: "both", line: olds[0].line, column: olds[0].column, otherLine: news[0].line });
        } else if (news.length > 1 && !seen.has(`${entry.pointer}\0${to}`)) {
          seen.add(`${entry.pointer}\0${to}`);
          const [first, last] = [news[0], news[news.length - 1]];
          out.push({ ...base, kind: "duplicate", line: last.line, column: last.column, otherLine: first.line, lost: excerpt(first.value) });
        }
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/schemas/diff-schemas.ts
async function yamlNamesIn(root, dir) {
  try {
    const entries = await readdir(join2(root, dir), { withFileTypes: true });
    return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => posix2.join(dir, e.name));
  } catch {
    return [];
  }
}
function shapeOf(file) {
  return file.doc ? fileShape(file.doc, file.lineCounter) : void 0;
}
function repoRenames(all) {
  return all.filter((r) => r.count === r.had);
}
async function diffSchemas(root, config, from, exportDir) {
  const commit = await resolveRevision(root, from);
  const kinds = new Map(BINDING_KINDS.map((k) => [config.paths[k], k]));
  const dirs = [...new Set([...kinds.keys()].map((p) => posix2.dirname(p)))].sort();
  const nowFiles = new Set((await Promise.all(dirs.map((d) => yamlNamesIn(root, d)))).flat());
  const thenFiles = new Set((await Promise.all(dirs.map((d) => filesAt(root, commit, d)))).flat().filter((f) => /\.ya?ml$/.test(f)));
  for (const file of config.schemas ?? []) if (!/[*?]/.test(file.file)) [nowFiles, thenFiles].forEach((s) => s.add(file.file));
  const compared = [];
  const unreadable = [];
  const changes = /* @__PURE__ */ new Map();
  const shapes = /* @__PURE__ */ new Map();
  for (const file of [...nowFiles].filter((f) => thenFiles.has(f)).sort()) {
    const [now, oldText] = await Promise.all([parseYamlFile(join2(root, file), file, "config"), textAt(root, commit, file)]);
    if (oldText === void 0) continue;
    const after = shapeOf(now.file);
    const before = Buffer.byteLength(oldText) > MAX_FILE_BYTES ? void 0 : shapeOf(parseYamlText(oldText, file, "config").file);
    if (!after || !before) {
      if (now.problems.some((p) => p.code === "FILE_MISSING")) continue;
      unreadable.push(`${file} (${!after ? "now" : `at ${from}`})`);
      continue;
    }
    compared.push(file);
    shapes.set(file, { before, after });
    const kind = kinds.get(file);
    const schemas = kind ? bindingSchemas(kind, config) : [];
    const enumKeys = (shape) => new Set(schemas.flatMap((s) => [...enumKeysAt(s, shape)]));
    changes.set(file, compareShapes(file, before, after, enumKeys));
  }
  const renames = [...changes.values()].flatMap((c) => c.renames);
  const clashes = [...shapes].flatMap(([file, s]) => spellingClashes(file, s.after, renames, s.before));
  const forbid = repoRenames(renames).map((r) => r.from);
  const proposal = await proposePatch(root, config, changes, { since: from, exportDir, forbid });
  return {
    from,
    commit,
    compared,
    added: [...nowFiles].filter((f) => !thenFiles.has(f)).sort(),
    removed: [...thenFiles].filter((f) => !nowFiles.has(f)).sort(),
    unreadable,
    changes,
    clashes,
    proposal
  };
}

// src/schemas/render-diff.ts
function place(shape, of) {
  if (of === "record") return shape === "" ? "the top level" : shape;
  const container = shape.slice(0, shape.lastIndexOf("/")) || "/";
  return `${of} of ${container}`;
}
function share(count, total) {
  return count === total ? `all ${total}` : `${count} of ${total}`;
}
function renameLine(r) {
  const still = r.still > 0 ? ` (${r.still} still use \`${r.from}\`)` : "";
  if (r.of === "record") return `${r.file}: ${place(r.shape, r.of)} switched \`${r.from}\` \u2192 \`${r.to}\`${still}`;
  return `${r.file}: ${r.count} of ${r.had} ${place(r.shape, r.of)} switched \`${r.from}\` \u2192 \`${r.to}\`${still}`;
}
function newKeyLine(k) {
  const where = k.of === "record" ? `at ${place(k.shape, k.of)}` : `in ${share(k.count, k.total)} ${place(k.shape, k.of)}`;
  return `${k.file}:${k.line ?? 1}: new key \`${k.key}\` ${where}`;
}
function goneKeyLine(k) {
  const was = k.of === "record" ? "" : ` (was in ${share(k.count, k.total)} ${k.of})`;
  return `${k.file}: key \`${k.key}\` is gone from ${place(k.shape, k.of)}${was}`;
}
function newValueLine(v) {
  return `${v.file}:${v.line}: new value "${v.value}" of \`${v.key}\` in ${place(v.shape, v.of)} (${v.count} ${v.count === 1 ? "entry" : "entries"})`;
}
function clashLine(c) {
  const at = `${c.file}:${c.line}:${c.column}`;
  if (c.kind === "both") {
    return `${at}: ${c.label} has both \`${c.from}\` (here) and \`${c.to}\` (line ${c.otherLine}) after the rename \`${c.from}\` \u2192 \`${c.to}\`; readers that accept both see only one of them: merge them into \`${c.to}\``;
  }
  return `${at}: two \`${c.to}\` keys in ${c.label} (\`${c.from}\` became \`${c.to}\`): the text at line ${c.otherLine} ("${c.lost ?? ""}") is silently overwritten by this one; merge them into one`;
}
function section(title, lines) {
  return lines.length === 0 ? [] : ["", `${title}:`, ...lines.map((l) => `  ${l}`)];
}
function fileList(files) {
  const shown = files.slice(0, 8).join(", ");
  return files.length > 8 ? `${shown}, \u2026 (${files.length - 8} more)` : shown;
}
function renderDiffText(d, patchOut) {
  const all = [...d.changes.values()];
  const lines = [
    `schemas diff ${d.from} (${d.commit.slice(0, 12)}) \u2192 working tree: ${d.compared.length} file${d.compared.length === 1 ? "" : "s"} compared, ${d.added.length} new, ${d.removed.length} removed`,
    ...section("new files (not compared)", d.added.length ? [fileList(d.added)] : []),
    ...section("removed files", d.removed.length ? [fileList(d.removed)] : []),
    ...section("not readable (not compared)", d.unreadable),
    ...section("renamed keys", all.flatMap((c) => c.renames.map(renameLine))),
    ...section("both spellings left in one mapping", d.clashes.map(clashLine)),
    ...section("new keys", all.flatMap((c) => c.newKeys.map(newKeyLine))),
    ...section("new values", all.flatMap((c) => c.newValues.map(newValueLine))),
    ...section("gone keys", all.flatMap((c) => c.goneKeys.map(goneKeyLine))),
    ...section("to do by hand", d.proposal.notes)
  ];
  if (d.proposal.created.length > 0) {
    lines.push("", `the patch creates ${d.proposal.created.length} schema file(s) as edited copies of the built-in ones; run \`driftgate schemas export\` first to see only the edits`);
  }
  if (d.proposal.patch === "") lines.push("", "no config or schema update to propose");
  else if (patchOut !== void 0) lines.push("", `proposed update (${d.proposal.files.join(", ")}) written to ${patchOut}; apply it with: git apply ${patchOut}`);
  else lines.push("", `proposed update (${d.proposal.files.join(", ")}); apply it with git apply:`, "", d.proposal.patch.trimEnd());
  return `${lines.join("\n")}
`;
}
function renderDiffJson(d) {
  const all = [...d.changes.values()];
  const data = {
    version: 1,
    from: d.from,
    commit: d.commit,
    compared: d.compared,
    added: d.added,
    removed: d.removed,
    unreadable: d.unreadable,
    renames: all.flatMap((c) => c.renames),
    clashes: d.clashes,
    newKeys: all.flatMap((c) => c.newKeys),
    newValues: all.flatMap((c) => c.newValues),
    goneKeys: all.flatMap((c) => c.goneKeys),
    patch: d.proposal.patch,
    patchFiles: d.proposal.files,
    notes: d.proposal.notes
  };
  return `${JSON.stringify(data, null, 2)}
`;
}

// src/schemas/render-export.ts
function renderExportText(r, dir, modelines) {
  const written = r.schemas.filter((s) => s.outcome !== "unchanged").length;
  const lines = [`exported ${r.schemas.length} built-in schemas to ${dir} (${written} written, ${r.schemas.length - written} unchanged)`];
  for (const s of r.schemas) lines.push(`  ${s.outcome.padEnd(9)} ${s.path}`);
  if (modelines) {
    lines.push("", "modelines (first line of each binding file):");
    for (const m of r.modelines) {
      const why = m.outcome === "kept" ? ` (already names ${m.detail ?? "a schema"}; left as is)` : m.outcome === "skipped" ? ` (${m.detail ?? ""})` : "";
      lines.push(`  ${m.outcome.padEnd(9)} ${m.file}${why}`);
    }
    return `${lines.join("\n")}
`;
  }
  lines.push("", "editor modelines: put this line first in each binding file so editors validate it while you type:");
  for (const a of r.advice) {
    lines.push(`  ${a.file}`, `    ${a.line ?? `(none: ${a.note ?? ""})`}`);
  }
  lines.push("", "run again with --modelines to insert them (one comment line at the top; nothing else changes; files that name a schema already are left as they are)");
  return `${lines.join("\n")}
`;
}

// src/cli/commands/schemas.ts
async function configOf(io, opts) {
  const root = resolve(io.cwd, opts.root);
  return { root, config: await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config)) };
}
async function schemasExportCommand(opts, io) {
  const { root, config } = await configOf(io, opts);
  const result = await exportSchemas({ root, dir: opts.dir, force: opts.force, modelines: opts.modelines, config });
  io.stdout(renderExportText(result, opts.dir, opts.modelines));
  return EXIT_OK;
}
async function schemasDiffCommand(opts, io) {
  const { root, config } = await configOf(io, opts);
  if (opts.out !== void 0 && opts.format === "json") throw new UserError("--out writes the patch of the text form; use --format json without --out", EXIT_ERROR);
  const diff = await diffSchemas(root, config, opts.from, opts.dir);
  if (opts.out !== void 0 && diff.proposal.patch !== "") await writeReport(resolve(io.cwd, opts.out), diff.proposal.patch);
  io.stdout(opts.format === "json" ? renderDiffJson(diff) : renderDiffText(diff, diff.proposal.patch === "" ? void 0 : opts.out));
  return diff.clashes.length > 0 ? EXIT_DRIFT : EXIT_OK;
}
export {
  schemasDiffCommand,
  schemasExportCommand
};
