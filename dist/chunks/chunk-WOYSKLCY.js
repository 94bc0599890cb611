import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  writeFileAtomic
} from "./chunk-EU5YSG2Z.js";
import {
  BINDING_SCHEMAS,
  builtinSchema,
  outside
} from "./chunk-T5JXNHZM.js";
import {
  BINDING_KINDS
} from "./chunk-XF64XNWJ.js";
import {
  require_dist
} from "./chunk-5XIPNB5E.js";
import {
  UserError,
  errorMessage
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/schemas/export-schemas.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2, posix as posix2, resolve } from "node:path";

// src/schemas/modeline.ts
import { posix } from "node:path";
var MODELINE = /^\uFEFF?[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S*)/m;
function existingModeline(text) {
  return MODELINE.exec(text)?.[1];
}
function modelineFor(file, schema) {
  const rel = posix.relative(posix.dirname(file), schema);
  return `# yaml-language-server: $schema=${rel.startsWith(".") ? rel : `./${rel}`}`;
}
function insertModeline(text, line) {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const eol = /\r\n/.test(body.slice(0, body.indexOf("\n") + 1)) ? "\r\n" : "\n";
  return `${bom}${line}${eol}${body}`;
}

// src/schemas/insert-modelines.ts
var import_yaml = __toESM(require_dist(), 1);
import { chmodSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
function dataOf(text) {
  const docs = (0, import_yaml.parseAllDocuments)(text, { uniqueKeys: false });
  return Array.isArray(docs) ? docs.map((d) => [d.errors.length, d.toJS({ maxAliasCount: 100 })]) : [];
}
async function insertModelines(root, advice, write = true) {
  const out = [];
  for (const a of advice) {
    if (a.line === void 0) {
      out.push({ file: a.file, outcome: "skipped", detail: a.note });
      continue;
    }
    const path = join(root, a.file);
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      out.push({ file: a.file, outcome: "skipped", detail: errorMessage(error) });
      continue;
    }
    const existing = existingModeline(text);
    if (existing !== void 0) {
      out.push({ file: a.file, outcome: "kept", detail: existing });
      continue;
    }
    const next = insertModeline(text, a.line);
    let same;
    try {
      same = isDeepStrictEqual(dataOf(text), dataOf(next));
    } catch {
      same = false;
    }
    if (!same) {
      out.push({ file: a.file, outcome: "skipped", detail: "the file would not read the same with the modeline; add it by hand" });
      continue;
    }
    if (write) {
      const mode = statSync(path).mode & 4095;
      writeFileAtomic(path, next);
      chmodSync(path, mode);
    }
    out.push({ file: a.file, outcome: "inserted" });
  }
  return out;
}

// src/schemas/export-schemas.ts
function schemaFileName(kind) {
  const id = BINDING_SCHEMAS[kind].$id;
  return id.slice(id.lastIndexOf("/") + 1);
}
async function readOrUndefined(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UserError(`cannot read ${path}: ${error.message}`, EXIT_ERROR);
  }
}
function adviceFor(kind, config, schemaPath) {
  const file = config.paths[kind];
  const replaced = (config.schemas ?? []).find((s) => s.replace && s.file === file);
  if (replaced) {
    return { kind, file, note: `its schema is replaced by ${replaced.schema} in the config; a modeline naming the built-in schema would disagree with driftgate` };
  }
  return { kind, file, line: modelineFor(file, schemaPath) };
}
function exportDir(dirOption) {
  const dir = posix2.normalize(dirOption.replace(/\\/g, "/")).replace(/\/$/, "");
  if (outside(dir) || dir === ".") throw new UserError(`--dir "${dirOption}" must be a directory relative to the root and inside it`, EXIT_ERROR);
  return dir;
}
async function planSchemaExport(root, dir, config) {
  return Promise.all(
    BINDING_KINDS.map(async (kind) => {
      const path = posix2.join(dir, schemaFileName(kind));
      const text = `${JSON.stringify(builtinSchema(kind, config), null, 2)}
`;
      const existing = await readOrUndefined(join2(root, path));
      return existing === void 0 ? { kind, path, text } : { kind, path, text, existing };
    })
  );
}
async function modelineAdvice(root, config, dir) {
  const present = await Promise.all(BINDING_KINDS.map(async (kind) => await readOrUndefined(join2(root, config.paths[kind])) !== void 0 ? kind : void 0));
  return present.filter((k) => k !== void 0).map((kind) => adviceFor(kind, config, posix2.join(dir, schemaFileName(kind))));
}
async function exportSchemas(opts) {
  const dir = exportDir(opts.dir);
  const planned = await planSchemaExport(opts.root, dir, opts.config);
  const conflicts = planned.filter((p) => p.existing !== void 0 && p.existing !== p.text);
  if (conflicts.length > 0 && !opts.force) {
    const names = conflicts.map((c) => c.path).join(", ");
    throw new UserError(`${conflicts.length} existing file(s) differ from the built-in schemas and were not overwritten (${names}); nothing was written. Keep your edits, or use --force to replace them`, EXIT_ERROR);
  }
  const schemas = [];
  for (const p of planned) {
    if (p.existing === p.text) {
      schemas.push({ kind: p.kind, path: p.path, outcome: "unchanged" });
      continue;
    }
    writeFileAtomic(resolve(opts.root, p.path), p.text);
    schemas.push({ kind: p.kind, path: p.path, outcome: p.existing === void 0 ? "written" : "replaced" });
  }
  const advice = await modelineAdvice(opts.root, opts.config, dir);
  const modelines = opts.modelines ? await insertModelines(opts.root, advice) : [];
  return { schemas, advice, modelines };
}

// src/config/yaml-scalar.ts
function yamlScalar(value) {
  if (typeof value === "boolean") return String(value);
  const plain = /^[A-Za-z0-9_.][A-Za-z0-9_./@+-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[0-9.+-]+|\.(inf|nan))$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

export {
  insertModelines,
  schemaFileName,
  exportDir,
  planSchemaExport,
  modelineAdvice,
  exportSchemas,
  yamlScalar
};
