import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  didYouMean
} from "./chunk-OPM43HJ3.js";
import {
  judgeOption,
  parseSshOptions,
  sshTargetOfHost,
  statusUptimeMs
} from "./chunk-RWVU4FTR.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-23E6JAZU.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode3(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode3;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj3, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj3, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj3;
      if (identity.isScalar(item)) {
        obj3 = item.value;
        let match = tags.filter((t) => t.identify?.(obj3));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj3 = item;
        tagObj = tags.find((t) => t.nodeClass && obj3 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj3?.constructor?.name ?? (obj3 === null ? "null" : typeof obj3);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj3, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj3, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj3 instanceof Map) {
          for (const [key, value] of obj3)
            add(key, value);
        } else if (obj3 && typeof obj3 === "object") {
          for (const key of Object.keys(obj3))
            add(key, obj3[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj3, ctx) => YAMLMap.YAMLMap.from(schema, obj3, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj3, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj3 && Symbol.iterator in Object(obj3)) {
          let i = 0;
          for (let it of obj3) {
            if (typeof replacer === "function") {
              const key = obj3 instanceof Set ? it : String(i++);
              it = replacer.call(obj3, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj3, ctx) => YAMLSeq.YAMLSeq.from(schema, obj3, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/gates/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(gate, subject, kind, places = []) {
  const pointers = [...new Set(places.map((p) => `${p.file}#${p.pointer}`))].sort();
  const input = [gate, subject.kind, subject.id, kind, ...pointers].join("\0");
  return createHash("sha256").update(input).digest("hex").slice(0, 16);
}

// src/bindings/problem-to-finding.ts
var SCHEMA_GATE_ID = "schema";
function problemToFinding(p) {
  const subject = { kind: "file", id: p.location.file };
  const kind = problemKind(p);
  return {
    gate: SCHEMA_GATE_ID,
    severity: p.severity,
    fingerprint: fingerprint(SCHEMA_GATE_ID, subject, kind, [p.location]),
    message: p.message,
    subject,
    locations: [p.location],
    direction: "inconsistent",
    details: { code: p.code }
  };
}
function problemKind(p) {
  return p.location.pointer === "" ? `${p.code}@${p.location.line}:${p.location.column}` : p.code;
}

// src/gates/types.ts
function defineGate(def) {
  return def;
}

// src/gates/schema.ts
function problemDraft(p) {
  const f = problemToFinding(p);
  return {
    message: f.message,
    subject: f.subject,
    at: f.locations,
    kind: problemKind(p),
    severity: p.code === "DUPLICATE_KEY" || p.code === "ALIAS_LIMIT" ? "error" : f.severity,
    ...f.details ? { details: f.details } : {}
  };
}
var schema_default = defineGate({
  id: "schema",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Every binding file parses and matches its JSON Schema (duplicate keys and alias bombs are errors, a misspelt key a warning with a did-you-mean, any other unknown key one notice per key per file): the other gates can only trust what was validated.",
  // it reports the loader's problems, so an input that did not load is its finding, not its blocker
  reads: [],
  judges: [],
  run(ctx) {
    return { findings: ctx.problems.map(problemDraft), checked: { files: ctx.fileCount ?? ctx.model.files.size } };
  }
});

// src/gates/live/format.ts
function seconds(ms) {
  return (ms / 1e3).toFixed(1);
}
function deadline(ms) {
  return String(Math.round(ms / 100) / 10);
}
function hours(h) {
  return String(Math.round(h * 10) / 10);
}
function reasonLabel(reason) {
  return reason.toUpperCase();
}
function listNames(names, limit = 8) {
  const shown2 = names.slice(0, limit);
  const more = names.length - shown2.length;
  return more > 0 ? `${shown2.join(", ")} and ${more} more` : shown2.join(", ");
}
function redactUrl(raw) {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = url.username ? "REDACTED" : "";
      url.password = url.password ? "REDACTED" : "";
    }
    for (const key of [...url.searchParams.keys()]) {
      if (/token|secret|pass|key|auth|sig/i.test(key)) url.searchParams.set(key, "REDACTED");
    }
    return url.toString();
  } catch {
    return raw.replace(/\/\/[^/@\s]*@/, "//REDACTED@");
  }
}

// src/gates/gate-helpers.ts
import { posix } from "node:path";

// src/bindings/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function pointerOf(path) {
  return path.map((seg) => `/${String(seg).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function parsePointer(pointer) {
  if (pointer === "" || pointer === "/") return pointer === "/" ? [""] : [];
  const body = pointer.startsWith("/") ? pointer.slice(1) : pointer;
  return body.split("/").map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  if (key === null || key === void 0) return void 0;
  return typeof key === "object" ? void 0 : String(key);
}
function startOf(node) {
  return (0, import_yaml.isNode)(node) && node.range ? node.range[0] : void 0;
}
function offsetOf(file, segments) {
  const doc = file.doc;
  if (!doc) return void 0;
  let node = doc.contents;
  let best = startOf(node) ?? 0;
  for (const seg of segments) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => keyText(p.key) === seg);
      if (!pair) return best;
      const value = pair.value;
      const keyStart = startOf(pair.key);
      node = value;
      const emptyValue = value === null || (0, import_yaml.isScalar)(value) && value.value === null && value.source === "";
      if (emptyValue) best = keyStart ?? best;
      else if ((0, import_yaml.isScalar)(value) || (0, import_yaml.isAlias)(value)) best = startOf(value) ?? keyStart ?? best;
      else best = keyStart ?? startOf(value) ?? best;
    } else if ((0, import_yaml.isSeq)(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(seg)) return best;
      const item = node.items[Number(seg)];
      if (item === void 0) return best;
      node = item;
      best = startOf(item) ?? best;
    } else {
      return best;
    }
  }
  return best;
}
function locateIn(file, pointer) {
  const offset = offsetOf(file, parsePointer(pointer));
  if (offset === void 0) return { file: file.path, line: 1, column: 1, pointer };
  const pos = file.lineCounter.linePos(offset);
  return { file: file.path, line: pos.line, column: pos.col, pointer };
}
function locateKeyIn(file, pointer) {
  const segments = parsePointer(pointer);
  const last = segments.pop();
  const parent = file.doc ? nodeAt(file, segments) : void 0;
  if (last !== void 0 && (0, import_yaml.isMap)(parent)) {
    const pair = parent.items.find((p) => keyText(p.key) === last);
    const start = startOf(pair?.key);
    if (start !== void 0) {
      const pos = file.lineCounter.linePos(start);
      return { file: file.path, line: pos.line, column: pos.col, pointer };
    }
  }
  return locateIn(file, pointer);
}
function nodeAt(file, segments) {
  let node = file.doc?.contents;
  for (const seg of segments) {
    if ((0, import_yaml.isAlias)(node) && file.doc) node = node.resolve(file.doc);
    if ((0, import_yaml.isMap)(node)) node = node.items.find((p) => keyText(p.key) === seg)?.value;
    else if ((0, import_yaml.isSeq)(node)) node = node.items[Number(seg)];
    else return void 0;
  }
  return (0, import_yaml.isAlias)(node) && file.doc ? node.resolve(file.doc) : node;
}
function locate(model, ref) {
  const file = model.files.get(ref.file);
  if (!file) return { file: ref.file, line: 1, column: 1, pointer: ref.pointer };
  return locateIn(file, ref.pointer);
}

// src/gates/gate-helpers.ts
function sub(ref, ...path) {
  const [first, ...rest] = path;
  const key = typeof first === "string" && ref.keys && Object.hasOwn(ref.keys, first) ? ref.keys[first] : first;
  return { file: ref.file, pointer: ref.pointer + pointerOf(key === void 0 ? [] : [key, ...rest]) };
}
function at(file, ...path) {
  return { file, pointer: pointerOf(path) };
}
function rawAt(model, ref) {
  let node = model.files.get(ref.file)?.data;
  for (const seg of parsePointer(ref.pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (node !== null && typeof node === "object") node = node[seg];
    else return void 0;
  }
  return node;
}
function indexIn(model, ref, value) {
  const list = rawAt(model, ref);
  return Array.isArray(list) ? list.indexOf(value) : -1;
}
function where(model, ref) {
  const loc = "line" in ref ? ref : locate(model, ref);
  return `${posix.basename(loc.file)}:${loc.line}:${loc.column}`;
}
function fileName(path) {
  return posix.basename(path);
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}
function closestName(name2, candidates) {
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(name2) || name2.startsWith(c) || c.endsWith(name2) ? 1 : distance(name2, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return bestScore <= Math.max(2, Math.floor(name2.length / 3)) ? best : void 0;
}
function didYouMean2(name2, candidates) {
  const best = closestName(name2, candidates);
  return best ? `; did you mean "${best}"?` : "";
}
var PLACEHOLDER = /^(PENDING(_[A-Z0-9_]*)?|TBD|TODO|FIXME|CHANGEME|XXX)$/;
function isPlaceholder(value) {
  return typeof value === "string" && PLACEHOLDER.test(value.trim());
}
function findPlaceholders(value, path = []) {
  if (isPlaceholder(value)) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  }
  return [];
}

// src/gates/live/works-again.ts
function worksAgain(w) {
  const ref = sub(w.entry, "enabled");
  return {
    kind: w.kind,
    severity: "notice",
    subject: w.subject,
    at: [ref],
    message: w.message,
    expected: false,
    observed: w.observed,
    direction: "declared-stale",
    fix: { kind: w.fix, file: ref.file, pointer: ref.pointer, value: true },
    details: { ...w.details, shadow: true }
  };
}

// src/gates/backup-freshness.ts
var HOUR_MS = 36e5;
function ageHours(mtime, now) {
  const t = Date.parse(mtime);
  if (Number.isNaN(t)) return void 0;
  return (now.getTime() - t) / HOUR_MS;
}
function judge(b, o, now) {
  const subject = { kind: "backup", id: b.name };
  const where2 = `${b.host}:${b.basePath}`;
  if (!o.ok) {
    const reason = o.failure?.reason ?? "error";
    if (reason === "dir-missing") {
      return {
        kind: "dir-missing",
        subject,
        at: [sub(b.ref, "base_path")],
        message: `backup "${b.name}": directory ${where2} does not exist; no backup can arrive there`,
        expected: b.basePath,
        observed: "DIR-MISSING",
        direction: "live-broken"
      };
    }
    return {
      kind: `probe-${reason}`,
      subject,
      at: [b.ref],
      message: `backup "${b.name}": ${where2} could not be listed (${reasonLabel(reason)}${o.failure?.error ? `: ${o.failure.error}` : ""}); freshness not checked, so drift cannot be ruled out`,
      observed: reasonLabel(reason),
      direction: "unknown",
      severity: "warning",
      inconclusive: true,
      details: { reason, durationMs: o.durationMs }
    };
  }
  if (!o.newest || o.matches === 0) {
    return {
      kind: "no-match",
      subject,
      at: [sub(b.ref, "glob")],
      message: `backup "${b.name}": no file in ${where2} matches "${b.glob}"; the backup never arrived or the glob is wrong`,
      expected: b.glob,
      observed: "0 files",
      direction: "live-broken"
    };
  }
  const age = ageHours(o.newest.mtime, now);
  if (age === void 0) {
    return {
      kind: "bad-mtime",
      subject,
      at: [b.ref],
      message: `backup "${b.name}": the newest file's time "${o.newest.mtime}" is not a date; freshness not checked`,
      direction: "unknown",
      severity: "warning",
      inconclusive: true
    };
  }
  if (age <= b.staleAfterHours) return void 0;
  return {
    kind: "stale",
    subject,
    at: [sub(b.ref, "stale_after_hours")],
    message: `backup "${b.name}": newest file ${o.newest.path} is ${hours(age)} h old, older than stale_after_hours ${b.staleAfterHours} (${o.matches} file${o.matches === 1 ? "" : "s"} match "${b.glob}" in ${where2})`,
    expected: `<= ${b.staleAfterHours} h`,
    observed: `${hours(age)} h`,
    direction: "live-broken",
    details: { newest: o.newest.path, mtime: o.newest.mtime, ageHours: Math.round(age * 10) / 10, matches: o.matches }
  };
}
function freshWhileDisabled(b, o, now) {
  if (!o.shadow || !o.ok || !o.newest || o.matches === 0) return void 0;
  const age = ageHours(o.newest.mtime, now);
  if (age === void 0 || age > b.staleAfterHours) return void 0;
  return worksAgain({
    kind: "fresh-while-disabled",
    fix: "backup-enable",
    subject: { kind: "backup", id: b.name },
    entry: b.ref,
    message: `backup "${b.name}": disabled, but ${b.host}:${b.basePath} holds ${o.matches} file${o.matches === 1 ? "" : "s"} matching "${b.glob}", the newest ${o.newest.path} ${hours(age)} h old (stale_after_hours ${b.staleAfterHours}); it works again: set enabled: true`,
    observed: `${hours(age)} h`,
    details: { newest: o.newest.path, mtime: o.newest.mtime, ageHours: Math.round(age * 10) / 10, matches: o.matches }
  });
}
var backup_freshness_default = defineGate({
  id: "backup-freshness",
  aliases: ["D19"],
  kind: "live",
  severity: "error",
  describe: "Checks that the newest file matching each enabled backup target's glob is younger than its stale_after_hours; a missing directory or no match fails; a disabled target with fresh files is proposed enabled.",
  reads: ["backups"],
  judges: ["backups"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const out = [];
    let judged = 0;
    for (const b of ctx.model.backups) {
      if (!b.enabled) {
        const shadow = obs.backups.find((x) => x.name === b.name);
        const f2 = shadow ? freshWhileDisabled(b, shadow, ctx.now) : void 0;
        if (f2) out.push(f2);
        continue;
      }
      const o = obs.backups.find((x) => x.name === b.name);
      if (!o) {
        out.push({
          kind: "not-probed",
          subject: { kind: "backup", id: b.name },
          at: [b.ref],
          message: `backup "${b.name}": enabled but not probed (the observation snapshot has no entry for it); freshness not checked, so drift cannot be ruled out`,
          observed: "not probed",
          direction: "unknown",
          severity: "warning",
          inconclusive: true
        });
        continue;
      }
      judged++;
      const f = judge(b, o, ctx.now);
      if (f) out.push(f);
    }
    return { findings: out, checked: { backups: judged } };
  }
});

// src/caddy/placeholders.ts
var ENV_PLACEHOLDER = /\{\$([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g;
function expandEnv(text, env = {}) {
  return text.replace(ENV_PLACEHOLDER, (whole, name2, fallback) => {
    const value = env[name2];
    if (value !== void 0) return value;
    return fallback ?? whole;
  });
}
function hasPlaceholder(text) {
  return /\{[^{}\s]+\}/.test(text);
}

// src/caddy/upstream-dial.ts
var DEFAULT_PORTS = { http: "80", https: "443", h2c: "80", "": "80" };
function upstreamDial(text, env = {}) {
  const value = expandEnv(text, env).trim();
  if (value === "") return void 0;
  if (value.startsWith("unix/")) return value;
  const scheme = /^([a-z0-9+.-]+):\/\//i.exec(value);
  const schemeName = scheme?.[1]?.toLowerCase() ?? "";
  if (!(schemeName in DEFAULT_PORTS)) return void 0;
  let rest = scheme ? value.slice(scheme[0].length) : value;
  rest = rest.replace(/[/?#].*$/, "");
  if (rest === "") return void 0;
  let host;
  let port;
  const v6 = /^(\[[^\]]+\])(?::(.*))?$/.exec(rest);
  if (v6) {
    host = v6[1];
    port = v6[2];
  } else {
    const colon = rest.lastIndexOf(":");
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    port = colon >= 0 ? rest.slice(colon + 1) : void 0;
  }
  if (host === "") return void 0;
  return `${host.toLowerCase()}:${port === void 0 || port === "" ? DEFAULT_PORTS[schemeName] : port}`;
}

// src/caddy/find-proxies.ts
var isMatcher = (t) => t.startsWith("@") || t.startsWith("/") || t === "*";
function upstreamOf(t, env) {
  const up = { text: t.text, line: t.line, column: t.column };
  const dial = upstreamDial(t.text, env);
  if (dial !== void 0) up.dial = dial;
  return up;
}
function headerOp(d) {
  const [fieldTok, valueTok, replacementTok] = d.args;
  if (!fieldTok) return void 0;
  const raw = fieldTok.text;
  const at2 = { line: d.line, column: d.column };
  if (raw.startsWith("-")) return { op: "delete", field: raw.slice(1), ...at2 };
  if (raw.startsWith("+")) return { op: "add", field: raw.slice(1), ...valueTok ? { value: valueTok.text } : {}, ...at2 };
  if (replacementTok) return { op: "replace", field: raw, value: replacementTok.text, ...at2 };
  return { op: "set", field: raw, ...valueTok ? { value: valueTok.text } : {}, ...at2 };
}
function viewOf(d, site, context, env) {
  const args = [...d.args];
  const view = {
    directive: d.name,
    site,
    context,
    upstreams: [],
    headerUp: [],
    line: d.line,
    column: d.column
  };
  if (d.importedFrom) view.importedFrom = d.importedFrom;
  if (args[0] && isMatcher(args[0].text)) view.matcher = args.shift().text;
  for (const t of args) view.upstreams.push(upstreamOf(t, env));
  for (const sub2 of d.block ?? []) {
    if (sub2.name === "to") for (const t of sub2.args) view.upstreams.push(upstreamOf(t, env));
    if (sub2.name === "header_up") {
      const op = headerOp(sub2);
      if (op) view.headerUp.push(op);
    }
  }
  return view;
}
function walk(directives, site, context, env, out) {
  for (const d of directives) {
    if (d.name === "reverse_proxy" || d.name === "forward_auth") {
      out.push(viewOf(d, site, context, env));
      continue;
    }
    if (d.block) walk(d.block, site, [...context, [d.name, ...d.args.map((a) => a.text)].join(" ")], env, out);
  }
}
function findProxies(parsed, env = {}) {
  const out = [];
  for (const block of parsed.blocks) {
    if (block.kind !== "site") continue;
    walk(block.directives, block.addresses.map((a) => a.text), [], env, out);
  }
  return out;
}
function setsForwardedProtoHttps(view) {
  const ops = view.headerUp.filter((h) => h.field.toLowerCase() === "x-forwarded-proto");
  if (ops.some((h) => h.op === "delete" || h.op === "replace")) return false;
  return ops.some((h) => h.op === "set" && h.value === "https");
}

// src/caddy/tokenize.ts
function tokenize(text) {
  const tokens = [];
  const problems = [];
  let line = 1;
  let column = 0;
  let logical = 1;
  let val = "";
  let start = { line: 1, column: 1, logical: 1 };
  let quoted = false;
  let btQuoted = false;
  let escaped = false;
  let comment = false;
  let heredoc;
  const syntax = (message, at2) => {
    problems.push({ kind: "syntax", message, line: at2.line, column: at2.column });
  };
  const emit = (quote) => {
    const token = { text: val, line: start.line, column: start.column, logicalLine: start.logical };
    if (quote) token.quote = quote;
    tokens.push(token);
    val = "";
    quoted = false;
    btQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    column++;
    const newline = () => {
      line++;
      column = 0;
    };
    if (heredoc !== void 0) {
      val += ch;
      if (ch === "\n") newline();
      const lastNewline = val.lastIndexOf("\n");
      const tail = val.slice(lastNewline + 1);
      if (tail.trimStart() === heredoc) {
        const padding = tail.slice(0, tail.length - heredoc.length);
        const lines = lastNewline >= 0 ? val.slice(0, lastNewline).split("\n") : [];
        if (lines.some((l) => !l.startsWith(padding) && l.trim() !== "")) {
          syntax(`heredoc <<${heredoc}: a line is indented less than its closing marker`, start);
        }
        val = lines.map((l) => l.startsWith(padding) ? l.slice(padding.length) : l.trimStart()).join("\n").replace(/\r/g, "");
        heredoc = void 0;
        emit("<");
      }
      continue;
    }
    if (!quoted && !btQuoted && !escaped && val.startsWith("<<")) {
      if (ch === " ") {
        emit();
        continue;
      }
      if (ch === "\r") continue;
      if (ch === "\n") {
        const marker = val.slice(2);
        newline();
        if (!/^[A-Za-z0-9_-]+$/.test(marker)) {
          syntax(`heredoc marker "${marker}" must be letters, digits, dashes and underscores`, start);
          logical++;
          emit();
          continue;
        }
        heredoc = marker;
        val = "";
        continue;
      }
      val += ch;
      continue;
    }
    if (!escaped && !btQuoted && ch === "\\") {
      escaped = true;
      if (val.length === 0 && !comment) start = { line, column, logical };
      continue;
    }
    if (quoted || btQuoted) {
      if (quoted && escaped) {
        if (ch !== '"') val += "\\";
        escaped = false;
      } else if (quoted && ch === '"') {
        emit('"');
        continue;
      } else if (btQuoted && ch === "`") {
        emit("`");
        continue;
      }
      val += ch;
      if (ch === "\n") newline();
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v") {
      if (ch === "\r") continue;
      if (ch === "\n") {
        if (escaped) {
          escaped = false;
        } else {
          logical++;
        }
        comment = false;
        newline();
      }
      if (val.length > 0) emit();
      continue;
    }
    if (ch === "#" && val.length === 0 && !escaped) comment = true;
    if (comment) continue;
    if (val.length === 0 && !escaped) {
      start = { line, column, logical };
      if (ch === '"') {
        quoted = true;
        continue;
      }
      if (ch === "`") {
        btQuoted = true;
        continue;
      }
    }
    if (escaped) {
      val += "\\";
      escaped = false;
    }
    val += ch;
  }
  if (heredoc !== void 0) {
    syntax(`heredoc <<${heredoc} is never closed`, start);
    emit("<");
  } else if (quoted || btQuoted) {
    syntax(`unterminated ${quoted ? "double-quoted" : "backtick-quoted"} token opened here`, start);
    emit(quoted ? '"' : "`");
  } else if (val.length > 0) {
    emit();
  }
  return { tokens, problems };
}

// src/caddy/parse-caddyfile.ts
var MAX_IMPORTS = 1e3;
var isBare = (t, text) => t !== void 0 && t.quote === void 0 && t.text === text;
function problem(state, message, at2, kind = "syntax") {
  state.problems.push({ kind, message, line: at2.line, column: at2.column });
}
function isNewLine(state, i) {
  if (i <= 0) return true;
  return state.tokens[i]?.logicalLine !== state.tokens[i - 1]?.logicalLine;
}
function expandImport(state) {
  const importTok = state.tokens[state.pos];
  let end = state.pos + 1;
  while (end < state.tokens.length && !isNewLine(state, end)) end++;
  const args = state.tokens.slice(state.pos + 2, end);
  const nameTok = state.tokens[state.pos + 1];
  let replacement = [];
  const chain = state.chains.get(importTok) ?? [];
  if (nameTok === void 0 || end === state.pos + 1) {
    problem(state, "import needs the name of a snippet", importTok);
  } else if (chain.includes(nameTok.text)) {
    problem(state, `import cycle: snippet "${nameTok.text}" imports itself (via ${chain.join(" \u2192 ")})`, nameTok);
  } else if (++state.imports > MAX_IMPORTS) {
    problem(state, `more than ${MAX_IMPORTS} snippet imports; stopped expanding`, nameTok);
  } else {
    const body = state.snippets.get(nameTok.text);
    if (body === void 0) {
      problem(
        state,
        `import "${nameTok.text}" is no snippet defined above it; imported files are not followed, so what they hold is not checked`,
        nameTok,
        "import-not-followed"
      );
    } else {
      const logicalMap = /* @__PURE__ */ new Map();
      const origin = importTok.importedFrom ?? { snippet: nameTok.text, line: importTok.line, column: importTok.column };
      replacement = body.map((t) => {
        let logical = logicalMap.get(t.logicalLine);
        if (logical === void 0) {
          logical = state.nextLogical++;
          logicalMap.set(t.logicalLine, logical);
        }
        const copy = { ...t, text: replaceArgs(t.text, args), logicalLine: logical, importedFrom: origin };
        state.chains.set(copy, [...chain, nameTok.text]);
        return copy;
      });
    }
  }
  state.tokens.splice(state.pos, end - state.pos, ...replacement);
}
function replaceArgs(text, args) {
  if (!text.includes("{args")) return text;
  return text.replace(/\{args(?:\.(\d+)|\[(\d+)\])\}/g, (_m, a, b) => {
    return args[Number(a ?? b)]?.text ?? "";
  });
}
function parseDirectives(state, open) {
  const out = [];
  while (state.pos < state.tokens.length) {
    const tok = state.tokens[state.pos];
    if (isBare(tok, "}")) {
      state.pos++;
      if (open) return out;
      problem(state, "unexpected '}' without a matching '{'", tok);
      continue;
    }
    if (isBare(tok, "import") && isNewLine(state, state.pos)) {
      expandImport(state);
      continue;
    }
    if (isBare(tok, "{")) {
      problem(state, "unexpected '{': a block opens at the end of a directive's line", tok);
      state.pos++;
      parseDirectives(state, tok);
      continue;
    }
    const directive = { name: tok.text, args: [], line: tok.line, column: tok.column };
    if (tok.importedFrom) directive.importedFrom = tok.importedFrom;
    state.pos++;
    while (state.pos < state.tokens.length && !isNewLine(state, state.pos)) {
      const t = state.tokens[state.pos];
      if (isBare(t, "}")) break;
      state.pos++;
      if (isBare(t, "{")) {
        if (state.pos < state.tokens.length && !isNewLine(state, state.pos)) {
          problem(state, "unexpected token after '{' on the same line", state.tokens[state.pos]);
        }
        directive.block = parseDirectives(state, t);
        break;
      }
      directive.args.push(t);
    }
    out.push(directive);
  }
  if (open) problem(state, "'{' is never closed", open);
  return out;
}
function readSnippetBody(state, open) {
  const body = [];
  let depth = 1;
  while (state.pos < state.tokens.length) {
    const t = state.tokens[state.pos++];
    if (isBare(t, "{")) depth++;
    if (isBare(t, "}") && --depth === 0) return body;
    body.push(t);
  }
  problem(state, "snippet '{' is never closed", open);
  return body;
}
function readAddresses(state) {
  const keys = [];
  let expectingAnother = false;
  while (state.pos < state.tokens.length) {
    const t = state.tokens[state.pos];
    if (isBare(t, "{")) break;
    if (keys.length > 0 && !expectingAnother && isNewLine(state, state.pos)) break;
    state.pos++;
    expectingAnother = t.text.endsWith(",");
    const text = t.text.replace(/,+$/, "");
    if (text !== "") keys.push({ ...t, text });
  }
  return keys;
}
function parseCaddyfile(text, file) {
  const lexed = tokenize(text);
  const last = lexed.tokens[lexed.tokens.length - 1];
  const state = {
    tokens: lexed.tokens,
    pos: 0,
    snippets: /* @__PURE__ */ new Map(),
    problems: [...lexed.problems],
    chains: /* @__PURE__ */ new WeakMap(),
    nextLogical: (last?.logicalLine ?? 0) + 1e6,
    imports: 0
  };
  const blocks = [];
  const snippets = [];
  while (state.pos < state.tokens.length) {
    const first = state.tokens[state.pos];
    if (isBare(first, "import") && isNewLine(state, state.pos)) {
      expandImport(state);
      continue;
    }
    if (isBare(first, "}")) {
      problem(state, "unexpected '}' without a matching '{'", first);
      state.pos++;
      continue;
    }
    const keys = readAddresses(state);
    const open = state.tokens[state.pos];
    const hasBrace = isBare(open, "{");
    if (hasBrace) {
      state.pos++;
      const next = state.tokens[state.pos];
      if (next && !isNewLine(state, state.pos)) problem(state, "unexpected token after '{' on the same line", next);
    }
    const snippetName = keys.length === 1 ? /^\((.+)\)$/.exec(keys[0]?.text ?? "")?.[1] : void 0;
    if (snippetName !== void 0) {
      if (!hasBrace) {
        problem(state, `snippet "(${snippetName})" needs a '{ \u2026 }' body`, first);
        continue;
      }
      if (state.snippets.has(snippetName)) problem(state, `snippet "(${snippetName})" is defined twice`, first);
      state.snippets.set(snippetName, readSnippetBody(state, open));
      snippets.push(snippetName);
      continue;
    }
    if (keys.length === 0 && blocks.length > 0) {
      problem(state, "a block without a site address (the global options block must come first)", first);
    }
    if (keys.length > 1 && keys.some((k) => /^\(.+\)$/.test(k.text))) {
      problem(state, "a snippet definition takes exactly one name", first);
    }
    if (!hasBrace && blocks.length > 0) {
      problem(state, "site block needs '{ \u2026 }' when the Caddyfile has more than one block", first);
    }
    const directives = parseDirectives(state, hasBrace ? open : void 0);
    blocks.push({
      kind: keys.length === 0 ? "global" : "site",
      addresses: keys,
      directives,
      line: first.line,
      column: first.column
    });
  }
  state.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, blocks, snippets, problems: state.problems };
}

// src/gates/caddy-proto.ts
var HEADER = "header_up X-Forwarded-Proto https";
function ruleRef(model) {
  const chains = rawAt(model, at(model.paths.deploy, "chains"));
  if (!Array.isArray(chains)) return void 0;
  const i = chains.findIndex((c) => c !== null && typeof c === "object" && c.gate === "D51");
  return i >= 0 ? at(model.paths.deploy, "chains", i, "gate") : void 0;
}
function authService(model, upstreamHosts) {
  const svc = model.services.find(
    (s) => /authentik/i.test(s.id) || /authentik/i.test(s.container ?? "") || upstreamHosts.includes(s.container ?? "")
  );
  return svc?.ref;
}
function siteName(p) {
  return p.site.join(", ");
}
function describeProblem(p) {
  const ops = p.headerUp.filter((h) => h.field.toLowerCase() === "x-forwarded-proto");
  const del = ops.find((h) => h.op === "delete");
  if (del) return { kind: "proto-deleted", observed: `header_up -${del.field}`, what: "deletes X-Forwarded-Proto" };
  const set = ops.find((h) => h.op === "set" || h.op === "replace");
  if (set) {
    const value = set.value ?? "";
    return { kind: "proto-wrong-value", observed: value, what: `sets X-Forwarded-Proto to "${value}" instead of "https"` };
  }
  const add = ops.find((h) => h.op === "add");
  if (add) {
    return {
      kind: "proto-added",
      observed: `header_up +${add.field} ${add.value ?? ""}`.trim(),
      what: 'appends X-Forwarded-Proto with "+" (the upstream still sees "http" first) instead of setting it'
    };
  }
  return { kind: "proto-missing", observed: "no header_up X-Forwarded-Proto", what: "does not set X-Forwarded-Proto" };
}
function run(model, authUpstreams) {
  const file = model.paths.caddyfile;
  const text = model.files.get(file)?.text;
  const rule = ruleRef(model);
  const ruleAt = rule ? [rule] : [];
  const wanted = new Set(authUpstreams.map((u) => upstreamDial(u)).filter((d) => d !== void 0));
  const wantedList = [...wanted].join(", ");
  const hosts = [...wanted].map((d) => d.replace(/:[^:]*$/, ""));
  const loc = (line, column) => ({ file, line, column, pointer: "" });
  if (text === void 0) {
    const svc = authService(model, hosts);
    if (!svc && !rule) return { findings: [], checked: { blocks: 0 } };
    return { checked: { blocks: 0 }, findings: [
      {
        message: `there is no Caddyfile at "${file}" although the spine declares an auth server, so D51 cannot be checked; add the Caddyfile or point paths.caddyfile at it`,
        subject: { kind: "file", id: file },
        at: [...svc ? [svc] : [], ...ruleAt],
        kind: "caddyfile-missing",
        expected: file,
        observed: "missing"
      }
    ] };
  }
  const parsed = parseCaddyfile(text, file);
  const out = parsed.problems.map(
    (p) => p.kind === "syntax" ? { message: `${fileName(file)} does not parse: ${p.message}`, subject: { kind: "file", id: file }, at: [loc(p.line, p.column)], kind: "caddyfile-syntax" } : { message: p.message, subject: { kind: "file", id: `${file}:${p.line}` }, at: [loc(p.line, p.column)], kind: "import-not-followed", severity: "warning" }
  );
  const proxies = findProxies(parsed).filter((p) => p.directive === "reverse_proxy");
  let authBlocks = 0;
  for (const p of proxies) {
    const here = [loc(p.line, p.column), ...p.importedFrom ? [loc(p.importedFrom.line, p.importedFrom.column)] : []];
    const auth = p.upstreams.find((u) => u.dial !== void 0 && wanted.has(u.dial));
    if (!auth) {
      const unknown = p.upstreams.find((u) => hasPlaceholder(u.dial ?? u.text));
      if (unknown) {
        out.push({
          message: `reverse_proxy upstream "${unknown.text}" in site "${siteName(p)}" is a placeholder without a default, so caddy-proto cannot tell whether it is the auth server; write the upstream or give the placeholder a default`,
          subject: { kind: "route", id: `${siteName(p)} ${[...p.context, "reverse_proxy"].join(" > ")} ${unknown.text}` },
          at: here,
          kind: "upstream-placeholder",
          severity: "notice",
          observed: unknown.text
        });
      }
      continue;
    }
    authBlocks++;
    if (setsForwardedProtoHttps(p)) continue;
    const problem2 = describeProblem(p);
    const via = p.importedFrom ? ` (snippet "${p.importedFrom.snippet}" imported at line ${p.importedFrom.line})` : "";
    out.push({
      message: `reverse_proxy to the auth server "${auth.text}" in site "${siteName(p)}"${via} ${problem2.what}; add "${HEADER}" inside its block (D51)`,
      subject: { kind: "route", id: `${siteName(p)} ${[...p.context, "reverse_proxy"].join(" > ")} ${auth.dial ?? auth.text}` },
      at: [...here, ...ruleAt],
      kind: problem2.kind,
      expected: HEADER,
      observed: problem2.observed
    });
  }
  if (authBlocks === 0) {
    out.push({
      message: `${fileName(file)} has no reverse_proxy to the auth server (${wantedList}), so D51 would pass vacuously; proxy the auth server here or set caddy.auth_upstreams in driftgate.config.yaml`,
      subject: { kind: "file", id: file },
      at: [loc(1, 1), ...ruleAt],
      kind: "no-auth-blocks",
      expected: `at least one reverse_proxy to ${wantedList}`,
      observed: `${proxies.length} reverse_proxy block(s), none to the auth server`
    });
  }
  return { findings: out, checked: { blocks: proxies.length } };
}
var caddy_proto_default = defineGate({
  id: "caddy-proto",
  aliases: ["D51"],
  kind: "static",
  severity: "error",
  describe: 'Every Caddy reverse_proxy to the auth server sets "header_up X-Forwarded-Proto https" (parsed, not grepped); a Caddyfile without such a block fails.',
  reads: ["caddyfile", "registry", "deploy"],
  judges: [],
  run: (ctx) => run(ctx.model, ctx.config.caddy.authUpstreams)
});

// src/gates/compose-parity.ts
import { posix as posix4 } from "node:path";

// src/bindings/remote-path.ts
import { posix as posix2 } from "node:path";
function homeOf(user) {
  return user === "root" ? "/root" : `/home/${user}`;
}
function trimSlash(path) {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
function expandHome(path, home) {
  let p = path.trim();
  if (p === "~") p = home;
  else if (p.startsWith("~/")) p = `${home}/${p.slice(2)}`;
  return trimSlash(posix2.normalize(p));
}
function composeDir(composeFile2) {
  const at2 = composeFile2.lastIndexOf("/");
  if (at2 < 0) return ".";
  if (at2 === 0) return "/";
  return composeFile2.slice(0, at2);
}
function targetHome(model, target) {
  const id = target.sshTarget ?? target.id;
  const user = model.sshTargets.find((t) => t.id === id)?.user;
  return user ? homeOf(user) : void 0;
}

// src/bindings/model/host-index.ts
function joinedVms(m) {
  return m.vms.filter((v) => v.meaning !== "inert" && v.meaning !== "template" && v.meaning !== "unknown");
}
function hostIndex(m, joins) {
  const parent = /* @__PURE__ */ new Map();
  const find = (n) => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root);
    parent.set(n, root);
    return root;
  };
  const join = (a, b) => {
    if (a && b) parent.set(find(a), find(b));
  };
  const vms = joinedVms(m);
  const nodes = [...m.hosts, ...m.sshTargets, ...vms, ...m.composeTargets];
  for (const n of nodes) parent.set(n, n);
  const ssh = (id) => id ? m.sshTargets.find((t) => t.id === id) : void 0;
  const by = new Set(joins);
  if (by.has("ssh_target")) {
    for (const h of m.hosts) join(h, ssh(h.ssh));
    for (const v of vms) join(v, ssh(v.sshTarget));
    for (const t of m.composeTargets) join(t, ssh(t.sshTarget));
  }
  if (by.has("vmid")) {
    for (const h of m.hosts) if (h.vmid !== void 0) join(h, vms.find((v) => v.vmid === h.vmid));
  }
  if (by.has("hostname")) {
    const named = (name2) => m.hosts.find((h) => h.id === name2) ?? m.sshTargets.find((t) => t.id === name2) ?? m.composeTargets.find((t) => t.id === name2);
    for (const v of vms) join(v, named(v.hostname));
    for (const t of m.composeTargets) join(t, m.hosts.find((h) => h.id === t.id) ?? ssh(t.id));
    for (const h of m.hosts) if (h.ssh === void 0) join(h, ssh(h.id));
  }
  const byRoot = /* @__PURE__ */ new Map();
  const groupOf = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    const root = find(n);
    let g = byRoot.get(root);
    if (!g) {
      g = { id: "", hosts: [], sshTargets: [], vms: [], composeTargets: [] };
      byRoot.set(root, g);
    }
    if (m.hosts.includes(n)) g.hosts.push(n);
    else if (m.sshTargets.includes(n)) g.sshTargets.push(n);
    else if (vms.includes(n)) g.vms.push(n);
    else g.composeTargets.push(n);
    groupOf.set(n, g);
  }
  const groups = [...byRoot.values()];
  for (const g of groups) g.id = g.hosts[0]?.id ?? g.sshTargets[0]?.id ?? g.composeTargets[0]?.id ?? g.vms[0]?.hostname ?? "";
  const byName = (name2) => {
    if (name2 === void 0) return void 0;
    const n = m.hosts.find((h) => h.id === name2) ?? ssh(name2) ?? m.composeTargets.find((t) => t.id === name2) ?? vms.find((v) => v.hostname === name2);
    return n ? groupOf.get(n) : void 0;
  };
  return {
    groups,
    ofHost: (h) => groupOf.get(h),
    ofSshTarget: (t) => groupOf.get(t),
    ofVm: (vm) => groupOf.get(vm),
    ofComposeTarget: (t) => groupOf.get(t),
    byName,
    same: (a, b) => a !== void 0 && b !== void 0 && (a === b || byName(a) !== void 0 && byName(a) === byName(b))
  };
}

// src/profile/fields.ts
var SPINE_FIELDS = {
  vms: { vmid: ["vmid", "id"] },
  "*": { notes: ["notes", "description"], updated: ["updated", "updated_at"] }
};
function keysOf(fields, kind, field) {
  return fields[kind]?.[field] ?? fields["*"]?.[field] ?? [field];
}
function mergeFields(base, extra) {
  const out = { ...base };
  for (const [scope, aliases] of Object.entries(extra)) {
    out[scope] = { ...base[scope] ?? {}, ...aliases };
  }
  return out;
}
function fieldReader(fields, kind, entry) {
  const renamed = {};
  const keyOf = (field) => keysOf(fields, kind, field).find((k) => Object.hasOwn(entry, k) && entry[k] !== void 0);
  return {
    value(field) {
      const key = keyOf(field);
      if (key === void 0) return void 0;
      if (key !== field) renamed[field] = key;
      return entry[key];
    },
    has: (field) => keyOf(field) !== void 0,
    renamed,
    keys: (field) => keysOf(fields, kind, field)
  };
}
function keysText(keys) {
  const quoted = keys.map((k) => `"${k}"`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

// src/bindings/shell-safe.ts
var SHELL_SAFE_PATTERN = "^[^;|&$`<>'\"\\s()\\\\]+$";
var SHELL_SAFE = new RegExp(SHELL_SAFE_PATTERN, "u");

// src/bindings/model/values.ts
function obj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function arr(v) {
  return Array.isArray(v) ? v : void 0;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function name(v) {
  return typeof v === "string" && v.trim() !== "" ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function bool(v) {
  return typeof v === "boolean" ? v : void 0;
}
function safe(v) {
  const s = name(v);
  return s !== void 0 && SHELL_SAFE.test(s) ? s : void 0;
}
function strings(v) {
  return (arr(v) ?? []).filter((x) => typeof x === "string");
}
function nstr(v) {
  if (v === null) return null;
  return str(v);
}
function expectCodes(v) {
  if (v === void 0) return [200];
  const valid = (n) => Number.isInteger(n) && n >= 100 && n <= 599;
  if (typeof v === "number") return valid(v) ? [v] : void 0;
  if (typeof v === "string") {
    const parts = v.split(",").map((p) => p.trim());
    if (!parts.every((p) => /^[0-9]{3}$/.test(p))) return void 0;
    const codes = parts.map(Number);
    return codes.every(valid) ? codes : void 0;
  }
  if (Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === "number" && valid(n))) return v;
  return void 0;
}
function unreadableValue(entry, f, field, what) {
  const keys = f.keys(field);
  if (!f.has(field)) {
    const near = didYouMean(keys[0], Object.keys(entry).filter((k) => !keys.includes(k)));
    return `it has no ${keysText(keys)}${near ? ` (it has "${near}")` : ""}`;
  }
  const key = keys.find((k) => entry[k] !== void 0) ?? field;
  return `its "${key}" is not ${what}`;
}
function firstUnreadable(entry, f, checks) {
  const bad = checks.find(([, ok]) => ok === void 0);
  return bad ? unreadableValue(entry, f, bad[0], bad[2]) : void 0;
}

// src/bindings/model/collections.ts
function refIn(file, ...path) {
  return { file, pointer: pointerOf(path) };
}
function fieldsOf(r, kind, entry) {
  return fieldReader(r.profile.fields, kind, entry);
}
function entryRef(ref, f) {
  return Object.keys(f.renamed).length > 0 ? { ...ref, keys: { ...f.renamed } } : ref;
}
function unreadable(r, kind, ref, reason, id) {
  r.bad.push({ kind, ref, reason, ...id !== void 0 && id !== "" ? { id } : {} });
}
function valueAt(root, path) {
  let node = root;
  for (const seg of path) node = obj(node)?.[seg];
  return node;
}
function shapeProblem(r, root, at2, kind, want) {
  if (!root) return;
  const value = valueAt(root, at2.path);
  const name2 = at2.path.join(".");
  const ref = refIn(r.file, ...at2.within ?? [], ...at2.path);
  if (value === void 0 || value === null) {
    if (at2.required ?? true) unreadable(r, kind, ref, `it has no "${name2}" ${want}`);
    return;
  }
  unreadable(r, kind, ref, `its "${name2}" is not a ${want}`);
}
function listAt(r, data, at2, kind) {
  const root = obj(data);
  const list = root ? arr(valueAt(root, at2.path)) : void 0;
  if (list) return list;
  shapeProblem(r, root, at2, kind, "list");
  return [];
}
function mapAt(r, data, at2, kind) {
  const root = obj(data);
  const map = root ? obj(valueAt(root, at2.path)) : void 0;
  if (map) return map;
  shapeProblem(r, root, at2, kind, "map");
  return {};
}
function notAMap(raw) {
  if (raw === null || raw === void 0) return "it is empty";
  return Array.isArray(raw) ? "it is a list, not a map" : `it is ${JSON.stringify(raw)}, not a map`;
}
function rawEntry(m, ref) {
  let node = m.files.get(ref.file)?.data;
  for (const seg of parsePointer(ref.pointer)) node = Array.isArray(node) ? node[Number(seg)] : obj(node)?.[seg];
  return obj(node);
}

// src/bindings/model/scopes.ts
function entryInScope(m, profile, binding, kind, ref) {
  const filter = profile.scopes[binding]?.[kind];
  if (!filter) return true;
  const entry = rawEntry(m, ref);
  const defaults = obj(obj(m.files.get(ref.file)?.data)?.defaults);
  return Object.entries(filter).every(([key, values]) => {
    const value = entry?.[key] ?? defaults?.[key];
    return values.some((v) => v === value);
  });
}
function hostInScope(m, profile, binding, group) {
  if (!group || !profile.scopes[binding]) return true;
  const entries = [
    ...group.hosts.map((h) => ["hosts", h.ref]),
    ...group.sshTargets.map((t) => ["sshTargets", t.ref]),
    ...group.vms.map((v) => ["vms", v.ref]),
    ...group.composeTargets.map((t) => ["composeTargets", t.ref])
  ];
  return entries.every(([kind, ref]) => entryInScope(m, profile, binding, kind, ref));
}
var indexes = /* @__PURE__ */ new WeakMap();
function hostsOf(m, profile) {
  let byProfile = indexes.get(m);
  if (!byProfile) indexes.set(m, byProfile = /* @__PURE__ */ new Map());
  let index = byProfile.get(profile);
  if (!index) byProfile.set(profile, index = hostIndex(m, profile.joins));
  return index;
}

// src/profile/networks.ts
function ipv4(address) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!m) return void 0;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return void 0;
  return (parts[0] << 24 >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3];
}
function parseNetwork(text) {
  const [addr, len, extra] = text.split("/");
  if (addr === void 0 || extra !== void 0) return void 0;
  const base = ipv4(addr);
  const bits = len === void 0 ? 32 : /^\d{1,2}$/.test(len) ? Number(len) : NaN;
  if (base === void 0 || !(bits >= 0 && bits <= 32)) return void 0;
  return { text, base: (base & mask(bits)) >>> 0, bits };
}
function mask(bits) {
  return bits === 0 ? 0 : ~0 << 32 - bits >>> 0;
}
function inNetwork(address, network) {
  const value = ipv4(address);
  return value !== void 0 && (value & mask(network.bits)) >>> 0 === network.base;
}

// src/profile/status-vocabulary.ts
var VOCABULARY_PLACES = {
  services: { binding: "registry", path: ["services", "*", "status"] },
  vms: { binding: "vms", path: ["vms", "*", "status"] },
  routes: { binding: "routing", path: ["zones", "*", "hostnames", "*", "routing_layer"] },
  naming: { binding: "naming", path: ["hosts", "*", "status"] }
};
var SPINE_STATUSES = {
  vocabularies: {
    services: {
      active: { meaning: "running", says: "running and serving" },
      deprecated: { meaning: "may-run", says: "marked for decommission, may still run" },
      parked: { meaning: "expected-stopped", says: "intentionally stopped", contradiction: "warning" },
      stopped: { meaning: "expected-stopped", says: "crashed or exited", contradiction: "error" },
      retired: { meaning: "inert", says: "retired" }
    },
    vms: {
      planning: { meaning: "planned", says: "planned, not created yet" },
      provisioned: { meaning: "provisioning", says: "created, not in service yet" },
      registered: { meaning: "provisioning", says: "registered, not in service yet" },
      active: { meaning: "running", says: "in service" },
      decommissioned: { meaning: "inert", says: "decommissioned" },
      abandoned: { meaning: "inert", says: "abandoned" },
      template: { meaning: "template", says: "a template" },
      planned: { meaning: "planned", says: "planned, not created yet" },
      stopped: { meaning: "expected-stopped", says: "stopped" }
    },
    routes: {
      cloudflare_tunnel: { meaning: "running", says: "routed through a Cloudflare tunnel" },
      cloudflare_pages: { meaning: "running", says: "served by Cloudflare Pages" },
      cloudflare_dns: { meaning: "running", says: "a Cloudflare DNS record" },
      direct: { meaning: "running", says: "routed directly" },
      unknown: { meaning: "may-run", says: "routing not recorded" }
    },
    naming: {
      active: { meaning: "running", says: "in service" },
      stopped: { meaning: "expected-stopped", says: "stopped" },
      decommissioned: { meaning: "inert", says: "decommissioned" }
    }
  },
  /** an absent registry `status` means this one (the registry's header: "active (or absent)") */
  serviceDefault: "active"
};
function meaningOf(vocabulary, status) {
  return Object.hasOwn(vocabulary, status) ? vocabulary[status].meaning : "unknown";
}
function entryOf(vocabulary, status) {
  return Object.hasOwn(vocabulary, status) ? vocabulary[status] : void 0;
}
function statusWithMeaning(vocabulary, meaning) {
  return Object.entries(vocabulary).find(([, e]) => e.meaning === meaning)?.[0];
}

// src/profile/profile.ts
var ADDRESS_ROLES = ["lan", "tailscale", "public"];
var JOIN_KEYS = ["ssh_target", "vmid", "hostname"];
var PRIVATE_V4 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];
var TAILSCALE_V4 = ["100.64.0.0/10"];
function networks(list) {
  return list.map(parseNetwork).filter((n) => n !== void 0);
}
var SPINE_PROFILE = {
  name: "spine",
  fields: SPINE_FIELDS,
  statuses: SPINE_STATUSES,
  addresses: {
    lan: { keys: ["lan_ip"], networks: networks(PRIVATE_V4) },
    tailscale: { keys: ["tailscale_ip"], networks: networks(TAILSCALE_V4) },
    public: { keys: ["public_ip"], networks: [] }
  },
  joins: JOIN_KEYS,
  scopes: {},
  unique: [
    { binding: "stacks", collection: "/stacks", key: "stack_id" },
    { binding: "gaps", collection: "/gaps", key: "id" },
    { binding: "naming", collection: "/hosts", key: "canonical_name" },
    { binding: "deploy", collection: "/chains", key: "id" }
  ]
};
function merge(base, s) {
  const vocabularies = { ...base.statuses.vocabularies };
  for (const [kind, words] of Object.entries(s.statuses ?? {})) {
    vocabularies[kind] = { ...vocabularies[kind], ...words };
  }
  const addresses = { ...base.addresses };
  for (const [role, plane] of Object.entries(s.addresses ?? {})) {
    addresses[role] = {
      keys: plane.keys ?? base.addresses[role].keys,
      networks: plane.networks ? networks(plane.networks) : base.addresses[role].networks
    };
  }
  return {
    name: base.name,
    fields: mergeFields(base.fields, s.fields ?? {}),
    statuses: { vocabularies, serviceDefault: base.statuses.serviceDefault },
    addresses,
    joins: s.joins ?? base.joins,
    scopes: { ...base.scopes, ...s.scopes ?? {} },
    unique: [...base.unique, ...s.unique ?? []]
  };
}
var resolved = /* @__PURE__ */ new WeakMap();
function resolveProfile(config) {
  const settings = config.profileSettings;
  if (!settings) return SPINE_PROFILE;
  const known = resolved.get(settings);
  if (known) return known;
  const profile = merge(SPINE_PROFILE, settings);
  resolved.set(settings, profile);
  return profile;
}

// src/gates/coverage.ts
import { posix as posix3 } from "node:path";

// src/bindings/yaml-problems.ts
var import_yaml2 = __toESM(require_dist(), 1);
function problemAt(code, message, path, line, column, pointer = "") {
  return { code, severity: code === "YAML_WARNING" ? "warning" : "error", message, location: { file: path, line, column, pointer } };
}
function keyAt(doc, offset, source) {
  let key;
  (0, import_yaml2.visit)(doc, {
    Pair(_k, pair) {
      const node = pair.key;
      if (!(0, import_yaml2.isNode)(node) || node.range?.[0] !== offset) return void 0;
      const text = (0, import_yaml2.isScalar)(node) ? String(node.value) : source.slice(node.range[0], node.range[1]).trim();
      const flat = text.replace(/\r?\n/g, "\\n");
      key = flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
      return import_yaml2.visit.BREAK;
    }
  });
  return key;
}
function openedAt(doc, error) {
  const end = error.pos[0];
  const seq = /^Flow sequence/.test(error.message);
  const map = /^Flow map/.test(error.message);
  const quote = error.code === "MISSING_CHAR" && /^Missing closing ["']quote/.test(error.message);
  if (!seq && !map && !quote) return void 0;
  let found;
  (0, import_yaml2.visit)(doc, {
    Node(_k, node) {
      const range = node.range;
      if (!range || range[1] !== end) return void 0;
      if (seq && (0, import_yaml2.isSeq)(node) && node.flow || map && (0, import_yaml2.isMap)(node) && node.flow) {
        const [open, close] = seq ? ["[", "]"] : ["{", "}"];
        found = { offset: range[0], what: `the "${open}" opened here is never closed; add the "${close}" (lines that continue it must be indented deeper than its key)` };
      } else if (quote && (0, import_yaml2.isScalar)(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) {
        const q = node.type === "QUOTE_DOUBLE" ? '"' : "'";
        found = { offset: range[0], what: `the string opened with ${q} here is never closed; add the closing ${q}` };
      }
      return found ? import_yaml2.visit.BREAK : void 0;
    }
  });
  return found;
}
function yamlErrorProblem(error, relPath, source, lineCounter, severity, doc) {
  const pos = lineCounter.linePos(error.pos[0]);
  const firstLine = error.message.split("\n")[0] ?? error.message;
  if (error.code === "DUPLICATE_KEY") {
    const key = keyAt(doc, error.pos[0], source) ?? source.slice(error.pos[0]).split(/[:\n]/)[0].trim();
    return problemAt("DUPLICATE_KEY", `duplicate key "${key}": map keys must be unique (the later value would silently win); remove or rename one of them`, relPath, pos.line, pos.col);
  }
  const code = severity === "warning" ? "YAML_WARNING" : "YAML_SYNTAX";
  const opened = severity === "error" ? openedAt(doc, error) : void 0;
  if (opened) {
    const start = lineCounter.linePos(opened.offset);
    return problemAt(code, `YAML syntax error: ${opened.what}`, relPath, start.line, start.col);
  }
  return problemAt(code, `YAML ${severity === "warning" ? "warning" : "syntax error"}: ${firstLine}`, relPath, pos.line, pos.col);
}
var STACK = /maximum call stack/i;
function tabIndentation(doc, relPath, lineCounter) {
  const tabs = doc.errors.filter((e) => e.code === "TAB_AS_INDENT").sort((a, b) => a.pos[0] - b.pos[0]);
  const first = tabs[0];
  if (!first) return void 0;
  const pos = lineCounter.linePos(first.pos[0]);
  const lines = new Set(tabs.map((e) => lineCounter.linePos(e.pos[0]).line)).size;
  const more = lines > 1 ? ` (${lines} lines are indented with tabs, the first here)` : "";
  const problem2 = problemAt("YAML_SYNTAX", `YAML syntax error: tabs are not allowed for indentation${more}; indent with spaces`, relPath, pos.line, pos.col);
  return { problem: problem2, from: lineCounter.lineStarts[pos.line - 1] ?? first.pos[0] };
}
function yamlProblems(doc, relPath, source, lineCounter) {
  const tabs = tabIndentation(doc, relPath, lineCounter);
  if (!tabs) return allProblems(doc, relPath, source, lineCounter);
  const before = allProblems(doc, relPath, source, lineCounter).filter((p) => lineCounter.lineStarts[p.location.line - 1] < tabs.from);
  return [...before, tabs.problem];
}
function allProblems(doc, relPath, source, lineCounter) {
  const problems = [];
  const deep = doc.errors.filter((e) => STACK.test(e.message)).sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (deep) {
    const pos = lineCounter.linePos(deep.pos[0]);
    problems.push(problemAt("YAML_SYNTAX", "YAML syntax error: the document nests too deeply to be parsed; flatten it", relPath, pos.line, pos.col));
  }
  const unclosed = new Set(doc.errors.filter((e) => openedAt(doc, e) !== void 0));
  const cutoff = Math.min(...[...unclosed].map((e) => openedAt(doc, e).offset));
  const consequence = (e) => !unclosed.has(e) && e.pos[0] > cutoff;
  for (const error of doc.errors) {
    if (STACK.test(error.message) || consequence(error)) continue;
    if (error.code === "MULTIPLE_DOCS") {
      const pos = lineCounter.linePos(error.pos[0]);
      problems.push(problemAt("YAML_SYNTAX", 'YAML syntax error: a second document starts here ("---"); a binding file holds one document, so remove the separator or split the file', relPath, pos.line, pos.col));
      continue;
    }
    problems.push(yamlErrorProblem(error, relPath, source, lineCounter, "error", doc));
  }
  for (const warning of doc.warnings) if (!consequence(warning)) problems.push(yamlErrorProblem(warning, relPath, source, lineCounter, "warning", doc));
  if (deep) return problems;
  (0, import_yaml2.visit)(doc, {
    Pair(_k, pair) {
      if (!(0, import_yaml2.isCollection)(pair.key) || !pair.key.range) return;
      const pos = lineCounter.linePos(pair.key.range[0]);
      problems.push(problemAt("YAML_WARNING", "YAML warning: this key is a list or map, which no binding uses and which is read as its text; use a plain key", relPath, pos.line, pos.col));
    }
  });
  return problems;
}
function toPlainData(doc, relPath, lineCounter, maxAliasCount) {
  try {
    return { data: doc.toJS({ maxAliasCount }), problems: [] };
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    const unresolved = /^Unresolved alias/i.test(error.message);
    let found;
    (0, import_yaml2.visit)(doc, {
      Alias(_key, node) {
        if (!(0, import_yaml2.isAlias)(node) || !node.range) return void 0;
        if (unresolved && node.resolve(doc) !== void 0) return void 0;
        found = { offset: node.range[0], name: node.source };
        return import_yaml2.visit.BREAK;
      }
    });
    const pos = lineCounter.linePos(found?.offset ?? 0);
    const problem2 = unresolved ? problemAt("YAML_SYNTAX", `YAML syntax error: alias "*${found?.name ?? "?"}" refers to no anchor "&${found?.name ?? "?"}" defined before it; define the anchor first or fix the name`, relPath, pos.line, pos.col) : problemAt("ALIAS_LIMIT", `too many alias expansions (more than ${maxAliasCount}): the file looks like an alias bomb and was not expanded`, relPath, pos.line, pos.col);
    return { data: void 0, problems: [problem2] };
  }
}

// src/bindings/input-states.ts
var CORE_KINDS = ["registry", "health", "compose", "vms", "ssh", "backups"];
var BINDING_KINDS = [...CORE_KINDS, "routing", "stacks", "placement", "naming", "deploy", "gaps"];
var FATAL = /* @__PURE__ */ new Set(["FILE_UNREADABLE", "FILE_TOO_LARGE", "FILE_BINARY", "FILE_ENCODING", "YAML_SYNTAX", "ALIAS_LIMIT"]);
function firstFatal(problems, path) {
  return problems.filter((p) => p.location.file === path && p.severity === "error" && FATAL.has(p.code)).sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)[0];
}
function isMap3(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function bindingState(kind, path, required, file, problems) {
  const base = { kind, path, required };
  const missing2 = problems.find((p) => p.location.file === path && p.code === "FILE_MISSING");
  if (!file || missing2) return { ...base, status: "missing", ...missing2 ? { problem: missing2 } : {} };
  const fatal = firstFatal(problems, path);
  if (fatal || file.data === void 0) {
    return { ...base, status: "failed", problem: fatal ?? problemAt("YAML_SYNTAX", `${path} could not be parsed`, path, 1, 1) };
  }
  if (!isMap3(file.data)) {
    const what = file.data === null ? "is empty" : Array.isArray(file.data) ? "is a list at the top level, not a map" : "is a single value, not a map";
    return { ...base, status: "failed", problem: problemAt("SCHEMA_TYPE", `${path} ${what}`, path, 1, 1) };
  }
  return { ...base, status: "ok" };
}
function textState(path, text, problems) {
  const base = { kind: "caddyfile", path, required: false };
  if (text !== void 0) return { ...base, status: "ok" };
  const fatal = firstFatal(problems, path);
  return fatal ? { ...base, status: "failed", problem: fatal } : { ...base, status: "missing" };
}
function workflowsState(dir, count) {
  return { kind: "workflows", path: dir, required: false, status: count > 0 ? "ok" : "missing" };
}
function isBroken(state) {
  return state.status === "failed" || state.status === "missing" && state.required;
}

// src/gates/coverage.ts
var KIND_LABELS = {
  services: { one: "service", many: "services" },
  hosts: { one: "registry host", many: "registry hosts" },
  endpoints: { one: "health endpoint", many: "health endpoints" },
  composeTargets: { one: "compose target", many: "compose targets" },
  stacks: { one: "stack", many: "stacks" },
  vms: { one: "VM", many: "VMs" },
  sshTargets: { one: "ssh target", many: "ssh targets" },
  backups: { one: "backup target", many: "backup targets" },
  routes: { one: "routed hostname", many: "routed hostnames" },
  deployDependencies: { one: "deploy dependency", many: "deploy dependencies" },
  blocks: { one: "reverse_proxy block", many: "reverse_proxy blocks" },
  workflows: { one: "workflow", many: "workflows" },
  containers: { one: "container", many: "containers" },
  hypervisors: { one: "hypervisor", many: "hypervisors" },
  hostKeys: { one: "SSH host key", many: "SSH host keys" },
  files: { one: "file", many: "files" },
  entries: { one: "keyed entry", many: "keyed entries" }
};
var SUBJECT = {
  services: "service",
  hosts: "host",
  endpoints: "endpoint",
  composeTargets: "host",
  stacks: "stack",
  vms: "vm",
  sshTargets: "host",
  backups: "backup",
  routes: "route",
  deployDependencies: "service"
};
var COVERAGE_DETAIL = "coverage";
function coverageText(checked) {
  return Object.entries(checked).map(([kind, n]) => `${n} ${n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many}`).join(", ");
}
function mayBeUnreadable(m, kind, id) {
  return id !== void 0 && m.unreadable.some((u) => u.kind === kind && (u.id === void 0 || u.id === id));
}
function place(m, ref) {
  const loc = locate(m, ref);
  return `${posix3.basename(loc.file)}:${loc.line}:${loc.column}`;
}
function brokenInputs(gate, m) {
  return gate.reads.map((k) => m.inputs[k]).filter((s) => s !== void 0 && isBroken(s));
}
function whyBroken(s) {
  const p = s.problem;
  const name2 = posix3.basename(s.path);
  if (s.status === "missing") return `${name2} does not exist`;
  if (!p) return `${name2} did not load`;
  const message = p.message.startsWith(`${s.path} `) ? p.message.slice(s.path.length + 1) : p.message;
  return `${name2} did not load (${message})`;
}
function notEvaluatedDraft(broken2) {
  const what = broken2.map(whyBroken).join("; ");
  const first = broken2[0];
  return {
    message: `not evaluated: ${what}, so nothing was checked and drift cannot be ruled out`,
    subject: { kind: "file", id: first.path },
    at: broken2.map((s) => s.problem?.location ?? { file: s.path, line: 1, column: 1, pointer: "" }),
    kind: "input-not-loaded",
    severity: "warning",
    direction: "unknown",
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: "input-not-loaded", inputs: broken2.map((s) => ({ file: s.path, status: s.status })) }
  };
}
function unreadableDrafts(gate, m) {
  return m.unreadable.filter((u) => gate.judges.includes(u.kind)).map((u) => {
    const label2 = KIND_LABELS[u.kind].one;
    const named = u.id !== void 0 ? `${label2} "${u.id}"` : label2;
    return {
      message: `${named} at ${place(m, u.ref)} could not be read: ${u.reason}; not checked, so drift cannot be ruled out`,
      subject: { kind: SUBJECT[u.kind], id: u.id ?? `${u.ref.file}#${u.ref.pointer}` },
      at: [u.ref],
      kind: `unreadable:${u.kind}`,
      severity: "warning",
      direction: "unknown",
      inconclusive: true,
      details: { [COVERAGE_DETAIL]: "unreadable", reason: u.reason }
    };
  });
}
function unknownStatusDrafts(gate, m, checked) {
  const out = [];
  for (const kind of ["services", "vms"]) {
    if (!gate.judges.includes(kind) || (checked[kind] ?? 0) > 0) continue;
    const all = kind === "services" ? m.services : m.vms;
    const unknown = all.filter((e) => e.meaning === "unknown");
    if (unknown.length === 0 || unknown.length < all.length) continue;
    const words = [...new Set(unknown.map((e) => `"${e.status}"`))].join(", ");
    out.push({
      message: `judged no ${KIND_LABELS[kind].one}: the status of ${unknown.length} ${unknown.length === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many} (${words}) is one the status vocabulary does not know, so drift cannot be ruled out`,
      subject: { kind: "file", id: unknown[0].ref.file },
      at: unknown.map((e) => e.ref),
      kind: `unknown-status:${kind}`,
      severity: "warning",
      direction: "unknown",
      inconclusive: true,
      details: { [COVERAGE_DETAIL]: "unknown-status" }
    });
  }
  return out;
}

// src/gates/compose-parity.ts
function sshUser(m, target) {
  return m.sshTargets.find((t) => t.id === (target.sshTarget ?? target.id))?.user;
}
function expandTilde(m, target, path) {
  if (!path.startsWith("~/") && path !== "~") return void 0;
  const home = targetHome(m, target);
  return home === void 0 ? void 0 : expandHome(path, home);
}
function serviceInStack(m, s, out) {
  if (s.compose === void 0 || s.host === void 0) return;
  const compose = fileName(m.paths.compose);
  const dir = trimSlash(posix4.dirname(s.compose));
  const field = sub(s.ref, "compose");
  const target = m.composeTargets.find((t) => t.id === s.host);
  if (!target && mayBeUnreadable(m, "composeTargets", s.host)) return;
  if (!target) {
    out.push({
      message: `service "${s.id}" has compose file "${s.compose}" on host "${s.host}", but ${compose} declares no compose target "${s.host}"; add the target with its stacks`,
      subject: { kind: "service", id: s.id },
      at: [field, { file: m.paths.compose, pointer: "/targets" }],
      kind: "host-without-compose-target",
      observed: s.host
    });
    return;
  }
  if (target.stacks.some((st) => trimSlash(st.path) === dir)) return;
  const expanded = expandTilde(m, target, dir);
  const sameAfterExpansion = target.stacks.find(
    (st) => expanded !== void 0 && trimSlash(st.path) === expanded || expandTilde(m, target, trimSlash(st.path)) === dir
  );
  if (sameAfterExpansion) {
    out.push({
      message: `service "${s.id}" has compose directory "${dir}" and stack "${sameAfterExpansion.name}" has path "${sameAfterExpansion.path}" (${where(m, sub(sameAfterExpansion.ref, "path"))}): one directory for ssh user "${sshUser(m, target)}" written two ways, which breaks when the user changes; write it the same way in both files`,
      subject: { kind: "service", id: s.id },
      at: [field, sub(sameAfterExpansion.ref, "path")],
      kind: "compose-path-form",
      // the same directory under the declared ssh user: a consistency nit, not drift
      severity: "notice",
      expected: `${trimSlash(sameAfterExpansion.path)}/${posix4.basename(s.compose)}`,
      observed: s.compose
    });
    return;
  }
  const elsewhere = m.stacks.find((st) => st.target !== target.id && trimSlash(st.path) === dir);
  if (!elsewhere && m.unreadable.some((u) => u.kind === "stacks" && u.ref.pointer.startsWith(`${target.ref.pointer}/`))) return;
  out.push({
    message: elsewhere ? `service "${s.id}" runs on host "${s.host}", but its compose directory "${dir}" is stack "${elsewhere.name}" of host "${elsewhere.target}" (${where(m, sub(elsewhere.ref, "path"))}); fix the host or the compose path` : `service "${s.id}" has compose file "${s.compose}", but no stack of host "${s.host}" in ${compose} has path "${dir}" (stacks: ${target.stacks.map((st) => st.path).join(", ") || "none"}); declare the stack or fix the compose path`,
    subject: { kind: "service", id: s.id },
    at: [field, elsewhere ? sub(elsewhere.ref, "path") : sub(target.ref, "stacks")],
    kind: elsewhere ? "compose-on-other-host" : "compose-outside-stacks",
    expected: target.stacks.map((st) => st.path),
    observed: dir
  });
}
function sharedPaths(m, out) {
  for (const target of m.composeTargets) {
    const seen = /* @__PURE__ */ new Map();
    for (const st of target.stacks) {
      const key = trimSlash(st.path);
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, st);
        continue;
      }
      out.push({
        message: `stacks "${prev.name}" and "${st.name}" of host "${target.id}" share path "${st.path}" (${where(m, sub(prev.ref, "path"))}); one directory holds one compose project`,
        subject: { kind: "stack", id: `${target.id}/${st.name}` },
        at: [sub(st.ref, "path"), sub(prev.ref, "path")],
        kind: "shared-stack-path",
        observed: st.path
      });
    }
  }
}
function vmListsStacks(m, profile, out) {
  const hosts = hostsOf(m, profile);
  for (const target of m.composeTargets) {
    if (!target.enabled) continue;
    const vm = hosts.ofComposeTarget(target).vms.find((v) => v.meaning === "running");
    if (!vm) continue;
    for (const st of target.stacks) {
      if (vm.stacks.includes(st.name)) continue;
      out.push({
        message: `stack "${st.name}" of host "${target.id}" is missing from the stacks of VM ${vm.vmid} in ${fileName(m.paths.vms)} (${where(m, sub(vm.ref, "stacks"))}); add it to that list`,
        subject: { kind: "stack", id: `${target.id}/${st.name}` },
        at: [sub(st.ref, "name"), sub(vm.ref, "stacks")],
        kind: "stack-missing-from-vm",
        expected: st.name,
        observed: vm.stacks
      });
    }
  }
}
var compose_parity_default = defineGate({
  id: "compose-parity",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "A service's compose file lies in a declared stack on its host, no two stacks share a path, and vm.lifecycle lists every compose stack of its VM: otherwise the status tools probe the wrong directory or none.",
  reads: ["registry", "compose", "vms", "ssh"],
  judges: ["services", "composeTargets", "stacks", "vms"],
  run(ctx) {
    const m = ctx.model;
    const out = [];
    for (const s of m.services) serviceInStack(m, s, out);
    sharedPaths(m, out);
    vmListsStacks(m, resolveProfile(ctx.config), out);
    const vms = m.vms.filter((v) => v.meaning !== "unknown").length;
    return { findings: out, checked: { services: m.services.length, composeTargets: m.composeTargets.length, stacks: m.stacks.length, vms } };
  }
});

// src/gates/live/container-index.ts
function declaredContainer(service) {
  return service.container ?? service.id;
}
function placeService(model, service) {
  if (!service.host || !service.compose) return void 0;
  const target = model.composeTargets.find((t) => t.id === service.host);
  if (!target) return void 0;
  const dir = trimSlash(composeDir(service.compose));
  let stack = target.stacks.find((s) => trimSlash(s.path) === dir);
  const home = stack ? void 0 : targetHome(model, target);
  if (home !== void 0) {
    const expanded = expandHome(dir, home);
    stack = target.stacks.find((s) => expandHome(s.path, home) === expanded);
  }
  if (!stack) return void 0;
  return { service, target, stack, container: declaredContainer(service) };
}
function findStackObservation(obs, stack) {
  return obs?.stacks.find((s) => s.target === stack.target && s.stack === stack.name);
}
function placeByObservation(model, obs, service) {
  if (!obs || !service.host) return void 0;
  const target = model.composeTargets.find((t) => t.id === service.host);
  if (!target) return void 0;
  const name2 = declaredContainer(service);
  for (const stack of target.stacks) {
    const seen = findStackObservation(obs, stack);
    if (seen?.ok && seen.containers.some((c) => c.name === name2)) return { service, target, stack, container: name2 };
  }
  return void 0;
}
function stackViews(model, obs) {
  const placements = model.services.map((s) => placeService(model, s) ?? placeByObservation(model, obs, s)).filter((p) => p !== void 0);
  const views = [];
  for (const target of model.composeTargets) {
    if (!target.enabled) continue;
    for (const stack of target.stacks) {
      const view = {
        stack,
        target,
        services: placements.filter((p) => p.target.id === target.id && p.stack.name === stack.name)
      };
      const found = findStackObservation(obs, stack);
      if (found) view.obs = found;
      views.push(view);
    }
  }
  return views;
}
function matchContainer(containers, name2) {
  return containers.find((c) => c.name === name2) ?? containers.find((c) => c.service === name2);
}
function servicesNaming(placements, container) {
  const byName = placements.filter((p) => p.container === container.name);
  if (byName.length > 0) return byName;
  return placements.filter((p) => p.container === container.service);
}
function hostServicesNaming(model, host, container) {
  const onHost = model.services.filter((s) => s.host === host);
  const byName = onHost.filter((s) => declaredContainer(s) === container.name);
  if (byName.length > 0) return byName;
  return onHost.filter((s) => declaredContainer(s) === container.service);
}
function isUp(container) {
  return container.state === "running";
}

// src/gates/live/probe-gaps.ts
var DRIFT_REASONS = /* @__PURE__ */ new Set(["dir-missing", "compose-missing"]);
function hostOf(obs, sshTarget) {
  return obs?.hosts.find((h) => h.target === sshTarget);
}
function splitStacks(views, obs) {
  const split = { listed: [], drift: [], gaps: [] };
  const groups = /* @__PURE__ */ new Map();
  const add = (key, make, view) => {
    let gap = groups.get(key);
    if (!gap) {
      gap = make();
      groups.set(key, gap);
      split.gaps.push(gap);
    }
    gap.views.push(view);
  };
  for (const view of views) {
    const o = view.obs;
    if (o?.ok) {
      split.listed.push(view);
      continue;
    }
    if (o?.failure && DRIFT_REASONS.has(o.failure.reason)) {
      split.drift.push(view);
      continue;
    }
    if (!o) {
      add(`not-probed:${view.target.id}`, () => ({
        subject: { kind: "host", id: view.target.id },
        reason: "not-probed",
        error: "the observation snapshot has no entry for it",
        views: [],
        at: [view.target.ref],
        key: "not-probed"
      }), view);
      continue;
    }
    const host = hostOf(obs, o.sshTarget);
    if (host && !host.ok) {
      const reason2 = host.failure?.reason ?? o.failure?.reason ?? "error";
      add(`host:${o.sshTarget}`, () => ({
        subject: { kind: "host", id: o.sshTarget },
        reason: reason2,
        error: host.failure?.error ?? o.failure?.error ?? "",
        durationMs: host.durationMs,
        views: [],
        at: [view.target.ref],
        key: `host-${reason2}`
      }), view);
      continue;
    }
    const reason = o.failure?.reason ?? "error";
    add(`stack:${view.target.id}/${view.stack.name}`, () => ({
      subject: { kind: "stack", id: view.stack.name },
      reason,
      error: o.failure?.error ?? "",
      durationMs: o.durationMs,
      views: [],
      at: [view.stack.ref],
      key: `stack-${reason}`
    }), view);
  }
  return split;
}
function gapCause(gap) {
  if (gap.reason === "not-probed") return `was not probed (${gap.error})`;
  const took = gap.durationMs !== void 0 ? ` after ${seconds(gap.durationMs)} s` : "";
  const what = gap.subject.kind === "host" ? "could not be reached over SSH" : "could not be listed";
  const detail = gap.error ? `: ${gap.error}` : "";
  return `${what} (${reasonLabel(gap.reason)}${took}${detail})`;
}
function gapFinding(gap, unchecked) {
  const what = unchecked(gap.views);
  if (what === void 0) return void 0;
  const names = listNames(gap.views.map((v) => v.stack.name));
  const label2 = gap.subject.kind === "host" ? `host "${gap.subject.id}"` : `stack "${gap.subject.id}"`;
  const stacks2 = gap.subject.kind === "host" ? ` (stacks: ${names})` : "";
  return {
    kind: `inconclusive-${gap.key}`,
    subject: gap.subject,
    at: gap.at,
    message: `${label2} ${gapCause(gap)}; ${what} not checked${stacks2}, so drift cannot be ruled out`,
    direction: "unknown",
    severity: "warning",
    inconclusive: true,
    observed: gap.reason === "not-probed" ? "not probed" : reasonLabel(gap.reason),
    details: {
      reason: gap.reason,
      stacks: gap.views.map((v) => v.stack.name),
      ...gap.durationMs !== void 0 ? { durationMs: gap.durationMs } : {},
      ...gap.error ? { error: gap.error } : {}
    }
  };
}

// src/gates/live/uptime.ts
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function containerUptime(c, at2) {
  const started = c.startedAt ? Date.parse(c.startedAt) : NaN;
  if (Number.isFinite(started) && Number.isFinite(at2.getTime())) return { ms: Math.max(0, at2.getTime() - started), basis: "start-time" };
  const fromText = statusUptimeMs(c.status);
  return fromText === void 0 ? { basis: "unknown" } : { ms: fromText, basis: "status-text" };
}
function shortDuration(ms) {
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)} s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} d`;
}
function notYetStable(c, at2, minMs) {
  const up = containerUptime(c, at2);
  if (up.ms !== void 0 && up.ms >= minMs) return void 0;
  const restarts = c.restartCount ? ` after ${c.restartCount} restart${c.restartCount === 1 ? "" : "s"}` : "";
  const oom = c.oomKilled ? " (the last exit was an OOM kill)" : "";
  if (up.basis === "start-time") return `running for ${shortDuration(up.ms ?? 0)}${restarts}${oom}`;
  if (up.basis === "status-text") return `running for ${shortDuration(up.ms ?? 0)}${restarts}${oom} (from its status "${c.status}"; no start time observed)`;
  return `running, for how long is unknown (status "${c.status}"; no start time observed)`;
}
function containerDowntime(c, at2) {
  const finished = c.finishedAt ? Date.parse(c.finishedAt) : NaN;
  if (Number.isFinite(finished) && Number.isFinite(at2.getTime())) return { ms: Math.max(0, at2.getTime() - finished), basis: "start-time" };
  const m = /^Exited\s+\(-?\d+\)\s+(.+?)\s+ago$/i.exec(c.status.trim());
  const fromText = m?.[1] ? statusUptimeMs(`Up ${m[1]}`) : void 0;
  return fromText === void 0 ? { basis: "unknown" } : { ms: fromText, basis: "status-text" };
}
function notYetDown(c, at2, minMs) {
  if (c.state !== "exited" && c.state !== "dead") return `${c.state}, not exited`;
  const down = containerDowntime(c, at2);
  if (down.ms !== void 0 && down.ms >= minMs) return void 0;
  if (down.ms === void 0) return `exited, for how long is unknown (status "${c.status}"; no finish time observed)`;
  return `exited ${shortDuration(down.ms)} ago`;
}

// src/gates/live/compose-enable.ts
function runsAgain(ctx, t, obs) {
  const seen = t.stacks.map((s) => findStackObservation(obs, s));
  if (t.stacks.length === 0 || seen.some((o) => !o?.shadow || !o.ok || o.containers.length === 0)) return void 0;
  const minMs = ctx.config.fix.minUptimeMinutes * 6e4;
  const containers = seen.flatMap((o) => o.containers.map((c) => ({ c, at: new Date(o.startedAt) })));
  if (containers.some(({ c, at: at2 }) => !isUp(c) || notYetStable(c, Number.isFinite(at2.getTime()) ? at2 : ctx.now, minMs))) return void 0;
  const names = containers.map(({ c }) => c.name).sort();
  return worksAgain({
    kind: "runs-while-disabled",
    fix: "compose-enable",
    subject: { kind: "host", id: t.id },
    entry: t.ref,
    message: `compose target "${t.id}": disabled, but its shadow probe found ${names.length} container${names.length === 1 ? "" : "s"} running in ${t.stacks.map((s) => s.name).join(", ")} (${listNames(names)}); it works again: set enabled: true`,
    observed: `${names.length}/${names.length} running`,
    details: { stacks: t.stacks.map((s) => s.name), containers: names }
  });
}
function composeTargetsRunningAgain(ctx) {
  const obs = ctx.observations;
  if (!obs) return [];
  return ctx.model.composeTargets.filter((t) => !t.enabled).flatMap((t) => runsAgain(ctx, t, obs) ?? []);
}

// src/gates/compose-state.ts
function judgeExited(ctx, view, c) {
  const placed = servicesNaming(view.services, c).map((p) => p.service);
  const services2 = placed.length > 0 ? placed : hostServicesNaming(ctx.model, view.target.id, c);
  const declared3 = services2[0]?.status;
  const unread = services2.length === 0 && (mayBeUnreadable(ctx.model, "services", c.name) || mayBeUnreadable(ctx.model, "services", c.service));
  const judged = !unread && services2.every((s) => s.meaning !== "unknown");
  const expected = services2.length > 0 && services2.every((s) => s.meaning !== "running" && s.meaning !== "unknown");
  return {
    name: c.name,
    state: c.state,
    status: c.status,
    exitCode: c.exitCode,
    services: services2.map((s) => s.id),
    ...declared3 !== void 0 ? { declared: declared3 } : {},
    expected,
    judged,
    judgedByRegistryStatus: placed.length > 0
  };
}
function describeOne(j) {
  const state = j.state === "exited" ? "" : `${j.state}, `;
  if (!j.judged) return `${j.name} (${state}${j.declared === void 0 ? "registry entry unreadable" : `declared ${j.declared}: status unknown`}, not judged)`;
  if (j.declared === void 0) return `${j.name} (${state}not in the registry)`;
  if (j.expected) return `${j.name} (${state}declared ${j.declared})`;
  return `${j.name} (${state}declared ${j.declared}: unexpected)`;
}
function summary(ctx, view) {
  const containers = view.obs.containers;
  const name2 = view.stack.name;
  if (containers.length === 0) {
    return {
      kind: "empty-stack",
      subject: { kind: "stack", id: name2 },
      at: [view.stack.ref],
      message: `stack "${name2}" on "${view.target.id}" has no containers at all (docker compose ps -a lists none in ${view.stack.path}); deploy it or remove it from the compose targets`,
      expected: "containers",
      observed: "0/0 running",
      direction: "live-broken",
      details: { running: 0, total: 0, exited: [] }
    };
  }
  const down = containers.filter((c) => !isUp(c));
  if (down.length === 0) return void 0;
  const running = containers.length - down.length;
  const judged = down.map((c) => judgeExited(ctx, view, c)).sort((a, b) => a.name.localeCompare(b.name));
  const allExpected = judged.every((j) => j.expected || !j.judged);
  const unexpected = judged.filter((j) => j.judged && !j.expected);
  const unreported = unexpected.filter((j) => !j.judgedByRegistryStatus);
  const notJudged = judged.filter((j) => !j.judged).length;
  const verdict = allExpected ? notJudged > 0 ? `${notJudged} not judged, the others expected` : "all expected" : unreported.length > 0 ? `${unexpected.length} unexpected` : "unexpected ones are reported by registry-status";
  return {
    kind: allExpected ? "exited-expected" : unreported.length > 0 ? "exited-unreported" : "exited-unexpected",
    severity: unreported.length > 0 ? "error" : "notice",
    subject: { kind: "stack", id: name2 },
    at: [view.stack.ref],
    message: `${name2}: ${running}/${containers.length} running; exited: ${judged.map(describeOne).join(", ")} \u2014 ${verdict}`,
    expected: `${containers.length - judged.filter((j) => j.expected).length}/${containers.length} running`,
    observed: `${running}/${containers.length} running`,
    direction: allExpected ? "inconsistent" : "live-broken",
    details: { running, total: containers.length, exited: judged }
  };
}
function driftFinding(view) {
  const o = view.obs;
  const reason = o?.failure?.reason ?? "error";
  const what = reason === "dir-missing" ? `its directory ${view.stack.path} does not exist` : `there is no compose file in ${view.stack.path}`;
  return {
    kind: `stack-${reason}`,
    subject: { kind: "stack", id: view.stack.name },
    at: [view.stack.ref],
    message: `stack "${view.stack.name}" is declared on "${view.target.id}" but ${what} (${reasonLabel(reason)}); deploy it there or fix its path`,
    expected: view.stack.path,
    observed: reasonLabel(reason),
    direction: "live-broken",
    details: { reason, ...o?.failure?.error ? { error: o.failure.error } : {} }
  };
}
var compose_state_default = defineGate({
  id: "compose-state",
  aliases: ["D18"],
  kind: "live",
  severity: "error",
  describe: "Lists every stack with `docker compose ps -a` and reports running/total with each exited container judged against its declared status; exited containers are never hidden; a disabled compose target that runs is proposed enabled.",
  reads: ["compose", "registry", "ssh"],
  judges: ["composeTargets", "stacks"],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    for (const view of split.listed) {
      const f = summary(ctx, view);
      if (f) out.push(f);
    }
    for (const view of split.drift) out.push(driftFinding(view));
    out.push(...composeTargetsRunningAgain(ctx));
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `container states of ${views.length} stack${views.length === 1 ? "" : "s"}`);
      if (f) out.push(f);
    }
    const containers = split.listed.reduce((n, v) => n + v.obs.containers.length, 0);
    return { findings: out, checked: { stacks: split.listed.length + split.drift.length, containers } };
  }
});

// src/gates/live/expect-fix.ts
function proposable(status) {
  return status >= 200 && status < 400 && status !== 304 || status === 401 || status === 403;
}
function expectedStatuses(status, config) {
  const group = config.fix.expectGroups.find((g) => g.includes(status));
  return group ? [...new Set(group)].sort((a, b) => a - b) : [status];
}
function separatorOf(text) {
  return /,\s/.test(text) ? ", " : ",";
}
function fileStyle(model) {
  for (const e of model.endpoints) {
    const raw = rawAt(model, sub(e.ref, "expect"));
    if (typeof raw === "string" && raw.includes(",")) return { kind: "string", sep: separatorOf(raw) };
    if (Array.isArray(raw) && raw.length > 1) return { kind: "list" };
  }
  return { kind: "string", sep: "," };
}
function expectValue(model, e, statuses) {
  const raw = rawAt(model, sub(e.ref, "expect"));
  if (Array.isArray(raw)) return statuses;
  if (typeof raw === "string") return statuses.join(separatorOf(raw));
  if (statuses.length === 1) return statuses[0];
  const style = fileStyle(model);
  return style.kind === "list" ? statuses : statuses.join(style.sep);
}

// src/gates/live/refused-fix.ts
var LOOPBACK = /^(127\.|::1$|localhost$)/i;
function urlPort(url) {
  try {
    const u = new URL(url);
    return Number(u.port || (u.protocol === "https:" ? 443 : 80));
  } catch {
    return void 0;
  }
}
function withPort(url, port) {
  const m = /^(https?:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*))(?::\d+)?([/?#].*)?$/i.exec(url);
  return m ? `${m[1]}:${port}${m[2] ?? ""}` : void 0;
}
function serviceOf(ctx, e, port) {
  const hosts = hostsOf(ctx.model, resolveProfile(ctx.config));
  const running = ctx.model.services.filter((s) => s.meaning === "running");
  return running.find((s) => s.id === e.id && s.port === port) ?? running.find((s) => hosts.same(s.host, e.host) && s.port === port) ?? running.find((s) => s.id === e.id);
}
function containerOf(ctx, service) {
  const view = stackViews(ctx.model, ctx.observations).find((v) => v.services.some((p) => p.service === service));
  const placed = view?.services.find((p) => p.service === service);
  if (!view?.obs?.ok || !placed) return void 0;
  const c = matchContainer(view.obs.containers, placed.container);
  const at2 = new Date(view.obs.startedAt);
  return c ? { c, at: Number.isFinite(at2.getTime()) ? at2 : ctx.now } : void 0;
}
function refusedFix(ctx, e, o) {
  if (o.failure?.reason !== "refused" || e.probeVia === "ssh") return void 0;
  const port = urlPort(e.url);
  const service = port === void 0 ? void 0 : serviceOf(ctx, e, port);
  const found = service ? containerOf(ctx, service) : void 0;
  if (!service || !found || port === void 0 || !isUp(found.c)) return void 0;
  const { c } = found;
  if (notYetStable(c, found.at, ctx.config.fix.minUptimeMinutes * 6e4)) return void 0;
  const published = (c.publishers ?? []).filter((p) => (p.publishedPort ?? 0) > 0);
  const open = published.filter((p) => !LOOPBACK.test(p.url ?? ""));
  if (open.some((p) => p.publishedPort === port)) return void 0;
  const details = { container: c.name, published: published.map((p) => `${p.url ? `${p.url}:` : ""}${p.publishedPort}->${p.targetPort ?? "?"}`) };
  if (open.length === 0) {
    if (!sshTargetOfHost(ctx.model, e.host)) return void 0;
    const where2 = published.length > 0 ? "only on 127.0.0.1" : "no port";
    return {
      because: `container "${c.name}" of service "${service.id}" runs and publishes ${where2}: it is bound to localhost; probe it from its host: set probe_via: ssh`,
      fix: { kind: "health-probe-via", file: e.ref.file, pointer: sub(e.ref, "probe_via").pointer, value: "ssh", op: "add", after: ["enabled", "expect", "url"] },
      details
    };
  }
  const moved = open.find((p) => p.targetPort === port)?.publishedPort ?? [...new Set(open.map((p) => p.publishedPort))];
  const to = typeof moved === "number" ? moved : moved.length === 1 ? moved[0] : void 0;
  const url = to === void 0 ? void 0 : withPort(e.url, to);
  if (to === void 0 || url === void 0 || service.port !== port) return void 0;
  return {
    because: `container "${c.name}" of service "${service.id}" runs and publishes port ${to}, not ${port}: the service moved; set port: ${to} in the registry and in the probe URL`,
    fix: {
      kind: "service-port",
      file: service.ref.file,
      pointer: sub(service.ref, "port").pointer,
      value: to,
      also: [{ file: e.ref.file, pointer: sub(e.ref, "url").pointer, value: url }]
    },
    details: { ...details, service: service.id, port: to }
  };
}

// src/gates/health.ts
var SLOW_RATIO = 0.8;
var BROKEN = /* @__PURE__ */ new Set(["timeout", "refused", "reset", "dns", "tls", "unreachable"]);
function expectText(e) {
  return e.expect.join(" or ");
}
function timing(o) {
  return { durationMs: o.durationMs, timeoutMs: o.timeoutMs, attempts: o.attempts };
}
function judge2(ctx, e, o) {
  const at2 = [sub(e.ref, "url")];
  const subject = { kind: "endpoint", id: e.id };
  const url = redactUrl(e.url);
  const took = `${seconds(o.durationMs)} s (max_time ${deadline(o.timeoutMs)} s)`;
  if (!o.ok || o.status === void 0) {
    const reason = o.failure?.reason ?? "error";
    const label2 = reasonLabel(reason);
    const tries = o.attempts > 1 ? ` (${o.attempts} attempts)` : "";
    if (!BROKEN.has(reason)) {
      return {
        kind: `probe-${reason}`,
        subject,
        at: at2,
        message: `${e.id}: the probe of ${url} failed (${label2}${o.failure?.error ? `: ${o.failure.error}` : ""}); health not checked, so drift cannot be ruled out`,
        expected: e.expect,
        observed: label2,
        direction: "unknown",
        severity: "warning",
        inconclusive: true,
        details: { ...timing(o), reason, url }
      };
    }
    const explained = refusedFix(ctx, e, o);
    return {
      kind: `failure-${reason}`,
      subject,
      at: at2,
      message: `${e.id}: ${label2} after ${took} probing ${url}; expected HTTP ${expectText(e)}${tries}${explained ? `; ${explained.because}` : ""}`,
      expected: e.expect,
      observed: label2,
      direction: explained ? "declared-stale" : "live-broken",
      ...explained ? { fix: explained.fix } : {},
      details: { ...timing(o), reason, url, ...o.failure?.error ? { error: o.failure.error } : {}, ...explained?.details ?? {} }
    };
  }
  if (!e.expect.includes(o.status)) {
    const isRedirect = o.status >= 300 && o.status < 400;
    const redirect = isRedirect && o.location ? ` redirecting to ${redactUrl(o.location)}` : "";
    const note = isRedirect ? " (redirects are not followed)" : "";
    const value = proposable(o.status) ? expectValue(ctx.model, e, expectedStatuses(o.status, ctx.config)) : void 0;
    const ref = sub(e.ref, "expect");
    return {
      kind: "unexpected-status",
      subject,
      at: at2,
      message: `${e.id}: HTTP ${o.status}${redirect} from ${url}, expected ${expectText(e)}${note}${value !== void 0 ? `; if that is how it serves now, set expect: ${JSON.stringify(value)}` : ""}`,
      expected: e.expect,
      observed: o.status,
      direction: value !== void 0 ? "declared-stale" : "live-broken",
      ...value !== void 0 ? { fix: { kind: "health-expect", file: ref.file, pointer: ref.pointer, value } } : {},
      details: { ...timing(o), url, ...redirect ? { location: redactUrl(o.location ?? "") } : {} }
    };
  }
  if (o.timeoutMs > 0 && o.durationMs >= SLOW_RATIO * o.timeoutMs) {
    const pct = Math.round(o.durationMs / o.timeoutMs * 100);
    return {
      kind: "slow",
      severity: "warning",
      subject,
      at: at2,
      message: `${e.id}: answered HTTP ${o.status} but took ${took}, ${pct} % of the deadline; it will time out soon \u2014 probe a lighter path or raise max_time`,
      expected: `< ${seconds(SLOW_RATIO * o.timeoutMs)} s`,
      observed: `${seconds(o.durationMs)} s`,
      direction: "live-broken",
      details: { ...timing(o), url, status: o.status }
    };
  }
  return void 0;
}
function answersWhileDisabled(e, o) {
  if (!o.shadow || !o.ok || o.status === void 0 || !e.expect.includes(o.status)) return void 0;
  return worksAgain({
    kind: "answers-while-disabled",
    fix: "health-enable",
    subject: { kind: "endpoint", id: e.id },
    entry: e.ref,
    message: `${e.id}: disabled, but its shadow probe of ${redactUrl(e.url)} answered HTTP ${o.status} as expected in ${seconds(o.durationMs)} s; it works again: set enabled: true`,
    observed: o.status,
    details: { ...timing(o), url: redactUrl(e.url), status: o.status }
  });
}
function notProbed(e) {
  return {
    kind: "not-probed",
    subject: { kind: "endpoint", id: e.id },
    at: [sub(e.ref, "url")],
    message: `${e.id}: enabled but not probed (the observation snapshot has no entry for it); health not checked, so drift cannot be ruled out`,
    expected: e.expect,
    observed: "not probed",
    direction: "unknown",
    severity: "warning",
    inconclusive: true
  };
}
var health_default = defineGate({
  id: "health",
  aliases: ["D23"],
  kind: "live",
  severity: "error",
  describe: "Compares each enabled health probe's HTTP status with its expect (no redirects followed), classifies TIMEOUT/REFUSED/DNS/TLS failures and warns when latency nears the deadline; proposes a new expect, a moved port, probe_via: ssh for a localhost-bound service, and enabled: true for a disabled probe that answers.",
  reads: ["health"],
  judges: ["endpoints"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const out = [];
    let judged = 0;
    for (const e of ctx.model.endpoints) {
      const o = obs.endpoints.find((x) => x.id === e.id);
      const f = !e.enabled ? o ? answersWhileDisabled(e, o) : void 0 : o ? judge2(ctx, e, o) : notProbed(e);
      if (e.enabled && o) judged++;
      if (f) out.push(f);
    }
    return { findings: out, checked: { endpoints: judged } };
  }
});

// src/gates/health-coverage.ts
var LOOPBACK2 = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;
function parse(url) {
  try {
    const u = new URL(url);
    return { host: u.hostname, port: u.port || (u.protocol === "https:" ? "443" : "80"), path: `${u.pathname || "/"}${u.search}` };
  } catch {
    return void 0;
  }
}
function shown(path) {
  return path.replace(/([?&][^=&#]*(?:token|secret|pass|key|auth|sig)[^=&#]*=)[^&#]*/gi, "$1REDACTED");
}
function hostAddress(m, hostId) {
  if (hostId === void 0) return void 0;
  const h = m.hosts.find((x) => x.id === hostId);
  return h?.tailscaleIp ?? m.sshTargets.find((t) => t.id === (h?.ssh ?? hostId))?.host;
}
function expectedUrl(m, s) {
  return `http://${hostAddress(m, s.host) ?? `<${s.host ?? "host"}>`}${s.port != null ? `:${s.port}` : ""}${s.health ?? "/"}`;
}
function stripSlash(path) {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}
function probeOf(m, profile, s) {
  const hosts = hostsOf(m, profile);
  const candidates = m.endpoints.filter((e) => {
    if (e.id === s.id) return true;
    if (s.port == null || s.health === void 0) return false;
    const p = parse(e.url);
    return hosts.same(e.host, s.host) && p?.port === String(s.port) && p.path === s.health;
  });
  return candidates.find((e) => e.enabled && e.id === s.id) ?? candidates.find((e) => e.enabled) ?? candidates.find((e) => e.id === s.id);
}
function compareUrl(m, s, e, out) {
  const p = parse(e.url);
  if (!p) return;
  const subject = { kind: "endpoint", id: e.id };
  const both = [sub(e.ref, "url"), sub(s.ref, s.health !== void 0 ? "health" : "port")];
  if (LOOPBACK2.test(p.host) && e.probeVia !== "ssh") {
    out.push({
      message: `probe "${e.id}" targets ${p.host}, the machine driftgate runs on, not host "${s.host ?? "?"}" of service "${s.id}"; add probe_via: ssh to send it from the host itself`,
      subject,
      at: [sub(e.ref, "url")],
      kind: "probe-loopback-without-ssh",
      expected: "probe_via: ssh",
      observed: p.host
    });
  }
  if (s.port != null && p.port !== String(s.port)) {
    out.push({
      message: `probe "${e.id}" uses port ${p.port}, but service "${s.id}" listens on port ${s.port} (${where(m, sub(s.ref, "port"))}); one of the two files is stale`,
      subject,
      at: [sub(e.ref, "url"), sub(s.ref, "port")],
      kind: "probe-port-mismatch",
      expected: s.port,
      observed: Number(p.port)
    });
  }
  if (s.health === void 0 || p.path === s.health) return;
  if (stripSlash(p.path) === stripSlash(s.health)) {
    out.push({
      message: `probe "${e.id}" path "${shown(p.path)}" differs from the health path "${s.health}" of service "${s.id}" (${where(m, both[1])}) only by a trailing slash; write it the same way in both files`,
      subject,
      at: both,
      kind: "probe-path-trailing-slash",
      severity: "notice",
      expected: s.health,
      observed: shown(p.path)
    });
    return;
  }
  out.push({
    message: `probe "${e.id}" checks path "${shown(p.path)}", but service "${s.id}" declares health path "${s.health}" (${where(m, both[1])}); one of the two files is stale`,
    subject,
    at: both,
    kind: "probe-path-mismatch",
    expected: s.health,
    observed: shown(p.path)
  });
}
var health_coverage_default = defineGate({
  id: "health-coverage",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Every active service with a health path has an enabled probe at http://<host address>:<port><health path>, and probes of parked or stopped services are disabled: an unprobed service fails silently, a probe of a stopped one fails every night.",
  reads: ["registry", "health", "ssh"],
  judges: ["services", "endpoints"],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const out = [];
    const health = fileName(m.paths.health);
    let judged = 0;
    for (const s of m.services) {
      if (s.meaning === "unknown") continue;
      judged++;
      const probe = probeOf(m, profile, s);
      if (s.meaning === "expected-stopped" || s.meaning === "inert") {
        if (probe?.enabled && probe.id === s.id) {
          const field = sub(probe.ref, "enabled");
          out.push({
            message: `service "${s.id}" is ${s.status} (${where(m, sub(s.ref, "status"))}) but its probe "${probe.id}" is enabled; set enabled: false until the service is back`,
            subject: { kind: "endpoint", id: probe.id },
            at: [probe.ref, sub(s.ref, "status")],
            kind: "probe-of-inactive-service",
            expected: false,
            observed: true,
            fix: { file: field.file, pointer: field.pointer, value: false }
          });
        }
        continue;
      }
      if (s.meaning !== "running") continue;
      if (s.health === void 0) {
        if (probe?.enabled) compareUrl(m, s, probe, out);
        continue;
      }
      if (!probe && mayBeUnreadable(m, "endpoints", s.id)) continue;
      if (!probe || !probe.enabled) {
        out.push({
          message: probe ? `active service "${s.id}" has health path "${s.health}" but its probe "${probe.id}" in ${health} is disabled (${where(m, probe.ref)}); enable it or mark the service parked` : `active service "${s.id}" has health path "${s.health}" but ${health} has no probe for it; add an endpoint with url "${expectedUrl(m, s)}"`,
          subject: { kind: "service", id: s.id },
          at: [sub(s.ref, "health"), probe ? sub(probe.ref, "enabled") : at(m.paths.health, "endpoints")],
          kind: probe ? "probe-disabled" : "missing-probe",
          expected: expectedUrl(m, s),
          observed: probe ? "disabled" : null
        });
        continue;
      }
      compareUrl(m, s, probe, out);
    }
    return { findings: out, checked: { services: judged, endpoints: m.endpoints.length } };
  }
});

