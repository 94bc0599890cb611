import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  EXIT_DIR_MISSING,
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK,
  GATES,
  SCHEMA_GATE_ID,
  TOOL_NAME,
  TOOL_VERSION,
  UserError,
  __commonJS,
  __require,
  __toESM,
  buildReport,
  compareProblems,
  createRevalidate,
  defaultConfig,
  errorMessage,
  hasProbeFailures,
  loadConfig,
  loadSpine,
  locateIn,
  parseRemoteCommand,
  parseYamlFile,
  parseYamlText,
  planFixes,
  probeLive,
  problemToFinding,
  renderPlan,
  renderReport,
  require_lib,
  runCheck,
  runFix,
  validateAgainstSchema,
  writeCheckOutputs,
  writeObservations,
  writeReport
} from "./chunks/chunk-CJKRFT3X.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names2) {
        this.conflictsWith = this.conflictsWith.concat(names2);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names2) {
        names2.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/core/io.ts
function processIo() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY) && !process.env.CI,
    now: () => /* @__PURE__ */ new Date()
  };
}

// src/cli/commands/check.ts
async function checkCommand(opts, io) {
  const result = await runCheck(opts, io);
  await writeCheckOutputs(result, opts, io);
  return result.exitCode;
}

// src/cli/commands/demo.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute, join as join3, relative } from "node:path";

// src/lab/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(fromUrl = import.meta.url) {
  let dir = dirname(fileURLToPath(fromUrl));
  for (; ; ) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "driftgate") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`driftgate's package.json not found above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

// src/lab/start-lab.ts
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { createServer as createServer3 } from "node:net";
import { join as join2, resolve as resolve2 } from "node:path";

// src/lab/http-server.ts
import { createServer } from "node:http";
async function startHttpOrigin(origin) {
  const timers = /* @__PURE__ */ new Set();
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://lab.invalid");
    const route = origin.routes.get(`${url.pathname}${url.search}`) ?? origin.routes.get(url.pathname);
    const answer = () => {
      if (res.destroyed) return;
      if (!route) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
        return;
      }
      const headers = { "content-type": "text/plain" };
      if (route.location) headers.location = route.location;
      res.writeHead(route.status, headers).end(`${route.endpoint} ${route.status}
`);
    };
    req.resume();
    const delay = route?.latencyMs ?? 0;
    if (delay <= 0) return answer();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, delay);
    timers.add(timer);
    res.on("close", () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  });
  server.keepAliveTimeout = 5e3;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_err, socket) => socket.destroy());
  await new Promise((resolve7, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve7();
    });
  });
  return {
    origin,
    port: server.address().port,
    close: () => new Promise((resolve7) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      server.close(() => resolve7());
    })
  };
}

// src/lab/lab-keys.ts
var import_ssh2 = __toESM(require_lib(), 1);
var { utils } = import_ssh2.default;
function generateEd25519(comment = "driftgate-lab") {
  for (let attempt = 0; attempt < 20; attempt++) {
    const pair = utils.generateKeyPairSync("ed25519", { comment });
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair;
  }
  throw new Error("could not generate a parseable Ed25519 key");
}

// src/lab/scenario.ts
import { resolve } from "node:path";

// schemas/scenario.schema.json
var scenario_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://driftgate.dev/schemas/scenario.schema.json",
  title: "driftgate lab scenario",
  description: "A lab scenario states only the deviations from the declared state of a spine. By default every declared container runs (including declared stopped or parked ones), every health endpoint answers the first status of its `expect`, every enabled backup target has a fresh file (about 2 hours old) and the hypervisor lists every active VM as running with its declared resources.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: { const: 1, description: "Scenario format version; always 1." },
    description: { type: "string", description: "What the scenario stages, for people and for `driftgate lab` output." },
    latency: {
      type: "object",
      description: "Default injected latencies, applied where no host or endpoint sets its own.",
      additionalProperties: false,
      properties: {
        sshMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before every SSH command answers, in milliseconds." },
        httpMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before every HTTP response, in milliseconds." }
      }
    },
    hosts: {
      type: "object",
      description: "SSH behaviour per host, keyed by ssh target id or compose target id.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          unreachable: { type: "boolean", description: "The host does not answer: the connect map points at a closed port." },
          authDenied: { type: "boolean", description: "The SSH server rejects every authentication attempt." },
          hostKeyRotated: { type: "boolean", description: "The server presents a different host key than the one written to known_hosts." },
          commandDelayMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before each command on this host answers, in milliseconds (overrides latency.sshMs)." },
          composeFormat: { enum: ["array", "ndjson"], description: "How `docker compose ps --format json` prints: one JSON array (Compose up to 2.20) or one object per line (2.21+). Default: alternates between hosts." },
          dockerUnreachable: { type: "boolean", description: "`docker compose ps` fails as when the Docker daemon is down (exit 1, message on stderr)." }
        }
      }
    },
    containers: {
      type: "object",
      description: "Overrides of declared containers, keyed by `<compose target id>/<container name>` (container name = the registry `container` field, else the service id).",
      propertyNames: { pattern: "^[^/\\s]+/[^/\\s]+$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          state: { enum: ["running", "exited", "restarting", "paused", "created", "dead"], description: "Container state as Docker reports it." },
          exitCode: { type: "integer", minimum: 0, maximum: 255, description: "Exit code (default 0; with state exited, the Status text says it)." },
          status: { type: "string", description: "Docker's Status text; derived from state and exitCode when absent." },
          health: { enum: ["", "healthy", "unhealthy", "starting"], description: 'Docker health status ("" when the image has no healthcheck).' },
          absent: { type: "boolean", description: "The container does not exist at all (removed), so compose does not list it." }
        }
      }
    },
    extraContainers: {
      type: "array",
      description: "Containers that run but that the registry does not declare.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["host", "stack", "name"],
        properties: {
          host: { type: "string", minLength: 1, description: "Compose target id." },
          stack: { type: "string", minLength: 1, description: "Stack name on that compose target." },
          name: { type: "string", minLength: 1, description: "Container name." },
          service: { type: "string", minLength: 1, description: "Compose service name (default: the container name)." },
          state: { enum: ["running", "exited", "restarting", "paused", "created", "dead"], description: "Container state (default running)." },
          exitCode: { type: "integer", minimum: 0, maximum: 255, description: "Exit code (default 0)." },
          status: { type: "string", description: "Docker's Status text; derived when absent." },
          health: { enum: ["", "healthy", "unhealthy", "starting"], description: "Docker health status." },
          publishers: {
            type: "array",
            description: "Published ports (none for internal containers).",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["targetPort"],
              properties: {
                targetPort: { type: "integer", minimum: 1, maximum: 65535, description: "Port inside the container." },
                publishedPort: { type: "integer", minimum: 0, maximum: 65535, description: "Port on the host (0 = not published)." },
                url: { type: "string", description: "Bind address, e.g. 0.0.0.0." },
                protocol: { enum: ["tcp", "udp"], description: "Protocol (default tcp)." }
              }
            }
          }
        }
      }
    },
    endpoints: {
      type: "object",
      description: "HTTP behaviour per health endpoint id of services.health.yaml.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          status: { type: "integer", minimum: 100, maximum: 599, description: "Status code answered (default: the first `expect`)." },
          latencyMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before the response, in milliseconds; above the probe's max time it is a timeout." },
          refuse: { type: "boolean", description: "Connection refused: the endpoint's whole origin (host:port) maps to a closed port." },
          location: { type: "string", description: "Location header of a 3xx answer (default /login)." }
        }
      }
    },
    backups: {
      type: "object",
      description: "Backup directory state per backup target name of backup.inventory.yaml.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          ageHours: { type: "number", minimum: 0, description: "Age of the newest matching file, in hours (default 2)." },
          missing: { type: "boolean", description: "No file matches the target's glob." },
          dirMissing: { type: "boolean", description: "The base directory does not exist (affects every target sharing it)." }
        }
      }
    },
    hypervisor: {
      type: "object",
      description: "The hypervisor's VM list (`qm list` / `qm config`).",
      additionalProperties: false,
      properties: {
        vms: {
          type: "object",
          description: "Overrides per declared vmid.",
          propertyNames: { pattern: "^[0-9]+$" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              status: { enum: ["running", "stopped", "paused"], description: "VM status as `qm list` prints it." },
              cpuCores: { type: "integer", minimum: 1, description: "Cores in `qm config`." },
              memoryMb: { type: "integer", minimum: 1, description: "Memory in MiB." },
              bootDiskGb: { type: "number", minimum: 0, description: "Boot disk size in GiB." },
              absent: { type: "boolean", description: "The hypervisor does not list this VM." }
            }
          }
        },
        extra: {
          type: "array",
          description: "VMs the hypervisor lists that vm.lifecycle.yaml does not declare.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["vmid", "name"],
            properties: {
              vmid: { type: "integer", minimum: 100, description: "VM id." },
              name: { type: "string", minLength: 1, description: "VM name." },
              status: { enum: ["running", "stopped", "paused"], description: "Status (default running)." },
              cpuCores: { type: "integer", minimum: 1, description: "Cores." },
              memoryMb: { type: "integer", minimum: 1, description: "Memory in MiB." },
              bootDiskGb: { type: "number", minimum: 0, description: "Boot disk size in GiB." },
              host: { type: "string", minLength: 1, description: "SSH target id of the hypervisor listing it (default: the first hypervisor)." }
            }
          }
        }
      }
    }
  }
};

// src/lab/scenario.ts
var SCENARIO_SCHEMA = scenario_schema_default;
function fromParsed(parsed, shown) {
  const file = parsed.file;
  const problems = [...parsed.problems];
  if (file.data !== void 0 && file.data !== null) problems.push(...validateAgainstSchema(file, SCENARIO_SCHEMA));
  else if (problems.length === 0) {
    problems.push({ code: "SCHEMA_TYPE", severity: "error", message: "the scenario is empty", location: { file: shown, line: 1, column: 1, pointer: "" } });
  }
  if (problems.length > 0) {
    const lines = problems.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column).map((p) => `  ${shown}:${p.location.line}:${p.location.column}: ${p.message}`);
    const n = problems.length;
    throw new UserError(`scenario ${shown} is invalid (${n} problem${n === 1 ? "" : "s"}):