// src/gates/host-identity.ts
function verdictOf(h) {
  if (h.trust === "mismatch" || h.failure?.reason === "host-key-mismatch") return "mismatch";
  if (h.trust === "unknown" || h.failure?.reason === "host-key-unknown") return "unknown";
  if (h.trust === "tofu") return "tofu";
  if (h.trust === "pinned") return "pinned";
  return "none";
}
function placeOf(ctx, target) {
  const t = ctx.model.sshTargets.find((s) => s.id === target);
  return t ? sub(t.ref, "host") : { file: ctx.model.paths.ssh, pointer: "" };
}
function keyText2(h) {
  return h.hostKey ? `${h.hostKey.fingerprint} (${h.hostKey.algorithm})` : "an unrecorded key";
}
function judge3(ctx, h) {
  const verdict = verdictOf(h);
  const subject = { kind: "host", id: h.target };
  const at2 = [placeOf(ctx, h.target)];
  const presented = h.hostKey?.fingerprint;
  if (verdict === "mismatch") {
    const pinned = h.pinnedFingerprints?.length ? h.pinnedFingerprints.join(", ") : "a different key in known_hosts";
    const revoked = /revoked/i.test(h.failure?.error ?? "");
    return {
      kind: revoked ? "key-revoked" : "key-mismatch",
      subject,
      at: at2,
      message: revoked ? `host key of "${h.target}" is revoked in known_hosts: presented ${keyText2(h)}; no command was sent. Replace the host's key` : `host key of "${h.target}" changed: presented ${keyText2(h)}, pinned ${pinned}; no command was sent. If the host was rebuilt, verify the new key out of band and update known_hosts; otherwise treat it as an attack`,
      expected: h.pinnedFingerprints ?? "pinned key",
      observed: presented ?? "unknown key",
      direction: "live-broken",
      details: { address: h.address, ...h.hostKey ? { hostKey: h.hostKey } : {} }
    };
  }
  if (verdict === "unknown") {
    return {
      kind: "key-unknown",
      severity: "warning",
      subject,
      at: at2,
      message: `host key of "${h.target}" is not in known_hosts (presented ${keyText2(h)}); nothing was checked on it. Verify the fingerprint out of band (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host) and add the key to known_hosts`,
      expected: "pinned key",
      observed: presented ?? "unknown key",
      direction: "unknown",
      inconclusive: true,
      details: { address: h.address, ...h.hostKey ? { hostKey: h.hostKey } : {} }
    };
  }
  if (verdict === "tofu") {
    return {
      kind: "key-tofu",
      severity: "warning",
      subject,
      at: at2,
      message: `host key of "${h.target}" was trusted on first use: ${keyText2(h)}; pin it in known_hosts after verifying it out of band`,
      expected: "pinned key",
      observed: presented ?? "unknown key",
      direction: "declared-stale",
      details: { address: h.address, ...h.hostKey ? { hostKey: h.hostKey } : {} }
    };
  }
  return void 0;
}
function probedOtherwise(obs, target) {
  return obs.stacks.some((s) => s.sshTarget === target && !s.shadow) || obs.backups.some((b) => b.host === target && !b.shadow) || obs.hypervisors.some((h) => h.host === target) || obs.endpoints.some((e) => e.via === target && !e.shadow);
}
function unreachable(ctx, h, obs) {
  if (h.ok || h.shadow || verdictOf(h) !== "none" || probedOtherwise(obs, h.target)) return void 0;
  const reason = h.failure?.reason ?? "error";
  const optional = ctx.model.sshTargets.find((t) => t.id === h.target)?.optional === true;
  const path = h.pathUsed && h.pathUsed !== "direct" ? `, ${h.pathUsed}` : "";
  return {
    kind: `unreachable-${reason}`,
    severity: optional ? "notice" : "warning",
    subject: { kind: "host", id: h.target },
    at: [placeOf(ctx, h.target)],
    message: `host "${h.target}" could not be reached over SSH (${reasonLabel(reason)}${path}${h.failure?.error ? `: ${h.failure.error}` : ""}); ` + (optional ? "it is optional, so this is only noted" : "its identity was not checked, so drift cannot be ruled out"),
    observed: reasonLabel(reason),
    direction: "unknown",
    ...optional ? {} : { inconclusive: true },
    details: { reason, address: h.address, ...h.pathUsed ? { path: h.pathUsed } : {} }
  };
}
var host_identity_default = defineGate({
  id: "host-identity",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Checks the SSH host key each host presented (directly, on its LAN or Tailscale address, or through its jump host) against the pinned known_hosts key: a changed key fails closed, an unknown key is inconclusive, trust-on-first-use is warned, and a host probed for nothing else that cannot be reached is inconclusive.",
  reads: ["ssh"],
  judges: [],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const findings2 = obs.hosts.map((h) => judge3(ctx, h) ?? unreachable(ctx, h, obs)).filter((f) => f !== void 0);
    return { findings: findings2, checked: { hostKeys: obs.hosts.filter((h) => verdictOf(h) !== "none").length } };
  }
});

// src/bindings/model/address-book.ts
function urlHost(url) {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return void 0;
  }
}
function addressBook(m, hosts, profile) {
  const planeOf = (value) => ["tailscale", "lan", "public"].find((r) => profile.addresses[r].networks.some((n) => inNetwork(value, n)));
  const claims = [];
  const add = (value, role, group, ref, what) => {
    claims.push({ value, role, plane: planeOf(value), group, ref, what });
  };
  const planes = (entry, group, ref, what) => {
    for (const role of ADDRESS_ROLES) {
      for (const key of profile.addresses[role].keys) {
        const value = str(entry?.[key]);
        if (value) add(value, role, group, { file: ref.file, pointer: `${ref.pointer}/${key}` }, `${what} ${key}`);
      }
    }
  };
  const registry = m.paths.registry.slice(m.paths.registry.lastIndexOf("/") + 1);
  for (const h of m.hosts) planes(rawEntry(m, h.ref), hosts.ofHost(h), h.ref, `${registry} host "${h.id}"`);
  for (const t of m.sshTargets) {
    add(t.host, "ssh", hosts.ofSshTarget(t), { file: t.ref.file, pointer: `${t.ref.pointer}/host` }, `ssh target "${t.id}" host`);
    planes(rawEntry(m, t.ref), hosts.ofSshTarget(t), t.ref, `ssh target "${t.id}"`);
  }
  for (const v of m.vms) {
    const group = hosts.ofVm(v);
    if (group) planes(rawEntry(m, v.ref), group, v.ref, `VM ${v.vmid}`);
  }
  for (const e of m.endpoints) {
    const group = e.enabled ? hosts.byName(e.host) : void 0;
    const value = urlHost(e.url);
    if (group && value) add(value, "url", group, { file: e.ref.file, pointer: `${e.ref.pointer}/url` }, `health endpoint "${e.id}" URL host`);
  }
  return { claims, planeOf };
}
function planeName(role) {
  return { lan: "LAN", tailscale: "Tailscale", public: "public" }[role];
}