${lines.join("\n")}`, EXIT_ERROR);
  }
  return {
    scenario: file.data,
    source: {
      file: shown,
      locate: (pointer) => {
        const loc = locateIn(file, pointer);
        return { line: loc.line, column: loc.column };
      }
    }
  };
}
async function loadScenario(path, cwd = process.cwd(), shown = path) {
  const parsed = await parseYamlFile(resolve(cwd, path), shown, "config");
  if (parsed.problems.some((p) => p.code === "FILE_MISSING")) throw new UserError(`scenario file not found: ${shown}`, EXIT_ERROR);
  return fromParsed(parsed, shown);
}
function parseScenario(text, shown = "scenario.yaml") {
  return fromParsed(parseYamlText(text, shown, "config"), shown);
}
function scenarioFromObject(scenario) {
  const text = JSON.stringify(scenario);
  return { scenario: parseScenario(text, "<scenario object>").scenario };
}

// src/lab/ssh-server.ts
var import_ssh22 = __toESM(require_lib(), 1);
import { timingSafeEqual } from "node:crypto";
import { createServer as createServer2 } from "node:net";

// src/lab/lab-paths.ts
import { posix } from "node:path";
function homeOf(user) {
  return user === "root" ? "/root" : `/home/${user}`;
}
function expandRemotePath(path, home) {
  let p = path.trim();
  if (p === "~") p = home;
  else if (p.startsWith("~/")) p = `${home}/${p.slice(2)}`;
  const normal = posix.normalize(p);
  return normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
}
function remoteDirname(path, home) {
  return posix.dirname(expandRemotePath(path, home));
}
function globToRegExp(glob) {
  let body = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") body += ".*";
    else if (ch === "?") body += ".";
    else if (ch === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) body += "\\[";
      else {
        let cls = glob.slice(i + 1, end);
        if (cls.startsWith("!")) cls = `^${cls.slice(1)}`;
        body += `[${cls.replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else body += ch.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${body}$`, "s");
}
function nameForGlob(glob, stamp2) {
  let name = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") name += stamp2;
    else if (ch === "?") name += "x";
    else if (ch === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) name += "[";
      else {
        const cls = glob.slice(i + 1, end);
        name += cls.startsWith("!") ? "_" : cls[0] ?? "x";
        i = end;
      }
    } else name += ch;
  }
  return name;
}

// src/lab/remote-output.ts
function composePs(host, path) {
  const abs = expandRemotePath(path, host.home);
  const stack = host.stacks.get(abs);
  if (!stack) return { stdout: "", stderr: "", code: EXIT_DIR_MISSING };
  if (host.dockerUnreachable) {
    return { stdout: "", stderr: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n", code: 1 };
  }
  if (host.composeFormat === "ndjson") {
    return { stdout: stack.containers.map((c) => `${JSON.stringify(c)}
`).join(""), stderr: "", code: 0 };
  }
  return { stdout: `${JSON.stringify(stack.containers)}
`, stderr: "", code: 0 };
}
function backupList(host, basePath, glob) {
  const files = host.dirs.get(expandRemotePath(basePath, host.home));
  if (!files) return { stdout: "", stderr: "", code: EXIT_DIR_MISSING };
  const re = globToRegExp(glob);
  const lines = files.filter((f) => re.test(f.name)).map((f) => `${Math.floor(f.mtime.getTime() / 1e3)} ./${f.name}
`);
  return { stdout: lines.join(""), stderr: "", code: 0 };
}
function pad(value, width, right = false) {
  return right ? value.padStart(width) : value.padEnd(width);
}
function qmList(vms) {
  const head = `${pad("VMID", 10, true)} ${pad("NAME", 20)} ${pad("STATUS", 10)} ${pad("MEM(MB)", 10)} ${pad("BOOTDISK(GB)", 12, true)} ${pad("PID", 10)}
`;
  const rows = vms.map((vm) => {
    const pid = vm.status === "running" ? String(1e4 + vm.vmid) : "0";
    const disk = (vm.bootDiskGb ?? 0).toFixed(2);
    return `${pad(String(vm.vmid), 10, true)} ${pad(vm.name, 20)} ${pad(vm.status, 10)} ${pad(String(vm.memoryMb ?? 0), 10)} ${pad(disk, 12, true)} ${pad(pid, 10)}
`;
  });
  return head + rows.join("");
}
function qmConfig(vm) {
  const lines = ["boot: order=scsi0", `cores: ${vm.cpuCores ?? 1}`, `memory: ${vm.memoryMb ?? 512}`, `name: ${vm.name}`, "net0: virtio=BC:24:11:00:00:01,bridge=vmbr0", "ostype: l26"];
  if (vm.bootDiskGb !== void 0) lines.push(`scsi0: local-lvm:vm-${vm.vmid}-disk-0,size=${vm.bootDiskGb}G`);
  lines.push("sockets: 1");
  if (vm.template) lines.push("template: 1");
  return `${lines.sort().join("\n")}
`;
}
function hypervisor(host) {
  if (!host.vms) return { stdout: "", stderr: "bash: line 1: qm: command not found\n", code: 127 };
  const parts = [qmList(host.vms)];
  for (const vm of host.vms) parts.push(`@@vm ${vm.vmid}
`, qmConfig(vm));
  return { stdout: parts.join(""), stderr: "", code: 0 };
}
function runRemoteCommand(host, command) {
  const parsed = parseRemoteCommand(command);
  if (!parsed) return { stdout: "", stderr: "driftgate lab: command not allowed (not one of the fixed templates)\n", code: 127 };
  switch (parsed.kind) {
    case "compose-ps":
      return composePs(host, parsed.path);
    case "backup-list":
      return backupList(host, parsed.basePath, parsed.glob);
    case "hypervisor":
      return hypervisor(host);
  }
}

// src/lab/ssh-server.ts
var { Server, utils: utils2 } = import_ssh22.default;
function sameKey(a, b) {
  return a.length === b.length && timingSafeEqual(a, b);
}
function parseKeyOrThrow(text) {
  const parsed = utils2.parseKey(text);
  if (parsed instanceof Error) throw parsed;
  return Array.isArray(parsed) ? parsed[0] : parsed;
}
function handleClient(client, opts, timers) {
  const { host, clientKey } = opts;
  client.on("error", () => void 0);
  client.on("authentication", (ctx) => {
    if (host.authDenied || ctx.method !== "publickey") return ctx.reject(["publickey"]);
    const allowed = ctx.key.algo === clientKey.type && sameKey(ctx.key.data, clientKey.getPublicSSH()) && (!ctx.signature || clientKey.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true);
    if (allowed) ctx.accept();
    else ctx.reject(["publickey"]);
  });
  client.on("ready", () => {
    client.on("session", (acceptSession) => {
      const session = acceptSession();
      session.on("pty", (_accept, reject) => reject?.());
      session.on("shell", (_accept, reject) => reject?.());
      session.on("subsystem", (_accept, reject) => reject?.());
      session.once("exec", (accept, _reject, info) => {
        const stream = accept();
        const result = runRemoteCommand(host, info.command);
        const answer = () => {
          if (stream.destroyed) return;
          if (result.stdout) stream.write(result.stdout);
          if (result.stderr) stream.stderr.write(result.stderr);
          stream.exit(result.code);
          stream.end();
        };
        if (host.commandDelayMs <= 0) return answer();
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, host.commandDelayMs);
        timers.add(timer);
      });
    });
  });
}
async function startSshHost(opts) {
  const timers = /* @__PURE__ */ new Set();
  const sockets = /* @__PURE__ */ new Set();
  const ssh = new Server({ hostKeys: [opts.hostKey], ident: "driftgate-lab_1.0" }, (client) => handleClient(client, opts, timers));
  ssh.on("error", () => void 0);
  const server = createServer2((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => void 0);
    ssh.injectSocket(socket);
  });
  await new Promise((resolve7, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve7();
    });
  });
  const port = server.address().port;
  return {
    host: opts.host,
    port,
    close: () => new Promise((resolve7) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      server.close(() => resolve7());
    })
  };
}

// src/lab/scenario-error.ts
function scenarioError(loaded, pointer, message) {
  const src = loaded.source;
  if (!src) return new UserError(`scenario ${pointer}: ${message}`, EXIT_ERROR);
  const { line, column } = src.locate(pointer);
  return new UserError(`${src.file}:${line}:${column}: ${message}`, EXIT_ERROR);
}

// src/lab/world-containers.ts
import { createHash } from "node:crypto";
function containerId(host, name) {
  return createHash("sha256").update(`${host}/${name}`).digest("hex").slice(0, 12);
}
function statusText(state, exitCode, health) {
  switch (state) {
    case "running":
      return health ? `Up 5 hours (${health})` : "Up 5 hours";
    case "exited":
      return `Exited (${exitCode}) 3 hours ago`;
    case "restarting":
      return `Restarting (${exitCode}) 4 seconds ago`;
    case "paused":
      return "Up 5 hours (Paused)";
    case "created":
      return "Created";
    case "dead":
      return "Dead";
  }
}
function makeContainer(input) {
  const state = input.override?.state ?? "running";
  const exitCode = input.override?.exitCode ?? 0;
  const health = input.override?.health ?? "";
  const publishers = input.ports.map((p) => ({
    URL: p.url ?? "0.0.0.0",
    TargetPort: p.targetPort,
    PublishedPort: state === "running" ? p.publishedPort ?? p.targetPort : 0,
    Protocol: p.protocol ?? "tcp"
  }));
  return {
    ID: containerId(input.host, input.name),
    Name: input.name,
    Image: `lab/${input.service}:latest`,
    Service: input.service,
    Project: input.project,
    State: state,
    Status: input.override?.status ?? statusText(state, exitCode, health),
    Health: health,
    ExitCode: exitCode,
    Publishers: publishers.length === 0 && input.nullPublishers ? null : publishers
  };
}
function containerName(service) {
  return service.container ?? service.id;
}
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function populateStacks(model, loaded, hostOf) {
  const overrides = loaded.scenario.containers ?? {};
  const used = /* @__PURE__ */ new Set();
  for (const target of model.composeTargets) {
    const host = hostOf(target.id);
    for (const decl of target.stacks) {
      const absPath = expandRemotePath(decl.path, host.home);
      const stack = { target: target.id, name: decl.name, path: decl.path, absPath, containers: [] };
      for (const svc of model.services) {
        if (svc.host !== target.id || !svc.compose) continue;
        if (remoteDirname(svc.compose, host.home) !== absPath) continue;
        const name = containerName(svc);
        const key = `${target.id}/${name}`;
        const override = overrides[key];
        used.add(key);
        if (override?.absent) continue;
        const ports = typeof svc.port === "number" ? [{ targetPort: svc.port }] : [];
        stack.containers.push(
          makeContainer({ host: host.id, project: decl.name, name, service: svc.id, ports, nullPublishers: host.composeFormat === "ndjson", override })
        );
      }
      if (!host.stacks.has(absPath)) host.stacks.set(absPath, stack);
      else host.stacks.get(absPath)?.containers.push(...stack.containers);
    }
  }
  for (const key of Object.keys(overrides)) {
    if (!used.has(key)) {
      throw scenarioError(
        loaded,
        `/containers/${escapePointer(key)}`,
        `no declared container "${key}": the key is <compose target id>/<container name> of a registry service whose compose file lies in a declared stack`
      );
    }
  }
  (loaded.scenario.extraContainers ?? []).forEach((extra, index) => {
    const target = model.composeTargets.find((t) => t.id === extra.host);
    if (!target) throw scenarioError(loaded, `/extraContainers/${index}/host`, `unknown compose target "${extra.host}"`);
    const host = hostOf(target.id);
    const decl = target.stacks.find((s) => s.name === extra.stack);
    if (!decl) throw scenarioError(loaded, `/extraContainers/${index}/stack`, `compose target "${extra.host}" declares no stack "${extra.stack}"`);
    const stack = host.stacks.get(expandRemotePath(decl.path, host.home));
    stack?.containers.push(
      makeContainer({
        host: host.id,
        project: decl.name,
        name: extra.name,
        service: extra.service ?? extra.name,
        ports: extra.publishers ?? [],
        nullPublishers: host.composeFormat === "ndjson",
        override: extra
      })
    );
  });
}

// src/lab/world.ts
var HOUR_MS = 36e5;
var DEFAULT_BACKUP_AGE_HOURS = 2;
var DEFAULT_REDIRECT = "/login";
function stamp(date) {
  return date.toISOString().slice(0, 19).replace(/-/g, "_").replace("T", "-").replace(/:/g, "_");
}
function createHosts(model, config, loaded) {
  const hosts = /* @__PURE__ */ new Map();
  const latency = loaded.scenario.latency?.sshMs ?? 0;
  const ensure = (id) => {
    const existing = hosts.get(id);
    if (existing) return existing;
    const ssh = model.sshTargets.find((t) => t.id === id);
    const reg = model.hosts.find((h) => h.id === id || h.ssh === id);
    const user = ssh?.user ?? reg?.sshUser ?? model.sshDefaults.user ?? "root";
    const host = {
      id,
      address: ssh?.host ?? reg?.tailscaleIp,
      port: ssh?.port ?? model.sshDefaults.port ?? 22,
      user,
      home: homeOf(user),
      unreachable: false,
      authDenied: false,
      hostKeyRotated: false,
      dockerUnreachable: false,
      commandDelayMs: latency,
      composeFormat: hosts.size % 2 === 0 ? "array" : "ndjson",
      stacks: /* @__PURE__ */ new Map(),
      dirs: /* @__PURE__ */ new Map()
    };
    hosts.set(id, host);
    return host;
  };
  for (const t of model.sshTargets) ensure(t.id);
  for (const t of model.composeTargets) ensure(t.sshTarget ?? t.id);
  for (const b of model.backups) ensure(b.host);
  for (const h of config.probe.hypervisorTargets) ensure(h);
  return { hosts, ensure };
}
function applyHostBehaviour(model, loaded, hosts) {
  for (const [key, behaviour] of Object.entries(loaded.scenario.hosts ?? {})) {
    const target = model.composeTargets.find((t) => t.id === key);
    const host = hosts.get(key) ?? (target ? hosts.get(target.sshTarget ?? target.id) : void 0);
    if (!host) throw scenarioError(loaded, `/hosts/${key}`, `unknown host "${key}": use an ssh target id or a compose target id`);
    host.unreachable = behaviour.unreachable ?? host.unreachable;
    host.authDenied = behaviour.authDenied ?? host.authDenied;
    host.hostKeyRotated = behaviour.hostKeyRotated ?? host.hostKeyRotated;
    host.dockerUnreachable = behaviour.dockerUnreachable ?? host.dockerUnreachable;
    host.commandDelayMs = behaviour.commandDelayMs ?? host.commandDelayMs;
    host.composeFormat = behaviour.composeFormat ?? host.composeFormat;
  }
}
function buildOrigins(model, loaded) {
  const overrides = loaded.scenario.endpoints ?? {};
  const origins = /* @__PURE__ */ new Map();
  const httpMs = loaded.scenario.latency?.httpMs ?? 0;
  for (const ep of model.endpoints) {
    let url;
    try {
      url = new URL(ep.url);
    } catch {
      continue;
    }
    let origin = origins.get(url.origin);
    if (!origin) {
      const aliases = [];
      if (url.port === "") aliases.push(`${url.protocol}//${url.hostname}:${url.protocol === "https:" ? 443 : 80}`);
      origin = { origin: url.origin, aliases, refuse: false, routes: /* @__PURE__ */ new Map() };
      origins.set(url.origin, origin);
    }
    const o = overrides[ep.id] ?? {};
    const status = o.status ?? ep.expect[0] ?? 200;
    const path = `${url.pathname}${url.search}`;
    origin.routes.set(path, {
      endpoint: ep.id,
      path,
      status,
      latencyMs: o.latencyMs ?? httpMs,
      location: status >= 300 && status < 400 ? o.location ?? DEFAULT_REDIRECT : void 0
    });
    if (o.refuse) origin.refuse = true;
  }
  for (const id of Object.keys(overrides)) {
    if (!model.endpoints.some((e) => e.id === id)) throw scenarioError(loaded, `/endpoints/${id}`, `unknown health endpoint "${id}"`);
  }
  return [...origins.values()];
}
function populateBackups(model, loaded, hosts, now) {
  const overrides = loaded.scenario.backups ?? {};
  const missingDirs = /* @__PURE__ */ new Set();
  for (const b of model.backups) {
    const host = hosts.get(b.host);
    if (!host) continue;
    const dir = expandRemotePath(b.basePath, host.home);
    const o = overrides[b.name] ?? {};
    if (o.dirMissing) missingDirs.add(`${host.id}\0${dir}`);
    const files = host.dirs.get(dir) ?? [];
    host.dirs.set(dir, files);
    if (o.missing) continue;
    const newest = new Date(now.getTime() - (o.ageHours ?? DEFAULT_BACKUP_AGE_HOURS) * HOUR_MS);
    const older = new Date(newest.getTime() - 24 * HOUR_MS);
    for (const mtime of [older, newest]) {
      const name = nameForGlob(b.glob, stamp(mtime));
      if (!files.some((f) => f.name === name)) files.push({ name, mtime });
    }
  }
  for (const key of missingDirs) {
    const [hostId, dir] = key.split("\0");
    hosts.get(hostId)?.dirs.delete(dir);
  }
  for (const name of Object.keys(overrides)) {
    if (!model.backups.some((b) => b.name === name)) throw scenarioError(loaded, `/backups/${name}`, `unknown backup target "${name}"`);
  }
}
var PRESENT = { active: "running", provisioned: "running", registered: "running", template: "stopped" };
function populateHypervisors(model, config, loaded, ensure) {
  const overrides = loaded.scenario.hypervisor?.vms ?? {};
  const fallback = config.probe.hypervisorTargets[0] ?? model.vms.find((v) => v.proxmoxHost)?.proxmoxHost ?? "pve";
  for (const id of config.probe.hypervisorTargets) ensure(id).vms ??= [];
  for (const vm of model.vms) {
    const status = PRESENT[vm.status];
    const o = overrides[String(vm.vmid)] ?? {};
    const host = ensure(vm.proxmoxHost ?? fallback);
    host.vms ??= [];
    if (!status || o.absent) continue;
    host.vms.push({
      vmid: vm.vmid,
      name: vm.hostname,
      status: o.status ?? status,
      cpuCores: o.cpuCores ?? vm.resources?.cpuCores,
      memoryMb: o.memoryMb ?? vm.resources?.memoryMb,
      bootDiskGb: o.bootDiskGb ?? vm.resources?.bootDiskGb,
      template: vm.status === "template"
    });
  }
  for (const vmid of Object.keys(overrides)) {
    if (!model.vms.some((v) => String(v.vmid) === vmid)) throw scenarioError(loaded, `/hypervisor/vms/${vmid}`, `vm.lifecycle.yaml declares no vmid ${vmid}`);
  }
  (loaded.scenario.hypervisor?.extra ?? []).forEach((extra) => {
    const host = ensure(extra.host ?? fallback);
    host.vms ??= [];
    host.vms.push({ vmid: extra.vmid, name: extra.name, status: extra.status ?? "running", cpuCores: extra.cpuCores, memoryMb: extra.memoryMb, bootDiskGb: extra.bootDiskGb, template: false });
  });
  for (const h of [...new Set(model.vms.map((v) => v.proxmoxHost ?? fallback))]) ensure(h).vms?.sort((a, b) => a.vmid - b.vmid);
}
function buildWorld(model, config, loaded, now) {
  const { hosts, ensure } = createHosts(model, config, loaded);
  applyHostBehaviour(model, loaded, hosts);
  const hostOfTarget = (targetId) => {
    const target = model.composeTargets.find((t) => t.id === targetId);
    return ensure(target?.sshTarget ?? targetId);
  };
  populateStacks(model, loaded, hostOfTarget);
  populateBackups(model, loaded, hosts, now);
  populateHypervisors(model, config, loaded, ensure);
  return { hosts: [...hosts.values()], origins: buildOrigins(model, loaded) };
}