// src/gates/ip-parity.ts
var DECLARED = /* @__PURE__ */ new Set(["lan", "tailscale", "public"]);
function networks2(profile, role) {
  return profile.addresses[role].networks.map((n) => n.text).join(", ");
}
function wrongPlane(m, profile, claims, out) {
  const flagged = /* @__PURE__ */ new Set();
  for (const c of claims) {
    if (!DECLARED.has(c.role) || c.plane === void 0 || c.plane === c.role) continue;
    const role = c.role;
    flagged.add(c);
    const own = claims.find((o) => o !== c && o.group === c.group && o.role === c.plane && o.value === c.value);
    out.push({
      message: `${c.what} is "${c.value}", an address of the ${planeName(c.plane)} plane (${networks2(profile, c.plane)}), not of the ${planeName(role)} plane (${networks2(profile, role) || "no network declared"})${own ? `; it is the ${planeName(c.plane)} address of host "${c.group.id}" (${own.what}, ${where(m, own.ref)}): a ${planeName(c.plane)} address written as the ${planeName(role)} one` : ""}`,
      subject: { kind: "host", id: c.group.id },
      at: own ? [c.ref, own.ref] : [c.ref],
      kind: own ? `address-roles-swapped:${role}` : `address-wrong-plane:${role}`,
      expected: `an address in ${networks2(profile, role) || `the ${planeName(role)} plane`}`,
      observed: c.value
    });
  }
  return flagged;
}
function twoRoles(m, claims, flagged, out) {
  for (const c of claims) {
    if (!DECLARED.has(c.role) || flagged.has(c)) continue;
    const other = claims.find((o) => o.group === c.group && DECLARED.has(o.role) && o.role !== c.role && o.value === c.value && claims.indexOf(o) < claims.indexOf(c));
    if (!other || flagged.has(other)) continue;
    flagged.add(c);
    out.push({
      message: `${c.what} is "${c.value}", the same address as ${other.what} (${where(m, other.ref)}): host "${c.group.id}" cannot have one address as its ${planeName(c.role)} and its ${planeName(other.role)} address; one of the two keys holds the wrong one`,
      subject: { kind: "host", id: c.group.id },
      at: [c.ref, other.ref],
      kind: `address-two-roles:${c.role}`,
      observed: c.value
    });
  }
}
function declared(claims, flagged) {
  return claims.filter((c) => !flagged.has(c) && c.role !== "url");
}
function agreement(m, claims, flagged, out) {
  const known = declared(claims, flagged);
  const reported = /* @__PURE__ */ new Set();
  for (const c of claims) {
    if (flagged.has(c)) continue;
    const plane = DECLARED.has(c.role) ? c.role : c.plane;
    const canonical = plane === void 0 ? void 0 : known.find((o) => o.group === c.group && o.role === plane);
    if (canonical === c || canonical?.value === c.value) continue;
    const mine = known.some((o) => o.group === c.group && o.value === c.value && o !== c);
    const other = known.find((o) => o.group !== c.group && o.value === c.value);
    const report = (draft) => {
      reported.add(c);
      out.push({ ...draft, subject: { kind: "host", id: c.group.id } });
    };
    if (other && !mine && c.role !== "ssh" && !DECLARED.has(c.role)) {
      report({
        message: `${c.what} is "${c.value}", an address of host "${other.group.id}" (${other.what}, ${where(m, other.ref)}), not of host "${c.group.id}"${canonical ? `, whose ${planeName(plane)} address is "${canonical.value}" (${where(m, canonical.ref)})` : ""}; it reaches the wrong machine`,
        at: canonical ? [c.ref, other.ref, canonical.ref] : [c.ref, other.ref],
        kind: `address-of-other-host:${c.role}`,
        ...canonical ? { expected: canonical.value } : {},
        observed: c.value
      });
      continue;
    }
    if (canonical) {
      report({
        message: `${c.what} is "${c.value}", but ${canonical.what} is "${canonical.value}" (${where(m, canonical.ref)}); host "${c.group.id}" has one ${planeName(plane)} address${other ? `, and "${c.value}" is the address of host "${other.group.id}" (${where(m, other.ref)})` : ""}`,
        at: other ? [c.ref, canonical.ref, other.ref] : [c.ref, canonical.ref],
        kind: other ? `address-of-other-host:${c.role}` : `address-mismatch:${c.ref.file}`,
        expected: canonical.value,
        observed: c.value
      });
      continue;
    }
    if (c.role === "url" && plane !== void 0 && !mine && !other) {
      report({
        message: `${c.what} is "${c.value}", an address of the ${planeName(plane)} plane that no file gives to host "${c.group.id}" or to any other host; declare it as the host's ${planeName(plane)} address, or fix the URL`,
        at: [c.ref],
        kind: `address-of-no-host:${plane}`,
        observed: c.value
      });
    }
  }
  return reported;
}
function duplicates(m, claims, flagged, out) {
  const first = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  for (const c of declared(claims, flagged)) {
    if (flagged.has(c)) continue;
    const prev = first.get(c.value);
    if (!prev) {
      first.set(c.value, c);
      continue;
    }
    if (prev.group === c.group || reported.has(`${c.value}\0${c.group.id}`)) continue;
    reported.add(`${c.value}\0${c.group.id}`);
    out.push({
      message: `${c.what} "${c.value}" equals ${prev.what} (${where(m, prev.ref)}): hosts "${c.group.id}" and "${prev.group.id}" with one address is a copy-paste error, or one machine the files do not tie together (join it by ssh_target or vmid), or needs an exception`,
      subject: { kind: "host", id: c.value },
      at: [c.ref, prev.ref],
      kind: `duplicate-address:${c.role}`,
      severity: "warning",
      observed: c.value
    });
  }
}
var ip_parity_default = defineGate({
  id: "ip-parity",
  aliases: ["D54"],
  kind: "static",
  severity: "error",
  describe: "Every address the files give a host (registry hosts, ssh.targets, vm.lifecycle, health URLs) is an address of that host in its plane (LAN, Tailscale, public), no key holds an address of another plane, and no two hosts share one: a stale IP sends probes, SSH and backups to the wrong machine.",
  reads: ["registry", "ssh", "vms", "health"],
  judges: ["hosts", "sshTargets", "vms", "endpoints"],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const { claims } = addressBook(m, hostsOf(m, profile), profile);
    const out = [];
    const flagged = wrongPlane(m, profile, claims, out);
    twoRoles(m, claims, flagged, out);
    for (const c of agreement(m, claims, flagged, out)) flagged.add(c);
    duplicates(m, claims, flagged, out);
    const vmsJudged = m.vms.filter((v) => v.meaning !== "unknown").length;
    return { findings: out, checked: { hosts: m.hosts.length, sshTargets: m.sshTargets.length, vms: vmsJudged, endpoints: m.endpoints.length } };
  }
});

// src/gates/references-routes.ts
function hostnameOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
function containerOwner(m, name2) {
  const owners = m.services.filter((s) => s.container === name2);
  return owners.length === 1 ? owners[0] : void 0;
}
function routeServices(m, out) {
  const keys = new Set(m.services.map((s) => s.id));
  for (const r of m.routes) {
    if (r.service === void 0 || keys.has(r.service) || mayBeUnreadable(m, "services", r.service)) continue;
    const owner = containerOwner(m, r.service);
    if (!owner) continue;
    const field = sub(r.ref, "service");
    out.push({
      message: `hostname "${r.hostname}" routes to service "${r.service}", which is the container of registry service "${owner.id}" (${where(m, sub(owner.ref, "container"))}), not a registry key; name "${owner.id}"`,
      subject: { kind: "route", id: r.hostname },
      at: [field, sub(owner.ref, "container")],
      kind: "route-service-is-container",
      severity: "warning",
      expected: owner.id,
      observed: r.service,
      fix: { file: field.file, pointer: field.pointer, value: owner.id }
    });
  }
}
function publicUrls(m, out) {
  const routing = fileName(m.paths.routing);
  const byHost = /* @__PURE__ */ new Map();
  for (const r of m.routes) if (!byHost.has(r.hostname.toLowerCase())) byHost.set(r.hostname.toLowerCase(), r);
  for (const s of m.services) {
    const url = s.publicUrl;
    const host = url !== void 0 ? hostnameOf(url) : void 0;
    if (url === void 0 || host === void 0) continue;
    const shown2 = url.includes("@") ? redactUrl(url) : url;
    const field = sub(s.ref, "public_url");
    const route = byHost.get(host);
    if (!route && mayBeUnreadable(m, "routes", host)) continue;
    if (!route) {
      out.push({
        message: `service "${s.id}" is published at "${shown2}", but ${routing} has no hostname "${host}"; add it there (routing, stack, authority)`,
        subject: { kind: "service", id: s.id },
        at: [field, at(m.paths.routing, "zones")],
        kind: "public-url-not-routed",
        severity: "warning",
        observed: host
      });
      continue;
    }
    const other = route.service === void 0 ? void 0 : m.services.find((x) => x.id === route.service);
    if (!other || other.id === s.id) continue;
    out.push({
      message: `service "${s.id}" is published at "${shown2}", but ${routing} routes "${host}" to service "${other.id}" (${where(m, sub(route.ref, "service"))}); one of the two files is stale`,
      subject: { kind: "route", id: route.hostname },
      at: [field, sub(route.ref, "service")],
      kind: "public-url-route-mismatch",
      expected: s.id,
      observed: other.id
    });
  }
}
function routeReferences(m, out) {
  if (m.inputs.routing.status !== "ok") return void 0;
  routeServices(m, out);
  publicUrls(m, out);
  return m.routes.length;
}