// src/lab/start-lab.ts
async function closedPort() {
  const server = createServer3();
  await new Promise((res) => server.listen(0, "127.0.0.1", () => res()));
  const port = server.address().port;
  await new Promise((res) => server.close(() => res()));
  return port;
}
function publicKeyLine(publicKey) {
  return publicKey.trim().split(/\s+/).slice(0, 2).join(" ");
}
function knownHostName(address, port) {
  return port === 22 ? address : `[${address}]:${port}`;
}
async function resolveScenario(opts) {
  if (typeof opts.scenario === "string") return loadScenario(opts.scenario, opts.cwd);
  if ("scenario" in opts.scenario) return opts.scenario;
  return scenarioFromObject(opts.scenario);
}
async function startHost(host, clientKey) {
  const pinned = generateEd25519("lab-host");
  const presented = host.hostKeyRotated ? generateEd25519("lab-host") : pinned;
  if (host.unreachable) return { host, port: await closedPort(), pinnedKey: pinned.public };
  const server = await startSshHost({ host, hostKey: presented.private, clientKey });
  return { host, server, port: server.port, pinnedKey: pinned.public };
}
async function startLab(opts) {
  const config = opts.config ?? defaultConfig();
  const loaded = await resolveScenario(opts);
  let model = opts.model;
  if (!model) {
    if (!opts.root) throw new Error("startLab needs a root or a model");
    model = (await loadSpine(resolve2(opts.cwd ?? process.cwd(), opts.root), config)).model;
  }
  const world = buildWorld(model, config, loaded, opts.now ?? /* @__PURE__ */ new Date());
  const client = generateEd25519("driftgate-lab");
  const clientKey = parseKeyOrThrow(client.public);
  const hosts = [];
  const origins = [];
  const connectMap = { ssh: {}, http: {} };
  const close = async () => {
    await Promise.all([...hosts.map((h) => h.server?.close()), ...origins.map((o) => o.close())]);
  };
  try {
    const [startedHosts, startedOrigins] = await Promise.all([
      Promise.all(world.hosts.map((h) => startHost(h, clientKey))),
      Promise.all(world.origins.filter((o) => !o.refuse).map((o) => startHttpOrigin(o)))
    ]);
    hosts.push(...startedHosts);
    origins.push(...startedOrigins);
    for (const o of world.origins.filter((x) => x.refuse)) {
      const port = await closedPort();
      for (const key of [o.origin, ...o.aliases]) connectMap.http[key] = `http://127.0.0.1:${port}`;
    }
  } catch (error) {
    await close();
    throw error;
  }
  const lines = [];
  for (const h of hosts) {
    connectMap.ssh[h.host.id] = { host: "127.0.0.1", port: h.port };
    const key = publicKeyLine(h.pinnedKey);
    if (h.host.address) lines.push(`${knownHostName(h.host.address, h.host.port)} ${key}`);
    lines.push(`${knownHostName("127.0.0.1", h.port)} ${key}`);
  }
  for (const o of origins) {
    for (const key of [o.origin.origin, ...o.origin.aliases]) connectMap.http[key] = `http://127.0.0.1:${o.port}`;
  }
  const lab = { scenario: loaded.scenario, world, model, connectMap, knownHosts: `${lines.join("\n")}
`, identity: client.private, close };
  if (opts.outDir) {
    try {
      lab.files = await writeLabFiles(resolve2(opts.cwd ?? process.cwd(), opts.outDir), lab);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return lab;
}
async function writeLabFiles(dir, lab) {
  await mkdir(dir, { recursive: true });
  const files = { connectMap: join2(dir, "connect-map.json"), knownHosts: join2(dir, "known_hosts"), identity: join2(dir, "id_ed25519") };
  await writeFile(files.connectMap, `${JSON.stringify(lab.connectMap, null, 2)}
`);
  await writeFile(files.knownHosts, lab.knownHosts);
  await writeFile(files.identity, lab.identity, { mode: 384 });
  await chmod(files.identity, 384);
  return files;
}

// src/cli/commands/demo.ts
var DEMO_STAGED = [
  { gate: "registry-status", subject: "bazarr", what: 'bazarr runs while the registry says "stopped" (fixable)' },
  { gate: "registry-status", subject: "radarr", what: "radarr exited (137) while declared active" },
  { gate: "health", subject: "jellyfin", what: "jellyfin answers 503" },
  { gate: "health", subject: "radarr", what: "radarr's port refuses connections" },
  { gate: "unmanaged-containers", subject: "uptime-kuma", what: "an undeclared uptime-kuma publishes :3001 on apps" },
  { gate: "backup-freshness", subject: "vm-103-media", what: "the media VM's backup is 38 h old" },
  { gate: "vm-inventory", subject: "apps", what: "VM 102 has 8 cores, 4 declared" }
];
function names(f, subject) {
  return f.subject.id === subject || f.message.includes(`"${subject}"`) || new RegExp(`\\b${subject}\\b`).test(f.message);
}
function demoPaths(root = packageRoot()) {
  return { spine: join3(root, "examples", "spine"), scenario: join3(root, "examples", "scenarios", "demo.yaml") };
}
async function demoCommand(opts, io, paths = demoPaths()) {
  const show = (p) => {
    const rel = relative(io.cwd, p);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? p : rel;
  };
  const shownRoot = show(paths.spine);
  io.stderr(`driftgate demo: starting the lab for ${show(paths.scenario)} ...
`);
  const lab = await startLab({ root: paths.spine, scenario: paths.scenario, now: io.now() });
  let result;
  try {
    const quiet = { ...io, stdout: () => void 0 };
    result = await runCheck({ root: shownRoot, format: opts.format, offline: false }, quiet, {
      connectMap: lab.connectMap,
      knownHostsText: lab.knownHosts,
      identity: lab.identity
    });
  } catch (error) {
    io.stderr(`driftgate demo: the pipeline failed to run: ${errorMessage(error)}
`);
    return EXIT_ERROR;
  } finally {
    await lab.close();
  }
  const { report } = result;
  io.stdout(result.text.endsWith("\n") ? result.text : `${result.text}
`);
  if (report.result === "error" || report.result === "inconclusive") {
    io.stderr(`driftgate demo: the pipeline did not complete (result ${report.result}); see the report above
`);
    return report.result === "error" ? EXIT_ERROR : EXIT_INCONCLUSIVE;
  }
  const say = opts.format === "text" ? io.stdout : io.stderr;
  if (opts.format === "text") {
    const readFile = (file) => {
      try {
        return readFileSync2(join3(paths.spine, file), "utf8");
      } catch {
        return void 0;
      }
    };
    const ranGates = report.gates.filter((g) => g.result === "pass" || g.result === "fail" || g.result === "warn").map((g) => g.id);
    const plan = planFixes(report.findings, result.config, readFile, { ranGates, revalidate: createRevalidate(result.config) });
    say("\n\u2500\u2500 fix plan (what `driftgate fix --pr` would propose; nothing is written) \u2500\u2500\n");
    say(renderPlan(plan));
  }
  const missed = DEMO_STAGED.filter((s) => !report.findings.some((f) => f.gate === s.gate && names(f, s.subject)));
  const found = DEMO_STAGED.length - missed.length;
  if (missed.length > 0) {
    say(`
driftgate demo: found ${found} of the ${DEMO_STAGED.length} staged drifts; missed:
${missed.map((m) => `  - [${m.gate}] ${m.what}`).join("\n")}
`);
    return EXIT_DRIFT;
  }
  say(`
driftgate demo: the demo found ${found} drifts, as staged:
${DEMO_STAGED.map((s) => `  - [${s.gate}] ${s.what}`).join("\n")}
`);
  say("Run it on your own spine: driftgate check --root <spine> (add --offline for the static gates only).\n");
  return EXIT_OK;
}

// src/cli/commands/fix.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
async function fixCommand(opts, io, deps = {}) {
  if (!opts.out) return (await runFix(opts, io, { runCheck, ...deps })).exitCode;
  const chunks = [];
  const outcome = await runFix(opts, { ...io, stdout: (t) => void chunks.push(t) }, { runCheck, ...deps });
  await writeFile2(resolve3(io.cwd, opts.out), chunks.join(""));
  return outcome.exitCode;
}

// src/cli/commands/gates.ts
function renderCatalogText(gates) {
  const rows = gates.map((g) => [g.id, g.aliases.join(",") || "-", g.kind, g.severity]);
  const head = ["ID", "ALIASES", "KIND", "SEVERITY"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [line(head)];
  gates.forEach((g, i) => {
    out.push(line(rows[i]));
    out.push(`    ${g.describe}`);
  });
  return `${out.join("\n")}
`;
}
function renderCatalogJson(gates) {
  const data = {
    version: 1,
    gates: gates.map((g) => ({ id: g.id, aliases: g.aliases, kind: g.kind, severity: g.severity, description: g.describe }))
  };
  return `${JSON.stringify(data, null, 2)}
`;
}
async function gatesCommand(opts, io) {
  io.stdout(opts.format === "json" ? renderCatalogJson(GATES) : renderCatalogText(GATES));
  return EXIT_OK;
}

// src/cli/commands/lab.ts
import { relative as relative2, resolve as resolve4 } from "node:path";
function waitForSignal() {
  return new Promise((res) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      res();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
function shellWord(value) {
  return /^[\w./:@%+=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function describeLab(lab, root, io, description) {
  const files = lab.files;
  const show = (p) => {
    const rel = relative2(io.cwd, p);
    return rel && !rel.startsWith("..") ? rel : p;
  };
  const hosts = lab.world.hosts.filter((h) => !h.unreachable).length;
  const lines = [
    `driftgate lab: ${hosts} SSH host${hosts === 1 ? "" : "s"} and ${lab.world.origins.length} HTTP origin${lab.world.origins.length === 1 ? "" : "s"} on 127.0.0.1`
  ];
  if (description) lines.push(`scenario: ${description.trim().replace(/\s+/g, " ")}`);
  if (files) {
    lines.push(`connect map:  ${show(files.connectMap)}`, `known_hosts:  ${show(files.knownHosts)}`, `identity:     ${show(files.identity)}`, "", "run in another terminal:");
    lines.push(
      `  driftgate check --root ${shellWord(root)} --connect-map ${shellWord(show(files.connectMap))} --known-hosts ${shellWord(show(files.knownHosts))} --identity ${shellWord(show(files.identity))}`
    );
  }
  lines.push("", "press Ctrl-C to stop the lab");
  return `${lines.join("\n")}
`;
}
async function labCommand(opts, io, hooks = {}) {
  const config = await loadConfig(resolve4(io.cwd, opts.root));
  const lab = await startLab({
    root: opts.root,
    config,
    scenario: opts.scenario,
    outDir: opts.out ?? ".driftgate-lab",
    cwd: io.cwd,
    now: io.now()
  });
  try {
    const scenario = lab.scenario;
    io.stdout(describeLab(lab, opts.root, io, scenario.description));
    await (hooks.until ? hooks.until(lab) : waitForSignal());
  } finally {
    await lab.close();
  }
  io.stderr("driftgate lab: stopped\n");
  return EXIT_OK;
}

// src/cli/commands/probe.ts
import { resolve as resolve5 } from "node:path";

// src/probes/summary.ts
function why(f) {
  return f ? `${f.reason}: ${f.error}` : "failed";
}
function summarizeObservations(obs) {
  const lines = [];
  const targets = /* @__PURE__ */ new Set([
    ...obs.hosts.map((h) => h.target),
    ...obs.stacks.map((s) => s.sshTarget),
    ...obs.backups.map((b) => b.host),
    ...obs.hypervisors.map((h) => h.host)
  ]);
  for (const id of targets) {
    const host = obs.hosts.find((h) => h.target === id);
    const head = host ? host.ok ? `ok (${host.address}, ${host.trust ?? "pinned"}${host.hostKey ? ` ${host.hostKey.fingerprint}` : ""}, ${host.durationMs} ms)` : `FAILED (${host.address}) ${why(host.failure)}` : "not connected";
    lines.push(`host ${id}: ${head}`);
    if (host?.trust === "tofu") lines.push(`  warning: trusted on first use; pin it with: ${host.hostKey?.algorithm ?? ""} ${host.hostKey?.fingerprint ?? ""}`);
    for (const s of obs.stacks.filter((x) => x.sshTarget === id)) {
      const running = s.containers.filter((c) => c.state === "running").length;
      lines.push(`  stack ${s.stack} (${s.path}): ${s.ok ? `${running}/${s.containers.length} running` : why(s.failure)}`);
    }
    for (const b of obs.backups.filter((x) => x.host === id)) {
      lines.push(`  backup ${b.name}: ${b.ok ? b.newest ? `${b.matches} files, newest ${b.newest.mtime}` : "no matching file" : why(b.failure)}`);
    }
    for (const h of obs.hypervisors.filter((x) => x.host === id)) {
      lines.push(`  hypervisor: ${h.ok ? `${h.vms.length} VMs` : why(h.failure)}`);
    }
  }
  if (obs.endpoints.length > 0) lines.push("http");
  for (const e of obs.endpoints) {
    const answer = e.ok ? `${e.status}${e.location ? ` -> ${e.location}` : ""}` : why(e.failure);
    lines.push(`  ${e.id} ${e.url}: ${answer} (${e.durationMs} ms${e.attempts > 1 ? `, ${e.attempts} attempts` : ""})`);
  }
  const all = [obs.hosts, obs.stacks, obs.endpoints, obs.backups, obs.hypervisors].flat();
  const failed = all.filter((o) => !o.ok).length;
  lines.push(`${all.length - failed} of ${all.length} probes answered, ${failed} failed, in ${obs.durationMs} ms`);
  return lines;
}

// src/cli/commands/probe.ts
async function probeCommand(opts, io) {
  if (!opts.out) throw new UserError("probe needs --out FILE for the observation snapshot", EXIT_ERROR);
  const root = resolve5(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === void 0 ? void 0 : resolve5(io.cwd, opts.config));
  const { model, problems } = await loadSpine(root, config);
  const errors = problems.filter((p) => p.severity === "error").length;
  if (errors > 0) io.stderr(`driftgate: warning: ${errors} binding problem(s); probing what could be read (run driftgate validate)
`);
  const obs = await probeLive(model, config, opts, io);
  writeObservations(resolve5(io.cwd, opts.out), obs);
  for (const line of summarizeObservations(obs)) io.stdout(`${line}
`);
  io.stdout(`observations written to ${opts.out}
`);
  return hasProbeFailures(obs) ? EXIT_INCONCLUSIVE : EXIT_OK;
}

// src/cli/commands/validate.ts
import { resolve as resolve6 } from "node:path";
function problemLine(p) {
  const { file, line, column, pointer } = p.location;
  return `${file}:${line}:${column} ${p.severity} ${p.message}${pointer ? ` (${pointer})` : ""}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryLine(fileCount, errors, warnings) {
  return `validated ${plural(fileCount, "file")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
async function validateCommand(opts, io) {
  const started = performance.now();
  const root = resolve6(io.cwd, opts.root);
  const configFile = opts.config === void 0 ? void 0 : resolve6(io.cwd, opts.config);
  const config = await loadConfig(root, configFile);
  const { problems, fileCount } = await loadSpine(root, config);
  const sorted = [...problems].sort(compareProblems);
  const errors = sorted.filter((p) => p.severity === "error").length;
  const warnings = sorted.length - errors;
  const summary = summaryLine(fileCount, errors, warnings);
  let output;
  if (opts.format === "json") {
    const durationMs = performance.now() - started;
    const run = {
      id: SCHEMA_GATE_ID,
      aliases: [],
      kind: "static",
      result: errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass",
      findings: sorted.length,
      durationMs: Math.round(durationMs)
    };
    const report = buildReport({ root: opts.root, durationMs, fileCount, runs: [run], findings: sorted.map(problemToFinding) });
    output = renderReport(report, "json", { color: false });
  } else if (opts.format === "text") {
    output = [...sorted.map(problemLine), summary].join("\n") + "\n";
  } else {
    throw new UserError(`validate supports --format text or json, not "${opts.format}"`);
  }
  if (opts.out) {
    await writeReport(resolve6(io.cwd, opts.out), output);
    io.stdout(`${summary}
`);
  } else {
    io.stdout(output);
  }
  return errors > 0 ? EXIT_DRIFT : EXIT_OK;
}

// src/cli/register.ts
function list(value, previous = []) {
  return [...previous, ...value.split(",").map((v) => v.trim()).filter(Boolean)];
}
function addCommon(cmd, formats = ["text", "json", "markdown"]) {
  return cmd.option("--root <dir>", "root of the spine repository", ".").option("--config <file>", "config file (default: <root>/driftgate.config.yaml, optional)").addOption(new Option("--format <format>", "output format").choices(formats).default("text")).option("--out <file>", "write the report to a file instead of stdout").option("--gates <ids>", "only these gates (ids or aliases, comma-separated, e.g. D51)", list).option("--connect-map <file>", "redirect SSH/HTTP transport (JSON, like curl --connect-to)").option("--known-hosts <file>", "pinned SSH host keys (also DRIFTGATE_KNOWN_HOSTS)").option("--identity <file>", "SSH private key (also DRIFTGATE_SSH_KEY)");
}
function common(opts) {
  return {
    root: String(opts.root ?? "."),
    config: opts.config,
    format: opts.format ?? "text",
    out: opts.out,
    gates: opts.gates,
    connectMap: opts.connectMap,
    knownHosts: opts.knownHosts,
    identity: opts.identity
  };
}
function checkOptions(opts) {
  if (opts.offline && opts.observations) {
    throw new UserError("--offline and --observations cannot be combined: --offline runs static gates only");
  }
  return {
    ...common(opts),
    offline: Boolean(opts.offline),
    observations: opts.observations,
    metricsOut: opts.metricsOut,
    trustOnFirstUse: Boolean(opts.trustOnFirstUse)
  };
}
function addCheckFlags(cmd) {
  return cmd.option("--offline", "validate and static gates only (no network); for PR checks").option("--observations <file>", "judge saved observation snapshots instead of probing (repeatable: shards are merged)", list).option("--metrics-out <file>", "write Prometheus metrics (textfile collector format)").option("--trust-on-first-use", "connect to hosts missing from known_hosts for this run (reported as a warning)");
}
function registerCommands(program2, io, setExit) {
  addCommon(program2.command("validate").description("parse and schema-validate the binding files"), ["text", "json"]).action(
    async (opts) => setExit(await validateCommand(common(opts), io))
  );
  addCheckFlags(
    addCommon(program2.command("check").description("validate, static gates, live probes and live gates (the main job)"))
  ).action(async (opts) => setExit(await checkCommand(checkOptions(opts), io)));
  addCommon(program2.command("probe").description("probe live infrastructure and write an observation snapshot"), ["json"]).option("--trust-on-first-use", "connect to hosts missing from known_hosts for this run (reported as a warning)").action(async (opts) => {
    if (!opts.out) throw new UserError("probe needs --out FILE for the observation snapshot");
    const probeOpts = { ...common(opts), trustOnFirstUse: Boolean(opts.trustOnFirstUse) };
    setExit(await probeCommand(probeOpts, io));
  });
  addCheckFlags(addCommon(program2.command("fix").description("plan fixes for fixable findings; print the diff; with --pr open/update the fix PR"))).option("--dry-run", "print the plan and the unified diff; change nothing").option("--pr", "open or update the fix PR on Gitea").option("--server-url <url>", "Gitea base URL (default: GITHUB_SERVER_URL / GITEA_SERVER_URL)").option("--repo <owner/name>", "repository (default: GITHUB_REPOSITORY)").option("--base <branch>", "base branch of the fix PR (default: config fix.base, else main)").action(async (opts) => {
    const fixOpts = {
      ...checkOptions(opts),
      dryRun: Boolean(opts.dryRun),
      pr: Boolean(opts.pr),
      serverUrl: opts.serverUrl,
      repo: opts.repo,
      base: opts.base,
      token: io.env.DRIFTGATE_TOKEN ?? io.env.GITEA_TOKEN ?? io.env.GITHUB_TOKEN
    };
    if (fixOpts.dryRun && fixOpts.pr) throw new UserError("--dry-run and --pr cannot be combined");
    setExit(await fixCommand(fixOpts, io));
  });
  program2.command("lab").description("run the simulated infrastructure of a scenario until stopped").requiredOption("--scenario <file>", "scenario file (YAML)").option("--root <dir>", "root of the spine the scenario deviates from", ".").option("--out <dir>", "where to write connect-map.json and known_hosts", ".driftgate-lab").action(async (opts) => {
    const labOpts = { scenario: String(opts.scenario), root: String(opts.root), out: opts.out };
    setExit(await labCommand(labOpts, io));
  });
  program2.command("demo").description("the whole pipeline on the bundled example spine and lab, no set-up needed").addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).action(async (opts) => setExit(await demoCommand({ format: opts.format }, io)));
  program2.command("gates").description("list the gate catalog (id, aliases, kind, default severity, description)").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action(async (opts) => setExit(await gatesCommand({ format: opts.format }, io)));
  program2.on("command:*", (operands) => {
    throw new UserError(`unknown command "${operands[0]}"; see driftgate --help`, EXIT_ERROR);
  });
}

// src/cli/main.ts
async function main(argv, io = processIo()) {
  let exitCode = EXIT_OK;
  const program2 = new Command(TOOL_NAME).description("GitOps drift gate: validate infrastructure bindings, run static and live drift gates, open fix PRs.").version(TOOL_VERSION, "-V, --version").showHelpAfterError("(run with --help for usage)").exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    outputError: (text, write) => write(text)
  });
  registerCommands(program2, io, (code) => {
    exitCode = code;
  });
  try {
    await program2.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (error instanceof UserError) {
      io.stderr(`driftgate: ${error.message}
`);
      return error.exitCode;
    }
    io.stderr(`driftgate: internal error: ${errorMessage(error)}
`);
    if (io.env.DRIFTGATE_DEBUG) io.stderr(`${error.stack ?? ""}
`);
    return EXIT_ERROR;
  }
}
export {
  Option,
  main
};