// src/gates/references-vm.ts
function vmName(vm) {
  return `VM ${vm.vmid} (${vm.hostname})`;
}
function backupTarget(m, vm, out) {
  const name2 = vm.backupTarget;
  if (!name2 || m.backups.some((b) => b.name === name2) || mayBeUnreadable(m, "backups", name2)) return;
  const covering = m.backups.filter((b) => new RegExp(`(qemu|lxc)-${vm.vmid}-`).test(b.glob));
  const only = covering.length === 1 ? covering[0] : void 0;
  const hint = only ? `; "${only.name}" (${where(m, sub(only.ref, "name"))}) backs up this VM (glob "${only.glob}"): set backup_target to it` : covering.length > 1 ? `; targets backing up this VM: ${covering.map((b) => `"${b.name}"`).join(", ")}` : didYouMean2(name2, m.backups.map((b) => b.name));
  const field = sub(vm.ref, "backup_target");
  out.push({
    message: `${vmName(vm)} names backup target "${name2}", which ${fileName(m.paths.backups)} does not declare${hint}`,
    subject: { kind: "vm", id: String(vm.vmid) },
    at: [field, only ? sub(only.ref, "name") : at(m.paths.backups, "targets")],
    kind: "unknown-backup-target",
    ...only ? { expected: only.name } : {},
    observed: name2,
    ...only ? { fix: { file: field.file, pointer: field.pointer, value: only.name } } : {}
  });
}
function services(m, profile, vm, out) {
  const list = sub(vm.ref, "services");
  const hosts = hostsOf(m, profile);
  const own = hosts.ofVm(vm);
  const covered = hostInScope(m, profile, "registry", own);
  for (const name2 of vm.services) {
    const field = sub(list, Math.max(0, indexIn(m, list, name2)));
    const svc = m.services.find((s) => s.id === name2);
    if (svc) {
      const on = hosts.byName(svc.host);
      if (svc.host !== void 0 && svc.host !== vm.hostname && (on === void 0 || on !== own)) {
        out.push({
          message: `${vmName(vm)} lists service "${name2}", but ${fileName(m.paths.registry)} runs it on host "${svc.host}" (${where(m, sub(svc.ref, "host"))}); remove it from this VM or fix the registry host`,
          subject: { kind: "service", id: name2 },
          at: [field, sub(svc.ref, "host")],
          kind: "vm-service-host-mismatch",
          expected: vm.hostname,
          observed: svc.host
        });
      }
      continue;
    }
    if (mayBeUnreadable(m, "services", name2) || !covered) continue;
    const owner = m.services.find((s) => s.container === name2 && (s.host === void 0 || s.host === vm.hostname || hosts.byName(s.host) === own));
    out.push({
      message: owner ? `${vmName(vm)} lists service "${name2}", which is the container of registry service "${owner.id}" (${where(m, sub(owner.ref, "container"))}), not a registry key; list "${owner.id}"` : `${vmName(vm)} lists service "${name2}", which ${fileName(m.paths.registry)} does not declare${didYouMean2(name2, m.services.filter((s) => s.meaning !== "inert" && !vm.services.includes(s.id) && (s.host === void 0 || hosts.byName(s.host) === own)).map((s) => s.id)) || "; declare it there or remove it from this VM"}`,
      subject: { kind: "service", id: owner ? owner.id : name2 },
      at: [field, owner ? sub(owner.ref, "container") : at(m.paths.registry, "services")],
      kind: owner ? "vm-service-is-container" : "unknown-vm-service",
      ...owner ? { expected: owner.id } : {},
      observed: name2,
      ...owner ? { fix: { file: field.file, pointer: field.pointer, value: owner.id } } : {}
    });
  }
}
function stacks(m, profile, vm, out) {
  if (vm.stacks.length === 0) return;
  const target = hostsOf(m, profile).ofVm(vm)?.composeTargets[0] ?? m.composeTargets.find((t) => t.id === vm.hostname);
  const list = sub(vm.ref, "stacks");
  const compose = fileName(m.paths.compose);
  if (!target && mayBeUnreadable(m, "composeTargets", vm.hostname)) return;
  for (const name2 of vm.stacks) {
    if (target?.stacks.some((s) => s.name === name2) || mayBeUnreadable(m, "stacks", `${vm.hostname}/${name2}`)) continue;
    const field = sub(list, Math.max(0, indexIn(m, list, name2)));
    out.push({
      message: target ? `${vmName(vm)} lists stack "${name2}", which compose target "${target.id}" in ${compose} does not declare${didYouMean2(name2, target.stacks.map((s) => s.name)) || "; declare the stack there or remove it from this VM"}` : `${vmName(vm)} lists stack "${name2}", but ${compose} has no compose target "${vm.hostname}"; add the target with its stacks`,
      subject: { kind: "stack", id: `${vm.hostname}/${name2}` },
      at: [field, target ? sub(target.ref, "stacks") : at(m.paths.compose, "targets")],
      kind: target ? "unknown-vm-stack" : "vm-host-without-compose-target",
      observed: name2
    });
  }
}
function vmReferences(m, profile, out) {
  const ssh = new Set(m.sshTargets.map((t) => t.id));
  let judged = 0;
  for (const vm of m.vms) {
    if (vm.meaning === "unknown") continue;
    judged++;
    if (vm.meaning === "inert" || vm.meaning === "template") continue;
    if (vm.sshTarget && !ssh.has(vm.sshTarget) && !mayBeUnreadable(m, "sshTargets", vm.sshTarget)) {
      out.push({
        message: `${vmName(vm)} is reached through ssh target "${vm.sshTarget}", which ${fileName(m.paths.ssh)} does not declare${didYouMean2(vm.sshTarget, ssh) || "; declare it there or fix the name"}`,
        subject: { kind: "vm", id: String(vm.vmid) },
        at: [sub(vm.ref, "ssh_target"), at(m.paths.ssh, "ssh", "targets")],
        kind: "unknown-ssh-target",
        observed: vm.sshTarget
      });
    }
    backupTarget(m, vm, out);
    services(m, profile, vm, out);
    stacks(m, profile, vm, out);
  }
  return judged;
}

// src/gates/references.ts
function inRegistry(m, profile, name2) {
  return hostInScope(m, profile, "registry", hostsOf(m, profile).byName(name2));
}
function hostRefs(m, profile, out) {
  const hosts = new Set(m.hosts.map((h) => h.id));
  const hostsRef = at(m.paths.registry, "hosts");
  const reg = fileName(m.paths.registry);
  for (const e of m.endpoints) {
    if (!e.enabled || e.host === void 0 || hosts.has(e.host) || mayBeUnreadable(m, "hosts", e.host) || !inRegistry(m, profile, e.host)) continue;
    out.push({
      message: `health endpoint "${e.id}" names host "${e.host}", which is not a host of ${reg}${didYouMean2(e.host, hosts) || "; declare it under hosts or fix the name"}`,
      subject: { kind: "endpoint", id: e.id },
      at: [sub(e.ref, "host"), hostsRef],
      kind: "unknown-host",
      expected: [...hosts].sort(),
      observed: e.host
    });
  }
  for (const s of m.services) {
    if (s.host === void 0 || hosts.has(s.host) || mayBeUnreadable(m, "hosts", s.host)) continue;
    out.push({
      message: `service "${s.id}" runs on host "${s.host}", which is not declared under hosts of ${reg}${didYouMean2(s.host, hosts) || "; declare it there or fix the name"}`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "host"), hostsRef],
      kind: "unknown-host",
      observed: s.host
    });
  }
  for (const d of m.deployDependencies) {
    const svc = m.services.find((s) => s.id === d.service);
    const subject = { kind: "service", id: d.service };
    if (!svc && mayBeUnreadable(m, "services", d.service)) continue;
    if (!svc) {
      out.push({
        message: `deploy chain "${d.chain}" affects service "${d.service}", which ${reg} does not declare${didYouMean2(d.service, m.services.map((s) => s.id)) || "; fix the name or declare the service"}`,
        subject,
        at: [sub(d.ref, "service"), at(m.paths.registry, "services")],
        kind: "unknown-deploy-service",
        observed: d.service
      });
    } else if (d.host !== void 0 && svc.host !== void 0 && d.host !== svc.host) {
      out.push({
        message: `deploy chain "${d.chain}" expects service "${d.service}" on host "${d.host}", but ${reg} places it on "${svc.host}" (${where(m, sub(svc.ref, "host"))}); update the stale one of the two`,
        subject,
        at: [sub(d.ref, "host"), sub(svc.ref, "host")],
        kind: "deploy-host-mismatch",
        expected: svc.host,
        observed: d.host
      });
    }
  }
}
function takenHint(m, id) {
  const taken = m.endpoints.find((x) => x.id === id);
  return taken ? `; service "${id}" has its own probe "${id}" (${where(m, taken.ref)}, ${taken.enabled ? "enabled" : "disabled"}), so this one cannot take its id: declare the service this endpoint probes in ${fileName(m.paths.registry)}, or disable it` : "";
}
function endpointServices(m, profile, out) {
  const services2 = new Map(m.services.map((s) => [s.id, s]));
  const health = fileName(m.paths.health);
  const probed = new Set(m.endpoints.map((e) => e.id));
  for (const e of m.endpoints) {
    const svc = services2.get(e.id);
    if (!svc) {
      if (!e.enabled || mayBeUnreadable(m, "services", e.id) || !inRegistry(m, profile, e.host)) continue;
      const hosts = hostsOf(m, profile);
      const owner = m.services.find(
        (s) => s.meaning !== "inert" && hosts.same(s.host, e.host) && s.port != null && s.health !== void 0 && urlPortPath(e.url) === `${s.port}${s.health}`
      );
      if (owner && m.endpoints.some((x) => x.id === owner.id && !x.enabled)) continue;
      const near = closestName(e.id, m.services.filter((s) => s.meaning !== "inert").map((s) => s.id));
      const hint = owner ? takenHint(m, owner.id) || `; it probes the health URL of service "${owner.id}" (${where(m, owner.ref)}): rename the endpoint to "${owner.id}"` : near !== void 0 && probed.has(near) ? takenHint(m, near) : near !== void 0 ? `; did you mean "${near}"?` : "; rename it to its registry service or disable it";
      const rename = owner !== void 0 && !probed.has(owner.id);
      out.push({
        message: `enabled health endpoint "${e.id}" has no service of that id in ${fileName(m.paths.registry)}${hint}`,
        subject: { kind: "endpoint", id: e.id },
        at: [sub(e.ref, "id"), owner ? owner.ref : at(m.paths.registry, "services")],
        kind: "endpoint-without-service",
        ...rename ? { expected: owner.id } : {},
        observed: e.id,
        ...rename ? { fix: { file: e.ref.file, pointer: sub(e.ref, "id").pointer, value: owner.id } } : {}
      });
    } else if (e.host !== void 0 && svc.host !== void 0 && e.host !== svc.host && m.hosts.some((h) => h.id === e.host)) {
      out.push({
        message: `health endpoint "${e.id}" is on host "${e.host}" in ${health}, but service "${svc.id}" runs on "${svc.host}" (${where(m, sub(svc.ref, "host"))}); update the stale one of the two`,
        subject: { kind: "endpoint", id: e.id },
        at: [sub(e.ref, "host"), sub(svc.ref, "host")],
        kind: "endpoint-host-mismatch",
        expected: svc.host,
        observed: e.host
      });
    }
  }
}
function urlPortPath(url) {
  try {
    const u = new URL(url);
    const port = u.port || (u.protocol === "https:" ? "443" : "80");
    return `${port}${u.pathname || "/"}${u.search}`;
  } catch {
    return void 0;
  }
}
function sshRefs(m, out) {
  const ssh = new Set(m.sshTargets.map((t) => t.id));
  const sshRef = at(m.paths.ssh, "ssh", "targets");
  const sshFile = fileName(m.paths.ssh);
  const missing2 = (message, subject, ref, name2) => {
    if (mayBeUnreadable(m, "sshTargets", name2)) return;
    out.push({ message: `${message}, which ${sshFile} does not declare${didYouMean2(name2, ssh) || "; declare it there or fix the name"}`, subject, at: [ref, sshRef], kind: "unknown-ssh-target", observed: name2 });
  };
  for (const t of m.composeTargets) {
    if (t.enabled && t.sshTarget !== void 0 && !ssh.has(t.sshTarget)) missing2(`compose target "${t.id}" connects through ssh target "${t.sshTarget}"`, { kind: "host", id: t.id }, sub(t.ref, "ssh_target"), t.sshTarget);
  }
  for (const b of m.backups) {
    if (!ssh.has(b.host)) missing2(`backup target "${b.name}" lives on host "${b.host}"`, { kind: "backup", id: b.name }, sub(b.ref, "host"), b.host);
  }
  for (const t of m.sshTargets) {
    if (t.probeVia !== void 0 && !ssh.has(t.probeVia)) missing2(`ssh target "${t.id}" is probed via "${t.probeVia}"`, { kind: "host", id: t.id }, sub(t.ref, "probe_via"), t.probeVia);
  }
  for (const h of m.hosts) {
    if (h.ssh !== void 0 && h.ssh !== "localhost" && !ssh.has(h.ssh)) missing2(`registry host "${h.id}" is reached through ssh target "${h.ssh}"`, { kind: "host", id: h.id }, sub(h.ref, "ssh"), h.ssh);
  }
}
function secretsRefs(m, out) {
  if (m.secretsProjects.size === 0) return;
  for (const s of m.services) {
    if (s.secretsProject === void 0 || m.secretsProjects.has(s.secretsProject)) continue;
    out.push({
      message: `service "${s.id}" uses secrets project "${s.secretsProject}", which is not one of the infisical_projects (${[...m.secretsProjects.keys()].join(", ")}) at ${where(m, at(m.paths.registry, "infisical_projects"))}${didYouMean2(s.secretsProject, m.secretsProjects.keys()) || "; add it there with its project id, or fix the name"}`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "secrets_project"), at(m.paths.registry, "infisical_projects")],
      kind: "unknown-secrets-project",
      expected: [...m.secretsProjects.keys()],
      observed: s.secretsProject
    });
  }
}
var references_default = defineGate({
  id: "references",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Every cross-file reference resolves (health and registry hosts, endpoint ids, compose/backup/VM ssh targets, VM backup targets, services and stacks, probe_via, deploy dependencies, secrets projects, routed services and public URLs): a dangling name is drift nobody notices until it breaks.",
  reads: ["registry", "health", "compose", "vms", "ssh", "backups", "routing", "deploy"],
  judges: ["services", "hosts", "endpoints", "composeTargets", "vms", "sshTargets", "backups", "routes", "deployDependencies"],
  run(ctx) {
    const m = ctx.model;
    const out = [];
    const profile = resolveProfile(ctx.config);
    hostRefs(m, profile, out);
    endpointServices(m, profile, out);
    sshRefs(m, out);
    secretsRefs(m, out);
    const vms = vmReferences(m, profile, out);
    const routes = routeReferences(m, out);
    return {
      findings: out,
      checked: {
        services: m.services.length,
        hosts: m.hosts.length,
        endpoints: m.endpoints.length,
        composeTargets: m.composeTargets.length,
        vms,
        sshTargets: m.sshTargets.length,
        backups: m.backups.length,
        ...routes !== void 0 ? { routes } : {},
        deployDependencies: m.deployDependencies.length
      }
    };
  }
});

// src/profile/statuses.ts
function resolveStatuses(config) {
  return resolveProfile(config).statuses;
}

// src/gates/live/refs.ts
function statusPointer(serviceId) {
  return pointerOf(["services", serviceId, "status"]);
}
function statusRef(model, service) {
  if (!service.statusDeclared) return service.ref;
  return { file: model.paths.registry, pointer: statusPointer(service.id) };
}

// src/gates/registry-status.ts
function uptime(c) {
  const m = /^Up\s+(.+?)(?:\s+\((?:healthy|unhealthy|health: starting|Paused)\))?$/i.exec(c.status.trim());
  if (m?.[1]) return ` for ${m[1].charAt(0).toLowerCase()}${m[1].slice(1)}`;
  return c.status ? ` (${c.status})` : "";
}
function stale(ctx, p, c, observedAt) {
  const { service } = p;
  const vocabulary = resolveStatuses(ctx.config).vocabularies.services;
  const entry = entryOf(vocabulary, service.status);
  const meaning = entry?.says ?? "not running";
  const running = statusWithMeaning(vocabulary, "running") ?? "active";
  const unstable = notYetStable(c, observedAt, ctx.config.fix.minUptimeMinutes * 6e4);
  if (unstable) return recovering(p, c, meaning, unstable, statusRef(ctx.model, service));
  return {
    kind: `running-while-${service.status}`,
    severity: entry?.contradiction ?? "error",
    subject: { kind: "service", id: service.id },
    at: [statusRef(ctx.model, service)],
    message: `service "${service.id}" is declared "${service.status}" (${meaning}) but container "${c.name}" in stack "${p.stack.name}" has been running${uptime(c)}; the registry is stale: set status: ${running}`,
    expected: service.status,
    observed: "running",
    direction: "declared-stale",
    fix: { file: ctx.model.paths.registry, pointer: statusPointer(service.id), value: running },
    // without a start time the uptime was read from the status text (conservatively): said here
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, uptimeFrom: c.startedAt ? "start-time" : "status-text" }
  };
}
function recovering(p, c, meaning, unstable, at2) {
  return {
    kind: `running-while-${p.service.status}`,
    severity: "warning",
    subject: { kind: "service", id: p.service.id },
    at: [at2],
    message: `service "${p.service.id}" is declared "${p.service.status}" (${meaning}) and container "${c.name}" in stack "${p.stack.name}" is ${unstable}: recovering, not proposing a fix`,
    expected: p.service.status,
    observed: "running",
    direction: "declared-stale",
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, startedAt: c.startedAt, restartCount: c.restartCount }
  };
}
function statusEdit(service) {
  if (service.statusDeclared) return { pointer: statusPointer(service.id) };
  return { pointer: statusPointer(service.id), op: "add", after: ["host", "port", "health", "compose", "container"] };
}
function exitedStatus(ctx, c, observedAt) {
  const clean = c.state === "exited" && c.exitCode === 0 && !c.oomKilled;
  const status = clean ? ctx.config.fix.exitedStatus.clean : ctx.config.fix.exitedStatus.failed;
  const unsettled = notYetDown(c, observedAt, ctx.config.fix.minDownMinutes * 6e4);
  if (unsettled) return { why: "" };
  const vocabulary = resolveStatuses(ctx.config).vocabularies.services;
  if (entryOf(vocabulary, status)?.meaning !== "expected-stopped") return { why: `fix.exited_status names "${status}", which the registry's vocabulary does not know as stopped: no status proposed` };
  return { status, why: "" };
}
function broken(ctx, p, c, observedAt = ctx.now) {
  const { service } = p;
  const exited = c.state === "exited" || c.state === "dead";
  const exit = exited ? `exit code ${c.exitCode}, ` : "";
  const proposal = exited ? exitedStatus(ctx, c, observedAt) : void 0;
  if (proposal?.status) {
    return {
      kind: `not-running-${c.state}`,
      subject: { kind: "service", id: service.id },
      at: [statusRef(ctx.model, service)],
      message: `service "${service.id}" is declared ${service.status} but container "${c.name}" in stack "${p.stack.name}" has been ${c.state} (${exit}"${c.status}"); start it, or set status: ${proposal.status}`,
      expected: "running",
      observed: c.state,
      direction: "declared-stale",
      fix: { kind: "registry-exited", file: ctx.model.paths.registry, ...statusEdit(service), value: proposal.status },
      details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, exitCode: c.exitCode, ...c.finishedAt ? { finishedAt: c.finishedAt } : {} }
    };
  }
  return {
    kind: `not-running-${c.state}`,
    subject: { kind: "service", id: service.id },
    at: [statusRef(ctx.model, service)],
    message: `service "${service.id}" is declared active but container "${c.name}" in stack "${p.stack.name}" is ${c.state} (${exit}"${c.status}"); start it, or declare it parked or stopped${proposal?.why ? ` (${proposal.why})` : ""}`,
    expected: "running",
    observed: c.state,
    direction: "live-broken",
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, exitCode: c.exitCode }
  };
}
function unhealthy(ctx, p, c) {
  return {
    kind: "unhealthy",
    subject: { kind: "service", id: p.service.id },
    at: [statusRef(ctx.model, p.service)],
    message: `service "${p.service.id}" is declared active and container "${c.name}" runs, but its Docker healthcheck reports "unhealthy" ("${c.status}")`,
    expected: "healthy",
    observed: "unhealthy",
    direction: "live-broken",
    details: { container: c.name, stack: p.stack.name, status: c.status, health: c.health }
  };
}
function missing(ctx, p) {
  return {
    kind: "no-such-container",
    subject: { kind: "service", id: p.service.id },
    at: [statusRef(ctx.model, p.service), p.stack.ref],
    message: `service "${p.service.id}" is declared active but there is no container "${p.container}" in stack "${p.stack.name}" on "${p.target.id}" (docker compose ps -a lists none by that name)`,
    expected: p.container,
    observed: "absent",
    direction: "live-broken",
    details: { container: p.container, stack: p.stack.name }
  };
}
function judgeService(ctx, p, containers, observedAt = ctx.now) {
  const meaning = p.service.meaning;
  if (meaning !== "running" && meaning !== "expected-stopped" && meaning !== "inert") return [];
  const c = matchContainer(containers, p.container);
  if (!c) return meaning === "running" ? [missing(ctx, p)] : [];
  if (meaning !== "running") return isUp(c) ? [stale(ctx, p, c, observedAt)] : [];
  if (!isUp(c)) return [broken(ctx, p, c, observedAt)];
  return c.health === "unhealthy" ? [unhealthy(ctx, p, c)] : [];
}
var registry_status_default = defineGate({
  id: "registry-status",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: `Compares each service's registry status with its container: running while "stopped"/"parked" is a stale registry entry (fixable), exited while active is broken (fixable to stopped/parked once it stays exited).`,
  reads: ["registry", "compose", "ssh"],
  judges: ["services"],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    let judged = 0;
    for (const view of split.listed) {
      const at2 = new Date(view.obs.startedAt);
      const observedAt = Number.isFinite(at2.getTime()) ? at2 : ctx.now;
      for (const p of view.services) {
        if (p.service.meaning === "unknown") continue;
        judged++;
        out.push(...judgeService(ctx, p, view.obs.containers, observedAt));
      }
    }
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => {
        const n = views.reduce((sum, v) => sum + v.services.length, 0);
        return n === 0 ? void 0 : `the status of ${n} registry service${n === 1 ? "" : "s"}`;
      });
      if (f) out.push(f);
    }
    return { findings: out, checked: { services: judged } };
  }
});

// src/gates/ssh-trust.ts
var YAML_KEYS = {
  strict_host_key_checking: "StrictHostKeyChecking",
  user_known_hosts_file: "UserKnownHostsFile",
  global_known_hosts_file: "GlobalKnownHostsFile",
  host_key_algorithms: "HostKeyAlgorithms"
};
var ADVICE = {
  "host-key-checking-disabled": 'any host key is accepted, so a man in the middle goes unnoticed; pin the keys in a known_hosts file and check them ("yes")',
  "host-key-tofu": "a new host's key is trusted on first use without review; pin the keys in a known_hosts file instead",
  "known-hosts-discarded": "no host key is ever remembered or compared; point it at a maintained known_hosts file",
  "legacy-algorithm": "it is a deprecated algorithm; upgrade the device or record a config exception with a reason and an expiry"
};
function draftsFor(scope) {
  const out = [];
  const verb = (one, many) => scope.plural ? many : one;
  const legacy = /* @__PURE__ */ new Map();
  const push = (issue, ref, how, yamlKey) => {
    if (issue.kind === "legacy-algorithm") {
      const key = issue.algorithm ?? "";
      const entry = legacy.get(key) ?? { ref, yamlKey, options: [], values: [] };
      entry.options.push(`${issue.option}${how}`);
      entry.values.push(`${issue.option}=${issue.value}`);
      legacy.set(key, entry);
      return;
    }
    out.push({
      message: `${scope.label(yamlKey)} ${verb("sets", "set")} ${issue.option} "${issue.value}"${how}: ${ADVICE[issue.kind]}`,
      subject: scope.subject,
      at: [ref],
      kind: issue.kind,
      severity: issue.severity,
      observed: issue.value
    });
  };
  for (const [yamlKey, option] of Object.entries(YAML_KEYS)) {
    if (!(yamlKey in scope.raw)) continue;
    for (const issue of judgeOption(option, scope.raw[yamlKey])) push({ ...issue, option: yamlKey }, sub(scope.ref, yamlKey), "", yamlKey);
  }
  const extra = scope.raw.ssh_extra_opts;
  if (typeof extra === "string") {
    for (const opt of parseSshOptions(extra)) {
      for (const issue of judgeOption(opt.key, opt.value)) push(issue, sub(scope.ref, "ssh_extra_opts"), " in ssh_extra_opts", "ssh_extra_opts");
    }
  }
  for (const [algorithm, entry] of legacy) {
    const through = entry.options.join(" and ").replace(/ in ssh_extra_opts(?= and )/g, "");
    out.push({
      message: `${scope.label(entry.yamlKey)} ${verb("enables", "enable")} the legacy algorithm "${algorithm}" through ${through}: ${ADVICE["legacy-algorithm"]}`,
      subject: scope.subject,
      at: [entry.ref],
      kind: `legacy-algorithm:${algorithm}`,
      severity: "warning",
      observed: entry.values.join(" ")
    });
  }
  return out;
}
function run2(model) {
  const file = model.paths.ssh;
  const name2 = fileName(file);
  const out = [];
  const defaults = rawAt(model, at(file, "ssh", "defaults"));
  const rawTargets = rawAt(model, at(file, "ssh", "targets"));
  const targets = Array.isArray(rawTargets) ? rawTargets : [];
  if (defaults !== null && typeof defaults === "object" && !Array.isArray(defaults)) {
    const inheriting = (key) => targets.filter((t) => t !== null && typeof t === "object" && !Array.isArray(t) && !(key in t)).length;
    out.push(
      ...draftsFor({
        label: (key) => {
          const n = inheriting(key);
          return `the defaults of ${name2} (inherited by ${n} target${n === 1 ? "" : "s"})`;
        },
        plural: true,
        subject: { kind: "file", id: `${file}#defaults` },
        ref: at(file, "ssh", "defaults"),
        raw: defaults
      })
    );
  }
  targets.forEach((t, i) => {
    if (t === null || typeof t !== "object" || Array.isArray(t)) return;
    const raw = t;
    const id = typeof raw.id === "string" ? raw.id : `#${i}`;
    const label2 = () => `ssh target "${id}"`;
    out.push(...draftsFor({ label: label2, plural: false, subject: { kind: "host", id }, ref: at(file, "ssh", "targets", i), raw }));
  });
  return { findings: out, checked: { sshTargets: targets.length } };
}
var ssh_trust_default = defineGate({
  id: "ssh-trust",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "SSH settings in ssh.targets.yaml must keep host-key checking on, keep known hosts, and not enable legacy algorithms (ssh-rsa, ssh-dss, SHA-1 kex, CBC).",
  reads: ["ssh"],
  judges: [],
  run: (ctx) => run2(ctx.model)
});

// src/gates/unique-ids.ts
function dupes(m, items, what, kind, out, why = "later tools silently use one of them: rename or remove one") {
  const first = /* @__PURE__ */ new Map();
  for (const it of items) {
    const prev = first.get(it.key);
    if (!prev) {
      first.set(it.key, it);
      continue;
    }
    out.push({
      message: `${what.replace("%s", `"${it.key}"`)} is declared twice (first at ${where(m, prev.ref)}); ${why}`,
      subject: { kind, id: it.key },
      at: [it.ref, prev.ref],
      kind: `duplicate:${what.split(" %s")[0]}`,
      observed: it.key
    });
  }
}
var SUBJECT_OF = { stacks: "stack", vms: "vm", health: "endpoint", ssh: "host", backups: "backup", routing: "route", registry: "service" };
function entriesAt(data, segments, path = []) {
  if (segments.length === 0) {
    if (Array.isArray(data)) return data.map((value, i) => ({ value, path: [...path, i] }));
    return [];
  }
  const [seg, ...rest] = segments;
  if (seg === "*") {
    if (Array.isArray(data)) return data.flatMap((v, i) => entriesAt(v, rest, [...path, i]));
    if (data !== null && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => entriesAt(v, rest, [...path, k]));
    return [];
  }
  const next = data !== null && typeof data === "object" && !Array.isArray(data) ? data[seg] : void 0;
  return next === void 0 ? [] : entriesAt(next, rest, [...path, seg]);
}
function collections(m, profile, out) {
  let checked = 0;
  for (const c of profile.unique) {
    const file = m.paths[c.binding];
    if (m.inputs[c.binding]?.status !== "ok") continue;
    const entries = entriesAt(m.files.get(file)?.data, parsePointer(c.collection));
    const items = [];
    for (const e of entries) {
      const key = e.value?.[c.key];
      if (typeof key === "string" || typeof key === "number") items.push({ key: String(key), ref: at(file, ...e.path, c.key) });
    }
    checked += items.length;
    dupes(m, items, `${c.key} %s in ${c.collection} of ${fileName(file)}`, SUBJECT_OF[c.binding] ?? "file", out);
  }
  return checked;
}
var unique_ids_default = defineGate({
  id: "unique-ids",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Ids are unique within each binding file (endpoint ids, ssh target ids, backup names, vmids, VM hostnames, stack names per host, routed hostnames, STACK_REGISTRY stack_ids, gap ids, and every keyed collection of profile.unique) and no host runs two services with one container name or one port: with duplicates every lookup silently picks one.",
  reads: ["health", "ssh", "backups", "vms", "compose", "routing", "registry", "stacks"],
  judges: ["endpoints", "sshTargets", "backups", "vms", "stacks", "routes", "services"],
  run(ctx) {
    const m = ctx.model;
    const out = [];
    dupes(m, m.endpoints.map((e) => ({ key: e.id, ref: sub(e.ref, "id") })), "health endpoint id %s", "endpoint", out);
    dupes(m, m.sshTargets.map((t) => ({ key: t.id, ref: sub(t.ref, "id") })), "ssh target id %s", "host", out);
    dupes(m, m.backups.map((b) => ({ key: b.name, ref: sub(b.ref, "name") })), "backup target name %s", "backup", out);
    dupes(m, m.vms.map((v) => ({ key: String(v.vmid), ref: sub(v.ref, "vmid") })), "vmid %s", "vm", out);
    const live = m.vms.filter((v) => v.meaning !== "inert" && v.meaning !== "unknown");
    dupes(m, live.map((v) => ({ key: v.hostname, ref: sub(v.ref, "hostname") })), "VM hostname %s", "host", out);
    for (const t of m.composeTargets) {
      dupes(m, t.stacks.map((s) => ({ key: s.name, ref: sub(s.ref, "name") })), `stack name %s of host "${t.id}"`, "stack", out);
    }
    dupes(m, m.routes.map((r) => ({ key: r.hostname, ref: sub(r.ref, "hostname") })), "routed hostname %s", "route", out);
    const byHost = /* @__PURE__ */ new Map();
    for (const s of m.services) {
      if (!s.container || !s.host) continue;
      const list = byHost.get(s.host) ?? [];
      list.push({ key: s.container, ref: sub(s.ref, "container") });
      byHost.set(s.host, list);
    }
    for (const [host, items] of byHost) dupes(m, items, `container name %s on host "${host}"`, "container", out, "docker refuses a second container of that name");
    const ports = /* @__PURE__ */ new Map();
    for (const s of m.services) {
      if (s.port == null || !s.host) continue;
      const list = ports.get(s.host) ?? [];
      list.push({ key: String(s.port), ref: sub(s.ref, "port") });
      ports.set(s.host, list);
    }
    for (const [host, items] of ports) dupes(m, items, `port %s on host "${host}"`, "host", out, "two services cannot both listen on one host port");
    const keyed = collections(m, resolveProfile(ctx.config), out);
    return {
      findings: out,
      checked: {
        endpoints: m.endpoints.length,
        sshTargets: m.sshTargets.length,
        backups: m.backups.length,
        vms: m.vms.length,
        stacks: m.stacks.length,
        routes: m.routes.length,
        services: m.services.length,
        entries: keyed
      }
    };
  }
});

// src/gates/live/registry-entry.ts
var ORDER = ["host", "port", "compose", "container", "status"];
function composeFile(view, c) {
  const sibling = view.services.find((p) => p.service.compose)?.service.compose;
  if (sibling) return sibling;
  const reported = c.composeFiles?.[0];
  if (!reported) return void 0;
  return `${view.stack.path.replace(/\/+$/, "")}/${reported.slice(reported.lastIndexOf("/") + 1)}`;
}
function freeKey(ctx, name2, host) {
  const taken = (k) => ctx.model.services.some((s) => s.id === k);
  return [name2, `${name2}-${host}`].find((k) => !taken(k));
}
function entrySkeleton(ctx, view, c, ports) {
  const at2 = view.obs ? new Date(view.obs.startedAt) : ctx.now;
  if (notYetStable(c, Number.isFinite(at2.getTime()) ? at2 : ctx.now, ctx.config.fix.minUptimeMinutes * 6e4)) return void 0;
  const host = view.target.id;
  const key = freeKey(ctx, c.name, host);
  const compose = composeFile(view, c);
  const status = statusWithMeaning(resolveStatuses(ctx.config).vocabularies.services, "running");
  if (!key || !compose || !status || ports.length === 0) return void 0;
  const services2 = ctx.model.services;
  const anchor = [...view.services].map((p) => p.service).pop() ?? services2.filter((s) => s.host === host).pop() ?? services2[services2.length - 1];
  const values = { host, port: ports[0], compose, container: c.name, status };
  const known = anchor ? Object.keys(rawAt(ctx.model, anchor.ref) ?? {}) : [];
  const rank = (k) => known.includes(k) ? known.indexOf(k) : known.length + ORDER.indexOf(k);
  const value = Object.fromEntries(Object.keys(values).sort((a, b) => rank(a) - rank(b)).map((k) => [k, values[k]]));
  const parent = anchor ? parsePointer(anchor.ref.pointer).slice(0, -1) : ["services"];
  const others = ports.length > 1 ? ` (it also publishes ${ports.slice(1).join(", ")})` : "";
  return {
    kind: "registry-entry",
    file: ctx.model.paths.registry,
    pointer: pointerOf([...parent, key]),
    value,
    op: "add",
    ...anchor ? { after: [anchor.id] } : {},
    comment: `added by driftgate: "${c.name}" runs in stack "${view.stack.name}" on "${host}"${others}; complete this entry`
  };
}

// src/gates/unmanaged-containers.ts
function publishedPorts(c) {
  const ports = (c.publishers ?? []).map((p) => p.publishedPort ?? 0).filter((p) => p > 0);
  return [...new Set(ports)].sort((a, b) => a - b);
}
function declared2(ctx, view, c) {
  if (servicesNaming(view.services, c).length > 0 || hostServicesNaming(ctx.model, view.target.id, c).length > 0) return true;
  return mayBeUnreadable(ctx.model, "services", c.name) || mayBeUnreadable(ctx.model, "services", c.service);
}
function judgeStack(ctx, view, containers) {
  const unmanaged = containers.filter((c) => isUp(c) && !declared2(ctx, view, c));
  const out = [];
  const internal = unmanaged.filter((c) => publishedPorts(c).length === 0).map((c) => c.name).sort();
  for (const c of unmanaged) {
    const ports = publishedPorts(c);
    if (ports.length === 0) continue;
    const fix = entrySkeleton(ctx, view, c, ports);
    out.push({
      ...fix ? { fix } : {},
      kind: "unmanaged-published",
      severity: "warning",
      subject: { kind: "container", id: c.name },
      at: [view.stack.ref],
      message: `container "${c.name}" in stack "${view.stack.name}" on "${view.target.id}" runs and publishes port ${ports.join(", ")} but no registry service names it; add it to the service registry`,
      expected: "a registry entry",
      observed: `running, publishes ${ports.join(", ")}`,
      direction: "declared-stale",
      details: { stack: view.stack.name, service: c.service, ports }
    });
  }
  if (internal.length > 0) {
    out.push({
      kind: "unmanaged-internal",
      severity: "notice",
      subject: { kind: "stack", id: view.stack.name },
      at: [view.stack.ref],
      message: `stack "${view.stack.name}": ${internal.length} running container${internal.length === 1 ? "" : "s"} without a registry entry and without published ports (${listNames(internal, 20)}); covered by the parent stack under the registry's internal dependency policy`,
      observed: internal,
      direction: "inconsistent",
      details: { stack: view.stack.name, containers: internal }
    });
  }
  return out;
}
function stackMayBeUnreadable(ctx, host) {
  const m = ctx.model;
  const onHost = m.composeTargets.filter((t) => (t.sshTarget ?? t.id) === host).map((t) => t.id);
  return m.unreadable.some(
    (u) => u.kind === "composeTargets" || u.kind === "stacks" && (u.id === void 0 || onHost.some((id) => u.id?.startsWith(`${id}/`)))
  );
}
function otherProjects(ctx, h) {
  const running = (h.otherContainers ?? []).filter(isUp);
  if (running.length === 0 || stackMayBeUnreadable(ctx, h.target)) return { findings: [], judged: 0 };
  const m = ctx.model;
  const place3 = m.composeTargets.find((t) => (t.sshTarget ?? t.id) === h.target)?.ref ?? m.sshTargets.find((t) => t.id === h.target)?.ref ?? { file: m.paths.compose, pointer: "" };
  const byProject = /* @__PURE__ */ new Map();
  for (const c of running) byProject.set(c.project, [...byProject.get(c.project) ?? [], c]);
  const findings2 = [...byProject].map(([project, cs]) => {
    const names = cs.map((c) => c.name).sort();
    const dir = cs.find((c) => c.workingDir)?.workingDir;
    return project ? {
      kind: "undeclared-project",
      severity: "warning",
      subject: { kind: "stack", id: project },
      at: [place3],
      message: `compose project "${project}"${dir ? ` (${dir})` : ""} runs ${cs.length} container${cs.length === 1 ? "" : "s"} on "${h.target}" (${listNames(names, 10)}) but no stack in ${m.paths.compose} declares it; declare the stack or remove the project`,
      expected: "a declared stack",
      observed: `running: ${names.length}`,
      direction: "declared-stale",
      details: { host: h.target, project, containers: names, ...dir ? { workingDir: dir } : {} }
    } : {
      kind: "outside-compose",
      severity: "notice",
      subject: { kind: "host", id: h.target },
      at: [place3],
      message: `${cs.length} container${cs.length === 1 ? "" : "s"} on "${h.target}" run outside compose (${listNames(names, 10)}); no stack or registry entry can describe them`,
      observed: names,
      direction: "inconsistent",
      details: { host: h.target, containers: names }
    };
  });
  return { findings: findings2, judged: running.length };
}
var unmanaged_containers_default = defineGate({
  id: "unmanaged-containers",
  aliases: [],
  kind: "live",
  severity: "warning",
  describe: "Reports running containers that no registry service names: a warning when they publish ports (user traffic without an entry; a registry entry skeleton is proposed), a notice for internal-only ones; and running compose projects that no declared stack covers.",
  reads: ["registry", "compose", "ssh"],
  judges: [],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    let containers = 0;
    for (const view of split.listed) {
      containers += view.obs.containers.filter(isUp).length;
      out.push(...judgeStack(ctx, view, view.obs.containers));
    }
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `the containers of ${views.length} stack${views.length === 1 ? "" : "s"}`);
      if (f) out.push(f);
    }
    for (const h of ctx.observations.hosts) {
      const others = otherProjects(ctx, h);
      containers += others.judged;
      out.push(...others.findings);
    }
    return { findings: out, checked: { containers } };
  }
});

// src/gates/vm-governance.ts
function vmName2(vm) {
  return `VM ${vm.vmid} (${vm.hostname})`;
}
function vmHost(m, profile, vm) {
  const group = hostsOf(m, profile).ofVm(vm);
  return { group, host: group?.hosts[0], inRegistry: hostInScope(m, profile, "registry", group), inHealth: hostInScope(m, profile, "health", group) };
}
function governed(m, vm, on, profile, out) {
  const subject = { kind: "vm", id: String(vm.vmid) };
  const vms = fileName(m.paths.vms);
  if (!vm.sshTarget) {
    out.push({ message: `active ${vmName2(vm)} has no ssh_target in ${vms}; nothing can inspect its containers: name its ssh target`, subject, at: [sub(vm.ref, "ssh_target")], kind: "no-ssh-target" });
  }
  const host = on.host;
  if (!host) {
    if (on.inRegistry && !mayBeUnreadable(m, "hosts", vm.hostname)) out.push({
      message: `active ${vmName2(vm)} has no host "${vm.hostname}" in ${fileName(m.paths.registry)}; add it under hosts`,
      subject,
      at: [sub(vm.ref, "hostname"), at(m.paths.registry, "hosts")],
      kind: "no-registry-host"
    });
  } else if (host.vmid !== void 0 && host.vmid !== vm.vmid) {
    out.push({
      message: `registry host "${host.id}" says vmid ${host.vmid}, but ${vms} gives it vmid ${vm.vmid} (${where(m, sub(vm.ref, "vmid"))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, "vmid"), sub(vm.ref, "vmid")],
      kind: "vmid-mismatch",
      expected: vm.vmid,
      observed: host.vmid
    });
  }
  if (!vm.backupTarget) {
    out.push({ message: `active ${vmName2(vm)} has no backup_target; every active VM needs a backup: name its target in ${fileName(m.paths.backups)}`, subject, at: [sub(vm.ref, "backup_target")], kind: "no-backup-target" });
  } else {
    const backup = m.backups.find((b) => b.name === vm.backupTarget);
    if (backup && !backup.enabled) {
      const declared3 = rawAt(m, sub(backup.ref, "enabled")) !== void 0;
      const state = declared3 ? "disabled" : "not enabled (no `enabled` key, and the file's header makes that false)";
      out.push({
        message: `${vmName2(vm)} is backed up by "${backup.name}", which is ${state} in ${fileName(m.paths.backups)} (${where(m, declared3 ? sub(backup.ref, "enabled") : backup.ref)}); nobody checks that backup: set enabled: true`,
        subject,
        at: [sub(vm.ref, "backup_target"), declared3 ? sub(backup.ref, "enabled") : backup.ref],
        kind: "backup-target-disabled",
        expected: true,
        observed: false
      });
    }
  }
  const unreadEndpoint = m.unreadable.some((u) => u.kind === "endpoints");
  const hosts = hostsOf(m, profile);
  const probed = m.endpoints.some((e) => e.enabled && (e.host === vm.hostname || on.group !== void 0 && hosts.byName(e.host) === on.group));
  if (vm.healthProbePolicy !== "none" && on.inHealth && !unreadEndpoint && !probed) {
    out.push({
      message: `active ${vmName2(vm)} has health_probe_policy "${vm.healthProbePolicy ?? "unset"}" but no enabled probe in ${fileName(m.paths.health)}; add probes or set health_probe_policy: none`,
      subject,
      at: [vm.healthProbePolicy ? sub(vm.ref, "health_probe_policy") : vm.ref, at(m.paths.health, "endpoints")],
      kind: "no-probes"
    });
  }
}
function agrees(m, vm, on, out) {
  const subject = { kind: "vm", id: String(vm.vmid) };
  const target = m.sshTargets.find((t) => t.id === vm.sshTarget);
  const host = on.host;
  if (target && vm.sshUser && !isPlaceholder(vm.sshUser) && vm.sshUser !== target.user) {
    out.push({
      message: `${vmName2(vm)} has ssh_user "${vm.sshUser}", but ssh target "${target.id}" connects as "${target.user}" (${where(m, sub(target.ref, "user"))}); one of the two files is stale`,
      subject,
      at: [sub(vm.ref, "ssh_user"), sub(target.ref, "user")],
      kind: "ssh-user-mismatch",
      expected: target.user,
      observed: vm.sshUser
    });
  }
  if (target && host?.sshUser && !isPlaceholder(host.sshUser) && host.sshUser !== target.user) {
    out.push({
      message: `registry host "${host.id}" has ssh_user "${host.sshUser}", but ssh target "${target.id}" connects as "${target.user}" (${where(m, sub(target.ref, "user"))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, "ssh_user"), sub(target.ref, "user")],
      kind: "registry-ssh-user-mismatch",
      expected: target.user,
      observed: host.sshUser
    });
  }
  if (host?.proxmoxHost && vm.proxmoxHost && !isPlaceholder(vm.proxmoxHost) && host.proxmoxHost !== vm.proxmoxHost) {
    out.push({
      message: `registry host "${host.id}" runs on hypervisor "${host.proxmoxHost}", but ${fileName(m.paths.vms)} puts ${vmName2(vm)} on "${vm.proxmoxHost}" (${where(m, sub(vm.ref, "proxmox_host"))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, "proxmox_host"), sub(vm.ref, "proxmox_host")],
      kind: "proxmox-host-mismatch",
      expected: vm.proxmoxHost,
      observed: host.proxmoxHost
    });
  }
  const backup = m.backups.find((b) => b.name === vm.backupTarget);
  const globVmid = backup ? /(?:qemu|lxc)-(\d+)-/.exec(backup.glob)?.[1] : void 0;
  if (backup && globVmid !== void 0 && Number(globVmid) !== vm.vmid) {
    out.push({
      message: `${vmName2(vm)} is backed up by "${backup.name}", but its glob "${backup.glob}" selects the archives of VM ${globVmid} (${where(m, sub(backup.ref, "glob"))}); name the target that backs up this VM`,
      subject,
      at: [sub(vm.ref, "backup_target"), sub(backup.ref, "glob")],
      kind: "backup-target-other-vm",
      expected: vm.vmid,
      observed: Number(globVmid)
    });
  }
}
function listsServices(m, vm, on, profile, out) {
  if (vm.services.length === 0 || !on.group) return;
  const listed = new Set(vm.services);
  const hosts = hostsOf(m, profile);
  for (const s of m.services) {
    if (s.meaning === "inert" || hosts.byName(s.host) !== on.group || listed.has(s.id) || s.container && listed.has(s.container)) continue;
    out.push({
      message: `service "${s.id}" runs on host "${vm.hostname}" but is missing from the services of ${vmName2(vm)} in ${fileName(m.paths.vms)} (${where(m, sub(vm.ref, "services"))}); add it to that list`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "host"), sub(vm.ref, "services")],
      kind: "service-missing-from-vm",
      severity: "warning"
    });
  }
}
function placeholders(m, profile, out) {
  const entries = [
    ...m.vms.filter((v) => v.meaning === "running").map((v) => ({ ref: v.ref, what: `active ${vmName2(v)}`, subject: { kind: "vm", id: String(v.vmid) } })),
    ...m.services.filter((s) => s.meaning === "running").map((s) => ({ ref: s.ref, what: `active service "${s.id}"`, subject: { kind: "service", id: s.id } }))
  ];
  for (const e of entries) {
    for (const p of findPlaceholders(rawAt(m, e.ref))) {
      out.push({
        message: `${e.what} has placeholder "${p.value}" at ${p.path.join(".")}; an active entry must be complete`,
        subject: e.subject,
        at: [sub(e.ref, ...p.path)],
        kind: `placeholder:${p.path.join(".")}`,
        observed: p.value
      });
    }
  }
  for (const r of m.routes) {
    if (!r.routingLayer || meaningOf(profile.statuses.vocabularies.routes, r.routingLayer) !== "running") continue;
    for (const p of findPlaceholders({ service: r.service })) {
      out.push({
        message: `hostname "${r.hostname}" is routed (${r.routingLayer}) but its service is "${p.value}"; name the service it reaches`,
        subject: { kind: "route", id: r.hostname },
        at: [sub(r.ref, "service")],
        kind: "placeholder:service",
        observed: p.value
      });
    }
  }
}
var vm_governance_default = defineGate({
  id: "vm-governance",
  aliases: ["D69"],
  kind: "static",
  severity: "error",
  describe: "Each active VM has an ssh target, a registry host, an existing enabled backup target of its own and probes unless its policy says none, agrees with the other files on ssh user and hypervisor, lists the services of its host, and no active entry carries a PENDING_*/TBD placeholder: an ungoverned VM is invisible to every other gate.",
  reads: ["vms", "registry", "ssh", "backups", "health", "routing"],
  judges: ["vms", "services", "routes"],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const out = [];
    for (const vm of m.vms) {
      if (vm.meaning !== "running") continue;
      const at2 = vmHost(m, profile, vm);
      governed(m, vm, at2, profile, out);
      agrees(m, vm, at2, out);
      listsServices(m, vm, at2, profile, out);
    }
    placeholders(m, profile, out);
    const known = (list) => list.filter((e) => e.meaning !== "unknown").length;
    return { findings: out, checked: { vms: known(m.vms), services: known(m.services), routes: m.routes.length } };
  }
});

// src/gates/live/vm-status.ts
function vmLabel(vm) {
  return `${vm.vmType === "lxc" ? "LXC" : "VM"} ${vm.vmid} "${vm.hostname}"`;
}
function vmInService(ctx, vm, live, hypervisor) {
  if (vm.meaning !== "planned" && vm.meaning !== "provisioning" || live.status !== "running") return [];
  const running = statusWithMeaning(resolveStatuses(ctx.config).vocabularies.vms, "running");
  if (running === void 0) return [];
  const ref = sub(vm.ref, "status");
  return [{
    kind: `running-while-${vm.meaning}`,
    severity: "warning",
    subject: { kind: "vm", id: vm.hostname },
    at: [ref],
    message: `${vmLabel(vm)} is declared ${vm.status} but runs on hypervisor "${hypervisor}"; if it is in service, set status: ${running}`,
    expected: vm.status,
    observed: live.status,
    direction: "declared-stale",
    fix: { kind: "vm-status", file: ref.file, pointer: ref.pointer, value: running }
  }];
}

// src/gates/vm-inventory.ts
var RESOURCES = [
  { key: "cpuCores", yaml: "cpu_cores", unit: "cores" },
  { key: "memoryMb", yaml: "memory_mb", unit: "MB" },
  { key: "bootDiskGb", yaml: "boot_disk_gb", unit: "GB" }
];
var label = vmLabel;
function onHypervisor(h) {
  return h.node && h.node !== h.host ? `hypervisor "${h.host}" (node "${h.node}")` : `hypervisor "${h.host}"`;
}
function guestFindings(vm, live, where2) {
  const out = [];
  const subject = { kind: "vm", id: vm.hostname };
  const declaredType = vm.vmType ?? "qemu";
  if (live.type && live.type !== declaredType) {
    out.push({
      kind: "guest-type",
      severity: "warning",
      subject,
      at: [vm.vmType ? sub(vm.ref, "vm_type") : sub(vm.ref, "vmid")],
      message: `${label(vm)} is declared vm_type ${declaredType} but ${where2} runs it as ${live.type === "lxc" ? "an LXC container" : "a qemu VM"}; set vm_type: ${live.type}`,
      expected: declaredType,
      observed: live.type,
      direction: "declared-stale"
    });
  }
  if (live.onboot === void 0) return out;
  if (vm.onboot !== void 0 && vm.onboot !== live.onboot) {
    const ref = sub(vm.ref, "onboot");
    out.push({
      kind: "onboot",
      severity: "warning",
      subject,
      at: [ref],
      message: `${label(vm)} has onboot ${live.onboot ? 1 : 0} on ${where2} but vm.lifecycle declares onboot: ${vm.onboot}; one of the two is stale`,
      expected: vm.onboot,
      observed: live.onboot,
      direction: "inconsistent"
    });
  } else if (vm.onboot === void 0 && !live.onboot && vm.meaning === "running") {
    out.push({
      kind: "onboot-off",
      severity: "notice",
      subject,
      at: [sub(vm.ref, "status")],
      message: `${label(vm)} is ${vm.status} but does not start with its node on ${where2} (onboot 0); declare onboot: false if that is intended`,
      expected: true,
      observed: false,
      direction: "inconsistent"
    });
  }
  return out;
}
function governedBy(ctx, h, all) {
  return ctx.model.vms.filter((vm) => vm.proxmoxHost ? vm.proxmoxHost === h.host : all.length === 1);
}
function resourceFindings(vm, live, hypervisor) {
  const out = [];
  const declared3 = vm.resources;
  if (!declared3) return out;
  for (const r of RESOURCES) {
    const want = declared3[r.key];
    const have = live[r.key];
    if (want === void 0 || have === void 0 || want === have) continue;
    const ref = sub(vm.ref, "resources", r.yaml);
    out.push({
      kind: `resources-${r.yaml}`,
      severity: "warning",
      subject: { kind: "vm", id: vm.hostname },
      at: [ref],
      message: `${label(vm)} has ${have} ${r.unit} on "${hypervisor}" but vm.lifecycle declares ${r.yaml}: ${want}; update the binding`,
      expected: want,
      observed: have,
      direction: "declared-stale",
      fix: { kind: "vm-resources", file: ref.file, pointer: ref.pointer, value: have }
    });
  }
  return out;
}
function judgeDeclared(vm, live, hypervisor, elsewhere) {
  const subject = { kind: "vm", id: vm.hostname };
  const at2 = [sub(vm.ref, "status")];
  if (!live && elsewhere && vm.meaning !== "inert") {
    return [{
      kind: "moved",
      severity: "warning",
      subject,
      at: [sub(vm.ref, "proxmox_host")],
      message: `${label(vm)} is declared on proxmox_host "${hypervisor}" but ${onHypervisor(elsewhere.h)} lists it (${elsewhere.live.status}); update proxmox_host or migrate it back`,
      expected: hypervisor,
      observed: elsewhere.h.host,
      direction: "declared-stale",
      details: { node: elsewhere.live.node ?? elsewhere.h.node }
    }];
  }
  if (vm.meaning === "running") {
    if (!live) {
      return [{
        kind: "missing",
        subject,
        at: at2,
        message: `${label(vm)} is declared ${vm.status} but hypervisor "${hypervisor}" does not list it`,
        expected: "running",
        observed: "absent",
        direction: "live-broken"
      }];
    }
    const out = live.status === "running" ? [] : [{
      kind: "not-running",
      subject,
      at: at2,
      message: `${label(vm)} is declared ${vm.status} but is ${live.status} on hypervisor "${hypervisor}"`,
      expected: "running",
      observed: live.status,
      direction: "live-broken"
    }];
    return [...out, ...resourceFindings(vm, live, hypervisor)];
  }
  const gone = live ? { live, on: hypervisor } : elsewhere ? { live: elsewhere.live, on: elsewhere.h.host } : void 0;
  if (vm.meaning === "inert" && gone) {
    return [{
      kind: "still-present",
      subject,
      at: at2,
      message: `${label(vm)} is declared ${vm.status} but still exists on hypervisor "${gone.on}" (${gone.live.status}); destroy it or correct its status`,
      expected: "absent",
      observed: gone.live.status,
      direction: "live-broken"
    }];
  }
  return [];
}
function judgeHypervisor(ctx, h, all) {
  const file = ctx.model.paths.vms;
  if (!h.ok) {
    const reason = h.failure?.reason ?? "error";
    return {
      findings: [{
        kind: `probe-${reason}`,
        subject: { kind: "host", id: h.host },
        at: [{ file, pointer: "/vms" }],
        message: `hypervisor "${h.host}" could not be listed (${reasonLabel(reason)}${h.failure?.error ? `: ${h.failure.error}` : ""}); VM states not checked, so drift cannot be ruled out`,
        observed: reasonLabel(reason),
        direction: "unknown",
        severity: "warning",
        inconclusive: true,
        details: { reason, durationMs: h.durationMs }
      }],
      guests: 0
    };
  }
  const declared3 = governedBy(ctx, h, all);
  const out = [];
  const where2 = onHypervisor(h);
  let guests = 0;
  for (const vm of declared3) {
    if (vm.meaning === "unknown") continue;
    guests += 1;
    const live = h.vms.find((v) => v.vmid === vm.vmid);
    const same = (v) => v.vmid === vm.vmid && v.name === vm.hostname;
    const other = live ? void 0 : all.find((o) => o !== h && o.ok && o.vms.some(same));
    const elsewhere = other ? { h: other, live: other.vms.find(same) } : void 0;
    out.push(...judgeDeclared(vm, live, h.host, elsewhere));
    if (live) out.push(...vmInService(ctx, vm, live, h.host));
    if (live && vm.meaning !== "inert") out.push(...guestFindings(vm, live, where2));
  }
  for (const live of h.vms) {
    if (live.template || declared3.some((vm) => vm.vmid === live.vmid)) continue;
    if (ctx.model.vms.some((vm) => vm.vmid === live.vmid && vm.hostname === live.name && vm.proxmoxHost && vm.proxmoxHost !== h.host)) continue;
    if (mayBeUnreadable(ctx.model, "vms", live.name) || mayBeUnreadable(ctx.model, "vms", String(live.vmid))) continue;
    out.push({
      kind: "undeclared",
      severity: "warning",
      subject: { kind: "vm", id: String(live.vmid) },
      at: [{ file, pointer: "/vms" }],
      message: `undeclared ${live.type === "lxc" ? "LXC" : "VM"} ${live.vmid} "${live.name}" (${live.status}) on ${where2}: add it to vm.lifecycle or destroy it`,
      expected: "declared",
      observed: live.status,
      direction: "declared-stale",
      details: { vmid: live.vmid, name: live.name, ...live.type ? { type: live.type } : {} }
    });
  }
  return { findings: out, guests };
}
function notProbed2(ctx, all) {
  const seen = new Set(all.map((h) => h.host));
  const byHost = /* @__PURE__ */ new Map();
  for (const vm of ctx.model.vms) {
    if (vm.meaning !== "running" || !vm.proxmoxHost || seen.has(vm.proxmoxHost)) continue;
    byHost.set(vm.proxmoxHost, [...byHost.get(vm.proxmoxHost) ?? [], vm]);
  }
  return [...byHost].map(([host, vms]) => ({
    kind: "not-probed",
    subject: { kind: "host", id: host },
    at: vms.map((vm) => sub(vm.ref, "proxmox_host")),
    message: `hypervisor "${host}" was not probed (the observation snapshot has no entry for it); the state of ${vms.length} active VM${vms.length === 1 ? "" : "s"} (${vms.map((v) => v.vmid).join(", ")}) not checked, so drift cannot be ruled out`,
    observed: "not probed",
    direction: "unknown",
    severity: "warning",
    inconclusive: true,
    details: { reason: "not-probed", vmids: vms.map((v) => v.vmid) }
  }));
}
var vm_inventory_default = defineGate({
  id: "vm-inventory",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Compares the hypervisor's guests (qm and pct: VMs and LXC containers) with vm.lifecycle: active ones must run on their declared proxmox_host, decommissioned ones be gone, no undeclared guests, resources (fixable), vm_type and onboot as declared; a VM declared provisioned that runs is proposed active.",
  reads: ["vms"],
  judges: ["vms"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const judged = obs.hypervisors.map((h) => judgeHypervisor(ctx, h, obs.hypervisors));
    return {
      findings: [...judged.flatMap((j) => j.findings), ...notProbed2(ctx, obs.hypervisors)],
      checked: { vms: judged.reduce((n, j) => n + j.guests, 0), hypervisors: obs.hypervisors.filter((h) => h.ok).length }
    };
  }
});

// src/gates/workflow-checks.ts
function branchMatches(patterns, branch) {
  let matched = false;
  for (const raw of patterns) {
    const negated = raw.startsWith("!");
    const pattern = negated ? raw.slice(1) : raw;
    const re = new RegExp(
      `^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\0").replace(/\*/g, "[^/]*").replace(/\?/g, ".").replace(/\u0000/g, ".*")}$`
    );
    if (re.test(branch)) matched = !negated;
  }
  return matched;
}
var asStrings = (v) => typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === "string") : void 0;
function triggersOn(on, event, branch) {
  if (typeof on === "string") return on === event;
  if (Array.isArray(on)) return on.includes(event);
  if (on === null || typeof on !== "object") return false;
  const map = on;
  if (!(event in map)) return false;
  const filter = map[event];
  if (filter === null || typeof filter !== "object") return true;
  const f = filter;
  const include = asStrings(f.branches);
  const exclude = asStrings(f["branches-ignore"]);
  if (include) return branchMatches(include, branch);
  if (exclude) return !branchMatches(exclude, branch);
  return true;
}
var MOVING_REFS = /* @__PURE__ */ new Set(["main", "master", "head", "latest", "develop", "dev", "trunk", "nightly", "stable"]);
function unpinnedUses(uses) {
  const ref = uses.trim();
  if (ref.startsWith("./") || ref.startsWith("../")) return void 0;
  if (ref.startsWith("docker://")) {
    const image = ref.slice("docker://".length);
    if (image.includes("@sha256:")) return void 0;
    const tag = /:([^/:]+)$/.exec(image)?.[1];
    if (tag === void 0) return "has no tag or digest";
    return tag === "latest" ? 'uses the moving tag "latest"' : void 0;
  }
  const at2 = ref.lastIndexOf("@");
  if (at2 < 0) return "names no version";
  const version = ref.slice(at2 + 1);
  if (/^[0-9a-f]{40}$/i.test(version)) return void 0;
  if (MOVING_REFS.has(version.toLowerCase())) return `follows the moving ref "${version}"`;
  return void 0;
}
function unpinnedDownloads(script) {
  const out = [];
  for (const m of script.matchAll(/https?:\/\/[^\s"'`)]+/g)) {
    const url = m[0];
    if (/\/releases\/latest(\/|$)|\/latest\/download\//.test(url)) {
      out.push({ match: url, why: `downloads "${url}", whatever release is latest that day` });
    }
  }
  for (const m of script.matchAll(/\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z|)sh\b/g)) {
    out.push({ match: m[0], why: "pipes a download straight into a shell" });
  }
  return out;
}

// src/gates/workflow-lock.ts
var RUNS_GATES = /drift[-_]?gate/i;
function obj2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function stepsOf(data) {
  const out = [];
  for (const [jobId, rawJob] of Object.entries(obj2(data.jobs) ?? {})) {
    const job = obj2(rawJob);
    if (!job) continue;
    if (typeof job.uses === "string") out.push({ path: ["jobs", jobId], uses: job.uses });
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((rawStep, i) => {
      const step = obj2(rawStep);
      if (!step) return;
      const s = { path: ["jobs", jobId, "steps", i] };
      if (typeof step.uses === "string") s.uses = step.uses;
      if (typeof step.run === "string") s.run = step.run;
      out.push(s);
    });
  }
  return out;
}
function place2(file, path, needle) {
  const loc = locateIn(file, pointerOf(path));
  if (!needle) return loc;
  const start = (file.lineCounter.lineStarts[loc.line - 1] ?? 0) + loc.column - 1;
  const found = file.text.indexOf(needle, start);
  if (found < 0) return loc;
  const pos = file.lineCounter.linePos(found);
  return { ...loc, line: pos.line, column: pos.col };
}
function findings(model, problems, branch) {
  const dir = model.paths.workflows;
  const files = [...model.files.values()].filter((f) => f.kind === "workflow").sort((a, b) => a.path.localeCompare(b.path));
  const dirLoc = { file: dir, line: 1, column: 1, pointer: "" };
  const out = [];
  const gateFiles = [];
  let unparseable = 0;
  for (const f of files) {
    const data = obj2(f.data);
    const name2 = fileName(f.path);
    if (!data || !obj2(data.jobs)) {
      const syntax = problems.find((p) => p.location.file === f.path && p.severity === "error");
      const why = syntax ? `does not parse (${syntax.message.replace(/\s+/g, " ").trim()})` : 'is not a workflow (it has no "jobs" mapping)';
      out.push({
        message: `workflow "${name2}" ${why}, so CI cannot run it (D50)`,
        subject: { kind: "file", id: f.path },
        at: [syntax ? syntax.location : { file: f.path, line: 1, column: 1, pointer: "" }],
        kind: "workflow-unparseable"
      });
      unparseable++;
      continue;
    }
    const steps = stepsOf(data);
    if (steps.some((s) => RUNS_GATES.test(s.run ?? "") || RUNS_GATES.test(s.uses ?? ""))) gateFiles.push(f);
    for (const s of steps) {
      const why = s.uses === void 0 ? void 0 : unpinnedUses(s.uses);
      if (s.uses !== void 0 && why) {
        out.push({
          message: `workflow "${name2}" uses "${s.uses}", which ${why}; pin it to ${s.uses.startsWith("docker://") ? "an image tag or digest" : "a release tag or a commit SHA"}`,
          subject: { kind: "file", id: `${f.path}#${s.uses}` },
          at: [place2(f, [...s.path, "uses"])],
          kind: "unpinned-action",
          severity: "warning",
          observed: s.uses
        });
      }
      for (const d of unpinnedDownloads(s.run ?? "")) {
        out.push({
          message: `workflow "${name2}" ${d.why}; pin a version and verify its checksum`,
          subject: { kind: "file", id: `${f.path}#${d.match}` },
          at: [place2(f, [...s.path, "run"], d.match)],
          kind: "unpinned-download",
          severity: "warning",
          observed: d.match
        });
      }
    }
  }
  if (files.length === 0) {
    out.push({
      message: `there is no CI workflow under "${dir}/", so no drift gate runs on pull requests (D50); add one that runs "driftgate check --offline" on push and pull_request`,
      subject: { kind: "file", id: dir },
      at: [dirLoc],
      kind: "no-workflow"
    });
    return out;
  }
  if (gateFiles.length === 0 && unparseable > 0) return out;
  if (gateFiles.length === 0) {
    out.push({
      message: `${files.length === 1 ? "the only workflow" : `none of the ${files.length} workflows`} under "${dir}/" ${files.length === 1 ? "does not run" : "runs"} the drift gates (D50); add a step that runs driftgate or drift-gate.sh`,
      subject: { kind: "file", id: dir },
      at: files.map((f) => ({ file: f.path, line: 1, column: 1, pointer: "" })),
      kind: "no-gate-workflow"
    });
    return out;
  }
  const first = gateFiles[0];
  const onLoc = place2(first, ["on"]);
  for (const [event, label2] of [
    ["pull_request", `pull requests to "${branch}"`],
    ["push", `pushes to "${branch}"`]
  ]) {
    if (gateFiles.some((f) => triggersOn(obj2(f.data)?.on, event, branch))) continue;
    out.push({
      message: `the drift-gate workflow "${fileName(first.path)}" does not run on ${label2} (D50); add "${event}" with branches [${branch}] to its "on:"`,
      subject: { kind: "file", id: first.path },
      at: [onLoc],
      kind: `missing-trigger:${event}`,
      expected: `${event} on ${branch}`
    });
  }
  return out;
}
var workflow_lock_default = defineGate({
  id: "workflow-lock",
  aliases: ["D50"],
  kind: "static",
  severity: "error",
  describe: "A CI workflow under .gitea/workflows runs the drift gates on pull requests and pushes to the default branch, and pins the actions and tools it downloads.",
  // a workflow that does not parse is this gate's own finding (CI cannot run it), not a blocker
  reads: ["workflows"],
  judges: [],
  run: (ctx) => ({
    findings: findings(ctx.model, ctx.problems, ctx.config.fix.base),
    checked: { workflows: [...ctx.model.files.values()].filter((f) => f.kind === "workflow").length }
  })
});

// src/gates/index.ts
var GATES = [
  // static gates
  schema_default,
  references_default,
  ip_parity_default,
  health_coverage_default,
  compose_parity_default,
  vm_governance_default,
  caddy_proto_default,
  ssh_trust_default,
  unique_ids_default,
  workflow_lock_default,
  // live gates
  compose_state_default,
  registry_status_default,
  unmanaged_containers_default,
  health_default,
  backup_freshness_default,
  vm_inventory_default,
  host_identity_default
];

export {
  keysText,
  parseNetwork,
  VOCABULARY_PLACES,
  meaningOf,
  SPINE_PROFILE,
  resolveProfile,
  require_dist,
  pointerOf,
  parsePointer,
  locateIn,
  locateKeyIn,
  locate,
  SHELL_SAFE_PATTERN,
  obj,
  str,
  name,
  num,
  bool,
  safe,
  strings,
  nstr,
  expectCodes,
  firstUnreadable,
  refIn,
  fieldsOf,
  entryRef,
  unreadable,
  listAt,
  mapAt,
  notAMap,
  problemAt,
  yamlProblems,
  toPlainData,
  CORE_KINDS,
  BINDING_KINDS,
  bindingState,
  textState,
  workflowsState,
  isBroken,
  homeOf,
  expandHome,
  COVERAGE_DETAIL,
  coverageText,
  brokenInputs,
  notEvaluatedDraft,
  unreadableDrafts,
  unknownStatusDrafts,
  placeService,
  servicesNaming,
  hostServicesNaming,
  fingerprint,
  schema_default,
  triggersOn,
  unpinnedUses,
  GATES
};
