#!/usr/bin/env node
import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
      constructor(exitCode, code2, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code2;
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
      choices(values2) {
        this.argChoices = values2.slice();
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
      constructor(flags2, description) {
        this.flags = flags2;
        this.description = description || "";
        this.required = flags2.includes("<");
        this.optional = flags2.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags2);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags2);
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
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
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
      choices(values2) {
        this.argChoices = values2.slice();
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
    function splitOptionFlags(flags2) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags2.split(/[ |,]+/).concat("guard");
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
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags2}'`;
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
          `option creation failed due to no flags found in '${flags2}'.`
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
    var path14 = __require("node:path");
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
          outputError: (str, write2) => write2(str),
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
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
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
      _exit(exitCode, code2, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code2, message));
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
      createOption(flags2, description) {
        return new Option2(flags2, description);
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
      _optionEx(config, flags2, description, fn, defaultValue) {
        if (typeof flags2 === "object" && flags2 instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags2, description);
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
      option(flags2, description, parseArg, defaultValue) {
        return this._optionEx({}, flags2, description, parseArg, defaultValue);
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
      requiredOption(flags2, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags2,
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
          const localBin = path14.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path14.extname(baseName))) return void 0;
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
          executableDir = path14.resolve(
            path14.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path14.basename(
              this._scriptPath,
              path14.extname(this._scriptPath)
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
        launchWithNode = sourceExt.includes(path14.extname(executableFile));
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
          signals.forEach((signal2) => {
            process2.on(signal2, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal2);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code2) => {
          code2 = code2 ?? 1;
          if (!exitCallback) {
            process2.exit(code2);
          } else {
            exitCallback(
              new CommanderError2(
                code2,
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
        const code2 = config.code || "commander.error";
        this._exit(exitCode, code2, message);
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
      unknownOption(flag2) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag2.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag2, candidateFlags);
        }
        const message = `error: unknown option '${flag2}'${suggestion}`;
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
      version(str, flags2, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags2 = flags2 || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags2, description);
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
        this._name = path14.basename(filename, path14.extname(filename));
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
      executableDir(path15) {
        if (path15 === void 0) return this._executableDir;
        this._executableDir = path15;
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
        const write2 = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write: write2, hasColors, helpWidth };
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
      helpOption(flags2, description) {
        if (typeof flags2 === "boolean") {
          if (flags2) {
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
          flags2 ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags2 || description) this._initOptionGroup(this._helpOption);
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
    exports.createOption = (flags2, description) => new Option2(flags2, description);
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

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values2 = this._values) {
        return this._reduceValues(values2, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values2 = this._values, usedValues, getCode) {
        return this._reduceValues(values2, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values2, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values2) {
          const vs = values2[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p3) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p3)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p3) => p3 !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p3) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p3]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef2 = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef2,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p3 = resolver.parse(id);
      return _getFullPath(resolver, p3);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p3) {
      const serialized = resolver.serialize(p3);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p3 = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p3);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p3, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p3, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p3, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts2 = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts2.length; i++) {
        const part = parts2[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts2.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts2[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts2);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts2.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts2.length; i++) expanded.push(parts2[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path14) {
      let input = path14;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path14) {
      if (path14 === "" || path14[0] === "/") {
        return removeDotSegments(path14);
      }
      const segments = path14.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path14 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path14 && path14 !== "/" ? path14 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize2(base, options), options);
        relative = parse(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent2 = component.indexOf("%");
      while (percent2 !== -1) {
        if (percent2 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent2 + 1, percent2 + 3))) {
          return true;
        }
        percent2 = component.indexOf("%", percent2 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags2) => new RegExp(str, flags2);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p3 = this._loading[ref];
          if (p3)
            return p3;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p3) => (0, codegen_1._)`${key} === ${p3}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p3) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p3)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p3) => !(0, util_1.alwaysValidSchema)(it, schema[p3]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p3) => (0, util_1.alwaysValidSchema)(it, schema[p3]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p3 in evaluatedProps) {
            if (evaluatedProps[p3] === true)
              ps.push((0, codegen_1._)`${key} !== ${p3}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20203 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20203;
    module.exports = exports = Ajv20203;
    module.exports.Ajv2020 = Ajv20203;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20203;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

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
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
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
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path14) {
      const ctrl = callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visit_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path14);
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
          path14 = Object.freeze(path14.concat(node));
          const ck = visit_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path14);
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
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path14) {
      const ctrl = await callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visitAsync_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path14);
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
          path14 = Object.freeze(path14.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path14);
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
    function callVisitor(key, node, visitor, path14) {
      if (typeof visitor === "function")
        return visitor(key, node, path14);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path14);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path14);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path14);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path14);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path14);
      return void 0;
    }
    function replaceNode(key, path14, node) {
      const parent = path14[path14.length - 1];
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
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
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
        const parts2 = line.trim().split(/[ \t]+/);
        const name = parts2.shift();
        switch (name) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle, prefix] = parts2;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts2;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
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
          visit.visit(doc.contents, (_key, node) => {
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
    var visit = require_visit();
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
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
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
    function applyReviver(reviver, obj, key, val) {
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
      return reviver.call(obj, key, val);
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
    var visit = require_visit();
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
          visit.visit(doc, {
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
    function collectionFromPath(schema, path14, value) {
      let v = value;
      for (let i = path14.length - 1; i >= 0; --i) {
        const k = path14[i];
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
    var isEmptyPath = (path14) => path14 == null || typeof path14 === "object" && !!path14[Symbol.iterator]().next().done;
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
      addIn(path14, value) {
        if (isEmptyPath(path14))
          this.add(value);
        else {
          const [key, ...rest] = path14;
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
      deleteIn(path14) {
        const [key, ...rest] = path14;
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
      getIn(path14, keepScalar) {
        const [key, ...rest] = path14;
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
      hasIn(path14) {
        const [key, ...rest] = path14;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path14, value) {
        const [key, ...rest] = path14;
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
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
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
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
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
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
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
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
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
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
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
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str.length + 1;
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
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
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
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
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
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
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
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
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
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
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
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
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
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
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
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
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
      resolve: (str) => str,
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
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
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
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
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
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
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
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
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
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
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
var require_schema3 = __commonJS({
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
        resolve: (str) => str,
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
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
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
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
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
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
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
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
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
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
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
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p3) => res2 * num(60) + num(p3), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
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
      resolve(str) {
        const match = str.match(timestamp.test);
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
var require_schema4 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
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
      bool.trueTag,
      bool.falseTag,
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
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema2();
    var schema$1 = require_schema3();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema4();
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
      bool: bool.boolTag,
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
    var Document3 = class _Document {
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
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
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
      addIn(path14, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path14, value);
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
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
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
      deleteIn(path14) {
        if (Collection.isEmptyPath(path14)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path14) : false;
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
      getIn(path14, keepScalar) {
        if (Collection.isEmptyPath(path14))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path14, keepScalar) : void 0;
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
      hasIn(path14) {
        if (Collection.isEmptyPath(path14))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path14) : false;
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
      setIn(path14, value) {
        if (Collection.isEmptyPath(path14)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path14), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path14, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
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
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
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
    exports.Document = Document3;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
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
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
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
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap && !sep && !props.found) {
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
            if (!isMap && !props.found && ctx.options.strict) {
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
          if (isMap) {
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
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
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
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
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
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
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
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
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
      scalar.range = range2;
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
    var Document3 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document3.Document(void 0, opts);
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
    var Document3 = require_Document();
    var errors = require_errors2();
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
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
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
          const doc = new Document3.Document(void 0, opts);
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
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
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
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path14) => {
      let item = cst;
      for (const [field, index] of path14) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path14) => {
      const parent = visit.itemAtPath(cst, path14.slice(0, -1));
      const field = path14[path14.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path14, item, visitor) {
      let ctrl = visitor(item, path14);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path14.concat([[field, i]])), token.items[i], visitor);
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
            ctrl = ctrl(item, path14);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path14) : ctrl;
    }
    exports.visit = visit;
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
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
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
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
    var Document3 = require_Document();
    var errors = require_errors2();
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
    function parseDocument2(source, options = {}) {
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
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
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
      return new Document3.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document3 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
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
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document3.Document;
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
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
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

// src/cli/baseline-command.ts
import { resolve as resolve2 } from "node:path";

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p3) {
  var idx = (x.length - 1) * p3;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p3 < 0 || p3 > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p3 === 1) {
    return x[x.length - 1];
  } else if (p3 === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p3) {
  var copy = x.slice();
  if (Array.isArray(p3)) {
    multiQuantileSelect(copy, p3);
    var results = [];
    for (var i = 0; i < p3.length; i++) {
      results[i] = quantileSorted(copy, p3[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p3);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p3);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p3) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p3.length; i++) {
    var idx = quantileIndex(arr.length, p3[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p3) {
  var idx = (len - 1) * p3;
  if (p3 === 1) {
    return len - 1;
  } else if (p3 === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median(x) {
  return +quantile(x, 0.5);
}
var epsilon = 1e-4;
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
function errorFunction(x) {
  var t = 1 / (1 + 0.5 * Math.abs(x));
  var tau = t * Math.exp(
    -x * x + ((((((((0.17087277 * t - 0.82215223) * t + 1.48851587) * t - 1.13520398) * t + 0.27886807) * t - 0.18628806) * t + 0.09678418) * t + 0.37409196) * t + 1.00002368) * t - 1.26551223
  );
  if (x >= 0) {
    return 1 - tau;
  } else {
    return tau - 1;
  }
}
function inverseErrorFunction(x) {
  var a = 8 * (Math.PI - 3) / (3 * Math.PI * (4 - Math.PI));
  var inv = Math.sqrt(
    Math.sqrt(
      Math.pow(2 / (Math.PI * a) + Math.log(1 - x * x) / 2, 2) - Math.log(1 - x * x) / a
    ) - (2 / (Math.PI * a) + Math.log(1 - x * x) / 2)
  );
  if (x >= 0) {
    return inv;
  } else {
    return -inv;
  }
}
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};
function probit(p3) {
  if (p3 === 0) {
    p3 = epsilon;
  } else if (p3 >= 1) {
    p3 = 1 - epsilon;
  }
  return Math.sqrt(2) * inverseErrorFunction(2 * p3 - 1);
}

// src/report/number-format.ts
function formatValue(value, unit) {
  if (value === null || !Number.isFinite(value)) return "-";
  switch (unit) {
    case "/s":
      return `${formatNumber(value)}/s`;
    case "ms":
      return formatMs(value);
    case "\xB5s":
      return value >= 1e3 ? formatMs(value / 1e3) : `${significant(value)}\xB5s`;
    case "KB":
      return value >= 1024 ? `${significant(value / 1024)}MB` : `${significant(value)}KB`;
    case "rate":
      return formatRate(value);
    default:
      return `${significant(value)}${unit}`;
  }
}
function formatMs(ms2) {
  if (Math.abs(ms2) >= 1e3) return `${significant(ms2 / 1e3)}s`;
  if (Math.abs(ms2) < 1 && ms2 !== 0) return `${significant(ms2 * 1e3)}\xB5s`;
  return `${significant(ms2)}ms`;
}
function formatNumber(value) {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${significant(value / 1e6)}M`;
  if (abs >= 1e4) return `${significant(value / 1e3)}k`;
  return significant(value);
}
function significant(value) {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toFixed(digits);
}
function formatPercent(fraction) {
  if (fraction === null || !Number.isFinite(fraction)) return "-";
  const pct4 = fraction * 100;
  const abs = Math.abs(pct4);
  const text = abs >= 10 ? pct4.toFixed(0) : abs >= 1 ? pct4.toFixed(1) : pct4.toFixed(2);
  return `${pct4 > 0 ? "+" : ""}${text}%`;
}
function formatRatio(ratio) {
  return `${ratio.toFixed(ratio >= 10 ? 0 : 2)}x`;
}
function formatP(p3) {
  if (p3 === null) return "-";
  if (p3 < 1e-4) return "<0.0001";
  return p3.toFixed(4);
}
var METRIC_LABELS = {
  throughput: "throughput",
  p99: "p99 latency",
  loopDelayMax: "max loop delay",
  cpuPerOp: "CPU per op",
  memPerInFlight: "memory per in-flight op"
};
function formatRate(fraction) {
  if (fraction === null || !Number.isFinite(fraction)) return "-";
  const pct4 = fraction * 100;
  if (pct4 === 0) return "0%";
  if (pct4 < 0.01) return "<0.01%";
  return `${pct4 >= 10 ? pct4.toFixed(0) : pct4 >= 1 ? pct4.toFixed(1) : pct4.toFixed(2)}%`;
}
function formatPoints(shift) {
  return formatPercent(shift).replace("%", "");
}
function budgetMetricLabel(metric) {
  return metric === "errorRate" ? "error rate" : METRIC_LABELS[metric];
}

// src/report/text-table.ts
function alignTable(header, rows, numeric, options = {}) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (r) => r.map((cell, i) => numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd();
  const rule = options.rule ?? true ? [widths.map((w) => "-".repeat(w)).join("  ")] : [];
  return [fmt(header), ...rule, ...rows.map(fmt)];
}

// src/store/parse-store.ts
import { resolve } from "node:path";

// src/store/branch-store.ts
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";

// src/git/git.ts
import { execFile } from "node:child_process";
function git(args, options) {
  return new Promise((resolve4, reject) => {
    const child = execFile(
      "git",
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== "number") {
          reject(new Error(`git ${args[0]}: cannot run git: ${err.message}`));
          return;
        }
        resolve4({ code: err ? Number(err.code) : 0, stdout, stderr });
      }
    );
    if (options.input !== void 0) child.stdin?.end(options.input);
  });
}
var GitError = class extends Error {
  name = "GitError";
};
async function gitOk(args, options) {
  const r = await git(args, options);
  if (r.code !== 0) throw new GitError(`git ${args.join(" ")} failed (exit ${r.code}): ${r.stderr.trim() || r.stdout.trim()}`);
  return r.stdout;
}

// src/results/read-results.ts
import { readFile, stat } from "node:fs/promises";

// src/shared/input-error.ts
var InputError = class extends Error {
  name = "InputError";
};

// src/results/validate-results.ts
var import__ = __toESM(require__(), 1);

// schema/results.schema.json
var results_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/concurrency-guard/concurrency-guard/schema/results.schema.json",
  title: "concurrency-guard results",
  description: "What `concurrency-guard run` writes: every cell (scenario x model x concurrency) with its independent trials. Times in ms unless a field says otherwise. Every file read from outside (the action's `results` input, `compare --current`/`--baseline`, a store) is validated against this schema, limits included, and refused (exit 2) when it does not match; a file over 64 MiB is refused before it is parsed.",
  type: "object",
  required: ["schema", "tool", "createdAt", "env", "config", "cells"],
  properties: {
    schema: { const: "concurrency-guard/results@1" },
    tool: { type: "object", required: ["name", "version"], properties: { name: { $ref: "#/$defs/short" }, version: { $ref: "#/$defs/short" } } },
    createdAt: { type: "string", format: "date-time", maxLength: 40, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})$" },
    env: {
      type: "object",
      required: ["os", "arch", "cpus", "cpuModel", "memoryMb", "node", "fingerprint"],
      properties: {
        os: { $ref: "#/$defs/short" },
        arch: { $ref: "#/$defs/short" },
        cpus: { type: "integer", minimum: 1, maximum: 1e6 },
        cpuModel: { $ref: "#/$defs/short" },
        memoryMb: { type: "number" },
        node: { $ref: "#/$defs/short" },
        python: { $ref: "#/$defs/short" },
        fingerprint: { type: "string", maxLength: 200, description: "Hash of CPU model, core count, memory (GiB), OS and architecture: results with different fingerprints ran on different hardware." }
      }
    },
    git: { type: "object", required: ["sha"], properties: { sha: { type: "string", pattern: "^[0-9a-f]{7,64}$", description: "The commit measured, hex." }, ref: { type: "string", maxLength: 500 } } },
    pairing: {
      type: "object",
      required: ["id", "arm"],
      description: "The two results files of one side-by-side run share this id: measured in the same minutes of one machine, compared without a run-to-run drift allowance.",
      properties: { id: { type: "string", maxLength: 100 }, arm: { enum: ["base", "current"] } }
    },
    config: { type: "object", description: "The resolved config the run used, defaults filled in, paths relative to the config's folder." },
    cells: { type: "array", maxItems: 5e3, items: { $ref: "#/$defs/cell" } },
    scenarios: { type: "array", maxItems: 5e3, items: { $ref: "#/$defs/analysis" } },
    costs: { type: "array", maxItems: 5e3, description: "CPU cost per scenario: instructions per operation counted under valgrind, or why not. Absent when every scenario had cost: off.", items: { $ref: "#/$defs/cost" } },
    sequential: {
      type: "object",
      required: ["min", "max", "step", "looks", "spending", "alpha", "rounds", "elapsedMs"],
      description: "Set by an adaptive run (trials: adaptive): its group-sequential design, from which compare replays the looks, and how the rounds went.",
      properties: {
        min: { type: "integer", minimum: 2, description: "Trials per cell in the first round." },
        max: { type: "integer", minimum: 2, description: "Most trials a cell may get." },
        step: { type: "integer", minimum: 1, description: "Trials each later round adds to an undecided cell." },
        looks: { type: "integer", minimum: 1, description: "Planned looks: 1 + ceil((max - min) / step)." },
        spending: { enum: ["obrien-fleming"], description: "Alpha spending over the looks: alpha(t) = 2 - 2 Phi(z_{1-alpha/2} / sqrt(t)), t = trials at the look / max." },
        alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, description: "The alpha the run's looks were taken at." },
        rounds: { type: "integer", minimum: 1, description: "Rounds run." },
        elapsedMs: { type: "number", minimum: 0, description: "Time the rounds took." },
        budgetMs: { type: "number", minimum: 0, description: "The time budget the run had, when it had one." }
      }
    }
  },
  $defs: {
    short: { type: "string", maxLength: 200, description: "A name or version: at most 200 characters." },
    name: { type: "string", maxLength: 100, pattern: "^[a-z0-9-]+$", description: "A scenario name, as the config allows it." },
    path: { type: "string", maxLength: 1e3 },
    text: { type: "string", maxLength: 2e4, description: "A message or an output tail the code under test wrote: at most 20000 characters." },
    frames: { type: "array", maxItems: 64, items: { type: "string", maxLength: 1e3 } },
    percentiles: {
      type: "object",
      required: ["p50", "p90", "p99", "max", "mean"],
      properties: { p50: { type: "number" }, p90: { type: "number" }, p99: { type: "number" }, max: { type: "number" }, mean: { type: "number" } }
    },
    delay: {
      type: "object",
      required: ["p50", "p99", "max"],
      properties: { p50: { type: "number" }, p99: { type: "number" }, max: { type: "number" } }
    },
    site: {
      type: "object",
      required: ["file", "line", "via"],
      properties: {
        file: { $ref: "#/$defs/path", description: "Relative to the config's folder." },
        line: { type: "integer" },
        column: { type: "integer" },
        function: { type: "string", maxLength: 1e3 },
        api: { type: "string", maxLength: 200 },
        source: { type: "string", maxLength: 1e3 },
        stack: { $ref: "#/$defs/frames" },
        via: { enum: ["sync-api", "profiler", "frame-sample", "callback"] },
        share: { type: "number", minimum: 0, maximum: 1, description: "A starvation stall (a turn of many short callbacks): the share of its samples at this site." },
        callbacks: { type: "integer", minimum: 1, description: "Python, a starvation stall: how many distinct callbacks the samples at this site fell in." }
      }
    },
    errorSite: {
      type: "object",
      description: "The repository line that threw: the innermost frame in the repository (not a dependency, not the runtime), source-mapped for compiled code.",
      required: ["file", "line"],
      properties: {
        file: { $ref: "#/$defs/path", description: "Relative to the config's folder." },
        line: { type: "integer" },
        column: { type: "integer" },
        function: { type: "string", maxLength: 1e3 },
        source: { type: "string", maxLength: 1e3, description: "The trimmed source line." }
      }
    },
    errorKind: {
      type: "object",
      description: "Failed operations of one kind in a trial: one normalized message (numbers, hex ids, UUIDs and quoted values folded to #, <id>, '*'), so 'cache fill collided for k12' and '... for k37' are one kind.",
      required: ["kind", "message", "count"],
      properties: {
        kind: { type: "string", maxLength: 1e3, description: "The normalized message, at most 200 characters; '(other kinds)' counts the failures past the first 20 kinds." },
        message: { type: "string", maxLength: 2e3, description: "The first raw message of this kind, at most 500 characters. Python: 'Type: message'; Node: the message, prefixed 'Type: ' for Error subclasses." },
        count: { type: "integer", minimum: 1, description: "Failed operations in the measured window that threw it; the counts of a trial add up to its errors." },
        stack: { type: "array", items: { type: "string", maxLength: 1e3 }, maxItems: 8, description: "The first occurrence's stack, innermost frame first, 'function (file:line)', repository paths relative to the config's folder." },
        site: { $ref: "#/$defs/errorSite" }
      }
    },
    cellError: {
      type: "object",
      description: "One kind of error over a cell's measured trials (ok ones, and those in which every operation failed).",
      required: ["kind", "message", "count", "trials", "share"],
      properties: {
        kind: { type: "string", maxLength: 1e3, description: "The normalized message (see errorKind)." },
        message: { type: "string", maxLength: 2e3, description: "The first raw message of this kind." },
        count: { type: "integer", minimum: 1, description: "Failed operations of this kind, summed over the cell's trials." },
        trials: { type: "integer", minimum: 0, description: "Trials in which it occurred." },
        share: { type: "number", minimum: 0, maximum: 1, description: "trials / measured trials." },
        site: { $ref: "#/$defs/errorSite" },
        stack: { $ref: "#/$defs/frames" },
        levels: { type: "array", maxItems: 1e3, items: { type: "integer", minimum: 1 }, description: "Concurrency levels of the same scenario and model at which this kind occurred, ascending. A kind absent at 1 and present above it fails only with 2+ operations in flight: a race is likely." }
      }
    },
    stall: {
      type: "object",
      description: "A stretch during which one loop could not run its callbacks for at least the threshold (docs/blocking.md).",
      required: ["loop", "startMs", "durationMs"],
      properties: {
        loop: { $ref: "#/$defs/short", description: "main, worker N, child N." },
        startMs: { type: "number", description: "From the start of the measured window." },
        durationMs: { type: "number" },
        startEpochMs: { type: "number", description: "Start in epoch ms, to line stalls up with other clocks." },
        starvation: { type: "boolean", description: "Many short callbacks or microtasks kept the loop from its timers and I/O; no single one reached the threshold." },
        gc: { type: "boolean", description: "Garbage collection fills at least half of the stall." },
        gcMs: { type: "number", description: "GC pause time inside the stall." },
        gilWait: { type: "boolean", description: "Python: the loop's thread waited for the GIL another thread held; no line is blamed." },
        gilWaitMs: { type: "number" },
        descheduled: { type: "boolean", description: "The code's own time stayed under the threshold; the rest was the loop's thread waiting for a CPU (a busy machine)." },
        cpuMs: { type: "number", description: "Time the loop's thread ran during the stall (Linux)." },
        waitingMs: { type: "number", description: "Time the loop's thread was ready to run but waited for a CPU (Linux)." },
        pausedMs: { type: "number", description: "Time the detector held the loop paused to read its stack." },
        site: { $ref: "#/$defs/site" },
        elsewhere: { type: "string", maxLength: 200, description: "No site: the module most of the stall's samples were in, outside the repository." },
        unsampled: { type: "boolean", description: "Python: the watchdog took no sample of the stall and nothing else named its code." }
      }
    },
    blockingSite: {
      type: "object",
      description: "One place that blocked a cell's loops, over its completed trials.",
      required: ["key", "count", "totalMs", "maxMs", "trials", "share", "loops", "text"],
      properties: {
        key: { type: "string", maxLength: 1200, description: "file:line, prefixed 'gc ' or 'starved '; 'unattributed' (suffixed ' in MODULE' when the time went there, ' unsampled' when nothing was sampled); 'descheduled'; 'gil' (GIL waits, with 'starved ' for late timers)." },
        site: { $ref: "#/$defs/site" },
        gc: { type: "boolean" },
        starvation: { type: "boolean" },
        descheduled: { type: "boolean" },
        gilWait: { type: "boolean", description: "Python: every stall here was the loop's thread waiting for the GIL another thread held." },
        elsewhere: { type: "string", maxLength: 200, description: "No site: the module the longest stall spent most of its time in, outside the repository." },
        unsampled: { type: "boolean", description: "Every stall here had no sample to name its code by." },
        count: { type: "integer", minimum: 1 },
        totalMs: { type: "number" },
        maxMs: { type: "number" },
        trials: { type: "integer", minimum: 1, description: "Completed trials in which the site stalled a loop." },
        share: { type: "number", minimum: 0, maximum: 1, description: "trials / completed trials." },
        loops: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/short" } },
        text: { $ref: "#/$defs/text", description: "e.g. blocked the loop 87 ms (x12 in 10 trials) at bench/read-config.mjs:14 readFileSync" }
      }
    },
    trial: {
      type: "object",
      required: ["index", "order", "status", "ops", "errors", "wallMs", "throughput", "latencyMs", "loopDelayMs", "loops", "cpu", "memory", "startupMs", "poolSize", "inFlightPerWorker"],
      properties: {
        index: { type: "integer", minimum: 0, description: "Trial number within the cell." },
        order: { type: "integer", minimum: 0, description: "Position in the run's randomized interleaved order." },
        round: { type: "integer", minimum: 1, description: "Adaptive runs: the round the trial belongs to (compare replays the looks from it)." },
        status: { enum: ["ok", "error", "timeout", "crashed"] },
        message: { $ref: "#/$defs/text" },
        ops: { type: "integer", minimum: 0, description: "Operations that started in the measured window and completed without throwing. Failed operations are not completed work: they are not counted here, nor in throughput or latency." },
        errors: { type: "integer", minimum: 0, description: "Operations that started in the measured window and threw or rejected. Started operations = ops + errors (every operation that starts in the window ends in it); error rate = errors / (ops + errors)." },
        errorKinds: { type: "array", maxItems: 50, description: "What the failed operations threw, one entry per kind (at most 20, plus '(other kinds)'), most frequent first; absent when none failed.", items: { $ref: "#/$defs/errorKind" } },
        wallMs: { type: "number", minimum: 0, description: "Measured wall time, warm-up excluded." },
        throughput: { type: "number", minimum: 0, description: "ops / measured wall seconds: completed operations only." },
        latencyMs: { $ref: "#/$defs/percentiles", description: "Latency of completed operations only; a failed operation's time is not in it." },
        loopDelayMs: { $ref: "#/$defs/delay", description: "Worst over every loop of the trial." },
        loops: {
          type: "array",
          maxItems: 1e5,
          items: {
            type: "object",
            required: ["loop", "delayMs", "utilization"],
            properties: { loop: { $ref: "#/$defs/short" }, delayMs: { $ref: "#/$defs/delay" }, utilization: { type: "number", minimum: 0, maximum: 1 } }
          }
        },
        cpu: {
          type: "object",
          required: ["userMs", "systemMs", "perOpUs"],
          properties: {
            userMs: { type: "number" },
            systemMs: { type: "number" },
            perOpUs: { type: "number", description: "CPU time (user + system) over the window / completed operations, microseconds (what failed operations burned is charged to the completed ones)." },
            waitingMs: { type: "number", description: "Time the loops' threads were ready to run but waited for a CPU, summed over loops (Linux, with the blocking detector)." }
          }
        },
        memory: {
          type: "object",
          required: ["baselineRssMb", "peakRssMb", "perInFlightKb"],
          properties: { baselineRssMb: { type: "number" }, peakRssMb: { type: "number" }, perInFlightKb: { type: "number", description: "(peak RSS - RSS before the scenario loaded) / operations in flight." } }
        },
        startupMs: { type: "number", description: "Time to start the pool and run setup; not part of throughput." },
        poolSize: { type: "integer", minimum: 1 },
        inFlightPerWorker: { type: "array", maxItems: 1e5, items: { type: "integer", minimum: 0 } },
        firstError: { type: "object", required: ["message"], properties: { message: { $ref: "#/$defs/text" }, stack: { $ref: "#/$defs/text" } } },
        crash: {
          type: "object",
          description: "Set when status is crashed: which process died (trial, child N, worker N), by which signal or exit code, whether its runtime ran out of memory, and its last output.",
          required: ["process"],
          properties: {
            process: { type: "string", maxLength: 100 },
            signal: { type: "string", maxLength: 20 },
            exitCode: { type: "integer" },
            outOfMemory: { type: "boolean" },
            output: { $ref: "#/$defs/text", description: "The last 4000 characters of its stderr and stdout." }
          }
        },
        killedProcesses: {
          type: "object",
          description: "Processes the trial's code started that outlived the trial (detached, in a session of their own) and that the runner killed.",
          required: ["count", "names"],
          properties: { count: { type: "integer", minimum: 1 }, names: { type: "array", maxItems: 1e3, items: { type: "string", maxLength: 1e3 } } }
        },
        stalls: { type: "array", maxItems: 1e4, items: { $ref: "#/$defs/stall" } },
        runtimeInfo: { type: "object", maxProperties: 100, additionalProperties: { anyOf: [{ type: "string", maxLength: 1e3 }, { type: "number" }, { type: "boolean" }] } }
      }
    },
    cell: {
      type: "object",
      required: ["id", "scenario", "runtime", "kind", "model", "concurrency", "poolSize", "inFlightPerWorker", "trials"],
      properties: {
        id: { type: "string", maxLength: 150, pattern: "^[a-z0-9-]+/(async|threads|processes)/[0-9]+$" },
        stop: {
          type: "object",
          required: ["reason", "round"],
          description: "Adaptive runs: why the cell got no more trials (decided unchanged or changed, no regression in sight, its cap reached, out of time, or nothing to compare with) and after which round.",
          properties: { reason: { enum: ["unchanged", "changed", "no-regression", "cap", "time", "not-compared"] }, round: { type: "integer", minimum: 1 } }
        },
        scenario: { $ref: "#/$defs/name" },
        runtime: { enum: ["node", "python"] },
        kind: { enum: ["io", "cpu"] },
        model: { enum: ["async", "threads", "processes"] },
        concurrency: { type: "integer", minimum: 1 },
        poolSize: { type: "integer", minimum: 1 },
        inFlightPerWorker: { type: "array", maxItems: 1e5, items: { type: "integer" } },
        trials: { type: "array", maxItems: 1e3, items: { $ref: "#/$defs/trial" } },
        error: { $ref: "#/$defs/text", description: "Set when no trial of the cell completed." },
        blocking: { type: "array", maxItems: 1e4, description: "Where the cell's loops were blocked, most total time first; absent when no stall.", items: { $ref: "#/$defs/blockingSite" } },
        errors: { type: "array", maxItems: 50, description: "What the cell's operations threw, one entry per kind (at most 20, plus '(other kinds)'), most failures first; absent when none failed.", items: { $ref: "#/$defs/cellError" } },
        summary: {
          type: "object",
          description: "Medians over the cell's completed trials.",
          required: ["okTrials", "throughput", "p50Ms", "p99Ms", "loopDelayMaxMs", "cpuPerOpUs", "memPerInFlightKb", "cpuShare"],
          properties: {
            okTrials: { type: "integer" },
            throughput: { type: "number" },
            p50Ms: { type: "number" },
            p99Ms: { type: "number" },
            loopDelayMaxMs: { type: "number" },
            cpuPerOpUs: { type: "number" },
            memPerInFlightKb: { type: "number" },
            cpuShare: { type: "number", description: "CPU time / (wall time x loops able to run at once, less the time they waited for a CPU): ~1 CPU-bound, ~0 waiting." },
            errorRate: { type: "number", minimum: 0, maximum: 1, description: "Median over ok trials of errors / (ops + errors): the share of started operations that failed. Absent in results written before it existed." }
          }
        }
      }
    },
    cost: {
      type: "object",
      description: "One scenario's instructions per operation in the async model at concurrency 1: counted under cachegrind at two op counts, each at least twice, and differenced so start-up, setup and teardown cancel.",
      required: ["scenario", "runtime", "metric", "status"],
      properties: {
        scenario: { $ref: "#/$defs/name" },
        runtime: { enum: ["node", "python"] },
        metric: { const: "instructions" },
        status: { enum: ["ok", "failed", "skipped"], description: "skipped: not counted (valgrind unavailable with cost: auto); failed: a count crashed, hung or gave no usable figure. The wall-clock results stand either way." },
        reason: { $ref: "#/$defs/text", description: "Why the cost is skipped or failed." },
        output: { $ref: "#/$defs/text", description: "The tail of a failed count's output." },
        tool: { type: "object", required: ["name", "version"], properties: { name: { $ref: "#/$defs/short", description: "cachegrind" }, version: { $ref: "#/$defs/short", description: "e.g. valgrind-3.19.0" } } },
        runtimeInfo: {
          type: "object",
          required: ["version", "flags", "env"],
          description: "The runtime that ran under the tool, and what made its counts repeatable (Node: --predictable --single-threaded --random-seed=1 --hash-seed=1; Python: PYTHONHASHSEED=0).",
          properties: { version: { $ref: "#/$defs/short" }, flags: { type: "array", maxItems: 100, items: { $ref: "#/$defs/short" } }, env: { type: "object", maxProperties: 100, additionalProperties: { type: "string", maxLength: 1e3 } } }
        },
        counts: {
          type: "array",
          maxItems: 10,
          description: "The two op counts, smaller first, each with the raw instruction totals of its repetitions.",
          items: {
            type: "object",
            required: ["ops", "instructions"],
            properties: { ops: { type: "integer", minimum: 1 }, instructions: { type: "array", maxItems: 100, items: { type: "number", minimum: 0 } } }
          }
        },
        perOp: { type: "number", description: "Instructions per operation: (mean at the larger op count - mean at the smaller) / the ops between them." },
        spread: { type: "number", minimum: 0, description: "(range of the repetitions at one op count + at the other) / the ops between them / perOp: how far apart the repetitions let the figure be; 0 when they agreed exactly." },
        nativeOpMs: { type: "number", description: "One operation's native wall time in the sizing run, ms." },
        nativeOpCpuMs: { type: "number", description: "One operation's native CPU time in the sizing run, ms: the op counts aim at about 150 ms of CPU in the extra operations, within 1 s of their wall time." },
        countMs: { type: "number", description: "Wall time of the counts, summed over processes." }
      }
    },
    analysis: {
      type: "object",
      required: ["scenario", "declaredKind", "best"],
      properties: {
        scenario: { $ref: "#/$defs/name" },
        declaredKind: { enum: ["io", "cpu"] },
        measuredKind: { enum: ["io", "cpu"] },
        cpuShare: { type: "number" },
        kindWarning: { $ref: "#/$defs/text" },
        best: {
          type: "array",
          maxItems: 1e3,
          items: {
            type: "object",
            required: ["concurrency", "model", "throughput"],
            properties: { concurrency: { type: "integer" }, model: { enum: ["async", "threads", "processes"] }, throughput: { type: "number" }, ratioOverNext: { type: "number" } }
          }
        }
      }
    }
  }
};

// src/results/plausible-results.ts
var MAX_RATE = 1e10;
var MAX_MS = 1e9;
var MAX_AMOUNT = 1e13;
var TRIAL_FIELDS = [
  ["ops", MAX_AMOUNT],
  ["errors", MAX_AMOUNT],
  ["wallMs", MAX_MS],
  ["throughput", MAX_RATE],
  ["latencyMs.p50", MAX_MS],
  ["latencyMs.p90", MAX_MS],
  ["latencyMs.p99", MAX_MS],
  ["latencyMs.max", MAX_MS],
  ["latencyMs.mean", MAX_MS],
  ["loopDelayMs.p50", MAX_MS],
  ["loopDelayMs.p99", MAX_MS],
  ["loopDelayMs.max", MAX_MS],
  ["cpu.userMs", MAX_MS],
  ["cpu.systemMs", MAX_MS],
  ["cpu.perOpUs", MAX_MS * 1e3],
  ["cpu.waitingMs", MAX_MS],
  ["memory.baselineRssMb", MAX_AMOUNT],
  ["memory.peakRssMb", MAX_AMOUNT],
  ["memory.perInFlightKb", MAX_AMOUNT],
  ["startupMs", MAX_MS]
];
var SUMMARY_FIELDS = [
  ["okTrials", MAX_AMOUNT],
  ["throughput", MAX_RATE],
  ["p50Ms", MAX_MS],
  ["p99Ms", MAX_MS],
  ["loopDelayMaxMs", MAX_MS],
  ["cpuPerOpUs", MAX_MS * 1e3],
  ["memPerInFlightKb", MAX_AMOUNT],
  ["cpuShare", MAX_AMOUNT],
  ["errorRate", 1]
];
function assertPlausible(results, label) {
  const fail2 = (path14, expected, got) => {
    throw new InputError(`${label}: ${path14}: expected ${expected}, got ${shown(got)}`);
  };
  const check2 = (owner, fields, at) => {
    for (const [path14, limit] of fields) {
      const value = valueAt(owner, path14);
      if (value === void 0) continue;
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) fail2(`${at}.${path14}`, "a finite number >= 0", value);
      if (value > limit) fail2(`${at}.${path14}`, `at most ${limit.toExponential()} (a plausible measurement)`, value);
    }
  };
  const cpus = results.env?.cpus;
  if (!Number.isInteger(cpus) || cpus < 1) fail2("env.cpus", "a positive integer", cpus);
  (results.cells ?? []).forEach((cell, i) => {
    const at = `cells[${i}]`;
    if (!Number.isInteger(cell.concurrency) || cell.concurrency < 1) fail2(`${at}.concurrency`, "a positive integer", cell.concurrency);
    (cell.trials ?? []).forEach((trial, j) => check2(trial, TRIAL_FIELDS, `${at}.trials[${j}]`));
    if (cell.summary !== void 0) check2(cell.summary, SUMMARY_FIELDS, `${at}.summary`);
  });
}
function valueAt(owner, path14) {
  let current = owner;
  for (const key of path14.split(".")) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[key];
  }
  return current;
}
function shown(value) {
  if (typeof value === "number") return Math.abs(value) >= 1e9 ? value.toExponential() : String(value);
  return value === void 0 ? "nothing" : JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

// src/results/types.ts
var RESULTS_SCHEMA = "concurrency-guard/results@1";

// src/results/validate-results.ts
var MAX_RESULTS_BYTES = 64 * 1024 * 1024;
var PROBLEMS_SHOWN = 5;
var compiled;
function validator() {
  return compiled ??= new import__.Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(results_schema_default);
}
function resultsProblems(data) {
  const validate = validator();
  if (validate(data)) return [];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const error of validate.errors ?? []) {
    const problem = { pointer: error.instancePath || "/", message: describe(error) };
    const key = `${problem.pointer} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
function validateResults(data, label) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new InputError(`${label}: (top level): expected a results object, got ${shown2(data)}`);
  const schemaField = data.schema;
  if (schemaField !== RESULTS_SCHEMA) {
    throw new InputError(`${label}: schema: expected "${RESULTS_SCHEMA}" (a concurrency-guard results file), got ${shown2(schemaField)}`);
  }
  const problems = resultsProblems(data);
  if (problems.length === 0) {
    assertPlausible(data, label);
    return data;
  }
  const listed = problems.slice(0, PROBLEMS_SHOWN).map((p3) => `  ${p3.pointer}: ${p3.message}`);
  const more = problems.length > PROBLEMS_SHOWN ? [`  ...and ${problems.length - PROBLEMS_SHOWN} more`] : [];
  throw new InputError([`${label}: not a valid results file (schema/results.schema.json):`, ...listed, ...more].join("\n"));
}
function parseResults(text, label) {
  if (Buffer.byteLength(text, "utf8") > MAX_RESULTS_BYTES) throw new InputError(`${label}: ${tooLarge(Buffer.byteLength(text, "utf8"))}`);
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${label}: not valid JSON (${err.message})`);
  }
  return validateResults(data, label);
}
function tooLarge(bytes) {
  return `${bytes} bytes, over the ${MAX_RESULTS_BYTES} byte (64 MiB) limit of a results file`;
}
function describe(error) {
  const p3 = error.params;
  switch (error.keyword) {
    case "required":
      return `missing required field "${String(p3.missingProperty)}"`;
    case "type":
      return `expected ${String(p3.type)}`;
    case "enum":
      return `expected one of ${p3.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `expected ${JSON.stringify(p3.allowedValue)}`;
    case "maxLength":
      return `expected at most ${String(p3.limit)} characters`;
    case "maxItems":
      return `expected at most ${String(p3.limit)} items`;
    case "maxProperties":
      return `expected at most ${String(p3.limit)} fields`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `expected a number ${String(p3.comparison)} ${String(p3.limit)}`;
    case "pattern":
      return `expected a string matching ${String(p3.pattern)}`;
    default:
      return `expected ${error.message ?? error.keyword}`;
  }
}
function shown2(value) {
  return value === void 0 ? "nothing" : (JSON.stringify(value) ?? String(value)).slice(0, 60);
}

// src/results/read-results.ts
async function readResultsFile(path14, label = path14) {
  let text;
  try {
    const { size: size2 } = await stat(path14);
    if (size2 > MAX_RESULTS_BYTES) throw new InputError(`${label}: ${tooLarge(size2)}`);
    text = await readFile(path14, "utf8");
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code2 = err.code;
    throw new InputError(code2 === "ENOENT" ? `${label}: file not found` : `${label}: cannot read: ${err.message}`);
  }
  return parseResults(text, label);
}

// src/store/store.ts
var UntrustedWriteError = class extends Error {
  name = "UntrustedWriteError";
  constructor(store) {
    super(`${store}: refusing to write a baseline from an untrusted run (pass trusted: true only for default-branch runs)`);
  }
};
function assertTrusted(store, options) {
  if (options?.trusted !== true) throw new UntrustedWriteError(store);
}
function entryFor(results, sha, file, savedAt, ref) {
  const entry = {
    sha,
    createdAt: results.createdAt,
    savedAt,
    fingerprint: results.env.fingerprint,
    cpuModel: results.env.cpuModel,
    cpus: results.env.cpus,
    cells: results.cells.length,
    file
  };
  const madeOn = ref ?? results.git?.ref;
  if (madeOn) entry.ref = madeOn;
  return entry;
}
function refAllowed(ref, wanted) {
  return wanted === void 0 || ref === void 0 || ref === wanted;
}
var SHA_PATTERN = /^[0-9a-f]{7,64}$/i;
function checkSha(value, label) {
  if (!SHA_PATTERN.test(value)) throw new InputError(`${label}: expected a commit sha (7 to 64 hex digits), got ${JSON.stringify(value)}`);
  return value;
}
function shaMatches(full, query) {
  const q = query.toLowerCase();
  return q.length >= 7 && full.toLowerCase().startsWith(q);
}

// src/store/index-entries.ts
function checkIndexEntries(entries, label) {
  return entries.map((entry, i) => {
    const at = `${label}: entries[${i}]`;
    const fail2 = (field, expected, got) => {
      throw new InputError(`${at}${field ? `.${field}` : ""}: expected ${expected}, got ${got === void 0 ? "nothing" : JSON.stringify(got)?.slice(0, 80)}`);
    };
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail2("", "an object", entry);
    const e = entry;
    if (typeof e.sha !== "string" || !SHA_PATTERN.test(e.sha)) fail2("sha", "a commit sha (7 to 64 hex digits)", e.sha);
    const sha = e.sha;
    if (e.file !== `results/${sha}.json`) fail2("file", "results/SHA.json", e.file);
    for (const key of ["createdAt", "savedAt", "fingerprint", "cpuModel"]) {
      if (typeof e[key] !== "string") fail2(key, "a string", e[key]);
    }
    if (e.ref !== void 0 && typeof e.ref !== "string") fail2("ref", "a git ref", e.ref);
    for (const key of ["cpus", "cells"]) {
      if (!Number.isInteger(e[key]) || e[key] < 0) fail2(key, "a non-negative integer", e[key]);
    }
    return e;
  });
}

// src/store/branch-store.ts
var DEFAULT_BRANCH = "concurrency-guard-baselines";
var DEFAULT_HISTORY = 30;
var INDEX_SCHEMA = "concurrency-guard/baselines@1";
var IDENTITY = {
  GIT_AUTHOR_NAME: "concurrency-guard",
  GIT_AUTHOR_EMAIL: "concurrency-guard@users.noreply.github.com",
  GIT_COMMITTER_NAME: "concurrency-guard",
  GIT_COMMITTER_EMAIL: "concurrency-guard@users.noreply.github.com"
};
var BranchStore = class {
  description;
  branch;
  remote;
  cwd;
  history;
  maxAttempts;
  now;
  random;
  sleep;
  beforePush;
  /** Pushes tried by the last save (1 = no race); for reports and tests. */
  lastAttempts = 0;
  constructor(options = {}) {
    this.branch = options.branch ?? DEFAULT_BRANCH;
    checkBranchName(this.branch);
    this.remote = options.remote ?? "origin";
    this.cwd = options.cwd ?? process.cwd();
    this.history = options.history ?? DEFAULT_HISTORY;
    if (!Number.isInteger(this.history) || this.history < 1) {
      throw new InputError(`branch:${this.branch}: history: expected a positive integer, got ${options.history}`);
    }
    this.maxAttempts = options.maxAttempts ?? 10;
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms2) => delay(ms2));
    if (options.beforePush) this.beforePush = options.beforePush;
    this.description = `branch:${this.branch}`;
  }
  async list() {
    return this.withFetched(async (commit) => commit ? (await this.readIndex(commit)).entries : []);
  }
  async loadLatest(options = {}) {
    return this.withFetched(async (commit) => {
      if (!commit) return void 0;
      const entries = (await this.readIndex(commit)).entries.filter((e) => refAllowed(e.ref, options.ref));
      const entry = options.fingerprint && entries.find((e) => e.fingerprint === options.fingerprint) || entries[0];
      return entry ? this.readEntry(commit, entry) : void 0;
    });
  }
  async loadRecent(options) {
    return this.withFetched(async (commit) => {
      if (!commit) return [];
      const entries = (await this.readIndex(commit)).entries.filter((e) => (!options.fingerprint || e.fingerprint === options.fingerprint) && refAllowed(e.ref, options.ref));
      const runs = [];
      for (const entry of entries.slice(0, options.limit)) runs.push(await this.readEntry(commit, entry));
      return runs;
    });
  }
  async loadByCommit(sha) {
    return this.withFetched(async (commit) => {
      if (!commit) return void 0;
      const entry = (await this.readIndex(commit)).entries.find((e) => shaMatches(e.sha, sha));
      return entry ? this.readEntry(commit, entry) : void 0;
    });
  }
  async save(results, options) {
    assertTrusted(this.description, options);
    const sha = options.sha ?? results.git?.sha;
    if (!sha) throw new InputError(`${this.description}: the results file has no git commit (git.sha); give the commit explicitly`);
    checkSha(sha, `${this.description}: ${options.sha ? "commit" : "git.sha"}`);
    assertPlausible(results, `${this.description}: refusing to save`);
    const file = `results/${sha}.json`;
    const body = JSON.stringify(results, null, 2) + "\n";
    const pushUrl = (await gitOk(["remote", "get-url", "--push", this.remote], { cwd: this.cwd })).trim();
    const workDir = await mkdtemp(join(tmpdir(), "cg-store-"));
    try {
      for (let attempt = 1; ; attempt++) {
        this.lastAttempts = attempt;
        const entry = await this.withFetched(async (parent) => {
          const commit = await this.buildCommit(parent, results, { sha, file, body, ...options.ref && { ref: options.ref } }, join(workDir, `index-${attempt}`));
          await this.beforePush?.(attempt);
          const push = await git(["push", "--no-verify", "--porcelain", pushUrl, `${commit.sha}:refs/heads/${this.branch}`], {
            cwd: this.cwd
          });
          if (push.code === 0) return commit.entry;
          if (!isRaceRejection(push.stdout + push.stderr)) {
            throw new GitError(`${this.description}: git push ${this.remote} failed: ${(push.stderr || push.stdout).trim()}`);
          }
          return void 0;
        });
        if (entry) return entry;
        if (attempt >= this.maxAttempts) {
          throw new GitError(`${this.description}: push still rejected after ${attempt} attempts; other writers kept winning`);
        }
        const cap = Math.min(5e3, 100 * 2 ** (attempt - 1));
        await this.sleep(Math.round(cap * (0.5 + this.random() / 2)));
      }
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
  /** Builds the next commit of the branch from `parent` (or an orphan root) without a working tree. */
  async buildCommit(parent, results, saved, indexFile) {
    const { sha, file, body } = saved;
    const env = { GIT_INDEX_FILE: indexFile };
    const run = (args, input) => gitOk(args, { cwd: this.cwd, env, ...input !== void 0 ? { input } : {} }).then((s) => s.trim());
    const index = parent ? await this.readIndex(parent) : { schema: INDEX_SCHEMA, entries: [] };
    const entry = entryFor(results, sha, file, this.now().toISOString(), saved.ref);
    const entries = [entry, ...index.entries.filter((e) => e.sha !== sha)];
    const kept = entries.slice(0, this.history);
    const dropped = entries.slice(this.history);
    if (parent) await run(["read-tree", parent]);
    else await run(["read-tree", "--empty"]);
    const blob = await run(["hash-object", "-w", "--stdin"], body);
    await run(["update-index", "--add", "--cacheinfo", `100644,${blob},${file}`]);
    for (const d of dropped) if (d.file !== file) await run(["update-index", "--force-remove", d.file]);
    const newIndex = { schema: INDEX_SCHEMA, entries: kept };
    const indexBlob = await run(["hash-object", "-w", "--stdin"], JSON.stringify(newIndex, null, 2) + "\n");
    await run(["update-index", "--add", "--cacheinfo", `100644,${indexBlob},index.json`]);
    const tree = await run(["write-tree"]);
    const message = `baseline ${sha.slice(0, 12)}${entry.ref ? ` (${entry.ref})` : ""}`;
    const commit = await gitOk(["commit-tree", tree, ...parent ? ["-p", parent] : [], "-m", message], {
      cwd: this.cwd,
      env: IDENTITY
    });
    return { sha: commit.trim(), entry };
  }
  /**
   * Fetches the branch into a private, per-call ref (so concurrent readers and
   * writers in one clone never fight over FETCH_HEAD or a shared ref) and
   * hands its commit to `fn`, undefined when the branch does not exist yet.
   */
  async withFetched(fn) {
    const ref = `refs/concurrency-guard/${randomBytes(6).toString("hex")}`;
    const fetch = await git(["fetch", "--quiet", "--no-tags", "--refmap=", this.remote, `+refs/heads/${this.branch}:${ref}`], {
      cwd: this.cwd
    });
    let commit;
    if (fetch.code === 0) {
      commit = (await gitOk(["rev-parse", "--verify", `${ref}^{commit}`], { cwd: this.cwd })).trim();
    } else if (!/couldn't find remote ref|could not find remote ref/i.test(fetch.stderr)) {
      throw new GitError(`${this.description}: git fetch ${this.remote} failed: ${fetch.stderr.trim()}`);
    }
    try {
      return await fn(commit);
    } finally {
      if (commit) await git(["update-ref", "-d", ref], { cwd: this.cwd });
    }
  }
  async readIndex(commit) {
    const r = await git(["cat-file", "blob", `${commit}:index.json`], { cwd: this.cwd });
    const label = `${this.description}: index.json`;
    if (r.code !== 0) throw new InputError(`${label}: missing on the branch; is ${this.branch} a concurrency-guard baseline branch?`);
    let data;
    try {
      data = JSON.parse(r.stdout);
    } catch (err) {
      throw new InputError(`${label}: not valid JSON (${err.message})`);
    }
    const d = data;
    if (!d || d.schema !== INDEX_SCHEMA || !Array.isArray(d.entries)) {
      throw new InputError(`${label}: expected schema "${INDEX_SCHEMA}" with entries[]`);
    }
    return { schema: INDEX_SCHEMA, entries: checkIndexEntries(d.entries, label) };
  }
  async readEntry(commit, entry) {
    const label = `${this.description}@${commit.slice(0, 12)}:${entry.file}`;
    const r = await git(["cat-file", "blob", `${commit}:${entry.file}`], { cwd: this.cwd });
    if (r.code !== 0) throw new InputError(`${label}: listed in index.json but missing from the branch`);
    const results = parseResults(r.stdout, label);
    if (results.git && results.git.sha !== entry.sha) results.git = { ...results.git, sha: entry.sha };
    return results;
  }
};
function isRaceRejection(output) {
  return /\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(cannot lock ref|failed to update ref|incorrect old value)/i.test(output);
}
function checkBranchName(name) {
  const ok = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name) && !name.includes("..") && !name.endsWith(".lock") && !name.endsWith("/") && !name.includes("//");
  if (!ok) throw new InputError(`branch:${name}: expected a git branch name such as ${DEFAULT_BRANCH}`);
}

// src/store/file-store.ts
import { mkdir, rename, stat as stat2, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var FileStore = class {
  constructor(path14, label, now = () => /* @__PURE__ */ new Date()) {
    this.path = path14;
    this.now = now;
    this.description = `file:${label ?? path14}`;
  }
  path;
  now;
  description;
  /** The one file, whatever branch it was made on: a file store is the baseline someone chose by its path. */
  async loadLatest() {
    return this.read();
  }
  /** The file, undefined when there is none yet; a file that is there but cannot be read is an error. */
  async read() {
    if (!await exists(this.path, this.description)) return void 0;
    return readResultsFile(this.path, this.description);
  }
  async loadByCommit(sha) {
    const r = await this.read();
    return r?.git && shaMatches(r.git.sha, sha) ? r : void 0;
  }
  async loadRecent(options) {
    const r = await this.read();
    return r && options.limit > 0 && (!options.fingerprint || r.env.fingerprint === options.fingerprint) ? [r] : [];
  }
  async list() {
    const r = await this.read();
    if (!r) return [];
    const info = await stat2(this.path);
    return [entryFor(r, r.git?.sha ?? "unknown", this.path, info.mtime.toISOString())];
  }
  async save(results, options) {
    assertTrusted(this.description, options);
    if (options.sha !== void 0) checkSha(options.sha, `${this.description}: commit`);
    assertPlausible(results, `${this.description}: refusing to save`);
    const git2 = options.sha ?? results.git?.sha;
    const ref = options.ref ?? results.git?.ref;
    if (git2) results = { ...results, git: { sha: git2, ...ref && { ref } } };
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(results, null, 2) + "\n");
    await rename(tmp, this.path);
    return entryFor(results, results.git?.sha ?? "unknown", this.path, this.now().toISOString());
  }
};
async function exists(path14, label) {
  try {
    await stat2(path14);
    return true;
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw new InputError(`${label}: cannot read: ${error.message}`);
  }
}

// src/store/parse-store.ts
function parseStore(spec, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const text = spec.trim();
  if (text === "") throw new InputError(`store: expected file:PATH, branch:NAME or a path, got ""`);
  if (text.startsWith("branch:")) {
    const name = text.slice("branch:".length) || DEFAULT_BRANCH;
    return new BranchStore({ ...options, cwd, branch: name });
  }
  if (text.startsWith("file:")) {
    const path14 = text.slice("file:".length);
    if (path14 === "") throw new InputError(`store: expected a path after file:, got "${spec}"`);
    return new FileStore(resolve(cwd, path14), path14);
  }
  return new FileStore(resolve(cwd, text), text);
}

// src/cli/command-io.ts
import { rename as rename2, writeFile as writeFile2 } from "node:fs/promises";

// src/config/duration.ts
var DURATION = /^(\d+(?:\.\d+)?)(ms|s|m)$/;
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4 };
function parseDuration(text) {
  const match = DURATION.exec(text.trim());
  if (!match) return void 0;
  return Number(match[1]) * UNIT_MS[match[2]];
}

// src/config/validate.ts
var import__2 = __toESM(require__(), 1);

// schema/concurrency-guard.schema.json
var concurrency_guard_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/concurrency-guard/concurrency-guard/schema/concurrency-guard.schema.json",
  title: "concurrency-guard configuration",
  description: "Scenarios to run under each concurrency model (async, threads, processes), and how to compare them with baselines.",
  type: "object",
  additionalProperties: false,
  required: [
    "version",
    "scenarios"
  ],
  properties: {
    $schema: {
      type: "string"
    },
    version: {
      const: 1,
      description: "Configuration format version."
    },
    defaults: {
      $ref: "#/$defs/settingsStrict"
    },
    advice: {
      type: "boolean",
      description: "Show what to write instead at each blocking site, and CPU advice backed by the run's own measurements (default true). Advice never gates; false turns it off in every report."
    },
    compare: {
      type: "object",
      additionalProperties: false,
      description: "How results are compared with the baseline.",
      properties: {
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.5,
          description: "Family-wise error rate (Holm) across all gated comparisons of a run. Default 0.01."
        },
        threshold: {
          type: "object",
          additionalProperties: false,
          properties: {
            throughput: {
              $ref: "#/$defs/percent"
            },
            p99: {
              $ref: "#/$defs/percent"
            },
            errors: {
              $ref: "#/$defs/percent",
              description: 'Error rate: the absolute rise in failed / started operations that counts as real, e.g. "1%" (1 point, the default).'
            },
            errorsRelative: {
              $ref: "#/$defs/percent",
              description: `Error rate: the rise relative to the baseline's median rate that counts as real, e.g. "50%" (the default); the larger of the two applies.`
            },
            instructions: {
              $ref: "#/$defs/percent",
              description: "Change in instructions per operation (CPU cost) that counts as real. Default 1%."
            }
          }
        },
        gateAcrossEnvironments: {
          type: "boolean",
          description: "Gate on throughput even when the baseline ran on different hardware."
        }
      }
    },
    scenarios: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/settings",
        type: "object",
        required: [
          "name",
          "file",
          "kind"
        ],
        unevaluatedProperties: false,
        properties: {
          name: {
            type: "string",
            pattern: "^[a-z0-9-]+$",
            description: "Unique scenario name: lower-case letters, digits and dashes.",
            "x-expected": "a name of lower-case letters, digits and dashes"
          },
          file: {
            type: "string",
            pattern: "\\.(js|mjs|cjs|ts|mts|cts|py)$",
            description: "Scenario module, relative to this file: .js .mjs .cjs .ts run on Node, .py on Python.",
            "x-expected": "a path ending in .js, .mjs, .cjs, .ts or .py"
          },
          kind: {
            enum: [
              "io",
              "cpu"
            ],
            description: "What the author expects the scenario to be bound by."
          }
        }
      }
    }
  },
  $defs: {
    duration: {
      description: "A duration such as 250ms, 1s, 1.5s or 2m.",
      type: "string",
      pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m)$",
      "x-expected": "a duration such as 250ms, 1s or 2m"
    },
    percent: {
      type: "string",
      pattern: "^[0-9]+(\\.[0-9]+)?%$",
      description: "A relative change such as 5%.",
      "x-expected": "a percentage such as 5%"
    },
    poolSpec: {
      description: 'Pool size: a positive integer, "cores" (one per core) or "concurrency" (one per operation in flight).',
      oneOf: [
        {
          type: "integer",
          minimum: 1
        },
        {
          enum: [
            "cores",
            "concurrency"
          ]
        }
      ],
      "x-expected": 'a positive integer, "cores" or "concurrency"'
    },
    budget: {
      type: "object",
      properties: {
        throughput: {
          type: "string",
          pattern: "^>=\\s*[0-9]+(\\.[0-9]+)?\\s*/s$",
          description: 'Minimum median throughput, e.g. ">= 2000/s".',
          "x-expected": 'a minimum throughput such as ">= 2000/s"'
        },
        p99: {
          type: "string",
          pattern: "^<=\\s*[0-9]+(\\.[0-9]+)?\\s*(ms|s)$",
          description: 'Maximum median p99 latency, e.g. "<= 20ms".',
          "x-expected": 'a maximum latency such as "<= 20ms"'
        },
        maxBlock: {
          type: "string",
          pattern: "^<=\\s*[0-9]+(\\.[0-9]+)?\\s*(ms|s)$",
          description: 'Longest allowed event-loop stall, e.g. "<= 50ms".',
          "x-expected": 'a maximum stall such as "<= 50ms"'
        },
        regression: {
          $ref: "#/$defs/percent",
          description: 'Largest allowed throughput regression against the baseline, e.g. "10%".'
        },
        errors: {
          type: "string",
          pattern: "^(<=?)?\\s*[0-9]+(\\.[0-9]+)?\\s*%$",
          description: `Highest median error rate (failed / started operations) over the cell's trials, e.g. "<= 0.1%".`,
          "x-expected": 'a maximum error rate such as "<= 0.1%"'
        },
        instructions: {
          type: "string",
          pattern: "^(<=|<)?\\s*[0-9]+(\\.[0-9]+)?\\s*[kMG]?\\s*(instructions?)?\\s*(/\\s*op)?$",
          description: `Most instructions per operation (the scenario's CPU cost, counted under valgrind in the async model at concurrency 1), e.g. "<= 3M".`,
          "x-expected": 'a maximum count such as "<= 3M"'
        }
      }
    },
    settings: {
      type: "object",
      properties: {
        models: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            enum: [
              "async",
              "threads",
              "processes"
            ]
          },
          description: "Concurrency models to run: async (one event loop), threads, processes."
        },
        concurrency: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            type: "integer",
            minimum: 1,
            maximum: 1e5,
            "x-expected": "a positive integer of at most 100000"
          },
          description: "Operations in flight at once, at most 100000. The threads model starts at most 4096 worker threads per trial and the processes model at most 1024 child processes; a pool that would be larger is refused."
        },
        trials: {
          type: ["integer", "string"],
          minimum: 2,
          pattern: "^adaptive$",
          description: "Independent trials per cell, each in a fresh process. At least 2: trials are the unit the statistics compare. Default 10. Too few and no change can be significant (the run warns): at alpha 0.01 side by side, 12 gated comparisons (cells x throughput and p99) need 7, 18 to 64 need 8; against a stored baseline 5 are the least (8 for an error rate from a clean baseline over 18 comparisons). Table: docs/comparison.md, Never toothless. `adaptive` measures in rounds and gives more trials only to cells whose verdict is still open (see `adaptive`).",
          "x-expected": "an integer of at least 2 (trials are the unit the statistics compare), or adaptive"
        },
        adaptive: {
          type: "object",
          additionalProperties: false,
          properties: {
            min: {
              type: "integer",
              minimum: 2,
              description: "Trials per cell in the first round (default 6).",
              "x-expected": "an integer of at least 2"
            },
            max: {
              type: "integer",
              minimum: 2,
              description: "Most trials a cell gets (default 30); rounds add 4 at a time to undecided cells.",
              "x-expected": "an integer of at least 2"
            }
          },
          description: "With `trials: adaptive`: the first round's trials per cell and the most a cell may get."
        },
        duration: {
          $ref: "#/$defs/duration",
          description: "Measured time per trial: above 0, at most 60m."
        },
        warmup: {
          $ref: "#/$defs/duration",
          description: "Unmeasured time before each trial's measurement: at most 60m (0ms for none)."
        },
        timeout: {
          $ref: "#/$defs/duration",
          description: "A trial that runs longer is killed and reported: above 0, at most 360m (6h)."
        },
        block: {
          $ref: "#/$defs/duration",
          description: "A loop that cannot run callbacks for longer than this is stalled: above 0, at most 1m."
        },
        pool: {
          type: "object",
          additionalProperties: false,
          properties: {
            threads: {
              $ref: "#/$defs/poolSpec"
            },
            processes: {
              $ref: "#/$defs/poolSpec"
            }
          },
          description: "Pool size of the threads and processes models."
        },
        python: {
          type: "string",
          minLength: 1,
          description: "Python interpreter for .py scenarios (default python3)."
        },
        cost: {
          enum: [
            "auto",
            "instructions",
            "off"
          ],
          description: "CPU cost: count instructions per operation under valgrind. auto (default): where valgrind is available, and the results say why not elsewhere; instructions: always (without valgrind the run stops with an error); off: never."
        },
        budgets: {
          $ref: "#/$defs/budget",
          type: "object",
          unevaluatedProperties: false,
          properties: {
            async: {
              $ref: "#/$defs/budgetStrict"
            },
            threads: {
              $ref: "#/$defs/budgetStrict"
            },
            processes: {
              $ref: "#/$defs/budgetStrict"
            }
          },
          description: "Performance budgets; a key named after a model holds budgets for that model only."
        }
      }
    },
    settingsStrict: {
      $ref: "#/$defs/settings",
      unevaluatedProperties: false,
      type: "object"
    },
    budgetStrict: {
      $ref: "#/$defs/budget",
      unevaluatedProperties: false,
      type: "object"
    }
  }
};

// src/config/validate.ts
var compiled2;
function schemaValidator() {
  if (compiled2) return compiled2;
  const ajv = new import__2.Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: "x-expected", schemaType: "string" });
  return compiled2 = ajv.compile(concurrency_guard_schema_default);
}
function validateConfig(data) {
  const validateSchema = schemaValidator();
  if (validateSchema(data)) return [];
  const errors = validateSchema.errors ?? [];
  const byPath = /* @__PURE__ */ new Map();
  for (const error of rankErrors(errors)) {
    const segments = pointerSegments(error.instancePath);
    const extra = extraSegment(error);
    if (extra !== void 0) segments.push(extra);
    const path14 = formatPath(segments);
    if (byPath.has(path14)) continue;
    byPath.set(path14, { path: path14, segments, message: describe2(error) });
  }
  return [...byPath.values()];
}
function rankErrors(errors) {
  const score2 = (e) => e.keyword === "required" || e.keyword === "unevaluatedProperties" || e.keyword === "additionalProperties" ? 0 : expectation(e) ? 1 : e.keyword === "oneOf" || e.keyword === "anyOf" ? 3 : 2;
  return [...errors].sort((a, b) => score2(a) - score2(b));
}
function expectation(error) {
  const parent = error.parentSchema;
  const expected = parent?.["x-expected"];
  return typeof expected === "string" ? expected : void 0;
}
function extraSegment(error) {
  const params = error.params;
  if (error.keyword === "unevaluatedProperties") return String(params.unevaluatedProperty);
  if (error.keyword === "additionalProperties") return String(params.additionalProperty);
  return void 0;
}
function describe2(error) {
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `missing required field "${String(params.missingProperty)}"`;
    case "unevaluatedProperties":
    case "additionalProperties": {
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return `unknown key${allowed.length ? `; expected one of ${allowed.join(", ")}` : ""}`;
    }
  }
  const got = `got ${JSON.stringify(error.data)}`;
  const expected = expectation(error);
  if (expected) return `expected ${expected}, ${got}`;
  switch (error.keyword) {
    case "type":
      return `expected ${article(String(params.type))}, ${got}`;
    case "enum":
      return `expected one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, ${got}`;
    case "const":
      return `expected ${JSON.stringify(params.allowedValue)}, ${got}`;
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
      return `expected a number ${String(params.comparison)} ${String(params.limit)}, ${got}`;
    case "minItems":
      return `expected at least ${String(params.limit)} item(s)`;
    case "uniqueItems":
      return `expected no repeated items (items ${String(params.j)} and ${String(params.i)} are the same)`;
    default:
      return `${error.message ?? "invalid"}, ${got}`;
  }
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function pointerSegments(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function formatPath(segments) {
  let out = "";
  for (const s of segments) out += typeof s === "number" ? `[${s}]` : out ? `.${s}` : s;
  return out || "(top level)";
}

// src/config/limits.ts
var LIMITS = {
  /** Measured window and warm-up of one trial. */
  durationMs: 60 * 6e4,
  /** A trial's timeout: a GitHub-hosted job's own limit, far under Node's timer maximum. */
  timeoutMs: 6 * 60 * 6e4,
  /** Stall threshold: a loop blocked for a minute is already broken. */
  blockMs: 6e4,
  /** Operations in flight at one level: the async model holds them as promises on one loop. */
  concurrency: 1e5,
  /** Pool members per trial: each thread is an isolate (~10 MB), each process a runtime (~40 MB). */
  pool: { threads: 4096, processes: 1024 }
};
var DURATION_FIELDS = [
  { field: "duration", maxMs: LIMITS.durationMs, zero: false },
  { field: "warmup", maxMs: LIMITS.durationMs, zero: true },
  { field: "timeout", maxMs: LIMITS.timeoutMs, zero: false },
  { field: "block", maxMs: LIMITS.blockMs, zero: false }
];
function limitText(ms2) {
  const minutes = ms2 / 6e4;
  return minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60}h (${minutes}m)` : `${minutes}m`;
}
function durationProblem(ms2, maxMs, zeroAllowed) {
  if (ms2 <= maxMs && (zeroAllowed || ms2 > 0)) return void 0;
  return `a duration ${zeroAllowed ? "of" : "above 0 and"} at most ${limitText(maxMs)}`;
}
function durationProblems(where, raw, shown3) {
  const problems = [];
  for (const { field, maxMs, zero } of DURATION_FIELDS) {
    const text = raw[field];
    const ms2 = text === void 0 ? void 0 : parseDuration(text);
    const expected = ms2 === void 0 ? void 0 : durationProblem(ms2, maxMs, zero);
    if (expected) problems.push(`${shown3}: ${formatPath([...where, field])}: expected ${expected}, got ${JSON.stringify(text)}`);
  }
  return problems;
}
function poolProblems(scenario, i, written, model, spec, size2, shown3) {
  if (!scenario.models.includes(model)) return [];
  const cap = LIMITS.pool[model];
  const level = scenario.concurrency.find((c) => size2(spec, c) > cap);
  if (level === void 0) return [];
  const where = written.scenario ? ["scenarios", i, "pool", model] : written.defaults ? ["defaults", "pool", model] : ["scenarios", i, "concurrency"];
  const got = typeof spec === "number" ? String(spec) : `${JSON.stringify(spec)} = ${size2(spec, level)}`;
  const members = model === "threads" ? "worker threads" : "child processes";
  return [`${shown3}: ${formatPath(where)}: expected at most ${cap} ${members} per trial, got ${got} (at concurrency ${level})`];
}

// src/config/types.ts
var MODELS = ["async", "threads", "processes"];
var MIN_TRIALS = 2;
var DEFAULT_ADAPTIVE = { min: 6, max: 30 };
var ADAPTIVE_STEP = 4;

// src/config/option-values.ts
function isBad(value) {
  return typeof value === "object" && value !== null && "expected" in value;
}
function readPositiveInteger(text) {
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  return { expected: "a positive integer" };
}
function readTrials(text) {
  if (/^\d+$/.test(text) && Number(text) >= MIN_TRIALS) return Number(text);
  return { expected: `an integer of at least ${MIN_TRIALS} (trials are the unit the statistics compare)` };
}
function readAlpha(text) {
  const value = Number(text);
  if (/^\d*\.?\d+(e-?\d+)?$/i.test(text) && value > 0 && value < 1) return value;
  return { expected: "a number between 0 and 1 such as 0.01" };
}
function readThreshold(text) {
  const pct4 = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const value = pct4 ? Number(pct4[1]) / 100 : /^0?\.\d+$/.test(text) ? Number(text) : void 0;
  if (value !== void 0 && value > 0 && value < 1) return value;
  return { expected: "a percentage such as 5% (or a fraction such as 0.05)" };
}
function readDuration(text, example = "500ms, 1s or 2m", maxMs = LIMITS.durationMs) {
  const ms2 = parseDuration(text);
  if (ms2 !== void 0 && ms2 > 0 && ms2 <= maxMs) return ms2;
  return { expected: `a duration such as ${example}${ms2 !== void 0 && ms2 > maxMs ? `, at most ${limitText(maxMs)}` : ""}` };
}

// src/shared/log-text.ts
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029]/g;
function logText(text) {
  return text.replace(/\r/g, "").replace(CONTROLS, "").replace(BIDI_CONTROLS, "").replace(/##\[/g, "##\\[").replace(/^(\s*)::/gm, "$1\\::");
}
function logLine(text) {
  return logText(text.replace(/\r\n|[\r\n]/g, " "));
}

// src/cli/command-io.ts
function processIo() {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    setExitCode: (code2) => {
      process.exitCode = code2;
    },
    env: process.env,
    cwd: process.cwd()
  };
}
async function guarded(io, body) {
  try {
    io.setExitCode(await body());
  } catch (error) {
    if (error instanceof InputError || error instanceof GitError) {
      io.stderr(`concurrency-guard: ${logText(error.message)}
`);
      io.setExitCode(2);
      return;
    }
    throw error;
  }
}
async function writeFileAtomic(path14, text) {
  const tmp = `${path14}.${process.pid}.tmp`;
  await writeFile2(tmp, text);
  await rename2(tmp, path14);
}
function flag(reader) {
  return (text) => {
    const value = reader(text);
    if (isBad(value)) throw new InvalidArgumentError(`expected ${value.expected}, got "${text}"`);
    return value;
  };
}
function positiveInteger(value) {
  const read2 = readPositiveInteger(value);
  if (isBad(read2)) throw new InputError(`expected ${read2.expected}, got "${value}"`);
  return read2;
}

// src/cli/baseline-command.ts
function registerBaseline(program2, io = processIo()) {
  const baseline = program2.command("baseline").description("save or show stored baselines");
  baseline.command("save").description("store a results file as the baseline of its commit").requiredOption("-s, --store <store>", "file:PATH, branch:NAME (default branch concurrency-guard-baselines), or a path").option("-r, --results <file>", "results file to store", "concurrency-guard-results.json").option("--commit <sha>", "commit to file it under (default: git.sha in the results)").option("--history <n>", "baselines a branch store keeps (default 30)").option("--trusted", "allow saving from a pull_request event (only for vetted runs)").action((opts) => guarded(io, () => runBaselineSave(opts, io)));
  baseline.command("show").description("list stored baselines, or summarize one").requiredOption("-s, --store <store>", "file:PATH, branch:NAME, or a path").option("--commit <sha>", "summarize the baseline of this commit").option("--json", "print JSON instead of a table").action((opts) => guarded(io, () => runBaselineShow(opts, io)));
}
async function runBaselineSave(opts, io) {
  const event = io.env.GITHUB_EVENT_NAME ?? "";
  if (event.startsWith("pull_request") && !opts.trusted) {
    throw new InputError(
      `refusing to save a baseline from a ${event} event: a pull request must not set what others are compared against (pass --trusted only for vetted runs)`
    );
  }
  if (opts.commit !== void 0) checkSha(opts.commit, "--commit");
  const results = await readResultsFile(resolve2(io.cwd, opts.results), opts.results);
  const history = opts.history === void 0 ? void 0 : positiveInteger(opts.history);
  const store = parseStore(opts.store, { cwd: io.cwd, ...history !== void 0 && { history } });
  const entry = await store.save(results, { trusted: true, ...opts.commit && { sha: opts.commit } });
  io.stdout(`saved baseline ${entry.sha.slice(0, 12)} (${entry.cells} cells, ${entry.cpus} x ${entry.cpuModel}) to ${store.description}
`);
  return 0;
}
async function runBaselineShow(opts, io) {
  if (opts.commit !== void 0) checkSha(opts.commit, "--commit");
  const store = parseStore(opts.store, { cwd: io.cwd });
  if (opts.commit) {
    const r = await store.loadByCommit(opts.commit);
    if (!r) throw new InputError(`${store.description}: no baseline for commit ${opts.commit}`);
    io.stdout(opts.json ? JSON.stringify(r, null, 2) + "\n" : summarize(r));
    return 0;
  }
  const entries = await store.list();
  if (opts.json) {
    io.stdout(JSON.stringify(entries, null, 2) + "\n");
    return 0;
  }
  if (entries.length === 0) {
    io.stdout(`${store.description}: no baselines stored yet
`);
    return 0;
  }
  const rows = entries.map((e) => [e.sha.slice(0, 12), e.ref ?? "-", e.createdAt, e.savedAt, `${e.cpus} x ${e.cpuModel}`, String(e.cells)]);
  io.stdout(`${store.description}: ${entries.length} baseline(s), newest first
`);
  io.stdout(alignTable(["commit", "ref", "measured", "saved", "machine", "cells"], rows, [false, false, false, false, false, true]).join("\n") + "\n");
  return 0;
}
function summarize(r) {
  const rows = r.cells.map((c) => {
    const ok = c.trials.filter((t) => t.status === "ok");
    const med = (xs) => xs.length > 0 ? median(xs) : null;
    return [
      c.id,
      String(ok.length),
      formatValue(med(ok.map((t) => t.throughput)), "/s"),
      formatValue(med(ok.map((t) => t.latencyMs.p99)), "ms"),
      formatValue(med(ok.map((t) => t.loopDelayMs.max)), "ms")
    ];
  });
  const head = `baseline ${r.git?.sha.slice(0, 12) ?? "(no commit)"} measured ${r.createdAt} on ${r.env.cpus} x ${r.env.cpuModel}
`;
  return head + alignTable(["cell", "ok trials", "throughput", "p99", "max loop delay"], rows, [false, true, true, true, true]).join("\n") + "\n";
}

// src/cli/compare-command.ts
import { resolve as resolve3 } from "node:path";

// src/stats/fisher.ts
function fisherGreater(a, n1, b, n2) {
  for (const [v, name] of [
    [a, "a"],
    [n1, "n1"],
    [b, "b"],
    [n2, "n2"]
  ]) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`fisherGreater: ${name}: expected a non-negative integer, got ${v}`);
  }
  if (a > n1 || b > n2) throw new RangeError(`fisherGreater: counts exceed group sizes (${a}/${n1}, ${b}/${n2})`);
  const N = n1 + n2;
  const K = a + b;
  const denom = logChoose(N, n1);
  let p3 = 0;
  for (let x = a; x <= Math.min(K, n1); x++) {
    p3 += Math.exp(logChoose(K, x) + logChoose(N - K, n1 - x) - denom);
  }
  return Math.min(1, p3);
}
var logFactorials = [0];
function logFactorial(n) {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push(logFactorials[i - 1] + Math.log(i));
  return logFactorials[n];
}
function logChoose(n, k) {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

// src/compare/blocking.ts
var MOST = 0.5;
var RARE = 0.1;
function findBlocking(baseline, current) {
  const baseCells = new Map(baseline.cells.map((c) => [c.id, c]));
  const out = [];
  for (const cur of current.cells) {
    const curSites = countSites(cur);
    if (curSites.of === 0) continue;
    const base = baseCells.get(cur.id);
    const baseSites = base ? countSites(base) : null;
    for (const [key, s] of curSites.sites) {
      if (s.trials / curSites.of <= MOST) continue;
      const inBase = baseSites?.sites.get(key)?.trials ?? 0;
      const gated = baseSites !== null && baseSites.of > 0;
      if (gated && inBase / baseSites.of > RARE) continue;
      const p3 = gated ? fisherGreater(s.trials, curSites.of, inBase, baseSites.of) : null;
      const named = Boolean(s.site.api);
      out.push({
        cell: cur.id,
        scenario: cur.scenario,
        model: cur.model,
        concurrency: cur.concurrency,
        site: pickSite(s.site),
        current: { trials: s.trials, of: curSites.of, maxStallMs: s.maxStallMs },
        baseline: gated ? { trials: inBase, of: baseSites.of } : null,
        p: p3,
        pAdjusted: null,
        needsTest: gated && !named,
        gated
      });
    }
  }
  return out;
}
function countSites(cell) {
  const ok = cell.trials.filter((t) => t.status === "ok");
  const sites = /* @__PURE__ */ new Map();
  for (const t of ok) {
    const seen = /* @__PURE__ */ new Set();
    for (const stall of t.stalls ?? []) {
      if (!stall.site || stall.gc || stall.descheduled || stall.gilWait) continue;
      const key = `${stall.site.file}:${stall.site.line}`;
      const entry = sites.get(key) ?? { site: stall.site, trials: 0, maxStallMs: 0 };
      if (!seen.has(key)) {
        entry.trials += 1;
        seen.add(key);
      }
      entry.maxStallMs = Math.max(entry.maxStallMs, stall.durationMs);
      sites.set(key, entry);
    }
  }
  return { of: ok.length, sites };
}
function pickSite(s) {
  const site = { file: s.file, line: s.line };
  if (s.function) site.function = s.function;
  if (s.api) site.api = s.api;
  return site;
}
function groupFindings(findings) {
  const sites = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.site.file}:${f.site.line}`;
    let entry = sites.get(key);
    if (!entry) {
      entry = {
        file: f.site.file,
        line: f.site.line,
        ...f.site.function !== void 0 && { function: f.site.function },
        ...f.site.api !== void 0 && { api: f.site.api },
        gated: false,
        cells: [],
        trials: 0,
        of: 0,
        maxStallMs: 0,
        baseline: null
      };
      sites.set(key, entry);
    }
    entry.api ??= f.site.api;
    entry.function ??= f.site.function;
    entry.gated ||= f.gated;
    entry.cells.push(f.cell);
    entry.trials += f.current.trials;
    entry.of += f.current.of;
    entry.maxStallMs = Math.max(entry.maxStallMs, f.current.maxStallMs);
    if (f.baseline) entry.baseline = { trials: (entry.baseline?.trials ?? 0) + f.baseline.trials, of: (entry.baseline?.of ?? 0) + f.baseline.of };
  }
  return [...sites.values()];
}

// src/compare/cost.ts
function compareCosts(baseline, current, settings, environmentMatch) {
  const threshold = settings.thresholds.instructions;
  const base = new Map((baseline.costs ?? []).map((c) => [c.scenario, c]));
  const out = [];
  for (const cur of current.costs ?? []) {
    const b = base.get(cur.scenario);
    const entry = { scenario: cur.scenario, metric: "instructions", unit: "instructions/op", status: "new", baseline: b ? side(b) : null, current: side(cur), change: null, uncertainty: null, threshold, verdict: null, gated: false };
    out.push(entry);
    if (!b) continue;
    if (b.status !== "ok" || cur.status !== "ok" || !b.perOp || !cur.perOp) {
      entry.status = "unmeasured";
      continue;
    }
    entry.status = "compared";
    entry.change = cur.perOp / b.perOp - 1;
    entry.uncertainty = (b.spread ?? 0) + (cur.spread ?? 0);
    entry.verdict = costVerdict(entry.change, entry.uncertainty, threshold);
    const differences = costDifferences(b, cur);
    if (baseline.tool.version !== current.tool.version) differences.push(`concurrency-guard: ${baseline.tool.version} -> ${current.tool.version}`);
    if (!environmentMatch && !settings.gateAcrossEnvironments) differences.push("hardware: the baseline ran on a different machine");
    if (differences.length > 0) entry.differences = differences;
    entry.gated = differences.length === 0;
  }
  const seen = new Set(out.map((c) => c.scenario));
  for (const b of baseline.costs ?? []) {
    if (seen.has(b.scenario)) continue;
    out.push({ scenario: b.scenario, metric: "instructions", unit: "instructions/op", status: "missing", baseline: side(b), current: null, change: null, uncertainty: null, threshold, verdict: null, gated: false });
  }
  return out;
}
function costVerdict(change, uncertainty, threshold) {
  if (Math.abs(change) > threshold && Math.abs(change) > uncertainty) return change > 0 ? "regression" : "improvement";
  if (Math.abs(change) + uncertainty <= threshold) return "unchanged";
  return "inconclusive";
}
function costRegressions(costs) {
  return (costs ?? []).filter((c) => c.gated && c.verdict === "regression");
}
function side(c) {
  return { status: c.status, perOp: c.perOp ?? null, spread: c.spread ?? null, ...c.reason !== void 0 && { reason: c.reason } };
}
function costDifferences(b, c) {
  const out = [];
  const pair = (name, x, y) => {
    if (x !== y) out.push(`${name}: ${x ?? "unknown"} -> ${y ?? "unknown"}`);
  };
  pair(c.runtime, b.runtimeInfo?.version, c.runtimeInfo?.version);
  pair("valgrind", b.tool?.version, c.tool?.version);
  pair(`${c.runtime} flags`, b.runtimeInfo?.flags.join(" "), c.runtimeInfo?.flags.join(" "));
  pair("op counts", b.counts?.map((x) => x.ops).join("/"), c.counts?.map((x) => x.ops).join("/"));
  return out;
}

// src/compare/gate.ts
var FAIL_ON = ["regression", "blocking", "budget"];
function failOnClass(finding2) {
  return finding2.kind === "broken" || finding2.kind === "errors" || finding2.kind === "cost" ? "regression" : finding2.kind;
}
function cellFindings(cells) {
  const out = [];
  for (const cell of cells) {
    if (cell.status === "broken") out.push({ kind: "broken", cell });
    for (const metric of cell.metrics) {
      if (metric.gated && metric.verdict === "regression") out.push({ kind: "regression", cell, metric });
    }
    if (cell.errors?.verdict === "regression") out.push({ kind: "errors", cell, comparison: cell.errors });
  }
  return out;
}
function storeErrorGate(gate, reason) {
  return { ...gate, verdict: "error", error: reason };
}
function evaluateGate(comparison, budgets, failOn) {
  const findings = [];
  if (comparison) {
    findings.push(...cellFindings(comparison.cells));
    for (const cost of costRegressions(comparison.costs)) findings.push({ kind: "cost", cost });
    for (const site of groupFindings(comparison.blocking)) if (site.gated) findings.push({ kind: "blocking", site });
  }
  for (const budget of budgets) if (budget.status === "fail") findings.push({ kind: "budget", budget });
  const count = (kind) => findings.filter((f) => failOnClass(f) === kind).length;
  const failedBecause = findings.filter((f) => failOn.includes(failOnClass(f)));
  const ignored = findings.filter((f) => !failOn.includes(failOnClass(f)));
  const verdict = failedBecause.length > 0 ? "fail" : comparison ? "pass" : "no-baseline";
  return { verdict, regressions: count("regression"), blocking: count("blocking"), budgets: count("budget"), failedBecause, ignored, failOn: [...failOn] };
}

// src/compare/fail-on.ts
function parseFailOn(text) {
  const items = text.split(/[\s,]+/).filter((s) => s !== "");
  if (items.length === 1 && items[0] === "none") return [];
  const unknown = items.filter((i) => !FAIL_ON.includes(i));
  if (items.length === 0 || unknown.length > 0) return { expected: `a list of ${FAIL_ON.join(", ")} (or none)` };
  return FAIL_ON.filter((f) => items.includes(f));
}

// src/config/budgets.ts
var BUDGET_KEYS = ["throughput", "p99", "maxBlock", "regression", "errors", "instructions"];
var BUDGET_FORMS = {
  throughput: `">= 2000/s" (also "2k/s", "> 150 ops/s")`,
  p99: `"<= 20ms" (units us, ms, s)`,
  maxBlock: `"<= 50ms" (units us, ms, s)`,
  regression: `"10%"`,
  errors: `"<= 0.1%"`,
  instructions: `"<= 3M" (instructions per operation; units k, M, G)`
};
var COUNT_UNITS = { "": 1, k: 1e3, M: 1e6, G: 1e9 };
var TIME_UNITS = { us: 1e-3, "\xB5s": 1e-3, ms: 1, s: 1e3 };
function parseBudget(name, source) {
  const fail2 = () => {
    throw new InputError(`${source.path}: expected a budget like ${BUDGET_FORMS[name]}, got ${JSON.stringify(source.spec)}`);
  };
  const text = source.spec.trim();
  const m = /^(>=|<=|>|<)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$/.exec(text);
  if (!m) return fail2();
  const op = m[1] ?? (name === "throughput" ? ">=" : "<=");
  const number = Number(m[2]);
  const unit = (m[3] ?? "").trim();
  switch (name) {
    case "throughput": {
      const u = /^([kM]?)\s*(?:ops?)?\s*\/\s*s$/.exec(unit);
      if (!u) return fail2();
      const scale = u[1] === "k" ? 1e3 : u[1] === "M" ? 1e6 : 1;
      return { name, spec: source.spec, op, value: number * scale };
    }
    case "p99":
    case "maxBlock": {
      const scale = TIME_UNITS[unit];
      if (scale === void 0) return fail2();
      return { name, spec: source.spec, op, value: number * scale };
    }
    case "regression": {
      if (m[1] !== void 0 || unit !== "%" || number <= 0 || number >= 100) return fail2();
      return { name, spec: source.spec, op: "<=", value: number / 100 };
    }
    case "errors": {
      if (m[1] !== void 0 && m[1] !== "<=" && m[1] !== "<" || unit !== "%" || number >= 100) return fail2();
      return { name, spec: source.spec, op, value: number / 100 };
    }
    case "instructions": {
      const u = /^([kMG]?)\s*(?:instructions?)?\s*(?:\/\s*op)?$/.exec(unit);
      if (!u || op === ">=" || op === ">") return fail2();
      return { name, spec: source.spec, op, value: number * COUNT_UNITS[u[1] ?? ""] };
    }
  }
}
function parseCellBudgets(resolved) {
  const out = [];
  for (const name of BUDGET_KEYS) {
    const source = resolved[name];
    if (source) out.push(parseBudget(name, source));
  }
  return out;
}

// src/config/compare-settings.ts
var DEFAULT_COMPARE = {
  alpha: 0.01,
  thresholds: { throughput: 0.05, p99: 0.1, errors: 0.01, errorsRelative: 0.5, instructions: 0.01 },
  gateAcrossEnvironments: false
};
function readCompareConfig(config, source) {
  const root = isObject(config) ? config : {};
  const settings = readSettings(root.compare, `${source}: compare`);
  const defaults = isObject(root.defaults) ? readScenarioBudgets(root.defaults, `${source}: defaults`) : {};
  const scenarios = {};
  if (Array.isArray(root.scenarios)) {
    root.scenarios.forEach((s, i) => {
      if (!isObject(s) || typeof s.name !== "string") return;
      scenarios[s.name] = readScenarioBudgets(s, `${source}: scenarios[${i}]`);
    });
  }
  const budgets = { defaults, scenarios };
  for (const name of Object.keys(scenarios)) for (const model of MODELS) parseCellBudgets(budgetsFor(budgets, name, model, source));
  return { settings, budgets };
}
function readSettings(value, path14) {
  if (value === void 0) return structuredClone(DEFAULT_COMPARE);
  if (!isObject(value)) throw new InputError(`${path14}: expected an object, got ${JSON.stringify(value)}`);
  const d = DEFAULT_COMPARE;
  const alpha = value.alpha ?? d.alpha;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 1)) {
    throw new InputError(`${path14}.alpha: expected a number between 0 and 1, got ${JSON.stringify(alpha)}`);
  }
  const t = value.thresholds === void 0 ? {} : value.thresholds;
  if (!isObject(t)) throw new InputError(`${path14}.thresholds: expected an object, got ${JSON.stringify(t)}`);
  const thresholds = {
    throughput: readFraction(t.throughput ?? d.thresholds.throughput, `${path14}.thresholds.throughput`),
    p99: readFraction(t.p99 ?? d.thresholds.p99, `${path14}.thresholds.p99`),
    errors: readFraction(t.errors ?? d.thresholds.errors, `${path14}.thresholds.errors`),
    errorsRelative: readRelative(t.errorsRelative ?? d.thresholds.errorsRelative, `${path14}.thresholds.errorsRelative`),
    instructions: readFraction(t.instructions ?? d.thresholds.instructions, `${path14}.thresholds.instructions`)
  };
  const gate = value.gateAcrossEnvironments ?? d.gateAcrossEnvironments;
  if (typeof gate !== "boolean") {
    throw new InputError(`${path14}.gateAcrossEnvironments: expected true or false, got ${JSON.stringify(gate)}`);
  }
  return { alpha, thresholds, gateAcrossEnvironments: gate };
}
function readFraction(v, path14) {
  if (typeof v !== "number" || !(v >= 0 && v < 1)) {
    throw new InputError(`${path14}: expected a fraction such as 0.05 (for 5%), got ${JSON.stringify(v)}`);
  }
  return v;
}
function readRelative(v, path14) {
  if (typeof v !== "number" || !(v >= 0 && Number.isFinite(v))) {
    throw new InputError(`${path14}: expected a fraction such as 0.5 (for 50%), got ${JSON.stringify(v)}`);
  }
  return v;
}
function readScenarioBudgets(s, path14) {
  const out = {};
  if (s.budgets !== void 0) out.budgets = readBudgetSpec(s.budgets, `${path14}.budgets`);
  if (s.modelBudgets !== void 0) {
    if (!isObject(s.modelBudgets)) throw new InputError(`${path14}.modelBudgets: expected an object keyed by model`);
    const mb = {};
    for (const [model, spec] of Object.entries(s.modelBudgets)) {
      if (!MODELS.includes(model)) {
        throw new InputError(`${path14}.modelBudgets.${model}: expected one of ${MODELS.join(", ")}`);
      }
      mb[model] = readBudgetSpec(spec, `${path14}.modelBudgets.${model}`);
    }
    out.modelBudgets = mb;
  }
  return out;
}
function readBudgetSpec(v, path14) {
  if (!isObject(v)) throw new InputError(`${path14}: expected an object of budgets, got ${JSON.stringify(v)}`);
  const spec = {};
  for (const [key, value] of Object.entries(v)) {
    if (!BUDGET_KEYS.includes(key)) {
      throw new InputError(`${path14}.${key}: unknown budget; expected one of ${BUDGET_KEYS.join(", ")}`);
    }
    if (typeof value !== "string") {
      throw new InputError(`${path14}.${key}: expected a string such as ">= 2000/s", got ${JSON.stringify(value)}`);
    }
    spec[key] = value;
  }
  return spec;
}
function budgetsFor(table, scenario, model, source = "config") {
  const out = {};
  const layers = [];
  const s = table.scenarios[scenario];
  layers.push([table.defaults.budgets, `${source}: defaults.budgets`]);
  layers.push([s?.budgets, `${source}: scenario ${scenario} budgets`]);
  layers.push([table.defaults.modelBudgets?.[model], `${source}: defaults.modelBudgets.${model}`]);
  layers.push([s?.modelBudgets?.[model], `${source}: scenario ${scenario} modelBudgets.${model}`]);
  for (const [spec, path14] of layers) {
    if (!spec) continue;
    for (const key of BUDGET_KEYS) {
      const value = spec[key];
      if (value !== void 0) out[key] = { spec: value, path: `${path14}.${key}` };
    }
  }
  return out;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/config/load-config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
var CONFIG_NAMES = ["concurrency-guard.yml", "concurrency-guard.yaml", "concurrency-guard.json"];
var DEFAULT_SETTINGS = {
  models: [...MODELS],
  concurrency: [1, 8, 64],
  trials: 10,
  durationMs: 1e3,
  warmupMs: 250,
  timeoutMs: 3e4,
  blockMs: 20,
  pool: {},
  python: "python3",
  cost: "auto"
};
function findConfig(dir) {
  let current = path.resolve(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (existsSync(path.join(current, ".git")) || parent === current) return void 0;
    current = parent;
  }
}
function configFile(configPath, cwd = process.cwd()) {
  const file = configPath ? path.resolve(cwd, configPath) : findConfig(cwd);
  if (!file) {
    throw new InputError(`no ${CONFIG_NAMES.join(" / ")} found in ${cwd} or its parents up to the repository root; pass --config FILE`);
  }
  return file;
}
function loadConfig(configPath, cwd = process.cwd()) {
  const file = configFile(configPath, cwd);
  const shown3 = path.relative(cwd, file) || file;
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`${shown3}: config file not found (tried ${file})`);
  const text = readFileSync(file, "utf8");
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      return `${shown3}${pos ? `:${pos.line}:${pos.col}` : ""}: ${e.message.split("\n")[0]}`;
    });
    throw new InputError(lines.join("\n"));
  }
  const data = doc.toJS();
  const problems = validateConfig(data);
  if (problems.length > 0) {
    const lines = problems.map((p3) => {
      const node = doc.getIn(p3.segments, true);
      const parentNode = doc.getIn(p3.segments.slice(0, -1), true);
      const offset = node?.range?.[0] ?? parentNode?.range?.[0];
      const line = offset === void 0 ? "" : ` (line ${lineCounter.linePos(offset).line})`;
      return `${shown3}: ${p3.path}${line}: ${p3.message}`;
    });
    throw new InputError(lines.join("\n"));
  }
  return resolveConfig(data, file, shown3);
}
function resolveConfig(raw, file, shown3) {
  const root = path.dirname(file);
  const capped = [
    ...durationProblems(["defaults"], raw.defaults ?? {}, shown3),
    ...raw.scenarios.flatMap((s, i) => durationProblems(["scenarios", i], s, shown3))
  ];
  if (capped.length > 0) throw new InputError(capped.join("\n"));
  const errors = [];
  const defaults = mergeSettings(DEFAULT_SETTINGS, raw.defaults ?? {}, (m) => errors.push(`${shown3}: defaults.${m}`));
  const seen = /* @__PURE__ */ new Map();
  const scenarios = raw.scenarios.map((s, i) => {
    const earlier = seen.get(s.name);
    if (earlier !== void 0) errors.push(`${shown3}: scenarios[${i}].name: expected a unique name, "${s.name}" is also scenarios[${earlier}]`);
    seen.set(s.name, i);
    const scenarioPath = path.resolve(root, s.file);
    if (!existsSync(scenarioPath)) errors.push(`${shown3}: scenarios[${i}].file: scenario file not found (tried ${scenarioPath})`);
    return {
      ...mergeSettings(defaults, s, (m) => errors.push(`${shown3}: scenarios[${i}].${m}`)),
      name: s.name,
      file: s.file,
      path: scenarioPath,
      runtime: runtimeOf(s.file),
      kind: s.kind
    };
  });
  for (const [i, s] of scenarios.entries()) {
    for (const model of ["threads", "processes"]) {
      const written = { scenario: raw.scenarios[i]?.pool?.[model] !== void 0, defaults: raw.defaults?.pool?.[model] !== void 0 };
      errors.push(...poolProblems(s, i, written, model, poolSpec(s, model), (spec, c) => poolSize(spec, c), shown3));
    }
    if (s.warmupMs + s.durationMs >= s.timeoutMs) {
      errors.push(`${shown3}: ${formatPath(["scenarios", i, "timeout"])}: expected a timeout longer than warmup + duration (${s.warmupMs + s.durationMs}ms), got ${s.timeoutMs}ms`);
    }
  }
  if (errors.length > 0) throw new InputError(errors.join("\n"));
  const compare2 = {
    alpha: raw.compare?.alpha ?? DEFAULT_COMPARE.alpha,
    thresholds: {
      throughput: percent(raw.compare?.threshold?.throughput) ?? DEFAULT_COMPARE.thresholds.throughput,
      p99: percent(raw.compare?.threshold?.p99) ?? DEFAULT_COMPARE.thresholds.p99,
      errors: percent(raw.compare?.threshold?.errors) ?? DEFAULT_COMPARE.thresholds.errors,
      errorsRelative: percent(raw.compare?.threshold?.errorsRelative) ?? DEFAULT_COMPARE.thresholds.errorsRelative,
      instructions: percent(raw.compare?.threshold?.instructions) ?? DEFAULT_COMPARE.thresholds.instructions
    },
    gateAcrossEnvironments: raw.compare?.gateAcrossEnvironments ?? DEFAULT_COMPARE.gateAcrossEnvironments
  };
  const { budgets } = readCompareConfig({ defaults, scenarios }, shown3);
  return { version: 1, file, root, defaults, scenarios, compare: compare2, budgets, ...raw.advice === false && { advice: false } };
}
function mergeSettings(base, raw, problem) {
  const adaptive = adaptiveOf(base, raw, problem);
  const { async: a, threads: t, processes: p3, ...plain } = raw.budgets ?? {};
  const modelBudgets = { ...base.modelBudgets, ...a && { async: a }, ...t && { threads: t }, ...p3 && { processes: p3 } };
  const budgets = { ...base.budgets, ...plain };
  return {
    models: raw.models ?? base.models,
    concurrency: raw.concurrency ?? base.concurrency,
    trials: adaptive?.min ?? (typeof raw.trials === "number" ? raw.trials : base.trials),
    ...adaptive && { adaptive },
    durationMs: ms(raw.duration) ?? base.durationMs,
    warmupMs: ms(raw.warmup) ?? base.warmupMs,
    timeoutMs: ms(raw.timeout) ?? base.timeoutMs,
    blockMs: ms(raw.block) ?? base.blockMs,
    pool: { ...base.pool, ...raw.pool },
    python: raw.python ?? base.python,
    cost: raw.cost ?? base.cost,
    ...Object.keys(budgets).length > 0 && { budgets },
    ...Object.keys(modelBudgets).length > 0 && { modelBudgets }
  };
}
function adaptiveOf(base, raw, problem) {
  if (typeof raw.trials === "number") {
    if (raw.adaptive) problem(`adaptive: set beside trials: adaptive, but trials is ${raw.trials}`);
    return void 0;
  }
  if (raw.trials !== "adaptive" && !base.adaptive) {
    if (raw.adaptive) problem(`adaptive: set beside trials: adaptive, but trials is ${base.trials} (inherited)`);
    return void 0;
  }
  const bounds = { ...DEFAULT_ADAPTIVE, ...base.adaptive, ...raw.adaptive };
  if (bounds.max < bounds.min) problem(`adaptive.max: expected at least adaptive.min (${bounds.min}), got ${bounds.max}`);
  return bounds;
}
function ms(text) {
  return text === void 0 ? void 0 : parseDuration(text);
}
function percent(text) {
  return text === void 0 ? void 0 : Number(text.replace("%", "")) / 100;
}
function runtimeOf(file) {
  return file.endsWith(".py") ? "python" : "node";
}
function poolSpec(scenario, model) {
  const configured = scenario.pool[model];
  if (configured !== void 0) return configured;
  return scenario.runtime === "python" && model === "threads" ? "concurrency" : "cores";
}
function poolSize(spec, concurrency, cores = availableParallelism()) {
  const size2 = spec === "cores" ? cores : spec === "concurrency" ? concurrency : spec;
  return Math.max(1, Math.min(size2, concurrency));
}

// src/shared/message-of.ts
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/pipeline/baseline.ts
async function loadBaseline(store, request, notes = []) {
  const { commit } = request;
  if (commit) {
    const exact = await store.loadByCommit(commit);
    if (exact) return { results: exact, source: `${store.description}@${commit.slice(0, 12)}` };
    if (request.exact) throw new InputError(`${store.description}: no baseline for commit ${commit}`);
  }
  const latest = await store.loadLatest({ fingerprint: request.fingerprint, ...request.ref && { ref: request.ref } });
  if (!latest) return void 0;
  if (commit) {
    notes.push(`no baseline for the base commit ${commit.slice(0, 7)}; compared with the newest baseline (${latest.git?.sha.slice(0, 7) ?? "unknown commit"})`);
  }
  return { results: latest, source: store.description };
}
var HISTORY_RUNS = 20;
async function loadHistory(store, fingerprint2, notes = [], ref) {
  try {
    return await store.loadRecent({ limit: HISTORY_RUNS, fingerprint: fingerprint2, ...ref && { ref } });
  } catch (error) {
    notes.push(`could not read the baseline history of ${store.description} (${messageOf(error)}): the default drift allowance is used`);
    return [];
  }
}

// src/execute/error-kinds.ts
var MAX_ERROR_KINDS = 20;
var OTHER_KIND = "(other kinds)";
var OTHER_MESSAGE = `more than ${MAX_ERROR_KINDS} kinds of error; the rest are counted here`;
function capKinds(kinds, other) {
  const sorted = [...kinds].sort((a, b) => Number(a.kind === OTHER_KIND) - Number(b.kind === OTHER_KIND) || b.count - a.count || byCodeUnits(a.kind, b.kind));
  const kept = sorted.filter((k) => k.kind !== OTHER_KIND).slice(0, MAX_ERROR_KINDS);
  const rest = sorted.slice(kept.length);
  return rest.length === 0 ? kept : [...kept, other(rest.reduce((n, k) => n + k.count, 0))];
}
function errorRate(trial) {
  const started = trial.ops + trial.errors;
  return started > 0 ? trial.errors / started : 0;
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/results/errors.ts
function summarizeErrors(cell) {
  const measured = cell.trials.filter(measuredTrial);
  const groups = /* @__PURE__ */ new Map();
  for (const trial of measured) {
    for (const k of trial.errorKinds ?? []) {
      const group = groups.get(k.kind);
      if (group) {
        group.count += k.count;
        group.trials++;
        if (!group.site && k.site) Object.assign(group, { site: k.site, ...k.stack && { stack: k.stack } });
      } else {
        groups.set(k.kind, {
          kind: k.kind,
          message: k.message,
          count: k.count,
          trials: 1,
          share: 0,
          ...k.site && { site: k.site },
          ...k.stack && { stack: k.stack }
        });
      }
    }
  }
  const errors = capKinds([...groups.values()], (count) => ({ kind: OTHER_KIND, message: OTHER_MESSAGE, count, trials: 0, share: 0 }));
  const other = errors.find((e) => e.kind === OTHER_KIND);
  if (other) {
    const kept = new Set(errors.filter((e) => e !== other).map((e) => e.kind));
    other.trials = measured.filter((t) => (t.errorKinds ?? []).some((k) => !kept.has(k.kind))).length;
  }
  for (const e of errors) e.share = measured.length > 0 ? e.trials / measured.length : 0;
  return errors;
}
function measuredTrial(trial) {
  return trial.status === "ok" || trial.status === "error" && trial.errors > 0;
}
function markErrorLevels(cells) {
  const levels = /* @__PURE__ */ new Map();
  const key = (cell, kind) => `${cell.scenario}\0${cell.model}\0${kind}`;
  for (const cell of cells) {
    for (const e of cell.errors ?? []) {
      const set = levels.get(key(cell, e.kind)) ?? /* @__PURE__ */ new Set();
      set.add(cell.concurrency);
      levels.set(key(cell, e.kind), set);
    }
  }
  for (const cell of cells) {
    for (const e of cell.errors ?? []) e.levels = [...levels.get(key(cell, e.kind))].sort((a, b) => a - b);
  }
}

// src/compare/budgets.ts
function holds(op, measured, limit) {
  switch (op) {
    case ">=":
      return measured >= limit;
    case ">":
      return measured > limit;
    case "<=":
      return measured <= limit;
    case "<":
      return measured < limit;
  }
}
var MEASURES = {
  throughput: { metric: "throughput", unit: "/s", read: (t) => t.throughput },
  p99: { metric: "p99", unit: "ms", read: (t) => t.latencyMs.p99 },
  maxBlock: { metric: "loopDelayMax", unit: "ms", read: (t) => t.loopDelayMs.max },
  // As the comparison counts them: a trial in which every operation failed is a rate of 1, not a gap.
  errors: { metric: "errorRate", unit: "rate", read: errorRate, trials: measuredTrial }
};
function checkAbsoluteBudgets(cell, budgets) {
  const ok = cell.trials.filter((t) => t.status === "ok");
  const out = [];
  for (const b of budgets) {
    if (b.name === "regression" || b.name === "instructions") continue;
    const m = MEASURES[b.name];
    const base = { cell: cell.id, scenario: cell.scenario, model: cell.model, concurrency: cell.concurrency, budget: b.name, spec: b.spec };
    const values2 = (m.trials ? cell.trials.filter(m.trials) : ok).map(m.read).filter(Number.isFinite);
    const basis = { kind: "median", metric: m.metric, unit: m.unit, trials: values2.length };
    if (values2.length === 0) {
      out.push({ ...base, measured: null, status: "fail", basis });
      continue;
    }
    const measured = median(values2);
    out.push({ ...base, measured, status: holds(b.op, measured, b.value) ? "pass" : "fail", basis });
  }
  return out;
}
function checkRegressionBudget(cell, budget) {
  const base = { cell: cell.id, scenario: cell.scenario, model: cell.model, concurrency: cell.concurrency, budget: budget.name, spec: budget.spec };
  const gated = cell.metrics.filter((m) => m.gated);
  if (cell.status !== "compared" || gated.length === 0) {
    const basis2 = { kind: "unchecked", ...cell.status !== "compared" && { cellStatus: cell.status } };
    return { ...base, measured: null, status: "unknown", basis: basis2 };
  }
  let worst = null;
  for (const m of gated) {
    if (m.change === null) continue;
    const badness = m.better === "higher" ? -m.change : m.change;
    if (worst === null || badness > worst.badness) worst = { metric: m.metric, badness, change: m.change };
  }
  const measured = worst?.badness ?? null;
  const changes = (list) => ({ kind: "changes", metrics: list.map((m) => ({ metric: m.metric, change: m.change })) });
  const broken = gated.filter((m) => m.verdict === "regression");
  if (broken.length > 0) return { ...base, measured, status: "fail", basis: changes(broken) };
  const inconclusive = gated.filter((m) => m.verdict === "inconclusive");
  if (inconclusive.length > 0) return { ...base, measured, status: "unknown", basis: changes(inconclusive) };
  const basis = { kind: "changes", metrics: worst ? [{ metric: worst.metric, change: worst.change }] : [] };
  return { ...base, measured, status: "pass", basis };
}

// src/stats/holm.ts
function holmAdjust(pValues) {
  const k = pValues.length;
  for (const p3 of pValues) {
    if (!(p3 >= 0 && p3 <= 1)) throw new RangeError(`holmAdjust: expected p-values in [0, 1], got ${p3}`);
  }
  const order = pValues.map((p3, i) => ({ p: p3, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array(k).fill(1);
  let running = 0;
  order.forEach(({ p: p3, i }, rank) => {
    running = Math.max(running, Math.min(1, (k - rank) * p3));
    adjusted[i] = running;
  });
  return adjusted;
}

// src/compare/cost-budgets.ts
function checkCostBudgets(results, table, source) {
  const scenarios = [.../* @__PURE__ */ new Set([...results.cells.map((c) => c.scenario), ...(results.costs ?? []).map((c) => c.scenario)])];
  const out = [];
  for (const scenario of scenarios) {
    const budget = parseCellBudgets(budgetsFor(table, scenario, "async", source)).find((b) => b.name === "instructions");
    if (!budget) continue;
    const cost = results.costs?.find((c) => c.scenario === scenario);
    const base = { cell: `${scenario}/async/1`, scenario, model: "async", concurrency: 1, budget: budget.name, spec: budget.spec };
    if (!cost || cost.status !== "ok" || cost.perOp === void 0) {
      out.push({ ...base, measured: null, status: "unknown", basis: { kind: "cost", reason: cost?.reason ?? "not counted (cost: off, or counted by no run)" } });
      continue;
    }
    out.push({ ...base, measured: cost.perOp, status: holds2(budget.op, cost.perOp, budget.value) ? "pass" : "fail", basis: { kind: "cost" } });
  }
  return out;
}
function holds2(op, measured, limit) {
  return op === "<=" ? measured <= limit : op === "<" ? measured < limit : op === ">=" ? measured >= limit : measured > limit;
}

// src/stats/normal.ts
function normalCdf(z2) {
  if (z2 === Infinity) return 1;
  if (z2 === -Infinity) return 0;
  if (z2 === 0) return 0.5;
  const tail = 0.5 * (1 - errorFunction(Math.abs(z2) / Math.SQRT2));
  return z2 >= 0 ? 1 - tail : tail;
}
function normalUpperTail(z2) {
  return normalCdf(-z2);
}
function normalQuantile(p3) {
  if (!(p3 > 0 && p3 < 1)) {
    if (p3 === 0) return -Infinity;
    if (p3 === 1) return Infinity;
    throw new RangeError(`normalQuantile: expected 0 <= p <= 1, got ${p3}`);
  }
  let z2 = probit(p3);
  for (let i = 0; i < 4; i++) {
    const density = Math.exp(-0.5 * z2 * z2) / Math.sqrt(2 * Math.PI);
    if (density === 0) break;
    const step = (normalCdf(z2) - p3) / density;
    z2 -= step;
    if (Math.abs(step) < 1e-12) break;
  }
  return z2;
}

// src/compare/drift.ts
var DEFAULT_DRIFT = { throughput: 0.04, p99: 0.1 };
var MIN_HISTORY = 5;
var DRIFT_FLOOR = 5e-3;
var PRIOR_RUNS = 5;
var MAD_TO_SD = 1.4826;
function estimateDrift(history, metric, read2) {
  const perCell = /* @__PURE__ */ new Map();
  for (const run of history) {
    for (const cell of run.cells) {
      const logs = cell.trials.filter((t) => t.status === "ok").flatMap((t) => {
        const v = read2(t);
        return typeof v === "number" && v > 0 && Number.isFinite(v) ? [Math.log(v)] : [];
      });
      if (logs.length < 2) continue;
      const entry = perCell.get(cell.id) ?? { medians: [], se2: [] };
      entry.medians.push(median(logs));
      entry.se2.push(medianStandardError(logs) ** 2);
      perCell.set(cell.id, entry);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [id, { medians, se2 }] of perCell) {
    if (medians.length < MIN_HISTORY) continue;
    const center = median(medians);
    const spread2 = MAD_TO_SD * median(medians.map((m) => Math.abs(m - center)));
    const within = median(se2);
    const fitted = Math.max(0, spread2 * spread2 - within);
    const prior = DEFAULT_DRIFT[metric];
    const n = medians.length;
    const variance = prior === void 0 ? fitted : (n * fitted + PRIOR_RUNS * prior * prior) / (n + PRIOR_RUNS);
    out.set(id, { sigma: Math.max(DRIFT_FLOOR, Math.sqrt(variance)), runs: n, source: "history" });
  }
  return out;
}
function driftFor(table, cellId, metric) {
  const fitted = table?.get(cellId);
  if (fitted) return fitted;
  const sigma = DEFAULT_DRIFT[metric];
  return sigma === void 0 ? void 0 : { sigma, runs: 0, source: "default" };
}
function medianStandardError(values2) {
  if (values2.length < 2) return 0;
  const center = median([...values2]);
  const sd = MAD_TO_SD * median(values2.map((v) => Math.abs(v - center)));
  return Math.sqrt(Math.PI / 2) * (sd / Math.sqrt(values2.length));
}
function widenByDrift(shift, confidence, sigma) {
  if (!Number.isFinite(shift.lower) || !Number.isFinite(shift.upper)) return void 0;
  const zLevel = normalQuantile(1 - (1 - confidence) / 2);
  const within = (shift.upper - shift.lower) / 2 / zLevel;
  const se = Math.sqrt(within * within + 2 * sigma * sigma);
  const p3 = se > 0 ? Math.min(1, 2 * normalUpperTail(Math.abs(shift.estimate) / se)) : shift.estimate === 0 ? 1 : 0;
  return {
    se,
    p: p3,
    interval(level) {
      const half = normalQuantile(1 - (1 - level) / 2) * se;
      return { estimate: shift.estimate, lower: shift.estimate - half, upper: shift.estimate + half };
    }
  };
}

// src/stats/mann-whitney.ts
var EXACT_LIMIT = 50;
function mannWhitneyU(x, y, options = {}) {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) throw new RangeError("mannWhitneyU: both samples need at least one value");
  for (const v of [...x, ...y]) {
    if (!Number.isFinite(v)) throw new RangeError(`mannWhitneyU: expected finite numbers, got ${v}`);
  }
  const { rankSumX, tieTerm } = rankSum(x, y);
  const u = rankSumX - n * (n + 1) / 2;
  const ties = tieTerm > 0;
  const mode = options.exact ?? "auto";
  const useExact = mode === true ? !ties : mode === "auto" && !ties && n < EXACT_LIMIT && m < EXACT_LIMIT;
  if (useExact) {
    const dist = mannWhitneyDistribution(n, m);
    const tail = u > n * m / 2 ? upperTail(dist, u) : lowerTail(dist, u);
    return { u, n, m, p: Math.min(1, 2 * tail), method: "exact", ties };
  }
  const N = n + m;
  const sigma = Math.sqrt(n * m / 12 * (N + 1 - tieTerm / (N * (N - 1))));
  const centered = u - n * m / 2;
  if (sigma === 0) {
    return { u, n, m, p: 1, method: "normal", z: 0, ties };
  }
  const z2 = Math.abs(centered) <= 0.5 ? 0 : (centered - Math.sign(centered) * 0.5) / sigma;
  const p3 = Math.min(1, 2 * normalUpperTail(Math.abs(z2)));
  return { u, n, m, p: p3, method: "normal", z: z2, ties };
}
function rankSum(x, y) {
  const pooled = [...x.map((v) => ({ v, first: true })), ...y.map((v) => ({ v, first: false }))];
  pooled.sort((a, b) => a.v - b.v);
  let rankSumX = 0;
  let tieTerm = 0;
  let i = 0;
  while (i < pooled.length) {
    let j = i;
    while (j + 1 < pooled.length && pooled[j + 1].v === pooled[i].v) j++;
    const t = j - i + 1;
    const midRank = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) if (pooled[k].first) rankSumX += midRank;
    if (t > 1) tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { rankSumX, tieTerm };
}
var distributionCache = /* @__PURE__ */ new Map();
function mannWhitneyDistribution(n, m) {
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0) {
    throw new RangeError(`mannWhitneyDistribution: expected non-negative integers, got ${n}, ${m}`);
  }
  const key = `${n},${m}`;
  const cached = distributionCache.get(key);
  if (cached) return cached;
  let prev = [];
  for (let j = 0; j <= m; j++) prev.push(Float64Array.of(1));
  for (let i = 1; i <= n; i++) {
    const cur = [Float64Array.of(1)];
    for (let j = 1; j <= m; j++) {
      const out = new Float64Array(i * j + 1);
      const fromX = prev[j];
      const fromY = cur[j - 1];
      const wx = i / (i + j);
      const wy = j / (i + j);
      for (let u = 0; u < fromX.length; u++) out[u + j] += wx * fromX[u];
      for (let u = 0; u < fromY.length; u++) out[u] += wy * fromY[u];
      cur.push(out);
    }
    prev = cur;
  }
  const dist = prev[m];
  distributionCache.set(key, dist);
  return dist;
}
function lowerTail(dist, u) {
  let s = 0;
  const top = Math.min(Math.floor(u), dist.length - 1);
  for (let k = 0; k <= top; k++) s += dist[k];
  return Math.min(1, s);
}
function upperTail(dist, u) {
  let s = 0;
  for (let k = Math.max(0, Math.ceil(u)); k < dist.length; k++) s += dist[k];
  return Math.min(1, s);
}

// src/stats/hodges-lehmann.ts
function hodgesLehmann(baseline, current, confidence) {
  const n = baseline.length;
  const m = current.length;
  if (n === 0 || m === 0) throw new RangeError("hodgesLehmann: both samples need at least one value");
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`hodgesLehmann: expected 0 < confidence < 1, got ${confidence}`);
  }
  const diffs = new Float64Array(n * m);
  let idx = 0;
  for (const b of baseline) for (const c of current) diffs[idx++] = c - b;
  diffs.sort();
  const estimate = medianSorted(diffs);
  const half = (1 - confidence) / 2;
  let k;
  let achieved;
  let method;
  if (n < EXACT_LIMIT && m < EXACT_LIMIT) {
    method = "exact";
    const dist = mannWhitneyDistribution(n, m);
    let cum = 0;
    let c = -1;
    for (let u = 0; u < dist.length; u++) {
      cum += dist[u];
      if (cum <= half + 1e-12) c = u;
      else break;
    }
    k = c + 1;
    achieved = k === 0 ? 1 : 1 - 2 * lowerTail(dist, c);
  } else {
    method = "normal";
    const N = n + m;
    const sigma = Math.sqrt(n * m * (N + 1) / 12);
    const c = Math.floor(n * m / 2 - 0.5 + normalQuantile(half) * sigma);
    k = Math.max(0, c + 1);
    achieved = confidence;
  }
  if (k === 0 || k > (n * m + 1) / 2) {
    return { estimate, lower: -Infinity, upper: Infinity, confidence, achieved: 1, method };
  }
  return {
    estimate,
    lower: diffs[k - 1],
    upper: diffs[n * m - k],
    confidence,
    achieved,
    method
  };
}
function medianSorted(sorted) {
  const len = sorted.length;
  const mid = Math.floor(len / 2);
  return len % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// src/compare/error-rate.ts
var ERRORS_THRESHOLD = 0.01;
var ERRORS_RELATIVE = 0.5;
var MOST_TRIALS = 0.5;
function side2(trials2) {
  const rates = trials2.map(errorRate);
  return {
    median: rates.length > 0 ? median(rates) : 0,
    n: rates.length,
    erring: trials2.filter((t) => t.errors > 0).length,
    errors: trials2.reduce((n, t) => n + t.errors, 0),
    ops: trials2.reduce((n, t) => n + t.ops, 0)
  };
}
function measureErrorRate(base, cur, settings, confidence) {
  const baseTrials = base.trials.filter(measuredTrial);
  const curTrials = cur.trials.filter(measuredTrial);
  const b = baseTrials.map(errorRate);
  const c = curTrials.map(errorRate);
  const threshold = settings.thresholds.errors ?? ERRORS_THRESHOLD;
  const relative = settings.thresholds.errorsRelative ?? ERRORS_RELATIVE;
  const baseline = side2(baseTrials);
  const current = side2(curTrials);
  const fromZero = b.every((r) => r === 0);
  const out = {
    baseline,
    current,
    change: null,
    interval: null,
    p: null,
    pAdjusted: null,
    rule: fromZero ? "from-zero" : "rise",
    bar: Math.max(threshold, relative * baseline.median),
    threshold,
    relative,
    verdict: "inconclusive",
    kinds: compareKinds(base, cur)
  };
  if (b.length === 0 || c.length === 0) return out;
  const hl = hodgesLehmann(b, c, confidence);
  out.change = hl.estimate;
  out.interval = { lower: Number.isFinite(hl.lower) ? hl.lower : null, upper: Number.isFinite(hl.upper) ? hl.upper : null, confidence };
  if ([...b, ...c].every((r) => r === 0)) {
    out.verdict = "unchanged";
    return out;
  }
  out.p = mannWhitneyU(c, b).p;
  return out;
}
function decideErrorRate(e, alpha) {
  if (e.p === null || e.pAdjusted === null) return;
  const significant2 = e.pAdjusted <= alpha;
  const lo = e.interval?.lower ?? null;
  const hi = e.interval?.upper ?? null;
  if (e.rule === "from-zero" && significant2 && e.current.erring > MOST_TRIALS * e.current.n) e.verdict = "regression";
  else if (e.rule === "rise" && significant2 && lo !== null && lo > e.bar) e.verdict = "regression";
  else if (significant2 && hi !== null && hi < -e.bar) e.verdict = "improvement";
  else if (lo !== null && hi !== null && lo >= -e.bar && hi <= e.bar && !(e.rule === "from-zero" && significant2)) e.verdict = "unchanged";
  else e.verdict = "inconclusive";
}
function compareKinds(base, cur) {
  const inBase = new Map((base.errors ?? summarizeErrors(base)).map((e) => [e.kind, e.count]));
  return (cur.errors ?? summarizeErrors(cur)).map((e) => ({
    kind: e.kind,
    message: e.message,
    count: e.count,
    trials: e.trials,
    baselineCount: inBase.get(e.kind) ?? 0,
    new: !inBase.has(e.kind),
    ...e.site && { site: e.site }
  }));
}

// src/compare/race.ts
function findRaces(cells) {
  const out = [];
  const kindsOf = new Map(
    cells.map((c) => [c, new Map((c.errors ?? summarizeErrors(c)).filter((e) => e.kind !== OTHER_KIND).map((e) => [e.kind, e]))])
  );
  const measured = (c) => c.trials.some((t) => t.status === "ok");
  for (const scenario of [...new Set(cells.map((c) => c.scenario))]) {
    const own = cells.filter((c) => c.scenario === scenario);
    const models = MODELS.filter((m) => own.some((c) => c.model === m));
    const kinds = [...new Set(own.flatMap((c) => [...kindsOf.get(c).keys()]))];
    for (const kind of kinds) {
      const withKind = (m) => own.filter((c) => c.model === m && kindsOf.get(c).has(kind)).sort((a, b) => a.concurrency - b.concurrency);
      for (const model2 of models) {
        const hits2 = withKind(model2);
        const one = own.find((c) => c.model === model2 && c.concurrency === 1);
        if (hits2.length === 0 || !one || !measured(one) || kindsOf.get(one).has(kind)) continue;
        out.push(finding("concurrent-only", scenario, model2, kind, hits2, kindsOf));
      }
      const erring = models.filter((m) => withKind(m).length > 0);
      if (erring.length !== 1) continue;
      const model = erring[0];
      const hits = withKind(model);
      const others = models.filter(
        (m) => m !== model && hits.every((h) => own.some((c) => c.model === m && c.concurrency === h.concurrency && measured(c)))
      );
      if (others.length > 0) out.push({ ...finding("one-model", scenario, model, kind, hits, kindsOf), others });
    }
  }
  return out;
}
function finding(pattern, scenario, model, kind, hits, kindsOf) {
  const first = hits.map((c) => kindsOf.get(c).get(kind));
  const site = first.find((e) => e.site)?.site;
  return {
    pattern,
    scenario,
    model,
    kind,
    firstMessage: first[0].message,
    ...site && { site },
    levels: hits.map((c) => {
      const count = kindsOf.get(c).get(kind).count;
      const started = c.trials.filter(measuredTrial).reduce((n, t) => n + t.ops + t.errors, 0);
      return { concurrency: c.concurrency, rate: started > 0 ? count / started : 0, count };
    })
  };
}

// src/stats/teeth.ts
var MAX_TRIALS = 1e3;
function rankFloor(n, m) {
  checkSize(n, "n");
  checkSize(m, "m");
  if (n < EXACT_LIMIT && m < EXACT_LIMIT) {
    let c = 1;
    for (let i = 1; i <= n; i++) c = c * (m + i) / i;
    return { p: Math.min(1, 2 / c), method: "exact" };
  }
  const sigma = Math.sqrt(n * m / 12 * (n + m + 1));
  return { p: Math.min(1, 2 * normalUpperTail((n * m / 2 - 0.5) / sigma)), method: "normal" };
}
function errorFloor(n, m) {
  checkSize(n, "n");
  checkSize(m, "m");
  if (m === 1) return rankFloor(n, m).p;
  const N = n + m;
  const sigma = Math.sqrt(n * m / 12 * (N + 1 - (m * m * m - m) / (N * (N - 1))));
  return Math.min(1, 2 * normalUpperTail((n * m / 2 - 0.5) / sigma));
}
function teeth(input) {
  const { current: n, baseline: m, alpha } = input;
  checkSize(n, "current");
  checkSize(m, "baseline");
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`teeth: alpha: expected 0 < alpha < 1, got ${alpha}`);
  if (!Number.isInteger(input.comparisons) || input.comparisons < 1) {
    throw new RangeError(`teeth: comparisons: expected a positive integer, got ${input.comparisons}`);
  }
  const test = input.test ?? "rank";
  const grow = input.grow ?? (test === "rank" ? "both" : "current");
  const k = input.comparisons;
  const rank = rankFloor(n, m);
  const level = test === "rank" ? alpha / k : alpha;
  const timing = {
    canFlag: rank.p <= level,
    smallestP: rank.p,
    level,
    needed: search(grow, m, (a, b) => rankFloor(a, b).p <= level)
  };
  const errorLevel = alpha / k;
  const errorP = errorFloor(n, m);
  const errors = {
    canFlag: errorP <= errorLevel,
    smallestP: errorP,
    level: errorLevel,
    needed: search(grow, m, (a, b) => errorFloor(a, b) <= errorLevel)
  };
  return { ...timing, test, method: rank.method, grow, trials: { current: n, baseline: m }, comparisons: k, alpha, errors };
}
function search(grow, m, ok) {
  for (let t = 2; t <= MAX_TRIALS; t++) {
    if (grow === "both" ? ok(t, t) : ok(t, m)) return { current: t, baseline: grow === "both" ? t : m };
  }
  return null;
}
function checkSize(v, name) {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`teeth: ${name}: expected a positive integer of trials, got ${v}`);
}

// src/compare/teeth.ts
function comparisonTeeth(gated, familySize, alpha, drift) {
  const sizes = gated.map((p3) => ({ current: p3.out.current.n, baseline: p3.out.baseline.n })).filter((s) => s.current > 0 && s.baseline > 0);
  if (sizes.length === 0 || familySize < 1) return void 0;
  const test = drift ? "drift-adjusted" : "rank";
  const grow = drift ? "current" : "both";
  const judge = (s) => teeth({ ...s, comparisons: familySize, alpha, test, grow });
  const verdict = judge({ current: Math.min(...sizes.map((s) => s.current)), baseline: Math.min(...sizes.map((s) => s.baseline)) });
  const toothless = verdict.canFlag ? 0 : sizes.filter((s) => !judge(s).canFlag).length;
  return { ...verdict, toothless, timing: sizes.length };
}

// src/results/blocking.ts
function summarizeBlocking(cell) {
  const ok = cell.trials.filter((t) => t.status === "ok");
  const groups = /* @__PURE__ */ new Map();
  for (const trial of ok) {
    for (const stall of trial.stalls ?? []) {
      const key = siteKey(stall);
      const group = groups.get(key) ?? { stalls: [], trials: /* @__PURE__ */ new Set() };
      group.stalls.push(stall);
      group.trials.add(trial.index);
      groups.set(key, group);
    }
  }
  const sites = [...groups.entries()].map(([key, { stalls, trials: trials2 }]) => {
    const durations = stalls.map((s) => s.durationMs);
    const longest = stalls.reduce((a, b) => b.durationMs > a.durationMs ? b : a);
    const first = key === "descheduled" || key === "gil" ? void 0 : stalls.find((s) => s.site?.stack)?.site ?? stalls.find((s) => s.site)?.site;
    const site = first && withTurn(first, longest.site);
    const summary2 = {
      key,
      count: stalls.length,
      totalMs: durations.reduce((a, b) => a + b, 0),
      maxMs: Math.max(...durations),
      trials: trials2.size,
      share: trials2.size / ok.length,
      loops: [...new Set(stalls.map((s) => s.loop))].sort(),
      ...site && { site },
      ...stalls.every((s) => s.gc) && { gc: true },
      ...stalls.every((s) => s.starvation) && { starvation: true },
      ...stalls.every((s) => s.descheduled) && { descheduled: true },
      ...stalls.every((s) => s.gilWait) && { gilWait: true },
      ...!site && longest.elsewhere && { elsewhere: longest.elsewhere },
      ...stalls.every((s) => s.unsampled) && { unsampled: true },
      text: ""
    };
    summary2.text = describeSite(summary2);
    return summary2;
  });
  return sites.sort((a, b) => b.totalMs - a.totalMs || a.key.localeCompare(b.key));
}
function withTurn(site, longest) {
  const { share: _share, callbacks: _callbacks, ...rest } = site;
  if (!longest || longest.file !== site.file || longest.line !== site.line) return rest;
  return { ...rest, ...longest.share !== void 0 && { share: longest.share }, ...longest.callbacks !== void 0 && { callbacks: longest.callbacks } };
}
function siteKey(stall) {
  if (stall.descheduled) return "descheduled";
  if (stall.gilWait) return "gil";
  const where = stall.site ? `${stall.site.file}:${stall.site.line}` : stall.elsewhere ? `unattributed in ${stall.elsewhere}` : stall.unsampled ? "unattributed unsampled" : "unattributed";
  return stall.gc ? `gc ${where}` : stall.starvation ? `starved ${where}` : where;
}
function describeSite(site) {
  const what = site.descheduled ? "the machine held the loop up" : site.gilWait ? "another thread held the loop up" : site.gc ? "garbage collection blocked the loop" : site.starvation ? "kept the loop from its timers and I/O" : "blocked the loop";
  const times = `(x${site.count} in ${site.trials} ${site.trials === 1 ? "trial" : "trials"})`;
  const s = site.site;
  const where = site.descheduled ? "while its thread waited for a CPU" : site.gilWait ? "while its thread waited for the GIL" : s ? `at ${s.file}:${s.line}${s.api ? ` ${s.api}` : s.function ? ` in ${s.function}` : ""}${turnText(s)}` : site.unsampled ? "with no sample to name its code (a threshold this short leaves the watchdog no time)" : `with no frame in the repository to blame${site.elsewhere ? ` (most of it in ${site.elsewhere})` : ""}`;
  return `${what} ${Math.round(site.maxMs)} ms ${times} ${where}`;
}
function turnText(s) {
  if (s.share === void 0) return "";
  const callbacks = s.callbacks !== void 0 ? `, ${s.callbacks} ${s.callbacks === 1 ? "callback" : "callbacks"}` : "";
  return `${callbacks}, ${Math.round(s.share * 100)}% of the turn`;
}

// src/execute/cell-summary.ts
function summarizeCell(cell) {
  const ok = cell.trials.filter((t) => t.status === "ok" && t.ops > 0);
  if (ok.length === 0) return void 0;
  const med = (values2) => median(values2);
  const parallel = cell.model === "async" ? 1 : Math.min(cell.concurrency, cell.poolSize);
  const shares = ok.map((t) => {
    const wall = t.wallMs * parallel;
    const ownWall = Math.max(wall - (t.cpu.waitingMs ?? 0), wall / 20);
    return (t.cpu.userMs + t.cpu.systemMs) / ownWall;
  });
  return {
    okTrials: ok.length,
    throughput: med(ok.map((t) => t.throughput)),
    p50Ms: med(ok.map((t) => t.latencyMs.p50)),
    p99Ms: med(ok.map((t) => t.latencyMs.p99)),
    loopDelayMaxMs: med(ok.map((t) => t.loopDelayMs.max)),
    cpuPerOpUs: med(ok.map((t) => t.cpu.perOpUs)),
    memPerInFlightKb: med(ok.map((t) => t.memory.perInFlightKb)),
    cpuShare: med(shares),
    errorRate: med(ok.map(errorRate))
  };
}

// src/results/summarize.ts
var CPU_BOUND_SHARE = 0.5;
function analyzeScenarios(cells) {
  const byScenario = /* @__PURE__ */ new Map();
  for (const cell of cells) byScenario.set(cell.scenario, [...byScenario.get(cell.scenario) ?? [], cell]);
  return [...byScenario.entries()].map(([scenario, group]) => {
    const declaredKind = group[0].kind;
    const levels = [...new Set(group.map((c) => c.concurrency))].sort((a, b) => a - b);
    const best = [];
    for (const concurrency of levels) {
      const ranked = group.filter((c) => c.concurrency === concurrency && c.summary).sort((a, b) => b.summary.throughput - a.summary.throughput);
      const [first, second] = ranked;
      if (!first) continue;
      best.push({
        concurrency,
        model: first.model,
        throughput: first.summary.throughput,
        ...second && second.summary.throughput > 0 && { ratioOverNext: first.summary.throughput / second.summary.throughput }
      });
    }
    const probe = group.filter((c) => c.summary).sort((a, b) => a.concurrency - b.concurrency || modelRank(a.model) - modelRank(b.model))[0];
    const analysis = { scenario, declaredKind, best };
    if (probe?.summary) {
      const cpuShare = probe.summary.cpuShare;
      const measuredKind = cpuShare >= CPU_BOUND_SHARE ? "cpu" : "io";
      analysis.measuredKind = measuredKind;
      analysis.cpuShare = cpuShare;
      if (measuredKind !== declaredKind) {
        const blocker = declaredKind === "io" ? topBlocker(group) : void 0;
        analysis.kindWarning = declaredKind === "io" ? `declared io but measured CPU-bound: operations spend ${pct(cpuShare)} of their time on a CPU (${probe.id}); ` + (blocker ? `the loop was blocked most at ${blocker}` : "a hidden blocking call or CPU work is likely") : `declared cpu but measured I/O-bound: operations spend only ${pct(cpuShare)} of their time on a CPU (${probe.id})`;
      }
    }
    return analysis;
  });
}
function topBlocker(cells) {
  const sites = cells.flatMap((c) => (c.blocking ?? []).filter((b) => b.site && !b.gc));
  const top = sites.sort((a, b) => b.totalMs - a.totalMs)[0]?.site;
  return top && `${top.file}:${top.line}${top.api ? ` (${top.api})` : top.function ? ` (in ${top.function})` : ""}`;
}
function modelRank(model) {
  return MODELS.indexOf(model);
}
function pct(share) {
  return `${Math.round(share * 100)}%`;
}

// src/results/summarize-cells.ts
function summarizeCells(cells, fresh = false) {
  for (const cell of cells) {
    if (fresh) {
      delete cell.summary;
      delete cell.blocking;
      delete cell.errors;
    }
    const summary2 = cell.summary ?? summarizeCell(cell);
    if (summary2) cell.summary = summary2;
    const blocking = summarizeBlocking(cell);
    if (blocking.length > 0) cell.blocking = blocking;
    const errors = summarizeErrors(cell);
    if (errors.length > 0) cell.errors = errors;
  }
  markErrorLevels(cells);
}

// src/results/rounds.ts
function roundOf(trial) {
  return trial.round ?? 1;
}
function lastRound(results) {
  let last = 1;
  for (const cell of results.cells) for (const t of cell.trials) last = Math.max(last, roundOf(t));
  return last;
}
function upToRound(results, round) {
  const cells = results.cells.map((cell) => {
    const { summary: _s, blocking: _b, errors: _e, error: _err, ...rest } = cell;
    return { ...rest, trials: cell.trials.filter((t) => roundOf(t) <= round), ...cell.error !== void 0 && { error: cell.error } };
  });
  summarizeCells(cells, true);
  return { ...results, cells };
}

// src/stats/sequential.ts
function plannedLooks(design) {
  return 1 + Math.ceil(Math.max(0, design.max - design.min) / design.step);
}
function trialsAtLook(design, k) {
  return Math.min(design.max, design.min + (k - 1) * design.step);
}
function obrienFlemingSpent(alpha, t) {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`obrienFlemingSpent: expected 0 < alpha < 1, got ${alpha}`);
  if (!(t > 0)) return 0;
  if (t >= 1) return alpha;
  return 2 * normalCdf(-normalQuantile(1 - alpha / 2) / Math.sqrt(t));
}
function lookLevels(design, alpha) {
  const looks = plannedLooks(design);
  const levels = [];
  let spent = 0;
  for (let k = 1; k <= looks; k++) {
    const cumulative = k === looks ? alpha : obrienFlemingSpent(alpha, trialsAtLook(design, k) / design.max);
    levels.push(Math.max(0, cumulative - spent));
    spent = Math.max(spent, cumulative);
  }
  return levels;
}
function sequentialAdjusted(adjustedByLook, levels, alpha) {
  let best = 1;
  adjustedByLook.forEach((p3, i) => {
    const level = levels[i] ?? 0;
    if (p3 === void 0 || !(level > 0)) return;
    best = Math.min(best, p3 * alpha / level);
  });
  return Math.min(1, best);
}

// src/compare/sequential.ts
function familyKey(kind, cell, what = "") {
  return `${kind}\0${cell}\0${what}`;
}
function pairedRuns(baseline, current) {
  return baseline.pairing !== void 0 && current.pairing !== void 0 && baseline.pairing.id === current.pairing.id && baseline.pairing.arm !== current.pairing.arm;
}
function replayLooks(baseline, current, options, once) {
  const record = current.sequential;
  const alpha = options.settings.alpha;
  const levels = lookLevels(record, alpha);
  const paired = pairedRuns(baseline, current);
  const looks = Math.min(lastRound(current), levels.length);
  const byKey = /* @__PURE__ */ new Map();
  for (let k = 1; k <= looks; k++) {
    const base = paired ? upToRound(baseline, k) : baseline;
    once(base, upToRound(current, k), {
      ...options,
      familyAdjust: (keys, p3) => {
        const adjusted = holmAdjust(p3);
        keys.forEach((key, i) => {
          const row2 = byKey.get(key) ?? [];
          row2[k - 1] = adjusted[i];
          byKey.set(key, row2);
        });
        return adjusted;
      }
    });
  }
  const comparison = once(baseline, current, {
    ...options,
    familyAdjust: (keys) => keys.map((key) => sequentialAdjusted(byKey.get(key) ?? [], levels, alpha))
  });
  comparison.sequential = {
    min: record.min,
    max: record.max,
    step: record.step,
    looks: record.looks,
    spending: record.spending,
    levels: levels.slice(0, looks),
    rounds: record.rounds,
    elapsedMs: record.elapsedMs,
    ...record.budgetMs !== void 0 && { budgetMs: record.budgetMs }
  };
  return comparison;
}
var FUTILITY_SHARE = 0.5;
function cellDecision(cell) {
  if (cell.status !== "compared") return "not-compared";
  const gated = cell.metrics.filter((m) => m.gated);
  if (gated.length === 0) return "not-compared";
  if (gated.some((m) => m.verdict === "regression" || m.verdict === "improvement")) return "changed";
  if (gated.every((m) => m.verdict === "unchanged")) return "unchanged";
  if (gated.every(farFromRegression)) return "no-regression";
  return void 0;
}
function farFromRegression(m) {
  if (m.change === null) return false;
  const bar = m.threshold * FUTILITY_SHARE;
  return m.better === "higher" ? m.change > -bar : m.change < bar;
}

// src/compare/environment.ts
function checkEnvironment(baseline, current, gateAcross) {
  const b = baseline.env;
  const c = current.env;
  const match = b.fingerprint === c.fingerprint;
  const differences = [];
  if (!match) {
    for (const key of ["cpuModel", "cpus", "memoryMb", "os", "arch"]) {
      if (b[key] !== c[key]) differences.push(`${key}: ${JSON.stringify(b[key])} -> ${JSON.stringify(c[key])}`);
    }
    if (differences.length === 0) differences.push(`fingerprint: ${b.fingerprint} -> ${c.fingerprint}`);
  }
  return { match, differences, timingGated: match || gateAcross };
}
function runInfo(r, source) {
  const info = {
    createdAt: r.createdAt,
    fingerprint: r.env.fingerprint,
    cpuModel: r.env.cpuModel,
    cpus: r.env.cpus
  };
  if (r.git) info.git = { ...r.git };
  if (source) info.source = source;
  return info;
}

// src/stats/detectable-change.ts
function minimumDetectableShift(decision, family, boundary, direction) {
  const bounds = [decision.lower, decision.upper, family.lower, family.upper];
  if (bounds.some((b) => !Number.isFinite(b))) return null;
  if (direction === "up") {
    return Math.max(boundary + (decision.estimate - decision.lower), family.estimate - family.lower);
  }
  return Math.min(boundary - (decision.upper - decision.estimate), -(family.upper - family.estimate));
}

// src/compare/metric.ts
function pickScale(base, cur) {
  if ([...base, ...cur].every((v) => v > 0)) {
    return { kind: "log", to: Math.log, relative: (s) => Math.expm1(s), boundary: (r) => Math.log1p(r) };
  }
  const bm = median(base);
  if (!(bm > 0)) return void 0;
  return { kind: "linear", to: (v) => v, relative: (s) => s / bm, boundary: (r) => r * bm };
}
function measureMetric(def, baseTrials, curTrials, threshold, gated, confidence, drift) {
  const base = values(baseTrials, def);
  const cur = values(curTrials, def);
  const out = {
    metric: def.name,
    unit: def.unit,
    better: def.better,
    gated,
    threshold,
    baseline: { median: base.length > 0 ? median(base) : null, n: base.length },
    current: { median: cur.length > 0 ? median(cur) : null, n: cur.length },
    change: null,
    interval: null,
    p: null,
    pAdjusted: null,
    test: null,
    verdict: "inconclusive",
    minDetectableChange: null,
    scale: null
  };
  if (base.length === 0 || cur.length === 0) return { out };
  const scale = pickScale(base, cur);
  if (!scale) return { out };
  out.scale = scale.kind;
  const test = mannWhitneyU(cur, base);
  out.p = test.p;
  out.test = test.method;
  const trialsOnly = hodgesLehmann(base.map(scale.to), cur.map(scale.to), confidence);
  const widened = drift && scale.kind === "log" ? widenByDrift(trialsOnly, confidence, drift.sigma) : void 0;
  const hl = widened ? widened.interval(confidence) : trialsOnly;
  if (drift && scale.kind === "log") out.drift = { sigma: drift.sigma, runs: drift.runs, source: drift.source };
  if (widened) {
    out.p = widened.p;
    out.test = "drift-adjusted";
  }
  out.change = scale.relative(hl.estimate);
  out.interval = {
    lower: Number.isFinite(hl.lower) ? scale.relative(hl.lower) : null,
    upper: Number.isFinite(hl.upper) ? scale.relative(hl.upper) : null,
    confidence
  };
  return { out, scale, base, cur, estimate: hl.estimate, lower: hl.lower, upper: hl.upper, ...widened && { widened } };
}
function values(trials2, def) {
  const out = [];
  for (const t of trials2) {
    const v = def.read(t);
    if (typeof v === "number" && Number.isFinite(v)) out.push(v);
  }
  return out;
}
function finishMetric(p3, alpha, familySize, confidence) {
  const out = p3.out;
  if (!p3.scale || !p3.base || !p3.cur || p3.estimate === void 0 || p3.lower === void 0 || p3.upper === void 0) return;
  out.verdict = decide(out, alpha);
  const t = out.threshold;
  const direction = out.better === "higher" ? "down" : "up";
  const boundary = p3.scale.boundary(direction === "down" ? -t : t);
  const familyLevel = Math.min(1 - alpha / Math.max(1, familySize), 1 - 1e-12);
  const level = Math.max(familyLevel, confidence);
  const famHl = p3.widened ? p3.widened.interval(level) : hodgesLehmann(p3.base.map(p3.scale.to), p3.cur.map(p3.scale.to), level);
  const shift = minimumDetectableShift(
    { estimate: p3.estimate, lower: p3.lower, upper: p3.upper },
    { estimate: famHl.estimate, lower: famHl.lower, upper: famHl.upper },
    boundary,
    direction
  );
  out.minDetectableChange = shift === null ? null : Math.abs(p3.scale.relative(shift));
}
function decide(m, alpha) {
  const lo = m.interval?.lower ?? null;
  const hi = m.interval?.upper ?? null;
  if (lo === null || hi === null || m.pAdjusted === null) return "inconclusive";
  const t = m.threshold;
  const significant2 = m.pAdjusted <= alpha;
  const worseUp = m.better === "lower";
  if (significant2 && worseUp && lo > t) return "regression";
  if (significant2 && !worseUp && hi < -t) return "regression";
  if (significant2 && worseUp && hi < -t) return "improvement";
  if (significant2 && !worseUp && lo > t) return "improvement";
  if (lo >= -t && hi <= t) return "unchanged";
  return "inconclusive";
}

// src/compare/compare.ts
var REPORTED_THRESHOLD = 0.1;
var METRICS = [
  { name: "throughput", unit: "/s", better: "higher", gate: "throughput", read: (t) => t.throughput },
  { name: "p99", unit: "ms", better: "lower", gate: "p99", read: (t) => t.latencyMs?.p99 },
  { name: "loopDelayMax", unit: "ms", better: "lower", read: (t) => t.loopDelayMs?.max },
  { name: "cpuPerOp", unit: "\xB5s", better: "lower", read: (t) => t.cpu?.perOpUs },
  { name: "memPerInFlight", unit: "KB", better: "lower", read: (t) => t.memory?.perInFlightKb }
];
var GATED_METRICS = METRICS.filter((d) => d.gate !== void 0).map((d) => d.name);
function compareResults(baseline, current, options) {
  return current.sequential ? replayLooks(baseline, current, options, compareOnce) : compareOnce(baseline, current, options);
}
function compareOnce(baseline, current, options) {
  const settings = options.settings;
  const alpha = settings.alpha;
  const confidence = options.confidence ?? 1 - alpha;
  const budgetTable = options.budgets ?? { defaults: {}, scenarios: {} };
  const environment = checkEnvironment(baseline, current, settings.gateAcrossEnvironments);
  const mode = pairedRuns(baseline, current) ? "side-by-side" : "stored";
  const driftTables = new Map(
    mode === "stored" && options.drift ? METRICS.filter((d) => d.gate).map((d) => [d.name, estimateDrift(options.drift.history, d.name, d.read)]) : []
  );
  const baseCells = new Map(baseline.cells.map((c) => [c.id, c]));
  const curIds = new Set(current.cells.map((c) => c.id));
  const cells = [];
  const pending = [];
  const cellBudgets = /* @__PURE__ */ new Map();
  for (const cur of current.cells) {
    const budgets = parseCellBudgets(budgetsFor(budgetTable, cur.scenario, cur.model, options.budgetSource));
    cellBudgets.set(cur.id, budgets);
    const regressionBudget = budgets.find((b) => b.name === "regression");
    const base = baseCells.get(cur.id);
    const curOk = okTrials(cur);
    const baseOk = base ? okTrials(base) : [];
    const cell = {
      id: cur.id,
      scenario: cur.scenario,
      model: cur.model,
      concurrency: cur.concurrency,
      status: "compared",
      baselineTrials: baseOk.length,
      currentTrials: curOk.length,
      metrics: [],
      ...cur.stop && { stop: cur.stop }
    };
    cells.push(cell);
    if (!base) {
      cell.status = "new";
      continue;
    }
    if (curOk.length === 0 && baseOk.length > 0) {
      cell.status = "broken";
      const failure = failureOf(cur);
      if (failure) cell.failure = failure;
      continue;
    }
    if (baseOk.length === 0) {
      cell.status = "new";
      cell.baselineUnusable = true;
      continue;
    }
    for (const def of METRICS) {
      const threshold = def.gate ? regressionBudget?.value ?? settings.thresholds[def.gate] : REPORTED_THRESHOLD;
      const gated = def.gate !== void 0 && environment.timingGated;
      const drift = mode === "stored" && options.drift && def.gate ? driftFor(driftTables.get(def.name), cur.id, def.name) : void 0;
      const p3 = { ...measureMetric(def, baseOk, curOk, threshold, gated, confidence, drift), cell: cur.id };
      cell.metrics.push(p3.out);
      pending.push(p3);
    }
    cell.errors = measureErrorRate(base, cur, settings, confidence);
  }
  for (const base of baseline.cells) {
    if (curIds.has(base.id)) continue;
    cells.push({
      id: base.id,
      scenario: base.scenario,
      model: base.model,
      concurrency: base.concurrency,
      status: "missing",
      baselineTrials: okTrials(base).length,
      currentTrials: 0,
      metrics: []
    });
  }
  const blocking = findBlocking(baseline, current);
  const blockingTests = blocking.filter((b) => b.needsTest && b.p !== null);
  const gatedFamily = pending.filter((p3) => p3.out.gated && p3.out.p !== null);
  const reportedFamily = pending.filter((p3) => !p3.out.gated && p3.out.p !== null);
  const errorCells = cells.filter((c) => c.errors && c.errors.p !== null);
  const errorTests = errorCells.map((c) => c.errors);
  const familySize = gatedFamily.length + blockingTests.length + errorTests.length;
  const familyP = [...gatedFamily.map((p3) => p3.out.p), ...blockingTests.map((b) => b.p), ...errorTests.map((e) => e.p)];
  const familyKeys = [
    ...gatedFamily.map((p3) => familyKey("metric", p3.cell, p3.out.metric)),
    ...blockingTests.map((b) => familyKey("blocking", b.cell, `${b.site.file}:${b.site.line}`)),
    ...errorCells.map((c) => familyKey("errors", c.id))
  ];
  const gatedAdjusted = options.familyAdjust ? options.familyAdjust(familyKeys, familyP) : holmAdjust(familyP);
  gatedFamily.forEach((p3, i) => {
    p3.out.pAdjusted = gatedAdjusted[i];
    finishMetric(p3, alpha, familySize, confidence);
  });
  blockingTests.forEach((b, i) => {
    b.pAdjusted = gatedAdjusted[gatedFamily.length + i];
    b.gated = b.pAdjusted <= alpha;
  });
  errorTests.forEach((e, i) => {
    e.pAdjusted = gatedAdjusted[gatedFamily.length + blockingTests.length + i];
    decideErrorRate(e, alpha);
  });
  const reportedAdjusted = holmAdjust(reportedFamily.map((p3) => p3.out.p));
  reportedFamily.forEach((p3, i) => {
    p3.out.pAdjusted = reportedAdjusted[i];
    finishMetric(p3, alpha, reportedFamily.length, confidence);
  });
  const drifted = gatedFamily.some((p3) => p3.out.test === "drift-adjusted" || p3.out.drift !== void 0);
  const teeth2 = comparisonTeeth(gatedFamily, familySize, alpha, drifted);
  const budgetResults = [];
  for (const cur of current.cells) {
    const budgets = cellBudgets.get(cur.id) ?? [];
    budgetResults.push(...checkAbsoluteBudgets(cur, budgets));
    const reg = budgets.find((b) => b.name === "regression");
    const cell = cells.find((c) => c.id === cur.id);
    if (reg && cell) budgetResults.push(checkRegressionBudget(cell, reg));
  }
  budgetResults.push(...checkCostBudgets(current, budgetTable, options.budgetSource));
  const costs = compareCosts(baseline, current, settings, environment.match);
  const failed2 = cellFindings(cells).length > 0 || costRegressions(costs).length > 0 || blocking.some((b) => b.gated) || budgetResults.some((b) => b.status === "fail");
  return {
    createdAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
    verdict: failed2 ? "fail" : "pass",
    mode,
    ...mode === "stored" && options.drift && { driftHistory: options.drift.history.length },
    settings: { ...structuredClone(settings), confidence },
    baseline: runInfo(baseline, options.baselineSource),
    current: runInfo(current, options.currentSource),
    environment,
    cells,
    blocking,
    budgets: budgetResults,
    gatedComparisons: familySize,
    ...teeth2 && { teeth: teeth2 },
    races: findRaces(current.cells),
    ...costs.length > 0 && { costs }
  };
}
function okTrials(cell) {
  return cell.trials.filter((t) => t.status === "ok");
}
function failureOf(cell) {
  const t = cell.trials.find((x) => x.status !== "ok");
  const message = cell.error ?? t?.message ?? t?.firstError?.message;
  if (!message) return void 0;
  return { ...t && { status: t.status }, message };
}

// src/pipeline/check.ts
function check(input) {
  const comparison = input.baseline ? compareResults(input.baseline.results, input.current, {
    settings: input.settings,
    budgets: input.budgets,
    baselineSource: input.baseline.source,
    currentSource: input.currentSource,
    budgetSource: input.budgetSource,
    ...input.history && { drift: { history: input.history } }
  }) : void 0;
  const budgets = comparison?.budgets ?? absoluteBudgets(input.current, input.budgets, input.budgetSource);
  const evaluated = evaluateGate(comparison, budgets, input.failOn);
  const gate = input.baselineError !== void 0 ? storeErrorGate(evaluated, input.baselineError) : evaluated;
  return { ...comparison && { comparison }, budgets, gate };
}
function absoluteBudgets(results, table, source) {
  const cells = results.cells.flatMap((cell) => checkAbsoluteBudgets(cell, parseCellBudgets(budgetsFor(table, cell.scenario, cell.model, source))));
  return [...cells, ...checkCostBudgets(results, table, source)];
}
function withOverrides(settings, overrides) {
  const out = structuredClone(settings);
  if (overrides.alpha !== void 0) out.alpha = overrides.alpha;
  if (overrides.threshold !== void 0) out.thresholds.throughput = overrides.threshold;
  return out;
}

// src/report/markdown-escape.ts
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$]/g;
var ZERO_WIDTH_SPACE = "\u200B";
function escapeText(text) {
  return oneLine(text).replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
function tableSafe(text) {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function inlineCode(text, options = {}) {
  let content = oneLine(text);
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content === "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function link(text, url) {
  return `[${text}](${encodeUrlChars(url)})`;
}
function encodeUrlChars(url) {
  return url.replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function encodePath(relativePath) {
  return relativePath.split("/").map((segment) => encodeURIComponent(segment).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function oneLine(text) {
  return text.replace(BIDI_CONTROLS, "").replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ");
}

// src/report/teeth-text.ts
function p2(p3) {
  return String(+p3.toPrecision(2));
}
function trialsText(t) {
  const { current, baseline } = t.trials;
  return current === baseline ? `${current} trials a side` : `${current} trials (the baseline ${baseline})`;
}
function neededText(t, floor, both) {
  const needed = floor.needed;
  const alsoBoth = both ? `${needed ? ", or" : "; use at least"} ${both.current} trials on both sides (the next baseline too)` : "";
  if (t.grow === "both") return needed ? `use at least ${needed.current} trials` : "no number of trials suffices; gate fewer comparisons";
  return needed ? `use at least ${needed.current} trials in this run against a baseline of ${needed.baseline}${alsoBoth}` : `no number of trials in this run suffices against a baseline of ${t.trials.baseline}${alsoBoth}`;
}
function teethSentence(t) {
  if (t.canFlag) return void 0;
  const why = t.test === "rank" ? `over ${t.comparisons} comparison${t.comparisons === 1 ? "" : "s"} no change can be significant at alpha ${t.alpha} (the smallest possible p, ${p2(t.smallestP)}, is above ${t.alpha}/${t.comparisons} = ${p2(t.level)})` : `no change can be significant at alpha ${t.alpha} against a stored baseline (the smallest possible p of the trials, ${p2(t.smallestP)}, is above ${t.alpha}, so their rank interval is unbounded)`;
  const both = t.grow === "current" ? teeth({ ...t.trials, comparisons: t.comparisons, alpha: t.alpha, test: t.test, grow: "both" }).needed : void 0;
  return `with ${trialsText(t)} ${why}; ${neededText(t, t, both)}`;
}
function errorTeethSentence(t) {
  if (!t.canFlag || t.errors.canFlag) return void 0;
  return `with ${trialsText(t)} over ${t.comparisons} comparisons a new error rate from a clean baseline cannot be significant at alpha ${t.alpha} unless every trial fails alike (the smallest possible p, ${p2(t.errors.smallestP)}, is above ${p2(t.errors.level)}); ${neededText(t, t.errors)}`;
}
function teethNote(c) {
  const t = c.teeth;
  if (!t) return void 0;
  const timing = teethSentence(t);
  if (timing) {
    return t.toothless >= t.timing ? `this check had no teeth: ${timing}` : `${t.toothless} of ${t.timing} gated timing comparisons had no teeth (the cells with the fewest trials): ${timing}`;
  }
  const errors = c.cells.some((cell) => typeof cell.errors?.p === "number") ? errorTeethSentence(t) : void 0;
  return errors ? `the error-rate gate had no teeth: ${errors}` : void 0;
}
function teethCallout(c) {
  const note = teethNote(c);
  return note && `> \u26A0\uFE0F **${escapeText(note.charAt(0).toUpperCase() + note.slice(1))}.**`;
}

// src/report/comparison-notes.ts
function cellNote(cell) {
  switch (cell.status) {
    case "compared":
      return void 0;
    case "new":
      return cell.baselineUnusable ? "the baseline has no usable trial for this cell" : "not in the baseline";
    case "missing":
      return "in the baseline but not in the current run";
    case "broken": {
      const f = cell.failure;
      return `no usable trial in the current run${f ? ` (${f.status ? `${f.status}: ` : ""}${f.message})` : ""}`;
    }
  }
}
function metricNote(m) {
  if (m.baseline.n === 0 || m.current.n === 0) return "no values to compare";
  if (m.scale === null) return "baseline median is not positive, so no relative change can be given";
  if (m.scale === "linear") return "values include zero or less: change is relative to the baseline median";
  if (m.verdict !== "inconclusive") return void 0;
  return m.minDetectableChange === null ? "too few trials to detect any change at this alpha" : `too noisy to tell; the smallest change this data could flag is ${formatPercent(m.minDetectableChange).replace("+", "")}`;
}
function environmentNote(c) {
  const env = c.environment;
  if (env.match) return void 0;
  return `environment differs from the baseline (${env.differences.join("; ")}): ` + (env.timingGated ? "timing is still gated (gateAcrossEnvironments: true)" : "throughput and p99 are reported but not gated");
}
function coverageNotes(c) {
  const notes = [];
  if (!c.cells.some((cell) => cell.status === "compared")) notes.push("no cell was measured by both runs: nothing was compared");
  const missing = c.cells.filter((cell) => cell.status === "missing").length;
  if (missing > 0) notes.push(`${missing} baseline cell(s) not in the current run`);
  return notes;
}
function modeNote(c) {
  if (c.mode === "side-by-side") {
    return "compared side by side: the base and this code were measured in one run, their trials taking turns, so drift between runs cancels";
  }
  const drifts = c.cells.flatMap((cell) => cell.metrics.flatMap((m) => m.drift ? [{ metric: m.metric, ...m.drift }] : []));
  if (drifts.length === 0) return void 0;
  const fitted = drifts.filter((d) => d.source === "history");
  const defaults = [...new Map(drifts.filter((d) => d.source === "default").map((d) => [d.metric, d.sigma])).entries()];
  const parts2 = [];
  if (fitted.length > 0) {
    const sigmas = fitted.map((d) => d.sigma);
    parts2.push(`runs drift ${driftText(Math.min(...sigmas))} to ${driftText(Math.max(...sigmas))} by cell, estimated from up to ${Math.max(...fitted.map((d) => d.runs))} stored baselines on this hardware`);
  }
  if (defaults.length > 0) {
    const which = fitted.length > 0 ? "cells with fewer stored baselines" : `fewer than 5 stored baselines on this hardware (${c.driftHistory ?? 0})`;
    parts2.push(`${which}: the default allowance of ${defaults.map(([metric, sigma]) => `${driftText(sigma)} for ${metric}`).join(", ")}`);
  }
  return `compared with a stored baseline measured by another run: each gated metric allows for the drift between runs (${parts2.join("; ")}); side by side (against: base-commit, run --against) needs no such allowance and sees smaller changes`;
}
function driftText(sigma) {
  return `\xB1${formatPercent(sigma).replace("+", "")}`;
}
function comparisonNotes(c, options = {}) {
  const teeth2 = options.teeth ? teethNote(c) : void 0;
  const env = environmentNote(c);
  const mode = modeNote(c);
  return [...teeth2 ? [teeth2] : [], ...env ? [env] : [], ...coverageNotes(c), ...mode ? [mode] : []];
}

// src/report/error-text.ts
function errorSiteText(site) {
  return `${site.file}:${site.line}${site.function ? ` in ${site.function}` : ""}`;
}
function rateChangeText(e, arrow = "->") {
  const interval = e.interval ? ` [${e.interval.lower === null ? "-inf" : formatPoints(e.interval.lower)}, ${e.interval.upper === null ? "+inf" : formatPoints(e.interval.upper)}]` : "";
  const change = e.change === null ? "" : ` (${formatPoints(e.change)} points${interval})`;
  return `${formatRate(e.baseline.median)} ${arrow} ${formatRate(e.current.median)}${change}`;
}
function ruleText(e) {
  if (e.verdict !== "regression") {
    return `failing in ${e.current.erring} of ${e.current.n} trials (baseline ${e.baseline.erring} of ${e.baseline.n}), threshold ${formatPoints(e.bar)} points`;
  }
  return e.rule === "from-zero" ? `failing in ${e.current.erring} of ${e.current.n} trials where no baseline trial failed (0 of ${e.baseline.n})` : `failing in ${e.current.erring} of ${e.current.n} trials (baseline ${e.baseline.erring} of ${e.baseline.n}), beyond the ${formatPoints(e.bar).replace("+", "")} point threshold`;
}
function errorRateLine(cellId, e, withP) {
  const top = e.kinds[0];
  const kind = top ? `; ${kindText(top)}` : "";
  const line = `${cellId}: error rate ${rateChangeText(e)}, ${ruleText(e)}${kind}`;
  return withP ? `${line}, p ${formatP(e.pAdjusted)} after Holm` : line;
}
function kindText(k) {
  const where = k.site ? `, at ${errorSiteText(k.site)}` : "";
  const base = k.new ? "" : ` (baseline: ${k.baselineCount})`;
  return `${k.new ? "new " : ""}"${k.kind}": ${k.count} failed in ${k.trials} trial${k.trials === 1 ? "" : "s"}${base}${where}`;
}
function levelsText(r) {
  return `${r.model} at ${r.levels.map((l) => `${l.concurrency}: ${formatRate(l.rate)}`).join(", ")}`;
}
function raceLines(races, scenario, options = {}) {
  const own = races.filter((r) => r.scenario === scenario);
  const out = [];
  for (const kind of [...new Set(own.map((r) => r.kind))]) {
    const name = options.withKind === false ? "" : `"${kind}" `;
    const concurrent = own.filter((r) => r.kind === kind && r.pattern === "concurrent-only");
    if (concurrent.length > 0) {
      out.push(`${name}fails only with 2+ operations in flight: a race is likely (${concurrent.map(levelsText).join("; ")}; none at 1)`);
    }
    for (const r of own.filter((x) => x.kind === kind && x.pattern === "one-model")) {
      out.push(`${name}fails only under ${r.model} (${levelsText(r)}; none under ${(r.others ?? []).join(" or ")} at the same levels)`);
    }
  }
  return out;
}

// src/report/cost-text.ts
function formatCount(n) {
  if (n === null || n === void 0 || !Number.isFinite(n)) return "-";
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${significant(n / 1e9)}G`;
  if (abs >= 1e6) return `${significant(n / 1e6)}M`;
  if (abs >= 1e3) return `${significant(n / 1e3)}k`;
  return significant(n);
}
function costPercent(fraction) {
  if (fraction === null || fraction === void 0 || !Number.isFinite(fraction)) return "-";
  const pct4 = fraction * 100;
  return `${pct4 > 0 ? "+" : ""}${significant(pct4)}%`;
}
function spreadText(spread2) {
  if (spread2 === null || spread2 === void 0) return "-";
  if (spread2 === 0) return "identical";
  const pct4 = spread2 * 100;
  return `\xB1${pct4 >= 1 ? pct4.toFixed(1) : pct4 >= 0.01 ? pct4.toFixed(2) : pct4.toPrecision(1)}%`;
}
function costSummary(cost) {
  if (cost.status === "skipped") return `not counted: ${cost.reason ?? "unknown reason"}`;
  if (cost.status === "failed") return `count failed: ${cost.reason ?? "unknown reason"}`;
  const ops = cost.counts?.map((c) => c.ops).join(" and ") ?? "?";
  const reps = cost.counts?.[0]?.instructions.length ?? 0;
  return `${formatCount(cost.perOp)} instructions/op (${ops} ops, ${reps} counts each, spread ${spreadText(cost.spread)}; ${cost.tool?.version ?? "valgrind"}, ${cost.runtime} ${cost.runtimeInfo?.version ?? ""})`.replace(" )", ")");
}
function costRunLines(results, scenario) {
  const cost = results.costs?.find((c) => c.scenario === scenario);
  if (!cost) return [];
  const lines = [`  CPU cost: ${logLine(costSummary(cost))}`];
  if (cost.status === "failed" && cost.output) lines.push(...cost.output.split("\n").filter((l) => l.trim()).slice(-5).map((l) => `    | ${logLine(l)}`));
  return lines;
}
function costStartLine(scenarios, counts, parallel) {
  return `counting instructions per operation under valgrind: ${scenarios} scenario(s), ${counts} counts, ${parallel} at a time`;
}
function costDoneLine(cost, arm) {
  const seconds2 = cost.countMs !== void 0 ? ` in ${Math.round(cost.countMs / 1e3)}s of counting` : "";
  return logLine(`cost ${arm === "current" ? "" : `${arm}: `}${cost.scenario}: ${costSummary(cost)}${cost.status === "ok" ? seconds2 : ""}`);
}
function costChangeText(c) {
  if (c.status === "new") return `${formatCount(c.current?.perOp)} instructions/op (not counted in the baseline)`;
  if (c.status === "missing") return `${formatCount(c.baseline?.perOp)} instructions/op in the baseline, not counted now`;
  if (c.status === "unmeasured") {
    const why = c.current?.status !== "ok" ? `now ${c.current?.status}: ${c.current?.reason ?? ""}` : `baseline ${c.baseline?.status}: ${c.baseline?.reason ?? ""}`;
    return `${formatCount(c.baseline?.perOp)} -> ${formatCount(c.current?.perOp)} instructions/op (${why.trim()})`;
  }
  return `${formatCount(c.baseline?.perOp)} -> ${formatCount(c.current?.perOp)} instructions/op (${costPercent(c.change)})`;
}
function costVerdictText(c) {
  if (c.status !== "compared" || c.verdict === null) return "";
  const beyond = `beyond the ${pct2(c.threshold)} threshold and the counts' spread (${spreadText(c.uncertainty)})`;
  switch (c.verdict) {
    case "regression":
      return c.gated ? `regression, ${beyond}` : `worse, not gated (${(c.differences ?? []).join("; ")})`;
    case "improvement":
      return `improvement, ${beyond}`;
    case "unchanged":
      return `unchanged (within ${pct2(c.threshold)})`;
    case "inconclusive":
      return `cannot tell: the counts' spread (${spreadText(c.uncertainty)}) is as large as the change`;
  }
}
function wallClockNote(c, cells) {
  if (c.status !== "compared" || c.verdict !== "regression" && c.verdict !== "improvement") return void 0;
  const throughput = cells.filter((x) => x.scenario === c.scenario && x.status === "compared").flatMap((x) => x.metrics.filter((m) => m.metric === "throughput"));
  if (throughput.length === 0 || !throughput.every((m) => m.verdict === "inconclusive")) return void 0;
  return `${costPercent(c.change)} instructions per op; wall-clock too noisy to tell`;
}
function costComparisonLine(c, cells) {
  const verdict = costVerdictText(c);
  const note = wallClockNote(c, cells);
  return `${c.scenario}: ${costChangeText(c)}${verdict ? `: ${verdict}` : ""}${note ? `; ${note}` : ""}`;
}
function costFindingLine(c) {
  return `${c.scenario}: CPU cost ${costPercent(c.change)} (${formatCount(c.baseline?.perOp)} -> ${formatCount(c.current?.perOp)} instructions/op) beyond the ${pct2(c.threshold)} threshold and the counts' spread (${spreadText(c.uncertainty)})`;
}
function pct2(f) {
  return `${+(f * 100).toFixed(2)}%`;
}

// src/report/table-rows.ts
var HEADER = ["cell", "metric", "baseline", "current", "change", "interval", "p (Holm)", "verdict", "detectable"];
function verdictRows(c) {
  const rows = [];
  let hidden = 0;
  for (const cell of c.cells) {
    if (cell.status !== "compared") {
      rows.push([cell.id, "-", trials(cell.baselineTrials), trials(cell.currentTrials), "-", "-", "-", cell.status, cellNote(cell) ?? ""]);
      continue;
    }
    for (const m of cell.metrics) {
      const show = m.metric === "throughput" || m.metric === "p99" || m.verdict === "regression" || m.verdict === "improvement";
      if (!show) {
        hidden++;
        continue;
      }
      rows.push(metricRow(cell, m));
    }
  }
  return { rows, hidden };
}
function markdownRow(row2) {
  return row2.map((cell, i) => i === 0 ? inlineCode(cell, { inTable: true }) : i === 8 ? escapeText(cell) : tableSafe(cell));
}
function trials(n) {
  return `${n} trials`;
}
function metricRow(cell, m) {
  const interval = m.interval ? `[${m.interval.lower === null ? "-inf" : formatPercent(m.interval.lower)}, ${m.interval.upper === null ? "+inf" : formatPercent(m.interval.upper)}]` : "-";
  const verdict = m.verdict === "regression" ? "REGRESSION" : m.verdict;
  return [
    cell.id,
    METRIC_LABELS[m.metric] + (m.gated ? "" : " (not gated)"),
    formatValue(m.baseline.median, m.unit),
    formatValue(m.current.median, m.unit),
    formatPercent(m.change),
    interval,
    formatP(m.pAdjusted),
    verdict,
    (m.minDetectableChange === null ? "n/a" : formatPercent(m.minDetectableChange).replace("+", "")) + driftSuffix(m)
  ];
}
function driftSuffix(m) {
  if (!m.drift) return "";
  return m.drift.source === "history" ? ` (runs drift ${driftText(m.drift.sigma)}, ${m.drift.runs} baselines)` : ` (runs drift ${driftText(m.drift.sigma)}, default)`;
}
function shortSha(sha) {
  return sha ? sha.slice(0, 7) : "no commit";
}

// src/report/error-lines.ts
var KINDS_SHOWN = 3;
function errorColumn(cell) {
  const measured = cell.trials.filter(measuredTrial);
  const failed2 = measured.reduce((n, t) => n + t.errors, 0);
  if (failed2 === 0) return "0";
  const rate = cell.summary?.errorRate;
  return `${formatRate(rate ?? (measured.some((t) => t.status === "ok") ? null : 1))} (${failed2})`;
}
function scenarioErrorLines(cells, scenario) {
  const own = cells.filter((c) => c.scenario === scenario);
  const kinds = /* @__PURE__ */ new Map();
  for (const cell of own) {
    for (const e of cell.errors ?? summarizeErrors(cell)) {
      const entry = kinds.get(e.kind) ?? { kind: e.kind, count: 0, cells: [] };
      entry.count += e.count;
      entry.cells.push(`${cell.model}/${cell.concurrency}`);
      if (!entry.site && e.site) entry.site = e.site;
      kinds.set(e.kind, entry);
    }
  }
  if (kinds.size === 0) return [];
  const sorted = [...kinds.values()].sort((a, b) => Number(a.kind === OTHER_KIND) - Number(b.kind === OTHER_KIND) || b.count - a.count);
  const races = findRaces(own);
  const out = ["  errors (failed operations, not counted in throughput or latency):"];
  for (const k of sorted.slice(0, KINDS_SHOWN)) {
    const cellsText = k.cells.length > 4 ? `${k.cells.slice(0, 4).join(", ")} and ${k.cells.length - 4} more` : k.cells.join(", ");
    out.push(logLine(`    "${k.kind}" x${k.count} in ${cellsText}${k.site ? ` at ${errorSiteText(k.site)}` : ""}`));
    if (k.site?.source) out.push(`      > ${logLine(k.site.source.trim())}`);
    for (const line of raceLines(races.filter((r) => r.kind === k.kind), scenario, { withKind: false })) out.push(`      ${logLine(line)}`);
  }
  if (sorted.length > KINDS_SHOWN) out.push(`    and ${sorted.length - KINDS_SHOWN} more kinds (see the results JSON)`);
  return out;
}
function cellsWithErrors(c) {
  return c.cells.filter((cell) => cell.errors && (cell.errors.p !== null || cell.errors.kinds.length > 0));
}
function comparisonErrorLines(c) {
  const cells = cellsWithErrors(c);
  const races = c.races ?? [];
  if (cells.length === 0 && races.length === 0) return [];
  const out = ["", "Error rates (failed / started operations per trial; failed operations are not in throughput or latency):"];
  const shown3 = /* @__PURE__ */ new Set();
  for (const cell of cells) {
    const e = cell.errors;
    const label = (e.verdict === "regression" ? "REGRESSION" : e.verdict).padEnd(13);
    out.push(`  ${label}${cell.id}: ${rateChangeText(e)}, failing in ${e.current.erring} of ${e.current.n} trials (baseline ${e.baseline.erring} of ${e.baseline.n})${e.pAdjusted !== null ? `, p ${formatP(e.pAdjusted)} after Holm` : ""}`);
    for (const k of e.kinds.slice(0, KINDS_SHOWN)) {
      out.push(`${" ".repeat(17)}${logLine(kindText(k))}`);
      const key = `${k.kind}\0${k.site?.file}:${k.site?.line}`;
      if (shown3.has(key)) continue;
      shown3.add(key);
      if (k.site?.source) out.push(`${" ".repeat(19)}> ${logLine(k.site.source.trim())}`);
      if (k.message !== k.kind) out.push(`${" ".repeat(19)}first message: ${logLine(k.message)}`);
    }
    if (e.kinds.length > KINDS_SHOWN) out.push(`${" ".repeat(17)}and ${e.kinds.length - KINDS_SHOWN} more kinds (see the JSON)`);
  }
  for (const scenario of [...new Set(races.map((r) => r.scenario))]) for (const line of raceLines(races, scenario)) out.push(logLine(`  ${scenario}: ${line}`));
  return out;
}

// src/report/finding-text.ts
function findingLine(f, options = {}) {
  switch (f.kind) {
    case "regression":
      return regressionLine(f.cell.id, f.metric, options.withP ?? false);
    case "errors":
      return errorRateLine(f.cell.id, f.comparison, options.withP ?? false);
    case "broken":
      return `${f.cell.id}: ${cellNote(f.cell)}`;
    case "blocking":
      return siteLine(f.site);
    case "budget":
      return budgetMessage(f.budget);
    case "cost":
      return costFindingLine(f.cost);
  }
}
function failureReasons(c) {
  return [
    ...cellFindings(c.cells).map((f) => findingLine(f, { withP: true })),
    ...costRegressions(c.costs).map(costFindingLine),
    ...c.blocking.filter((b) => b.gated).map((b) => blockingMessage(b, c.settings.alpha)),
    ...c.budgets.filter((b) => b.status === "fail").map(budgetMessage)
  ];
}
function regressionLine(cellId, m, withP) {
  const interval = `[${formatPercent(m.interval?.lower ?? null)}, ${formatPercent(m.interval?.upper ?? null)}]`;
  const line = `${cellId}: ${METRIC_LABELS[m.metric]} ${formatPercent(m.change)} ${interval} beyond the ${Math.round(m.threshold * 100)}% threshold`;
  return withP ? `${line}, p ${formatP(m.pAdjusted)} after Holm` : line;
}
function siteLine(s) {
  const fn = s.function ? ` in ${s.function}` : "";
  const api = s.api ? ` (${s.api})` : "";
  const cells = s.cells.length === 1 ? s.cells[0] : `${s.cells.length} cells`;
  const base = s.baseline ? `${s.baseline.trials} of ${s.baseline.of} baseline trials` : "no baseline for its cells";
  return `new blocking site ${s.file}:${s.line}${fn}${api}: stalled the loop in ${s.trials} of ${s.of} trials of ${cells}, up to ${Math.round(s.maxStallMs)} ms; ${base}`;
}
function blockingMessage(f, alpha) {
  const fn = f.site.function ? ` in ${f.site.function}` : "";
  const api = f.site.api ? ` (${f.site.api})` : "";
  const seen = `stalled the loop in ${f.current.trials} of ${f.current.of} trials (up to ${Math.round(f.current.maxStallMs)}ms), ` + (f.baseline ? `${f.baseline.trials} of ${f.baseline.of} baseline trials` : "no baseline for this cell");
  const where = `${f.site.file}:${f.site.line}${fn}${api}`;
  if (!f.baseline) return `${f.cell}: blocking site ${where} ${seen}`;
  if (!f.needsTest) return `${f.cell}: new blocking site ${where} ${seen}`;
  if (f.pAdjusted === null) return `${f.cell}: blocking site ${where} ${seen}`;
  const p3 = formatP(f.pAdjusted);
  return f.pAdjusted <= alpha ? `${f.cell}: new blocking site ${where} ${seen}, p ${p3} after Holm` : `${f.cell}: blocking site ${where} ${seen}; not significant (p ${p3} after Holm, needs <= ${alpha})`;
}
function budgetMessage(b) {
  const head = `scenario ${b.scenario}, model ${b.model}, concurrency ${b.concurrency}: ${b.budget} budget ${b.spec}`;
  const basis = b.basis;
  switch (basis.kind) {
    case "median": {
      if (b.measured === null || basis.trials === 0) return `${head} broken: no usable trial to measure`;
      const shown3 = `${budgetMetricLabel(basis.metric)} ${formatValue(b.measured, basis.unit)} (median of ${basis.trials} trials)`;
      return `${head} ${b.status === "pass" ? "met" : "broken"}: ${shown3}`;
    }
    case "unchecked":
      return `${head} not checked: ${basis.cellStatus ? `the cell is ${basis.cellStatus}` : "no gated metric (environments differ)"}`;
    case "changes": {
      const list = basis.metrics.map((m) => `${m.metric} ${formatPercent(m.change)}`).join(", ");
      if (b.status === "fail") return `${head} broken: ${list}`;
      if (b.status === "unknown") return `${head}: too noisy to tell (${list})`;
      return `${head} met: ${list ? `worst ${list}` : "no change"}`;
    }
    case "cost":
      if (b.measured === null) return `${head} not checked: ${basis.reason ?? "not counted"}`;
      return `${head} ${b.status === "pass" ? "met" : "broken"}: ${formatCount(b.measured)} instructions per operation`;
  }
}

// src/shared/duration-text.ts
function durationText(ms2) {
  const s = Math.round(ms2 / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m}m` : `${m}m${String(rest).padStart(2, "0")}s`;
}

// src/report/sequential-text.ts
function stopText(stop, trials2) {
  switch (stop?.reason) {
    case "unchanged":
      return `decided unchanged after ${trials2} trials`;
    case "changed":
      return `decided changed after ${trials2} trials`;
    case "no-regression":
      return `no regression in sight after ${trials2} trials (stopped early)`;
    case "cap":
      return `reached its cap (${trials2} trials), still undecided`;
    case "time":
      return `out of time after ${trials2} trials, still undecided`;
    case "not-compared":
      return `nothing to compare with after ${trials2} trials`;
    default:
      return `${trials2} trials`;
  }
}
function adaptiveHeadline(cells, run) {
  const decided = cells.filter((c) => c.stop?.reason === "unchanged" || c.stop?.reason === "changed");
  const byTrials = /* @__PURE__ */ new Map();
  for (const c of decided) byTrials.set(c.trials, (byTrials.get(c.trials) ?? 0) + 1);
  const after = [...byTrials.entries()].sort((a, b) => a[0] - b[0]).map(([trials2, n], i) => `${n} after ${trials2}${i === 0 ? " trials" : ""}`);
  const parts2 = [`${decided.length} of ${cells.length} cells decided${after.length > 0 ? ` (${after.join(", ")})` : ""}`];
  const clear = cells.filter((c) => c.stop?.reason === "no-regression").length;
  if (clear > 0) parts2.push(`${clear} stopped early with no regression in sight`);
  const capped = cells.filter((c) => c.stop?.reason === "cap").length;
  if (capped > 0) parts2.push(`${capped} ran to the cap of ${run.max}`);
  const late = cells.filter((c) => c.stop?.reason === "time");
  if (late.length > 0) parts2.push(`${late.length} stopped by the time budget`);
  const none = cells.filter((c) => c.stop?.reason === "not-compared").length;
  if (none > 0) parts2.push(`${none} with nothing to compare with`);
  const time = `${durationText(run.elapsedMs)}${run.budgetMs !== void 0 ? ` of a ${durationText(run.budgetMs)} budget` : ""}`;
  return `adaptive: ${parts2.join(", ")}; ${run.rounds} round${run.rounds === 1 ? "" : "s"}, ${time}`;
}
function cellStopLines(cells) {
  return cells.filter((c) => c.stop).map((c) => `${c.id}: ${stopText(c.stop, c.trials)}`);
}

// src/report/group-by.ts
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

// src/report/advice-evidence.ts
var ADVICE_ALPHA = 0.05;
var MIN_GAIN = 1.1;
function modelEvidence(cells, scenarios) {
  const out = /* @__PURE__ */ new Map();
  const contrasts = [];
  for (const [name, own] of groupBy(cells, (c) => c.scenario)) {
    if (!scenarios.has(name)) continue;
    const samples = /* @__PURE__ */ new Map();
    for (const c of own) {
      const values2 = c.trials.filter((t) => t.status === "ok" && t.ops > 0).map((t) => t.throughput);
      if (values2.length >= MIN_TRIALS) samples.set(`${c.model}/${c.concurrency}`, values2);
    }
    const evidence = { scenario: name, runtime: own[0].runtime };
    const offLoop = offLoopContrast(name, samples);
    if (offLoop) contrasts.push(evidence.offLoop = offLoop);
    if (evidence.runtime === "python" && !own.some((c) => c.model === "threads" && c.trials.some((t) => t.runtimeInfo?.gil === false))) {
      const gil = gilContrast(name, samples);
      if (gil) {
        contrasts.push(gil.contrast);
        evidence.gil = gil;
      }
    }
    out.set(name, evidence);
  }
  const adjusted = holmAdjust(contrasts.map((c) => c.p));
  contrasts.forEach((c, i) => {
    c.pAdjusted = adjusted[i];
    c.significant = c.pAdjusted <= ADVICE_ALPHA && c.ratio >= MIN_GAIN;
  });
  for (const e of out.values()) {
    if (e.gil) e.gil.held = e.gil.contrast.significant && e.gil.threads.gain < MIN_GAIN && e.gil.processes.gain > e.gil.threads.gain;
  }
  return out;
}
function offLoopContrast(scenario, samples) {
  const levels = levelsOf(samples, "async").filter((l) => samples.has(`threads/${l}`) || samples.has(`processes/${l}`));
  const level = levels[levels.length - 1];
  if (level === void 0) return void 0;
  const pools = ["threads", "processes"].filter((m) => samples.has(`${m}/${level}`));
  const best = pools.sort((a, b) => median(samples.get(`${b}/${level}`)) - median(samples.get(`${a}/${level}`)))[0];
  return contrast(scenario, level, best, "async", samples);
}
function gilContrast(scenario, samples) {
  const both = levelsOf(samples, "threads").filter((l) => samples.has(`processes/${l}`));
  const from = both[0];
  const to = both[both.length - 1];
  if (from === void 0 || to === void 0 || to <= from) return void 0;
  const c = contrast(scenario, to, "processes", "threads", samples);
  if (!c) return void 0;
  return { contrast: c, threads: scaling("threads", from, to, samples), processes: scaling("processes", from, to, samples), held: false };
}
function contrast(scenario, concurrency, faster, slower, samples) {
  const x = samples.get(`${faster}/${concurrency}`);
  const y = samples.get(`${slower}/${concurrency}`);
  if (!x || !y) return void 0;
  const mx = median(x);
  const my = median(y);
  if (!(my > 0) || mx <= my) return void 0;
  const { p: p3 } = mannWhitneyU(x, y);
  return { scenario, concurrency, faster, slower, ratio: mx / my, trials: { faster: x.length, slower: y.length }, p: p3, pAdjusted: p3, significant: false };
}
function scaling(model, from, to, samples) {
  const low = median(samples.get(`${model}/${from}`));
  return { model, from, to, gain: low > 0 ? median(samples.get(`${model}/${to}`)) / low : 0 };
}
function levelsOf(samples, model) {
  return [...samples.keys()].filter((k) => k.startsWith(`${model}/`)).map((k) => Number(k.slice(model.length + 1))).sort((a, b) => a - b);
}

// src/report/advice-table.ts
var NODE = "https://nodejs.org/api";
var PY = "https://docs.python.org/3/library";
var TO_THREAD = `${PY}/asyncio-task.html#asyncio.to_thread`;
var ADVICE_TABLE = [
  // Node: the sync builtins the detector's hooks time, then what the profiler finds.
  {
    id: "node-exists-sync",
    runtime: "node",
    api: /^existsSync$/,
    instead: "`existsSync`: `await fs.promises.access(path)` (it rejects when the file is missing), or skip the check and handle `ENOENT`",
    docs: `${NODE}/fs.html#fspromisesaccesspath-mode`
  },
  {
    id: "node-child-process-sync",
    runtime: "node",
    api: /^(execSync|execFileSync|spawnSync)$/,
    instead: "`{api}`: `{twin}` (promisified with `util.promisify`), or `spawn` and its events",
    docs: `${NODE}/child_process.html#asynchronous-process-creation`
  },
  {
    id: "node-zlib-sync",
    runtime: "node",
    api: /^(deflate|deflateRaw|inflate|inflateRaw|gzip|gunzip|unzip|brotliCompress|brotliDecompress|zstdCompress|zstdDecompress)Sync$/,
    instead: "`{api}`: `zlib.{twin}` with a callback (or promisified) runs on the thread pool; a stream for large data",
    docs: `${NODE}/zlib.html#threadpool-usage-and-performance-considerations`
  },
  {
    id: "node-crypto-random",
    runtime: "node",
    api: /^(randomBytes|randomFillSync)$/,
    instead: "`{api}`: `crypto.randomBytes(size, callback)` or `crypto.randomFill` fill the buffer on the thread pool",
    docs: `${NODE}/crypto.html#cryptorandombytessize-callback`
  },
  {
    id: "node-crypto-kdf",
    runtime: "node",
    api: /^(pbkdf2Sync|scryptSync|hkdfSync)$/,
    instead: "`{api}`: `crypto.{twin}(..., callback)` (or promisified) derives the key on the thread pool",
    docs: `${NODE}/crypto.html#cryptopbkdf2password-salt-iterations-keylen-digest-callback`
  },
  {
    id: "node-crypto-keygen",
    runtime: "node",
    api: /^(generateKeyPairSync|generateKeySync|generatePrimeSync|checkPrimeSync)$/,
    instead: "`{api}`: `crypto.{twin}(..., callback)` (or promisified) does the work on the thread pool",
    docs: `${NODE}/crypto.html#cryptogeneratekeypairtype-options-callback`
  },
  {
    id: "node-crypto-sign",
    runtime: "node",
    api: /^(sign|verify)$/,
    instead: "`crypto.{api}` without a callback: `crypto.{api}(algorithm, data, key, callback)` runs on the thread pool",
    docs: `${NODE}/crypto.html#cryptosignalgorithm-data-key-callback`
  },
  {
    id: "node-crypto-hash",
    runtime: "node",
    api: /^hash$/,
    instead: "`crypto.hash` on large input: `await crypto.subtle.digest(...)` hashes on the thread pool",
    docs: `${NODE}/webcrypto.html#subtledigestalgorithm-data`
  },
  {
    id: "node-atomics-wait",
    runtime: "node",
    api: /^Atomics\.wait$/,
    instead: "`Atomics.wait` on a loop: `await Atomics.waitAsync(...).value` waits without blocking it",
    docs: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/waitAsync"
  },
  {
    id: "node-fs-sync",
    runtime: "node",
    api: /^[a-z]\w*Sync$/,
    instead: "`{api}`: `await fs.promises.{twin}(...)` (`node:fs/promises`)",
    docs: `${NODE}/fs.html#promises-api`
  },
  {
    id: "node-json-parse",
    runtime: "node",
    source: /\bJSON\s*\.\s*parse\s*\(/,
    instead: "`JSON.parse` of a large document blocks the loop: parse it in a worker thread (`node:worker_threads`), stream it, or send smaller documents",
    docs: "https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop#blocking-the-event-loop-json-dos"
  },
  {
    id: "node-json-stringify",
    runtime: "node",
    source: /\bJSON\s*\.\s*stringify\s*\(/,
    instead: "`JSON.stringify` of a large value blocks the loop: serialize it in a worker thread (`node:worker_threads`), stream it, or send less",
    docs: "https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop#blocking-the-event-loop-json-dos"
  },
  {
    id: "node-starvation",
    runtime: "node",
    stall: "starvation",
    instead: "a chain of microtasks or short callbacks kept the loop from its timers and I/O: yield between chunks with `await setImmediate()` (`node:timers/promises`)",
    docs: `${NODE}/timers.html#timerspromisessetimmediatevalue-options`
  },
  {
    id: "node-cpu",
    runtime: "node",
    stall: "cpu",
    instead: "CPU work on the loop: move it to a worker pool (`node:worker_threads`), or split it and yield with `await setImmediate()`",
    docs: `${NODE}/worker_threads.html`
  },
  {
    id: "node-no-twin",
    runtime: "node",
    fallback: true,
    instead: "`{api}` has no async form: call it in a worker thread (`node:worker_threads`)",
    docs: `${NODE}/worker_threads.html`
  },
  // Python: the call a repository frame was making when the watchdog sampled the loop's thread.
  {
    id: "python-sleep",
    runtime: "python",
    api: /^(time\.)?sleep$/,
    instead: "`{api}` in a coroutine: `await asyncio.sleep(...)`",
    docs: `${PY}/asyncio-task.html#asyncio.sleep`
  },
  {
    id: "python-subprocess",
    runtime: "python",
    api: /^(subprocess\.(run|call|check_call|check_output|getoutput|getstatusoutput|communicate|wait)|os\.(system|popen))$/,
    instead: "`{api}` in a coroutine: `proc = await asyncio.create_subprocess_exec(...)`, then `await proc.communicate()`",
    docs: `${PY}/asyncio-subprocess.html`
  },
  {
    id: "python-requests",
    runtime: "python",
    api: /^requests(\.api|\.sessions)?\.(get|post|put|patch|delete|head|options|request|send)$/,
    instead: "`{api}` in a coroutine: an async client (`httpx.AsyncClient`, aiohttp), or `await asyncio.to_thread(requests.get, ...)`",
    docs: TO_THREAD
  },
  {
    id: "python-urllib",
    runtime: "python",
    api: /^(urllib\.request\.\w+|urlopen|urlretrieve|http\.client\.\w+)$/,
    instead: "`{api}` in a coroutine: `await asyncio.to_thread(urllib.request.urlopen, ...)`, or an async HTTP client",
    docs: TO_THREAD
  },
  {
    id: "python-socket",
    runtime: "python",
    api: /^(socket\.\w+|(\w+\.)*(recv|recv_into|recvfrom|recvfrom_into|recvmsg|sendall|sendto|sendmsg|sendfile|getaddrinfo|gethostbyname|create_connection)|(\w+\.)*\w*sock\w*\.(connect|accept|send|makefile))$/i,
    instead: "`{api}` on a blocking socket: `reader, writer = await asyncio.open_connection(...)`, then `await reader.read(...)`, `writer.write(...)` and `await writer.drain()`",
    docs: `${PY}/asyncio-stream.html`
  },
  {
    id: "python-hashlib",
    runtime: "python",
    api: /^(_?hashlib\.\w+|(\w+\.)*(\w*(hash|sha\d*|md5|blake2[bs]?|digest)\w*|h|m)\.(update|digest|hexdigest))$/i,
    instead: "`{api}` on large input: `await asyncio.to_thread(...)`; hashlib releases the GIL for data over 2 KiB, so the hash runs beside the loop",
    docs: `${PY}/hashlib.html#hash-objects`
  },
  {
    id: "python-file",
    runtime: "python",
    api: /^(open|io\.open|os\.(read|write|open|stat|listdir|scandir|fsync)|shutil\.\w+|(\w+\.)*(read_text|read_bytes|write_text|write_bytes)|(\w+\.)*(\w*file\w*|f|fh|fp|fd|fin|fout|stream)\.(read|readline|readlines|readinto|write|writelines))$/i,
    instead: "`{api}` reads or writes the disk on the loop: `await asyncio.to_thread(...)` (asyncio has no file API; aiofiles uses the same thread pool)",
    docs: TO_THREAD
  },
  {
    id: "python-starvation",
    runtime: "python",
    stall: "starvation",
    instead: "many short callbacks kept the loop from its I/O: yield between chunks with `await asyncio.sleep(0)`",
    docs: `${PY}/asyncio-task.html#asyncio.sleep`
  },
  {
    id: "python-cpu",
    runtime: "python",
    stall: "cpu",
    instead: "CPU work in a coroutine blocks the loop: run it in a process pool (`await loop.run_in_executor(ProcessPoolExecutor(), fn, ...)`); a thread would hold the GIL",
    docs: `${PY}/asyncio-eventloop.html#executing-code-in-thread-or-process-pools`
  },
  {
    id: "python-no-twin",
    runtime: "python",
    fallback: true,
    instead: "`{api}` has no async twin here: `await loop.run_in_executor(None, ...)` (or `asyncio.to_thread`) runs it on a thread and keeps the loop free",
    docs: `${PY}/asyncio-eventloop.html#asyncio.loop.run_in_executor`
  }
];

// src/report/advice-match.ts
function adviceEntry(runtime, site) {
  if (site.gc || site.descheduled) return void 0;
  const rows = ADVICE_TABLE.filter((e) => e.runtime === runtime);
  if (site.starvation) return rows.find((e) => e.stall === "starvation");
  if (site.api) return rows.find((e) => e.api?.test(site.api)) ?? rows.find((e) => e.fallback);
  const source = site.source;
  return (source !== void 0 ? rows.find((e) => e.source?.test(source)) : void 0) ?? rows.find((e) => e.stall === "cpu");
}
function entryLine(entry, api) {
  const name = api ?? "";
  const twin = name.replace(/Sync$/, "");
  return {
    parts: parts(entry.instead).map((p3) => ({ code: p3.code, text: p3.text.replace(/\{api\}/g, name).replace(/\{twin\}/g, twin) })),
    docs: entry.docs,
    entry: entry.id
  };
}
function parts(template) {
  return template.split("`").map((text, i) => ({ code: i % 2 === 1, text })).filter((p3) => p3.text !== "");
}
function adviceText(line) {
  const text = line.parts.map((p3) => p3.code ? `\`${p3.text}\`` : p3.text).join("");
  return logLine(line.docs ? `${text} (${line.docs})` : text);
}
function adviceMarkdown(line) {
  const text = line.parts.map((p3) => p3.code ? inlineCode(p3.text) : escapeText(p3.text)).join("");
  return line.docs && /^https:\/\/[^\s]+$/.test(line.docs) ? `${text} (${link("docs", line.docs)})` : text;
}

// src/report/advice.ts
var POOL_DOCS = {
  node: "https://nodejs.org/api/worker_threads.html",
  python: "https://docs.python.org/3/library/concurrent.futures.html#processpoolexecutor"
};
var POOL_WORDS = {
  node: "move its CPU work off the event loop, to a worker pool",
  python: "run its CPU work in a process pool, not on the event loop"
};
function adviceEnabled(recordedConfig) {
  return !(typeof recordedConfig === "object" && recordedConfig !== null && recordedConfig.advice === false);
}
function runAdvice(results, options = {}) {
  if (!(options.enabled ?? adviceEnabled(results.config))) return void 0;
  const found = /* @__PURE__ */ new Map();
  const cpuStalled = /* @__PURE__ */ new Set();
  const siteOf = /* @__PURE__ */ new Map();
  for (const cell of results.cells) {
    const sites2 = cell.blocking ?? summarizeBlocking(cell);
    siteOf.set(cell, sites2);
    for (const b of sites2) {
      if (!b.site) continue;
      const entry = adviceEntry(cell.runtime, { ...b.site, ...flags(b) });
      if (!entry) continue;
      if (entry.stall === "cpu" || entry.source) cpuStalled.add(cell.scenario);
      const key = `${b.site.file}:${b.site.line}`;
      if (!found.has(key)) found.set(key, { entry, site: b, scenario: cell.scenario });
    }
  }
  const analyses = new Map((results.scenarios ?? []).map((s) => [s.scenario, s]));
  const cpuScenarios = /* @__PURE__ */ new Set([...cpuStalled, ...[...analyses.values()].filter((a) => (a.measuredKind ?? a.declaredKind) === "cpu").map((a) => a.scenario)]);
  const evidence = modelEvidence(results.cells, cpuScenarios);
  const sites = /* @__PURE__ */ new Map();
  const table = /* @__PURE__ */ new Map();
  for (const [key, { entry, site, scenario }] of found) {
    const line = entryLine(entry, site.site?.api);
    table.set(key, line);
    const offLoop = evidence.get(scenario)?.offLoop;
    const quoted = (entry.stall === "cpu" || entry.source) && offLoop?.significant;
    sites.set(key, quoted ? { ...line, parts: [...line.parts, ...p("; in this run "), ...contrastParts(offLoop), ...p(` (p ${formatP(offLoop.pAdjusted)} after Holm)`)] } : line);
  }
  const scenarios = /* @__PURE__ */ new Map();
  for (const [scenario, cells] of groupBy(results.cells, (c) => c.scenario)) {
    const lines = [...kindLines(analyses.get(scenario), cells, siteOf, table), ...evidenceLines(evidence.get(scenario), cpuScenarios.has(scenario))];
    if (lines.length > 0) scenarios.set(scenario, lines);
  }
  return { sites, scenarios };
}
function siteAdvice(advice, file, line) {
  return advice?.sites.get(`${file}:${line}`);
}
function comparisonAdvice(c, advice) {
  const advised = /* @__PURE__ */ new Set();
  return {
    siteOnce(file, line) {
      const key = `${file}:${line}`;
      if (advised.has(key)) return void 0;
      advised.add(key);
      return siteAdvice(advice, file, line);
    },
    scenarios: [...advice?.scenarios ?? []].filter(([name]) => c.cells.some((cell) => cell.scenario === name))
  };
}
function flags(b) {
  return { ...b.starvation && { starvation: true }, ...b.gc && { gc: true }, ...b.descheduled && { descheduled: true } };
}
function evidenceLines(e, cpu) {
  if (!e || !cpu) return [];
  const out = [];
  if (e.offLoop?.significant) {
    const c = e.offLoop;
    out.push({
      parts: [...contrastParts(c), ...p(`on this runner (${trialsText2(c)}): ${POOL_WORDS[e.runtime]}`, " ")],
      docs: POOL_DOCS[e.runtime]
    });
  }
  if (e.gil?.held) {
    const { contrast: c, threads, processes } = e.gil;
    out.push({
      parts: [
        ...code("threads"),
        ...p(` gain only ${formatRatio(threads.gain)} from concurrency ${threads.from} to ${threads.to}: the GIL runs one thread's Python at a time; `),
        ...code("processes"),
        ...p(` gain ${formatRatio(processes.gain)} and ran ${formatRatio(c.ratio)} faster than `),
        ...code("threads"),
        ...p(` at ${c.concurrency} (${trialsText2(c)}): use a process pool for CPU-bound Python`)
      ],
      docs: POOL_DOCS.python
    });
  }
  return out;
}
function kindLines(a, cells, siteOf, sites) {
  if (!a?.measuredKind || a.measuredKind === a.declaredKind) return [];
  const share = `${Math.round((a.cpuShare ?? 0) * 100)}%`;
  if (a.declaredKind === "cpu") {
    return [{ parts: [...p("this "), ...code("cpu"), ...p(` scenario measured I/O-bound: operations spent only ${share} of their time on a CPU and waited the rest (I/O, sleeps, locks): declare `), ...code("kind: io"), ...p(", or find the wait")] }];
  }
  const probe = [...cells].filter((c) => c.summary ?? summarizeCell(c)).sort((x, y) => x.concurrency - y.concurrency || MODELS.indexOf(x.model) - MODELS.indexOf(y.model))[0];
  const perOp = probe ? ` (${formatValue((probe.summary ?? summarizeCell(probe)).cpuPerOpUs, "\xB5s")} of CPU per operation at ${probe.id})` : "";
  const cpu = `operations spent ${share} of their time on a CPU${perOp}`;
  const top = cells.flatMap((c) => siteOf.get(c) ?? []).filter((b) => b.site && !b.gc && !b.descheduled).sort((x, y) => y.totalMs - x.totalMs)[0];
  if (!top?.site) {
    return [{ parts: [...p("this "), ...code("io"), ...p(` scenario measured CPU-bound: ${cpu}, and no line blocked the loop past the threshold: the CPU work is spread over many short calls; profile an operation, or declare `), ...code("kind: cpu")] }];
  }
  const instead = sites.get(`${top.site.file}:${top.site.line}`);
  return [
    {
      parts: [
        ...code(`${top.site.file}:${top.site.line}`),
        ...top.site.api ? [...p(" ("), ...code(top.site.api), ...p(")")] : [],
        ...p(" is the likely reason this "),
        ...code("io"),
        ...p(` scenario measured CPU-bound: it blocked the loop up to ${Math.round(top.maxMs)} ms in ${top.trials} ${top.trials === 1 ? "trial" : "trials"}, and ${cpu}`),
        ...instead ? [...p("; instead: "), ...instead.parts] : []
      ],
      ...instead?.docs && { docs: instead.docs }
    }
  ];
}
function contrastParts(c) {
  return [...code(c.faster), ...p(` ran this scenario ${formatRatio(c.ratio)} faster than `), ...code(c.slower), ...p(` at concurrency ${c.concurrency}`)];
}
function trialsText2(c) {
  const n = c.trials.faster === c.trials.slower ? `${c.trials.faster} trials each` : `${c.trials.faster} and ${c.trials.slower} trials`;
  return `medians of ${n}, Mann-Whitney p ${formatP(c.pAdjusted)} after Holm`;
}
function code(text) {
  return [{ code: true, text }];
}
function p(text, lead = "") {
  return [{ code: false, text: `${lead}${text}` }];
}

// src/report/comparison-text.ts
var VERDICT_NUMERIC = HEADER.map((_, i) => i >= 2 && i <= 6);
function renderText(c, gate, advice) {
  const lines = [];
  lines.push(`concurrency-guard compare: ${(gate?.verdict ?? c.verdict).toUpperCase()}`);
  lines.push(`baseline: ${describe3(c.baseline)}`);
  lines.push(`current:  ${describe3(c.current)}`);
  const teeth2 = teethNote(c);
  if (teeth2) lines.push("", `!! ${teeth2}`);
  if (!c.environment.match) {
    lines.push("");
    lines.push(`!! ENVIRONMENT MISMATCH: ${c.environment.differences.join("; ")}`);
    lines.push(
      c.environment.timingGated ? "!! throughput and p99 are still gated (gateAcrossEnvironments: true)" : "!! throughput and p99 are reported but NOT gated: numbers from different hardware do not compare"
    );
  }
  const { rows, hidden } = verdictRows(c);
  lines.push("");
  const confidence = `${+(c.settings.confidence * 100).toFixed(2)}%`;
  const header = HEADER.map((h) => h === "interval" ? `interval (${confidence})` : h);
  lines.push(...alignTable(header, rows.map((r) => r.map(logLine)), VERDICT_NUMERIC));
  if (hidden > 0) lines.push(`(${hidden} reported metrics unchanged or inconclusive; see the JSON for all)`);
  lines.push(
    `alpha ${c.settings.alpha} (Holm over ${c.gatedComparisons} gated comparisons); thresholds: throughput ${pct3(c.settings.thresholds.throughput)}, p99 ${pct3(c.settings.thresholds.p99)}`
  );
  lines.push(...comparisonErrorLines(c));
  if (c.sequential) {
    const stops = comparisonStops(c);
    lines.push("", `${adaptiveHeadline(stops, c.sequential)}; each look at its share of alpha (O'Brien-Fleming spending over ${c.sequential.looks} looks):`);
    for (const line of cellStopLines(stops)) lines.push(`  ${line}`);
  }
  if (c.costs && c.costs.length > 0) {
    lines.push("", `CPU cost (instructions per operation, counted under valgrind; threshold ${pct3(c.settings.thresholds.instructions)}):`);
    for (const cost of c.costs) lines.push(`  ${costComparisonLine(cost, c.cells)}`);
  }
  const shown3 = comparisonAdvice(c, advice);
  if (c.blocking.length > 0) {
    lines.push("", "Blocking sites:");
    for (const b of c.blocking) {
      lines.push(`  ${b.gated ? "NEW" : "seen"}  ${blockingMessage(b, c.settings.alpha)}`);
      const line = shown3.siteOnce(b.site.file, b.site.line);
      if (line) lines.push(`        advice: ${adviceText(line)}`);
    }
  }
  const scenarioAdvice = shown3.scenarios;
  if (scenarioAdvice.length > 0) lines.push("", "Advice (from the current run's own measurements; never part of the verdict):");
  for (const [name, scenarioLines] of scenarioAdvice) for (const line of scenarioLines) lines.push(`  ${name}: ${adviceText(line)}`);
  if (c.budgets.length > 0) {
    lines.push("", "Budgets:");
    for (const b of c.budgets) lines.push(`  ${b.status.toUpperCase().padEnd(7)} ${budgetMessage(b)}`);
  }
  const notes = comparisonNotes(c);
  if (notes.length > 0) {
    lines.push("", "Notes:");
    for (const n of notes) lines.push(`  - ${n}`);
  }
  const reasons = gate ? gate.failedBecause.map((f) => findingLine(f, { withP: true })) : failureReasons(c);
  if (reasons.length > 0) {
    lines.push("", "Gate failed because:");
    for (const r of reasons) lines.push(`  - ${r}`);
  }
  if (gate && gate.ignored.length > 0) {
    lines.push("", `Not failing on (left out of --fail-on ${gate.failOn.join(",") || "none"}):`);
    for (const f of gate.ignored) lines.push(`  - ${findingLine(f, { withP: true })}`);
  }
  return logText(lines.map(logLine).join("\n")) + "\n";
}
function describe3(r) {
  const source = r.source ? `${r.source} ` : "";
  return `${source}(${shortSha(r.git?.sha)}, ${r.createdAt}, ${r.cpus} x ${r.cpuModel})`;
}
function pct3(f) {
  return `${+(f * 100).toFixed(2)}%`;
}
function comparisonStops(c) {
  return c.cells.filter((cell) => cell.status !== "missing").map((cell) => ({ id: cell.id, trials: cell.currentTrials, ...cell.stop && { stop: cell.stop } }));
}

// src/report/comparison-document.ts
var COMPARISON_SCHEMA = "concurrency-guard/comparison@1";
function comparisonDocument(c) {
  return {
    schema: COMPARISON_SCHEMA,
    createdAt: c.createdAt,
    verdict: c.verdict,
    mode: c.mode,
    ...c.driftHistory !== void 0 && { driftHistory: c.driftHistory },
    reasons: failureReasons(c),
    settings: c.settings,
    baseline: c.baseline,
    current: c.current,
    environment: c.environment,
    cells: c.cells.map(cellDocument),
    blocking: c.blocking.map((f) => ({ ...f, message: blockingMessage(f, c.settings.alpha) })),
    budgets: c.budgets.map(budgetDocument),
    gatedComparisons: c.gatedComparisons,
    ...c.teeth && { teeth: { ...c.teeth, ...messageOf2(c) } },
    races: (c.races ?? []).map((r) => ({ ...r, message: raceLines([r], r.scenario)[0] })),
    notes: comparisonNotes(c, { teeth: true }),
    ...c.costs && { costs: c.costs.map((cost) => ({ ...cost, message: costComparisonLine(cost, c.cells) })) },
    ...c.sequential && { sequential: { ...c.sequential, headline: adaptiveHeadline(comparisonStops(c), c.sequential) } }
  };
}
function messageOf2(c) {
  const message = teethNote(c);
  return message === void 0 ? {} : { message };
}
function cellDocument(cell) {
  const { metrics, baselineUnusable: _unusable, failure: _failure, stop, ...rest } = cell;
  const note = cellNote(cell);
  return { ...rest, metrics: metrics.map(metricDocument), ...note !== void 0 && { note }, ...stop && { stop: { ...stop, message: stopText(stop, cell.currentTrials) } } };
}
function budgetDocument(b) {
  const { basis: _basis, ...rest } = b;
  return { ...rest, message: budgetMessage(b) };
}
function metricDocument(m) {
  const { scale: _scale, ...rest } = m;
  const note = metricNote(m);
  return { ...rest, ...note !== void 0 && { note } };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row3 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size2 = stringLength(cell);
        sizes2[columnIndex2] = size2;
        if (longestCellByColumn[columnIndex2] === void 0 || size2 > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size2;
        }
      }
      row3.push(cell);
    }
    cellMatrix[rowIndex] = row3;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row2 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size2 = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size2) + after;
    if (settings.alignDelimiters !== false) {
      size2 = before.length + size2 + after.length;
      if (size2 > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size2;
      }
      sizes[columnIndex] = size2;
    }
    row2[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row2);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row3 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row3[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size2 = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size2);
        } else if (code2 === 99) {
          const half = size2 / 2;
          if (size2 % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size2);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/report/report-context.ts
function repoPath(configDir, file) {
  if (file === "" || file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) || /^[a-z]+:/.test(file)) return void 0;
  const parts2 = [];
  for (const segment of [...configDir.split("/"), ...file.replace(/\\/g, "/").split("/")]) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts2.length === 0) return void 0;
      parts2.pop();
    } else {
      parts2.push(segment);
    }
  }
  return parts2.length > 0 ? parts2.join("/") : void 0;
}
var SAFE_NAME = /^[A-Za-z0-9_.-]+$/;
var SHA = /^[0-9a-f]{7,40}$/;
function blobUrl(links, filePath, line) {
  if (!links || !SAFE_NAME.test(links.owner) || !SAFE_NAME.test(links.repo) || !SHA.test(links.sha)) return void 0;
  if (!/^https?:\/\/[^\s/]+$/.test(links.serverUrl.replace(/\/$/, ""))) return void 0;
  const lineAnchor = Number.isInteger(line) && line > 0 ? `#L${line}` : "";
  return `${links.serverUrl.replace(/\/$/, "")}/${links.owner}/${links.repo}/blob/${links.sha}/${encodePath(filePath)}${lineAnchor}`;
}

// src/report/error-section.ts
var KINDS_PER_CELL = 3;
function errorSectionVariants(input) {
  const heading = "#### Errors";
  const c = input.comparison;
  const races = c ? c.races ?? [] : findRaces(input.current?.cells ?? []);
  const raceItems = [...new Set(races.map((r) => r.scenario))].flatMap((s) => raceLines(races, s).map((l) => `- \u{1F3C1} ${inlineCode(s)}: ${escapeText(l)}`));
  const items = [];
  if (c) {
    const cells = cellsWithErrors(c).sort((a, b) => Number(b.errors.verdict === "regression") - Number(a.errors.verdict === "regression"));
    for (const cell of cells) {
      const e = cell.errors;
      const regression = e.verdict === "regression";
      const p3 = e.pAdjusted !== null ? `, p ${formatP(e.pAdjusted)} after Holm` : "";
      const head = `- ${regression ? "\u274C" : "\u26A0\uFE0F"} ${inlineCode(cell.id)}: error rate ${escapeText(rateChangeText(e, "\u2192"))}, ${escapeText(ruleText(e))}${p3}${regression ? " \xB7 **regression**" : ` \xB7 ${e.verdict}`}`;
      const kinds = e.kinds.slice(0, KINDS_PER_CELL).map((k) => `  - ${kindItem(input, k)}`);
      items.push({ regression, text: [head, ...kinds].join("\n") });
    }
  } else {
    for (const cell of input.current?.cells ?? []) {
      const kinds = cell.errors ?? summarizeErrors(cell);
      if (kinds.length === 0) continue;
      const lines = kinds.slice(0, KINDS_PER_CELL).map((k) => `  - ${kindItem(input, { ...k, baselineCount: 0, new: false })}`);
      items.push({ regression: false, text: [`- \u26A0\uFE0F ${inlineCode(cell.id)}: ${kinds.reduce((n, k) => n + k.count, 0)} failed operations`, ...lines].join("\n") });
    }
  }
  if (items.length === 0 && raceItems.length === 0) return [""];
  const full = [heading, [...items.map((i) => i.text), ...raceItems].join("\n")].join("\n\n");
  const loud = items.filter((i) => i.regression);
  const compact = [heading, [...loud.map((i) => i.text), ...raceItems].join("\n"), `_${items.length - loud.length} other cell(s) with errors are in the job summary and the JSON._`].filter((t) => t !== "").join("\n\n");
  const regressions = loud.length;
  const oneLine2 = `${heading}

_${items.length} cell(s) with failed operations, ${regressions} error-rate regression(s), ${raceItems.length} race(s) named; left out to fit the comment._`;
  return [full, compact, oneLine2];
}
function kindItem(input, k) {
  const mark = k.new ? "\u{1F195} new " : "";
  const base = k.new ? "" : k.baselineCount > 0 ? ` (baseline: ${k.baselineCount})` : "";
  const where = k.site ? ` at ${siteLink(input, k.site)}` : "";
  const first = k.message !== k.kind ? ` \xB7 first message: ${inlineCode(k.message.slice(0, 300))}` : "";
  return `${mark}${inlineCode(k.kind)}: ${k.count} failed in ${k.trials} trial(s)${base}${where}${first}`;
}
function siteLink(input, site) {
  const path14 = repoPath(input.configDir, site.file);
  const label = inlineCode(`${path14 ?? site.file}:${site.line}`);
  const url = path14 ? blobUrl(input.links, path14, site.line) : void 0;
  const fn = site.function ? ` in ${inlineCode(site.function)}` : "";
  return `${url ? link(label, url) : label}${fn}`;
}

// src/report/comparison-markdown.ts
function renderMarkdown(c, advice) {
  const out = [];
  const icon = c.verdict === "pass" ? "\u2705" : "\u274C";
  out.push(`### ${icon} concurrency-guard: ${c.verdict}`);
  out.push("");
  out.push(`Baseline ${inlineCode(shortSha(c.baseline.git?.sha))} vs current ${inlineCode(shortSha(c.current.git?.sha))}.`);
  const teeth2 = teethCallout(c);
  if (teeth2) out.push("", teeth2);
  if (!c.environment.match) {
    out.push("");
    out.push(
      `> **Environment mismatch:** ${escapeText(c.environment.differences.join("; "))}. ` + (c.environment.timingGated ? "Timing is still gated." : "Throughput and p99 are reported but not gated.")
    );
  }
  const reasons = failureReasons(c);
  if (reasons.length > 0) {
    out.push("", "**Gate failed because:**", "");
    for (const r of reasons) out.push(`- ${escapeText(r)}`);
  }
  const { rows, hidden } = verdictRows(c);
  out.push("");
  out.push(
    markdownTable(
      [HEADER, ...rows.map((r) => markdownRow(r).map((cell, i) => i === 7 && r[7] === "REGRESSION" ? "**regression**" : cell))],
      { align: ["l", "l", "r", "r", "r", "r", "r", "l", "r"] }
    )
  );
  if (hidden > 0) out.push("", `_${hidden} reported metrics unchanged or inconclusive (see the JSON)._`);
  if (c.costs && c.costs.length > 0) {
    out.push("", "**CPU cost** (instructions per operation)", "");
    for (const cost of c.costs) out.push(`- ${escapeText(costComparisonLine(cost, c.cells))}`);
  }
  const shown3 = comparisonAdvice(c, advice);
  if (c.blocking.length > 0) {
    out.push("", "**Blocking sites**", "");
    for (const b of c.blocking) {
      out.push(`- ${b.gated ? "new: " : ""}${escapeText(blockingMessage(b, c.settings.alpha))}`);
      const line = shown3.siteOnce(b.site.file, b.site.line);
      if (line) out.push(`  - \u{1F4A1} ${adviceMarkdown(line)}`);
    }
  }
  const scenarioAdvice = shown3.scenarios;
  if (scenarioAdvice.length > 0) {
    out.push("", "**Advice** (from the current run's own measurements; never part of the verdict)", "");
    for (const [name, lines] of scenarioAdvice) for (const line of lines) out.push(`- ${inlineCode(name)}: ${adviceMarkdown(line)}`);
  }
  const errors = errorSectionVariants({ comparison: c, configDir: "" })[0];
  if (errors !== "") out.push("", errors);
  if (c.budgets.length > 0) {
    out.push("");
    out.push(
      markdownTable([
        ["cell", "budget", "status", "detail"],
        ...c.budgets.map((b) => [inlineCode(b.cell, { inTable: true }), `${escapeText(b.budget)} ${inlineCode(b.spec, { inTable: true })}`, b.status, escapeText(budgetMessage(b))])
      ])
    );
  }
  const notes = comparisonNotes(c);
  if (notes.length > 0) {
    out.push("");
    for (const n of notes) out.push(`- ${escapeText(n)}`);
  }
  out.push(
    "",
    `<sub>Mann-Whitney U per metric, Holm at alpha ${c.settings.alpha} over ${c.gatedComparisons} gated comparisons, Hodges-Lehmann ${+(c.settings.confidence * 100).toFixed(2)}% intervals.</sub>`
  );
  return out.join("\n") + "\n";
}

// src/cli/compare-command.ts
function registerCompare(program2, io = processIo()) {
  program2.command("compare").description("compare a results file with a baseline; exit 1 when the gate fails, 2 on bad input").requiredOption("-b, --baseline <store>", "baseline: file:PATH, branch:NAME, or a results file path").option("--current <file>", "current results file", "concurrency-guard-results.json").option("--commit <sha>", "use the baseline of this commit instead of the latest").option("-c, --config <file>", "take budgets and compare settings from this config instead of the current results").option("--fail-on <classes>", `what fails the gate: ${FAIL_ON.join(",")} (default) or none, as the action's fail-on`, flag(parseFailOn)).option("--alpha <p>", "significance level of the gate, overriding the config", flag(readAlpha)).option("--threshold <pct>", "throughput change that counts as real, e.g. 5%, overriding the config", flag(readThreshold)).option("--markdown <file>", "also write a markdown report").option("--json <file>", "also write the comparison JSON (schema concurrency-guard/comparison@1)").action((opts) => guarded(io, () => runCompare(opts, io)));
}
async function runCompare(opts, io) {
  if (opts.commit !== void 0) checkSha(opts.commit, "--commit");
  const current = await readResultsFile(resolve3(io.cwd, opts.current), opts.current);
  const store = parseStore(opts.baseline, { cwd: io.cwd });
  const baseline = await loadBaseline(store, { ...opts.commit && { commit: opts.commit }, exact: true, fingerprint: current.env.fingerprint });
  if (!baseline) {
    throw new InputError(`${store.description}: no baseline found (save one with: concurrency-guard baseline save --store ${opts.baseline})`);
  }
  const source = opts.config ?? `${opts.current} (recorded config)`;
  const config = opts.config ? loadConfig(opts.config, io.cwd) : void 0;
  const { settings, budgets } = config ? compareConfigOf(config) : readCompareConfig(current.config, source);
  const history = await loadHistory(store, current.env.fingerprint);
  const { comparison, gate } = check({
    history,
    current,
    baseline,
    settings: withOverrides(settings, opts),
    budgets,
    budgetSource: source,
    currentSource: opts.current,
    failOn: opts.failOn ?? FAIL_ON
  });
  if (!comparison) throw new Error("a baseline was loaded but nothing was compared");
  const advice = runAdvice(current, { enabled: config ? config.advice !== false : adviceEnabled(current.config) });
  io.stdout(renderText(comparison, gate, advice));
  if (opts.json) {
    await writeFileAtomic(resolve3(io.cwd, opts.json), JSON.stringify(comparisonDocument(comparison), null, 2) + "\n");
    io.stderr(`comparison written to ${opts.json}
`);
  }
  if (opts.markdown) {
    await writeFileAtomic(resolve3(io.cwd, opts.markdown), renderMarkdown(comparison, advice));
    io.stderr(`markdown report written to ${opts.markdown}
`);
  }
  return gate.verdict === "fail" ? 1 : 0;
}
function compareConfigOf(config) {
  return { settings: config.compare, budgets: config.budgets };
}

// src/cli/init-command.ts
import { existsSync as existsSync6 } from "node:fs";
import { mkdir as mkdir2, mkdtemp as mkdtemp2, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir as tmpdir5 } from "node:os";
import path11 from "node:path";
import { createInterface } from "node:readline/promises";

// src/git/repo-facts.ts
async function repoRoot(cwd) {
  const r = await git(["rev-parse", "--show-toplevel"], { cwd }).catch(() => void 0);
  return r && r.code === 0 && r.stdout.trim() ? r.stdout.trim() : cwd;
}
async function defaultBranch(root) {
  const remote = await git(["symbolic-ref", "--short", "refs/remotes/origin/HEAD"], { cwd: root }).catch(() => void 0);
  if (remote?.code === 0 && remote.stdout.trim().startsWith("origin/")) return remote.stdout.trim().slice("origin/".length);
  const head = await git(["symbolic-ref", "--short", "HEAD"], { cwd: root }).catch(() => void 0);
  return head?.code === 0 && head.stdout.trim() ? head.stdout.trim() : "main";
}

// src/init/init-plan.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path5 from "node:path";

// src/init/action-ref.ts
var ACTION_REPOSITORY = "concurrency-guard/concurrency-guard";
function actionRef(version2) {
  return `${ACTION_REPOSITORY}@v${majorOf(version2)}`;
}
function majorOf(version2) {
  return /^(\d+)\./.exec(version2)?.[1] ?? "1";
}
function schemaRef(version2, installed) {
  return installed ? "node_modules/concurrency-guard/schema/concurrency-guard.schema.json" : `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/v${majorOf(version2)}/schema/concurrency-guard.schema.json`;
}

// src/init/config-text.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/plan/plan.ts
var TRIAL_OVERHEAD_MS = 300;
function makePlan(config, options = {}) {
  const filters = (options.only ?? []).map(parseOnly);
  const cells = [];
  for (const scenario of config.scenarios) {
    for (const model of scenario.models) {
      for (const concurrency of scenario.concurrency) {
        if (filters.length > 0 && !filters.some((f) => f.matches(scenario.name, model, concurrency))) continue;
        const size2 = model === "async" ? 1 : poolSize(poolSpec(scenario, model), concurrency, options.cores);
        cells.push({
          id: `${scenario.name}/${model}/${concurrency}`,
          scenario: {
            ...scenario,
            ...options.trials !== void 0 && { trials: options.trials },
            ...options.durationMs !== void 0 && { durationMs: options.durationMs }
          },
          model,
          concurrency,
          poolSize: size2,
          inFlightPerWorker: spread(concurrency, size2)
        });
      }
    }
  }
  if (cells.length === 0) {
    throw new InputError(`--only ${options.only?.join(",")}: matches no scenario/model/concurrency in ${config.file}`);
  }
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = mulberry32(seed);
  const trials2 = cells.flatMap(
    (cell) => Array.from({ length: cell.scenario.trials }, (_, index) => ({ cell, index, order: 0 }))
  );
  shuffle(trials2, random);
  trials2.forEach((t, order) => t.order = order);
  const estimatedMs = trials2.reduce((sum, t) => sum + t.cell.scenario.warmupMs + t.cell.scenario.durationMs + TRIAL_OVERHEAD_MS, 0);
  return { cells, trials: trials2, seed, estimatedMs };
}
function spread(total, workers) {
  const base = Math.floor(total / workers);
  const extra = total % workers;
  return Array.from({ length: workers }, (_, i) => base + (i < extra ? 1 : 0));
}
function parseOnly(filter) {
  const [scenario, model, level] = filter.split("/");
  if (level !== void 0 && !/^\d+$/.test(level)) throw new InputError(`--only ${filter}: expected SCENARIO[/MODEL[/CONCURRENCY]], got concurrency "${level}"`);
  if (model !== void 0 && model !== "" && !MODELS.includes(model)) {
    throw new InputError(`--only ${filter}: expected a model ${MODELS.join(", ")}, got "${model}"`);
  }
  return {
    matches: (name, m, c) => (scenario === void 0 || scenario === "" || scenario === name) && (model === void 0 || model === "" || model === m) && (level === void 0 || Number(level) === c)
  };
}
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

// src/pipeline/plan-teeth.ts
function planTeeth(config, only, sideBySide, alpha) {
  const cells = makePlan(config, { ...only && { only }, seed: 1 }).cells.length;
  const comparisons = Math.max(1, cells * GATED_METRICS.length);
  const at = (trials2) => teeth({ current: trials2, baseline: trials2, comparisons, alpha, test: sideBySide ? "rank" : "drift-adjusted", grow: "both" });
  return { comparisons, floor: { trials: at(2).needed?.current ?? null, comparisons, alpha }, at };
}
function planTeethWarning(config, options, sideBySide, alpha) {
  const plan = makePlan(config, { ...options.only && { only: options.only }, ...options.trials !== void 0 && { trials: options.trials }, seed: 1 });
  if (plan.cells.length === 0) return void 0;
  const fewest = Math.min(...plan.cells.map((c) => c.scenario.trials));
  const t = planTeeth(config, options.only, sideBySide, alpha).at(fewest);
  const timing = teethSentence(t);
  if (timing) return `this run has no teeth: ${timing}`;
  const errors = errorTeethSentence(t);
  return errors ? `this run's error-rate gate has no teeth: ${errors}` : void 0;
}

// src/init/config-text.ts
var MEASURE_BUDGET_MS = 4 * 6e4;
var DURATIONS_MS = [500, 300, 200];
var FIRST_GUESS = { concurrency: [1, 8], trials: 6, durationMs: 300, warmupMs: 100, timeoutMs: 3e4 };
function fitSettings(config, first = FIRST_GUESS) {
  const floor = planTeeth(config, void 0, true, config.compare.alpha).floor.trials;
  const trials2 = Math.max(first.trials, floor ?? first.trials);
  const bothSides = (durationMs2) => 2 * makePlan(config, { trials: trials2, durationMs: durationMs2, seed: 1 }).estimatedMs;
  const durationMs = DURATIONS_MS.find((d) => bothSides(d) <= MEASURE_BUDGET_MS) ?? DURATIONS_MS[DURATIONS_MS.length - 1];
  return { ...first, trials: trials2, durationMs };
}
function configText(schemaRef2, settings, scenarios) {
  const doc = new import_yaml2.Document({
    version: 1,
    defaults: {
      models: ["async", "threads", "processes"],
      concurrency: settings.concurrency,
      trials: settings.trials,
      duration: `${settings.durationMs}ms`,
      warmup: `${settings.warmupMs}ms`,
      timeout: `${settings.timeoutMs / 1e3}s`
    },
    scenarios: scenarios.map((s) => ({ name: s.name, file: s.file, kind: s.kind }))
  });
  const defaults = doc.get("defaults");
  for (const pair of defaults?.items ?? []) if ((0, import_yaml2.isSeq)(pair.value)) pair.value.flow = true;
  const templates = scenarios.filter((s) => s.template).map((s) => s.file);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaRef2}`,
    " Written by concurrency-guard init. Sized for a pull request check on a 2-core runner: both",
    ` sides (base and PR) measured in about ${Math.round(MEASURE_BUDGET_MS / 6e4)} minutes, with ${settings.trials} trials per cell, the fewest`,
    " with which a change can be significant over these cells. More scenarios or levels: more time.",
    ...templates.length > 0 ? [` Templates to replace with calls into your code: ${templates.join(", ")}.`] : []
  ].join("\n");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

// src/init/inspect-repo.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", ".venv", "venv", "env", "dist", "build", "__pycache__", ".tox", ".mypy_cache"]);
function inspectRepo(root) {
  const facts = { root };
  const pkgFile = path2.join(root, "package.json");
  if (existsSync2(pkgFile)) facts.node = nodeFacts(root, readPackage(pkgFile));
  const python = pythonFacts(root);
  if (python) facts.python = python;
  return facts;
}
function readPackage(file) {
  let data;
  try {
    data = JSON.parse(readFileSync2(file, "utf8"));
  } catch (error) {
    throw new InputError(`package.json: not valid JSON (${error.message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new InputError("package.json: expected an object");
  return data;
}
function nodeFacts(root, pkg) {
  const entry = entryOf(pkg) ?? ["index.js", "index.mjs", "src/index.js", "src/index.mjs", "src/index.ts"].find((f) => existsSync2(path2.join(root, f)));
  const clean = entry === void 0 ? void 0 : path2.posix.normalize(entry.replace(/^\.\//, ""));
  const safe = clean !== void 0 && !clean.startsWith("../") && !path2.isAbsolute(clean) ? clean : void 0;
  return {
    ...typeof pkg.name === "string" && { name: pkg.name },
    ...safe !== void 0 && { entry: safe },
    entryExists: safe !== void 0 && isFile(path2.join(root, safe)),
    typescript: existsSync2(path2.join(root, "tsconfig.json")),
    build: typeof pkg.scripts?.build === "string",
    lockfile: existsSync2(path2.join(root, "package-lock.json")) || existsSync2(path2.join(root, "npm-shrinkwrap.json"))
  };
}
function entryOf(pkg) {
  const fromExports = conditionTarget(pkg.exports, 0);
  if (fromExports !== void 0) return fromExports;
  return typeof pkg.main === "string" && pkg.main !== "" ? pkg.main : void 0;
}
function conditionTarget(value, depth) {
  if (depth > 8) return void 0;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => conditionTarget(v, depth + 1)).find((v) => v !== void 0);
  if (typeof value !== "object" || value === null) return void 0;
  const map = value;
  if ("." in map) return conditionTarget(map["."], depth + 1);
  if (Object.keys(map).some((k) => k.startsWith("."))) return void 0;
  for (const condition of ["import", "node", "default", "require"]) {
    if (condition in map) {
      const target = conditionTarget(map[condition], depth + 1);
      if (target !== void 0) return target;
    }
  }
  return void 0;
}
function pythonFacts(root) {
  const has = (f) => existsSync2(path2.join(root, f));
  const install = [];
  if (has("requirements.txt")) install.push("-r requirements.txt");
  if (has("pyproject.toml") || has("setup.py")) install.push("-e .");
  if (install.length === 0 && !hasPython(root, 0)) return void 0;
  return { install, srcLayout: existsSync2(path2.join(root, "src")) && hasPython(path2.join(root, "src"), 1) };
}
function hasPython(dir, depth) {
  if (depth > 2) return false;
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  if (names.some((n) => n.endsWith(".py") && isFile(path2.join(dir, n)))) return true;
  return names.some((n) => !SKIP.has(n) && !n.startsWith(".") && isDir(path2.join(dir, n)) && hasPython(path2.join(dir, n), depth + 1));
}
function isFile(p3) {
  try {
    return statSync2(p3).isFile();
  } catch {
    return false;
  }
}
function isDir(p3) {
  try {
    return statSync2(p3).isDirectory();
  } catch {
    return false;
  }
}

// src/init/scenario-files.ts
import path3 from "node:path";
var MARK = "TEMPLATE (written by concurrency-guard init):";
function targetScenario(target, srcLayout) {
  if (target.runtime === "node") {
    const file2 = `bench/${target.name}.mjs`;
    return { name: target.name, file: file2, kind: target.kind, runtime: "node", template: false, text: nodeTarget(target, importPath(file2, target.module)) };
  }
  const file = `bench/${target.name.replace(/-/g, "_")}.py`;
  return { name: target.name, file, kind: target.kind, runtime: "python", template: false, text: pythonTarget(target, srcLayout) };
}
function importPath(from, to) {
  const rel = path3.posix.relative(path3.posix.dirname(from), to);
  return rel.startsWith(".") ? rel : `./${rel}`;
}
function nodeTarget(t, spec) {
  const call = `${t.exportName}(...state.args)`;
  return `// concurrency-guard scenario "${t.name}" (${t.kind}): one operation is one call of ${t.exportName} from ${t.module}.
// Give it the arguments of a realistic call in setup(), which runs once per event loop before the
// measured window; run() is timed. A thrown error counts as a failed operation.
import { ${t.exportName} } from ${JSON.stringify(spec)};

export function setup() {
  return { args: [] };
}

export ${t.kind === "io" ? "async " : ""}function run(state) {
  ${t.kind === "io" ? `await ${call}` : call};
}
`;
}
function pythonTarget(t, srcLayout) {
  const underSrc = srcLayout && t.module.startsWith("src/");
  const dotted = (underSrc ? t.module.slice(4) : t.module).replace(/\.py$/, "").replace(/\/__init__$/, "").split("/").join(".");
  const call = `${t.exportName}(*state["args"])`;
  return `"""concurrency-guard scenario "${t.name}" (${t.kind}): one operation is one call of ${t.exportName} from ${t.module}.

Give it the arguments of a realistic call in setup(), which runs once per loop, thread or process
before the measured window; run() is timed. A raised exception counts as a failed operation.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent${underSrc ? ' / "src"' : ""}))

from ${dotted} import ${t.exportName}  # noqa: E402


def setup(info):
    return {"args": ()}


${t.kind === "io" ? "async " : ""}def run(state):
    ${t.kind === "io" ? `await ${call}` : call}
`;
}
function templateScenarios(runtime, entry) {
  const where = entry ? ` (for instance from ${entry})` : "";
  if (runtime === "node") {
    return [
      { name: "starter-io", file: "bench/starter-io.mjs", kind: "io", runtime, template: true, text: NODE_IO(where) },
      { name: "starter-cpu", file: "bench/starter-cpu.mjs", kind: "cpu", runtime, template: true, text: NODE_CPU(where) }
    ];
  }
  return [
    { name: "starter-io-py", file: "bench/starter_io.py", kind: "io", runtime, template: true, text: PY_IO },
    { name: "starter-cpu-py", file: "bench/starter_cpu.py", kind: "cpu", runtime, template: true, text: PY_CPU }
  ];
}
var NODE_IO = (where) => `// ${MARK} an I/O scenario.
// It measures a stand-in: a GET to a loopback server that answers after 10 ms, the way a handler
// waits on a database or another service. Replace run() with one request of your own code${where};
// setup() runs once per event loop before the measured window, teardown() after it.
import http from "node:http";

export async function setup() {
  const server = http.createServer((req, res) => setTimeout(() => res.end(JSON.stringify({ ok: true, path: req.url })), 10));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const agent = new http.Agent({ keepAlive: true });
  return { server, agent, port: server.address().port };
}

export function run({ agent, port }) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/item/1", agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(\`status \${res.statusCode}\`))));
    });
    req.on("error", reject);
  });
}

export async function teardown({ server, agent }) {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
}
`;
var NODE_CPU = (where) => `// ${MARK} a CPU scenario.
// It measures a stand-in: parsing and re-serializing a 200-item JSON document. Replace run() with
// one call of your own CPU-heavy code${where}; setup() builds its input once per event loop.
export function setup() {
  const items = Array.from({ length: 200 }, (_, i) => ({ id: i, name: \`item \${i}\`, tags: ["a", "b", "c"], price: i * 1.5 }));
  return { text: JSON.stringify({ items }) };
}

export function run({ text }) {
  const doc = JSON.parse(text);
  doc.items.sort((a, b) => b.price - a.price);
  return JSON.stringify(doc).length;
}
`;
var PY_IO = `"""${MARK} an I/O scenario.

It measures a stand-in: a 10 ms wait, the way a handler waits on a database or another service.
Replace run() with one request of your own code; setup() runs once per loop, thread or process
before the measured window.
"""
import asyncio


def setup(info):
    return {"delay": 0.01}


async def run(state):
    await asyncio.sleep(state["delay"])
`;
var PY_CPU = `"""${MARK} a CPU scenario.

It measures a stand-in: parsing and re-serializing a 200-item JSON document in pure Python.
Replace run() with one call of your own CPU-heavy code; setup() builds its input once.
"""
import json


def setup(info):
    items = [{"id": i, "name": f"item {i}", "tags": ["a", "b", "c"], "price": i * 1.5} for i in range(200)]
    return {"text": json.dumps({"items": items})}


def run(state):
    doc = json.loads(state["text"])
    doc["items"].sort(key=lambda item: -item["price"])
    return len(json.dumps(doc))
`;

// src/init/scenario-target.ts
import { existsSync as existsSync3, readFileSync as readFileSync3, statSync as statSync3 } from "node:fs";
import path4 from "node:path";
var FORM = "MODULE#EXPORT or MODULE#EXPORT:io|cpu (e.g. src/parse.js#parse, app/render.py#render:cpu)";
var NODE_EXT = /\.(?:js|mjs|cjs|ts|mts|cts)$/;
function readScenarioTarget(value, root) {
  const match = /^([^#]+)#([A-Za-z_$][\w$]*)(?::(io|cpu))?$/.exec(value.trim());
  if (!match) throw new InputError(`--scenario: expected ${FORM}, got ${JSON.stringify(value)}`);
  const [, rawModule, exportName, kind] = match;
  const module = path4.posix.normalize(rawModule.replace(/\\/g, "/").replace(/^\.\//, ""));
  const file = path4.resolve(root, module);
  if (module.startsWith("../") || path4.isAbsolute(module) || !file.startsWith(path4.resolve(root) + path4.sep)) {
    throw new InputError(`--scenario ${value}: expected a module inside the repository, got ${JSON.stringify(rawModule)}`);
  }
  const runtime = module.endsWith(".py") ? "python" : NODE_EXT.test(module) ? "node" : void 0;
  if (!runtime) throw new InputError(`--scenario ${value}: expected a .js, .mjs, .cjs, .ts or .py module, got ${JSON.stringify(module)}`);
  if (!existsSync3(file) || !statSync3(file).isFile()) throw new InputError(`--scenario ${value}: module not found (tried ${module})`);
  const source = readFileSync3(file, "utf8");
  const found = runtime === "python" ? pythonDefinition(source, exportName) : nodeDefinition(source, exportName);
  if (!found) {
    throw new InputError(`--scenario ${value}: ${module} does not ${runtime === "python" ? "define" : "export"} ${exportName} (expected ${runtime === "python" ? `def ${exportName}(...) or async def` : `export function ${exportName}, export const ${exportName} or export { ${exportName} }`})`);
  }
  return { runtime, module, exportName, kind: kind ?? (found === "async" ? "io" : "cpu"), name: kebab(exportName) };
}
function escape2(name) {
  return name.replace(/\$/g, "\\$");
}
function nodeDefinition(source, name) {
  const n = escape2(name);
  if (new RegExp(`export\\s+async\\s+function\\s*\\*?\\s*${n}\\b`).test(source)) return "async";
  if (new RegExp(`export\\s+(?:const|let|var)\\s+${n}\\s*=\\s*async\\b`).test(source)) return "async";
  if (new RegExp(`export\\s+(?:function\\s*\\*?|const|let|var|class)\\s*${n}\\b`).test(source)) return "sync";
  if (new RegExp(`export\\s*\\{[^}]*\\b(?:as\\s+)?${n}\\b[^}]*\\}`).test(source)) {
    return new RegExp(`async\\s+function\\s+${n}\\b|\\b${n}\\s*=\\s*async\\b`).test(source) ? "async" : "sync";
  }
  if (new RegExp(`(?:module\\.)?exports\\.${n}\\s*=`).test(source)) return new RegExp(`exports\\.${n}\\s*=\\s*async\\b`).test(source) ? "async" : "sync";
  return void 0;
}
function pythonDefinition(source, name) {
  if (new RegExp(`^async\\s+def\\s+${name}\\s*\\(`, "m").test(source)) return "async";
  if (new RegExp(`^def\\s+${name}\\s*\\(`, "m").test(source)) return "sync";
  return void 0;
}
function kebab(name) {
  const out = name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase();
  return out || "scenario";
}

// src/init/workflow-text.ts
var import_yaml3 = __toESM(require_dist(), 1);
var WORKFLOW_NAME = "concurrency-guard";
var RESULTS_ARTIFACT = "concurrency-guard-results";
function workflowText(repo, o) {
  const action = { uses: o.action, ...o.config !== void 0 && { with: { config: o.config } } };
  const withBudget = (extra = {}) => ({ ...action, with: { ...action.with, "time-budget": o.timeBudget, ...extra } });
  const doc = new import_yaml3.Document({
    name: WORKFLOW_NAME,
    on: { pull_request: null, push: { branches: [o.defaultBranch] }, schedule: [{ cron: "0 3 * * *" }], workflow_dispatch: null },
    permissions: {},
    concurrency: { group: "concurrency-guard-${{ github.ref }}", "cancel-in-progress": "${{ github.event_name == 'pull_request' }}" },
    jobs: {
      check: {
        if: "github.event_name == 'pull_request'",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 20,
        permissions: { contents: "read", "pull-requests": "write" },
        steps: [
          { uses: "actions/checkout@v4", with: { "persist-credentials": false } },
          ...setupSteps(repo, o),
          { uses: o.action, id: "guard", with: withBudget().with },
          {
            uses: "actions/upload-artifact@v4",
            if: "always() && steps.guard.outputs.results != ''",
            with: { name: RESULTS_ARTIFACT, path: "${{ steps.guard.outputs.results }}", "retention-days": 7 }
          }
        ]
      },
      baseline: {
        if: "github.event_name != 'pull_request'",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 20,
        permissions: { contents: "write" },
        steps: [{ uses: "actions/checkout@v4" }, ...setupSteps(repo, o), withBudget()]
      }
    }
  });
  const jobs = doc.get("jobs");
  jobs.get("check").commentBefore = " Pull requests: their code runs here, so the job holds nothing that can push (read-only\n contents, credentials not persisted). The base commit is measured beside the PR's.";
  jobs.get("baseline").commentBefore = " Merged code only (pushes, nightly, manual runs): the one job that may push, to the baselines branch.";
  doc.commentBefore = [
    " Written by concurrency-guard init: measures pull requests against their base commit and stores",
    ` baselines from ${o.defaultBranch}. No permissions at the top: each job names what it needs.`,
    ` Docs: https://github.com/${o.action.split("@")[0]}#github-action`
  ].join("\n");
  doc.comment = forkFollowUp(o);
  return doc.toString({ nullStr: "", lineWidth: 0 }).replace(/ +$/gm, "");
}
function setupSteps(repo, o) {
  const steps = [];
  if (o.node && repo.node) {
    steps.push({ uses: "actions/setup-node@v4", with: { "node-version": 24 } });
    steps.push({ run: repo.node.lockfile ? "npm ci" : "npm install" });
    if (repo.node.build) steps.push({ run: "npm run build" });
  }
  if (o.python) {
    steps.push({ uses: "actions/setup-python@v5", with: { "python-version": "3.12" } });
    if (repo.python && repo.python.install.length > 0) steps.push({ run: `python -m pip install ${repo.python.install.join(" ")}` });
  }
  return steps;
}
function forkFollowUpDocument(o) {
  return new import_yaml3.Document({
    name: `${WORKFLOW_NAME}-comment`,
    on: { workflow_run: { workflows: [WORKFLOW_NAME], types: ["completed"] } },
    permissions: { contents: "read", "pull-requests": "write", actions: "read" },
    jobs: {
      comment: {
        if: "github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.head_repository.full_name != github.repository",
        "runs-on": "ubuntu-latest",
        steps: [
          { uses: "actions/checkout@v4" },
          {
            uses: "actions/download-artifact@v4.1.8",
            with: { name: RESULTS_ARTIFACT, path: "${{ runner.temp }}/pr-results", "run-id": "${{ github.event.workflow_run.id }}", "github-token": "${{ github.token }}" }
          },
          { uses: o.action, with: { ...o.config !== void 0 && { config: o.config }, results: "${{ runner.temp }}/pr-results/results.json" } }
        ]
      }
    }
  });
}
function forkFollowUp(o) {
  const body = forkFollowUpDocument(o).toString({ lineWidth: 0 }).trimEnd();
  return [
    " Pull requests from forks run with a read-only token, so their check cannot comment. To comment",
    " on them, save the workflow below as .github/workflows/concurrency-guard-comment.yml and remove",
    " the leading '# '. It runs on the default branch's code only and reads the PR run's results.",
    "",
    ...body.split("\n").map((line) => ` ${line}`)
  ].join("\n");
}

// src/init/init-plan.ts
var CONFIG_FILE = "concurrency-guard.yml";
var WORKFLOW_FILE = ".github/workflows/concurrency-guard.yml";
var TIME_BUDGET = "5m";
function planInit(request) {
  const facts = inspectRepo(request.root);
  const targets = request.targets.map((t) => readScenarioTarget(t, request.root));
  const runtimes = ["node", "python"].filter((r) => (r === "node" ? facts.node : facts.python) !== void 0 || targets.some((t) => t.runtime === r));
  if (runtimes.length === 0) {
    throw new InputError(`${request.root}: found no package.json, pyproject.toml, requirements.txt or *.py file; init writes Node and Python scenarios (or name one with --scenario MODULE#EXPORT)`);
  }
  const scenarios = runtimes.flatMap((runtime) => {
    const own = targets.filter((t) => t.runtime === runtime).map((t) => targetScenario(t, facts.python?.srcLayout ?? false));
    const templates = templateScenarios(runtime, runtime === "node" ? facts.node?.entry : void 0).filter((s) => !own.some((o) => o.kind === s.kind));
    return [...own, ...templates];
  });
  const schema = schemaRef(request.version, request.schemaInstalled);
  const settings = fitSettings(checkedConfig(configText(schema, FIRST_GUESS, scenarios), scenarios));
  const config = configText(schema, settings, scenarios);
  checkedConfig(config, scenarios);
  const workflow = workflowText(facts, {
    action: actionRef(request.version),
    defaultBranch: request.defaultBranch,
    python: runtimes.includes("python"),
    node: runtimes.includes("node"),
    timeBudget: TIME_BUDGET
  });
  return {
    facts,
    runtimes: [...runtimes],
    scenarios,
    settings,
    files: [{ path: CONFIG_FILE, text: config }, ...scenarios.map((s) => ({ path: s.file, text: s.text })), { path: WORKFLOW_FILE, text: workflow }]
  };
}
function checkedConfig(text, scenarios) {
  const scratch = mkdtempSync(path5.join(tmpdir2(), "cg-init-"));
  try {
    for (const s of scenarios) {
      mkdirSync(path5.dirname(path5.join(scratch, s.file)), { recursive: true });
      writeFileSync(path5.join(scratch, s.file), s.text);
    }
    writeFileSync(path5.join(scratch, CONFIG_FILE), text);
    return loadConfig(CONFIG_FILE, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// src/pipeline/run.ts
import { availableParallelism as availableParallelism4 } from "node:os";

// src/config/cost-mode.ts
var COST_MODES = ["auto", "instructions", "off"];
function readCostMode(text) {
  const value = text.trim();
  if (COST_MODES.includes(value)) return value;
  return { expected: `one of ${COST_MODES.join(", ")}` };
}
function withCostMode(config, mode) {
  if (mode === void 0) return config;
  return {
    ...config,
    defaults: { ...config.defaults, cost: mode },
    scenarios: config.scenarios.map((s) => ({ ...s, cost: mode }))
  };
}

// src/execute/cost/valgrind.ts
import { execFile as execFile2 } from "node:child_process";
var PROBE_TIMEOUT_MS = 2e4;
function probeValgrind(platform = process.platform, env = process.env) {
  if (platform !== "linux") return Promise.resolve({ ok: false, reason: `valgrind counts instructions on Linux only; this system is ${platform}` });
  return new Promise((resolve4) => {
    execFile2("valgrind", ["--version"], { timeout: PROBE_TIMEOUT_MS, encoding: "utf8", env }, (error, stdout, stderr) => {
      if (error) {
        const code2 = error.code;
        if (code2 === "ENOENT") return resolve4({ ok: false, reason: "valgrind was not found on PATH (install it: apt-get install valgrind)" });
        return resolve4({ ok: false, reason: `valgrind --version failed: ${failureLine(`${stderr}
${stdout}`) ?? error.message.trim()}` });
      }
      const version2 = /valgrind-\d+\.\d+(\.\d+)?/.exec(stdout)?.[0];
      if (!version2) return resolve4({ ok: false, reason: `valgrind --version printed an unexpected version: ${JSON.stringify(stdout.trim().slice(0, 80))}` });
      resolve4({ ok: true, version: version2 });
    });
  });
}
function failureLine(output) {
  const lines = output.split("\n").map((l) => l.replace(/^==\d+==\s*/, "").trim()).filter((l) => l !== "");
  return lines.find((l) => /fatal error|unrecognised instruction|unhandled instruction/i.test(l)) ?? lines.at(-1);
}

// src/plan/cost-estimate.ts
var COST_COUNT_MS = { node: 12e3, python: 6e3 };
var SIZING_MS = 1500;
var COUNTS_PER_SCENARIO = 4;
function estimateCostMs(scenarios, cores) {
  const counted = scenarios.filter((s) => s.cost !== "off");
  const countMs = counted.reduce((sum, s) => sum + COUNTS_PER_SCENARIO * COST_COUNT_MS[s.runtime], 0);
  return counted.length * SIZING_MS + countMs / Math.max(1, cores);
}

// src/plan/time-budget.ts
var MIN_DURATION_MS = 100;
var MEASURE_SHARE = 0.9;
function planForBudget(config, requested, budgetMs, floor, reservedMs = 0) {
  const available = Math.max(0, budgetMs * MEASURE_SHARE - reservedMs);
  const estimate = (trials3, durationMs2) => makePlan(config, { ...trials3 !== void 0 && { trials: trials3 }, ...durationMs2 !== void 0 && { durationMs: durationMs2 }, seed: 1 }).estimatedMs;
  const full = estimate(requested.trials, requested.durationMs);
  const budgetText = reservedMs > 0 ? `${durationText(budgetMs)} (${durationText(reservedMs)} of it for the instruction counts)` : durationText(budgetMs);
  if (full <= available) {
    return { ...requested, estimatedMs: full, notes: [`time-budget ${budgetText}: the plan needs about ${durationText(full)}; nothing trimmed`] };
  }
  const configuredTrials = requested.trials ?? Math.max(...config.scenarios.map((s) => s.trials));
  const configuredDuration = requested.durationMs ?? Math.max(...config.scenarios.map((s) => s.durationMs));
  const lowest = floor.trials !== null && floor.trials <= configuredTrials ? Math.max(MIN_TRIALS, floor.trials) : MIN_TRIALS;
  const floorNote = `kept ${lowest} trials per cell, the fewest with which ${floor.comparisons} gated comparisons can be significant at alpha ${floor.alpha}`;
  for (let trials3 = configuredTrials - 1; trials3 >= lowest; trials3--) {
    const ms3 = estimate(trials3, requested.durationMs);
    if (ms3 <= available) {
      return {
        trials: trials3,
        ...requested.durationMs !== void 0 && { durationMs: requested.durationMs },
        estimatedMs: ms3,
        notes: [`time-budget ${budgetText}: the full plan needs about ${durationText(full)}; trimmed trials from ${configuredTrials} to ${trials3} per cell (about ${durationText(ms3)})`]
      };
    }
  }
  const trials2 = Math.min(lowest, configuredTrials);
  let durationMs = configuredDuration;
  let ms2 = estimate(trials2, durationMs);
  while (ms2 > available && durationMs > MIN_DURATION_MS) {
    durationMs = Math.max(MIN_DURATION_MS, Math.floor(durationMs * 0.75 / 10) * 10);
    ms2 = estimate(trials2, durationMs);
  }
  const cut = [
    ...trials2 < configuredTrials ? [`trials from ${configuredTrials} to ${trials2} per cell`] : [],
    ...durationMs < configuredDuration ? [`the measured time per trial from ${configuredDuration}ms to ${durationMs}ms`] : []
  ];
  const notes = [
    `time-budget ${budgetText}: the full plan needs about ${durationText(full)}; ${cut.length > 0 ? `trimmed ${cut.join(" and ")}` : "nothing could be trimmed"} (about ${durationText(ms2)})` + (lowest > MIN_TRIALS && trials2 === lowest ? `; ${floorNote}, rather than fewer that could flag nothing` : "")
  ];
  if (ms2 > available) {
    notes.push(`time-budget ${budgetText}: even the smallest plan${lowest > MIN_TRIALS ? " with teeth" : ""} needs about ${durationText(ms2)}; running it anyway (fewer scenarios, models or levels would fit)`);
  }
  return { trials: trials2, durationMs, estimatedMs: ms2, notes };
}

// src/config/trials-mode.ts
function readTrialsRequest(text) {
  if (text.trim() === "adaptive") return "adaptive";
  const value = readTrials(text.trim());
  return isBad(value) ? { expected: `${value.expected}, or adaptive` } : value;
}
function withTrials(config, request) {
  if (request === void 0) return config;
  const apply = (s) => {
    if (request === "adaptive") {
      const adaptive = s.adaptive ?? config.defaults.adaptive ?? DEFAULT_ADAPTIVE;
      return { ...s, trials: adaptive.min, adaptive };
    }
    const { adaptive: _off, ...fixed } = s;
    return { ...fixed, trials: request };
  };
  return { ...config, defaults: apply(config.defaults), scenarios: config.scenarios.map(apply) };
}
function adaptiveDesign(config) {
  const bounds = config.scenarios.flatMap((s) => s.adaptive ? [s.adaptive] : []);
  if (bounds.length === 0) return void 0;
  return { min: Math.min(...bounds.map((b) => b.min)), max: Math.max(...bounds.map((b) => b.max)), step: ADAPTIVE_STEP };
}
function withTrialsOf(config, from) {
  const pick = (source) => ({ trials: source.trials, ...source.adaptive && { adaptive: source.adaptive } });
  const strip = (s) => {
    const { adaptive: _a, ...rest } = s;
    return rest;
  };
  return {
    ...config,
    defaults: { ...strip(config.defaults), ...pick(from.defaults) },
    scenarios: config.scenarios.map((s) => ({ ...strip(s), ...pick(from.scenarios.find((f) => f.name === s.name) ?? from.defaults) }))
  };
}

// src/pipeline/measure.ts
import { randomUUID } from "node:crypto";
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync3 } from "node:fs";
import path10 from "node:path";

// src/execute/failed-trial.ts
function failedTrial(spec, status, error, startupMs = 0) {
  const zero = { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  return {
    status,
    message: error.message,
    ops: 0,
    errors: 0,
    wallMs: 0,
    throughput: 0,
    latencyMs: zero,
    loopDelayMs: { p50: 0, p99: 0, max: 0 },
    loops: [],
    cpu: { userMs: 0, systemMs: 0, perOpUs: 0 },
    memory: { baselineRssMb: 0, peakRssMb: 0, perInFlightKb: 0 },
    startupMs,
    poolSize: spec.poolSize,
    inFlightPerWorker: spec.inFlightPerWorker,
    firstError: error
  };
}

// src/execute/python-check.ts
import { execFile as execFile3 } from "node:child_process";
var MIN_PYTHON = [3, 9];
var PROBE_CODE = "import sys, platform; print('%d.%d.%d %s' % (sys.version_info[0], sys.version_info[1], sys.version_info[2], platform.python_implementation()))";
var PROBE_TIMEOUT_MS2 = 2e4;
async function checkPythonScenarios(cells, root, probe = probePython) {
  const scenarios = new Map(cells.filter((c) => c.scenario.runtime === "python").map((c) => [c.scenario.name, c.scenario]));
  const probes = /* @__PURE__ */ new Map();
  const problems = /* @__PURE__ */ new Map();
  for (const scenario of scenarios.values()) {
    let pending = probes.get(scenario.python);
    if (!pending) {
      pending = probe(scenario.python, root);
      probes.set(scenario.python, pending);
    }
    const problem = pythonProblem(await pending, scenario.python);
    if (problem) problems.set(scenario.name, `scenario ${scenario.name} (${scenario.file}): ${problem}`);
  }
  return problems;
}
function pythonProblem(probe, python) {
  if (!probe.ok) return `${probe.reason}. Install Python >= ${MIN_PYTHON.join(".")} or point the config's python: setting at one (e.g. python: .venv/bin/python)`;
  const [major = 0, minor = 0] = probe.version.split(".").map(Number);
  if (major > MIN_PYTHON[0] || major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1]) return void 0;
  return `Python interpreter "${python}" is ${probe.implementation} ${probe.version}; Python scenarios need Python >= ${MIN_PYTHON.join(".")}. Set the config's python: setting to a newer interpreter`;
}
function probePython(python, cwd) {
  return new Promise((resolve4) => {
    execFile3(python, ["-c", PROBE_CODE], { cwd, timeout: PROBE_TIMEOUT_MS2, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) {
        const code2 = error.code;
        if (code2 === "ENOENT") return resolve4({ ok: false, reason: `Python interpreter "${python}" not found` });
        if (code2 === "EACCES") return resolve4({ ok: false, reason: `Python interpreter "${python}" is not executable` });
        const detail = (stderr || error.message).trim().split("\n").slice(-1)[0] ?? "";
        return resolve4({ ok: false, reason: `Python interpreter "${python}" failed to report its version: ${detail}` });
      }
      const match = /^(\d+\.\d+\.\d+)\s+(\S+)/.exec(stdout.trim());
      if (!match) return resolve4({ ok: false, reason: `Python interpreter "${python}" printed an unexpected version: ${JSON.stringify(stdout.trim().slice(0, 80))}` });
      resolve4({ ok: true, version: match[1], implementation: match[2] });
    });
  });
}

// src/execute/run-trial.ts
import { spawn } from "node:child_process";
import { mkdtempSync as mkdtempSync2, readFileSync as readFileSync5, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import path7 from "node:path";

// src/execute/crash.ts
var OUTPUT_TAIL = 4e3;
var OUT_OF_MEMORY = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY|reaching memory limit|\bMemoryError\b/;
function outputTail() {
  let kept = "";
  return {
    add: (chunk) => {
      kept = (kept + chunk.toString()).slice(-OUTPUT_TAIL);
    },
    text: () => kept.trim()
  };
}
function describeCrash(process2, code2, signal2, output = "") {
  const text = output.trim().slice(-OUTPUT_TAIL);
  return {
    process: process2,
    ...signal2 ? { signal: signal2 } : code2 !== null && { exitCode: code2 },
    ...OUT_OF_MEMORY.test(text) && { outOfMemory: true },
    ...text && { output: text }
  };
}
function crashWords(who, crash) {
  const how = crash.signal ?? (crash.exitCode !== void 0 ? `code ${crash.exitCode}` : "no exit status");
  const memory = crash.outOfMemory ? `ran out of memory (${memoryReason(crash.output ?? "")}) and ` : "";
  return `${who} ${memory}exited with ${how}`;
}
function memoryReason(output) {
  if (/heap out of memory/.test(output)) return "JavaScript heap out of memory";
  if (/ERR_WORKER_OUT_OF_MEMORY|reaching memory limit/.test(output)) return "worker memory limit reached";
  if (/\bMemoryError\b/.test(output)) return "MemoryError";
  return "heap limit reached";
}

// src/execute/runtime-files.ts
import { existsSync as existsSync4 } from "node:fs";
import path6 from "node:path";
import { fileURLToPath } from "node:url";
function runtimeFile(name, from = import.meta.url) {
  let dir = path6.dirname(fileURLToPath(from));
  for (; ; ) {
    for (const candidate of [path6.join(dir, name), path6.join(dir, "dist", name)]) {
      if (existsSync4(candidate)) return candidate;
    }
    const parent = path6.dirname(dir);
    if (parent === dir) throw new Error(`runtime file ${name} not found next to ${fileURLToPath(from)}; run npm run build`);
    dir = parent;
  }
}

// src/execute/stray-processes.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { existsSync as existsSync5, readdirSync as readdirSync2, readFileSync as readFileSync4 } from "node:fs";
var TRIAL_MARKER = "CONCURRENCY_GUARD_TRIAL";
function trialMark() {
  return randomBytes2(8).toString("hex");
}
var MAX_ROUNDS = 10;
function killMarked(mark, program2) {
  if (!existsSync5("/proc/self/environ")) return void 0;
  const entry = `${TRIAL_MARKER}=${mark}`;
  const reported = /* @__PURE__ */ new Map();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = marked(entry);
    if (found.length === 0) break;
    for (const pid of found) signal(pid, "SIGSTOP");
    for (const pid of found) {
      const argv = read(`/proc/${pid}/cmdline`)?.split("\0") ?? [];
      if (!argv.includes(program2)) reported.set(pid, read(`/proc/${pid}/comm`)?.trim() || argv[0] || "?");
      signal(pid, "SIGKILL");
    }
  }
  if (reported.size === 0) return void 0;
  return { count: reported.size, names: [...new Set(reported.values())].sort() };
}
function marked(entry) {
  const pids = [];
  for (const name of readdirSync2("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid) continue;
    const environ = read(`/proc/${pid}/environ`);
    if (environ && environ.split("\0").includes(entry)) pids.push(pid);
  }
  return pids;
}
function read(file) {
  try {
    return readFileSync4(file, "utf8");
  } catch {
    return void 0;
  }
}
function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
  }
}

// src/execute/run-trial.ts
var OUTPUT_GRACE_MS = 2e3;
async function runTrialProcess(spec, options) {
  const dir = mkdtempSync2(path7.join(tmpdir3(), "cg-trial-"));
  const specFile = path7.join(dir, "spec.json");
  const outFile = path7.join(dir, "result.json");
  writeFileSync2(specFile, JSON.stringify(spec));
  const program2 = runtimeFile(spec.runtime === "python" ? "python/harness.py" : "trial.js");
  const command = spec.runtime === "python" ? options.python ?? "python3" : process.execPath;
  try {
    const exit = await runProcess(command, [program2, specFile, outFile], program2, spec, options);
    const killed = exit.killed && { killedProcesses: exit.killed };
    return { ...outcome(spec, options, exit, readResult(outFile)), ...killed };
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}
function outcome(spec, options, exit, parsed) {
  if (exit.timedOut) return failed(spec, "timeout", `trial exceeded the ${options.timeoutMs}ms timeout and was killed`, exit.output);
  if (parsed) return parsed.status === "crashed" ? withOutput(parsed, exit.output) : parsed;
  if (exit.spawnError) return failed(spec, "crashed", exit.spawnError, exit.output);
  const crash = describeCrash("trial", exit.code, exit.signal, exit.output);
  return failed(spec, "crashed", `${crashWords("trial process", crash)} without a result`, exit.output, crash);
}
function withOutput(result, output) {
  const tail = output.trim();
  if (!tail || result.crash?.output) return result;
  return { ...result, crash: { ...result.crash ?? { process: "trial" }, output: tail } };
}
function readResult(file) {
  try {
    return JSON.parse(readFileSync5(file, "utf8"));
  } catch {
    return void 0;
  }
}
function runProcess(command, args, program2, spec, options) {
  return new Promise((resolve4) => {
    const mark = trialMark();
    const child = spawn(command, args, {
      cwd: spec.root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...options.env, [TRIAL_MARKER]: mark }
    });
    const output = outputTail();
    child.stdout.on("data", output.add);
    child.stderr.on("data", output.add);
    let timedOut = false;
    let spawnError;
    let killed;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    let grace;
    child.on("error", (error) => {
      spawnError = error.code === "ENOENT" ? `${command}: not found (tried to start it for scenario ${spec.scenario})` : error.message;
    });
    child.on("exit", () => {
      clearTimeout(timer);
      killGroup(child.pid);
      killed = killMarked(mark, program2);
      grace = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, OUTPUT_GRACE_MS);
    });
    child.on("close", (code2, signal2) => {
      clearTimeout(timer);
      clearTimeout(grace);
      killGroup(child.pid);
      resolve4({ code: code2, signal: signal2, timedOut, output: output.text(), ...spawnError && { spawnError }, ...killed && { killed } });
    });
  });
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function failed(spec, status, message, output, crash) {
  const tail = output.trim();
  return { ...failedTrial(spec, status, { message, ...tail && { stack: tail } }), ...crash && { crash } };
}

// src/execute/run-plan.ts
var FAILURES_BEFORE_GIVING_UP = 2;
async function executePlan(config, plan, options = {}) {
  const results = new Map(
    plan.cells.map((cell) => [cell.id, emptyCell(cell)])
  );
  const remaining = new Map(plan.cells.map((cell) => [cell.id, cell.scenario.trials]));
  const total = plan.trials.length;
  let done = 0;
  let cellsDone = 0;
  const pythonProblems = options.runTrial ? /* @__PURE__ */ new Map() : await checkPythonScenarios(plan.cells, config.root);
  const run = options.runTrial ?? ((spec, cell) => {
    const problem = pythonProblems.get(cell.scenario.name);
    if (problem !== void 0) return Promise.resolve(failedTrial(spec, "error", { message: problem }));
    return runTrialProcess(spec, { timeoutMs: cell.scenario.timeoutMs, python: cell.scenario.python });
  });
  const finishCell = (cell) => {
    cell.trials.sort((a, b) => a.index - b.index);
    const summary2 = summarizeCell(cell);
    if (summary2) cell.summary = summary2;
    if (!summary2) {
      const first = cell.trials.find((t) => t.message)?.message ?? "no trial completed";
      cell.error = cell.trials.length < cellTrials(plan, cell.id) ? `${first} (gave up after ${cell.trials.length} failed trials)` : first;
    }
    cellsDone++;
    options.events?.onCellDone?.(cell, cellsDone, plan.cells.length);
  };
  for (const trial of plan.trials) {
    const cell = results.get(trial.cell.id);
    const left = remaining.get(trial.cell.id);
    if (left === 0) continue;
    if (cell.trials.length >= FAILURES_BEFORE_GIVING_UP && cell.trials.every((t) => t.status !== "ok")) {
      done += left;
      remaining.set(trial.cell.id, 0);
      finishCell(cell);
      continue;
    }
    options.events?.onTrialStart?.(trial, done, total);
    const spec = specFor(config, trial, options);
    const outcome2 = await (options.schedule ? options.schedule(() => run(spec, trial.cell)) : run(spec, trial.cell));
    const result = { index: trial.index, order: trial.order, ...outcome2 };
    cell.trials.push(result);
    done++;
    remaining.set(trial.cell.id, left - 1);
    options.events?.onTrialDone?.(trial, result, done, total);
    if (left - 1 === 0) finishCell(cell);
  }
  return [...results.values()];
}
function cellTrials(plan, id) {
  return plan.cells.find((c) => c.id === id)?.scenario.trials ?? 0;
}
function specFor(config, trial, options = {}) {
  const { cell } = trial;
  return {
    scenario: cell.scenario.name,
    file: cell.scenario.path,
    root: config.root,
    runtime: cell.scenario.runtime,
    model: cell.model,
    concurrency: cell.concurrency,
    poolSize: cell.poolSize,
    inFlightPerWorker: cell.inFlightPerWorker,
    warmupMs: cell.scenario.warmupMs,
    durationMs: cell.scenario.durationMs,
    blockMs: cell.scenario.blockMs,
    trial: trial.index,
    ...options.detectBlocking !== void 0 && { detectBlocking: options.detectBlocking },
    ...options.attributeBlocking !== void 0 && { attributeBlocking: options.attributeBlocking }
  };
}
function emptyCell(cell) {
  return {
    id: cell.id,
    scenario: cell.scenario.name,
    runtime: cell.scenario.runtime,
    kind: cell.scenario.kind,
    model: cell.model,
    concurrency: cell.concurrency,
    poolSize: cell.poolSize,
    inFlightPerWorker: cell.inFlightPerWorker,
    trials: []
  };
}

// src/execute/turns.ts
var Turns = class {
  active;
  waiting = /* @__PURE__ */ new Map();
  random;
  round = [];
  busy = false;
  constructor(arms, seed) {
    this.active = new Set(arms);
    this.random = mulberry32(seed);
  }
  /** Runs `work` when it is `arm`'s turn; never two at once, whichever arm they belong to. */
  async take(arm, work) {
    if (!this.active.has(arm)) throw new Error(`arm ${arm} is not taking turns`);
    await new Promise((resolve4) => {
      this.waiting.set(arm, resolve4);
      this.next();
    });
    try {
      return await work();
    } finally {
      this.busy = false;
      this.next();
    }
  }
  /** The arm has no trial left: the others stop waiting for it. */
  leave(arm) {
    this.active.delete(arm);
    this.waiting.delete(arm);
    this.next();
  }
  next() {
    if (this.busy) return;
    this.round = this.round.filter((a) => this.active.has(a));
    if (this.round.length === 0) {
      if (this.active.size === 0) return;
      this.round = [...this.active];
      for (let i = this.round.length - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        [this.round[i], this.round[j]] = [this.round[j], this.round[i]];
      }
    }
    const arm = this.round[0];
    const go = this.waiting.get(arm);
    if (!go) return;
    this.round.shift();
    this.waiting.delete(arm);
    this.busy = true;
    go();
  }
};

// src/results/build-results.ts
import { readFileSync as readFileSync6 } from "node:fs";
import path8 from "node:path";

// src/results/env.ts
import { createHash } from "node:crypto";
import os from "node:os";
function readEnv(extra = {}) {
  const cpus = os.availableParallelism();
  const cpuModel = os.cpus()[0]?.model.trim() ?? "unknown";
  const memoryMb = Math.round(os.totalmem() / 2 ** 20);
  const osName = `${os.type()} ${os.release()}`;
  const arch = os.arch();
  return {
    os: osName,
    arch,
    cpus,
    cpuModel,
    memoryMb,
    node: process.versions.node,
    ...extra.python && { python: extra.python },
    fingerprint: fingerprint({ cpuModel, cpus, memoryMb, os: os.type(), arch })
  };
}
function fingerprint(parts2) {
  const text = [parts2.cpuModel, parts2.cpus, Math.round(parts2.memoryMb / 1024), parts2.os, parts2.arch].join("|");
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

// src/git/head.ts
import { execFileSync } from "node:child_process";
function readGit(cwd, env = process.env) {
  const git2 = (...args) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    const sha = git2("rev-parse", "HEAD");
    let ref = env.GITHUB_REF;
    if (!ref) {
      const branch = git2("rev-parse", "--abbrev-ref", "HEAD");
      ref = branch === "HEAD" ? void 0 : `refs/heads/${branch}`;
    }
    return { sha, ...ref && { ref } };
  } catch {
    return void 0;
  }
}

// src/results/build-results.ts
var TOOL_NAME = "concurrency-guard";
function serializableConfig(config, seed) {
  const rel = (p3) => path8.relative(config.root, p3) || ".";
  return {
    file: path8.basename(config.file),
    defaults: config.defaults,
    compare: config.compare,
    scenarios: config.scenarios.map(({ path: _abs, ...s }) => s),
    ...seed !== void 0 && { seed },
    ...config.advice === false && { advice: false },
    root: rel(config.root)
  };
}
function buildResults(config, cells, options = {}) {
  summarizeCells(cells);
  const git2 = options.git ?? readGit(config.root);
  const python = pythonVersion(cells, options.python);
  return {
    schema: RESULTS_SCHEMA,
    tool: { name: TOOL_NAME, version: toolVersion() },
    createdAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    env: readEnv({ ...python && { python } }),
    ...git2 && { git: git2 },
    ...options.pairing && { pairing: options.pairing },
    config: serializableConfig(config, options.seed),
    cells,
    scenarios: analyzeScenarios(cells),
    ...options.costs && options.costs.length > 0 && { costs: options.costs },
    ...options.sequential && { sequential: options.sequential }
  };
}
function pythonVersion(cells, given) {
  if (given) return given;
  for (const cell of cells) {
    for (const trial of cell.trials) {
      const v = trial.runtimeInfo?.python;
      if (typeof v === "string") return `${v}${trial.runtimeInfo?.gil === false ? " (free-threaded, GIL off)" : ""}`;
    }
  }
  return void 0;
}
var version;
function toolVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    if (version) break;
    try {
      version = JSON.parse(readFileSync6(new URL(candidate, import.meta.url), "utf8")).version;
    } catch {
    }
  }
  return version ??= "0.0.0";
}

// src/pipeline/cost.ts
import { availableParallelism as availableParallelism3 } from "node:os";

// src/execute/cost/measure-costs.ts
import { mkdtempSync as mkdtempSync3, readFileSync as readFileSync7, rmSync as rmSync3 } from "node:fs";
import { availableParallelism as availableParallelism2, tmpdir as tmpdir4 } from "node:os";
import path9 from "node:path";

// src/execute/cost/cachegrind-output.ts
function parseCachegrindOutput(text) {
  let events;
  let values2;
  let command;
  for (const line of text.split("\n")) {
    if (line.startsWith("events:")) events = line.slice(7).trim().split(/\s+/);
    else if (line.startsWith("cmd:")) command = line.slice(4).trim();
    else if (line.startsWith("summary:") || line.startsWith("totals:")) {
      values2 = line.slice(line.indexOf(":") + 1).trim().split(/\s+/).map(Number);
    }
  }
  if (!events || !values2 || values2.length < events.length || values2.some((v) => !Number.isFinite(v))) return void 0;
  const totals = {};
  events.forEach((name, i) => totals[name] = values2[i]);
  return { totals, ...command !== void 0 && { command } };
}

// src/execute/cost/commands.ts
var NODE_FLAGS = ["--predictable", "--single-threaded", "--random-seed=1", "--hash-seed=1"];
var PYTHON_ENV = { PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };
function driverCommand(scenario, root, mode, executable) {
  const tail = "ops" in mode ? [String(mode.ops)] : ["--calibrate", String(mode.calibrateMs), mode.out];
  if (scenario.runtime === "python") {
    return {
      command: executable ?? scenario.python,
      args: [runtimeFile("python/harness.py"), "--cost", scenario.path, root, scenario.name, ...tail],
      env: { ...PYTHON_ENV },
      flags: []
    };
  }
  return {
    command: executable ?? process.execPath,
    args: [...NODE_FLAGS, runtimeFile("cost.js"), scenario.path, scenario.name, ...tail],
    env: {},
    flags: [...NODE_FLAGS]
  };
}
function underCachegrind(driver, outFile) {
  return { command: "valgrind", args: ["--tool=cachegrind", "--cache-sim=no", "-q", `--cachegrind-out-file=${outFile}`, driver.command, ...driver.args] };
}

// src/execute/cost/count-process.ts
import { spawn as spawn2 } from "node:child_process";
var OUTPUT_TAIL2 = 4e3;
function runCountProcess(command, args, options) {
  const started = Date.now();
  return new Promise((resolve4) => {
    const child = spawn2(command, args, { cwd: options.cwd, detached: true, stdio: ["ignore", "pipe", "pipe"], env: options.env });
    let output = "";
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-OUTPUT_TAIL2);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    let spawnError;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup2(child.pid);
    }, options.timeoutMs);
    child.on("error", (error) => {
      spawnError = error.code === "ENOENT" ? `${command}: not found` : error.message;
    });
    child.on("close", (code2, signal2) => {
      clearTimeout(timer);
      killGroup2(child.pid);
      resolve4({ code: code2, signal: signal2, timedOut, output, wallMs: Date.now() - started, ...spawnError && { spawnError } });
    });
  });
}
function killGroup2(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}

// src/execute/cost/per-op.ts
var TARGET_EXTRA_MS = 150;
var MAX_EXTRA_WALL_MS = 1e3;
var OPS_RATIO = 6;
var MIN_OPS = 2;
var MAX_OPS = 2e4;
var SLOWDOWN_ALLOWANCE = 60;
var TIMEOUT_FLOOR_MS = 6e4;
var TIMEOUT_CAP_MS = 10 * 6e4;
function chooseOps(nativeOpMs, nativeOpCpuMs = nativeOpMs) {
  const extra = Math.min(TARGET_EXTRA_MS / Math.max(nativeOpCpuMs, 1e-6), MAX_EXTRA_WALL_MS / Math.max(nativeOpMs, 1e-6));
  const wanted = extra / (OPS_RATIO - 1);
  const small = Math.min(MAX_OPS, Math.max(MIN_OPS, gridFloor(wanted)));
  return [small, small * OPS_RATIO];
}
function gridFloor(value) {
  if (!(value >= 1)) return 1;
  const decade = 10 ** Math.floor(Math.log10(value));
  const step = [5, 2, 1].find((m) => m * decade <= value * (1 + 1e-9)) ?? 1;
  return step * decade;
}
function countTimeoutMs(startupMs, ops, nativeOpMs) {
  return Math.min(TIMEOUT_CAP_MS, TIMEOUT_FLOOR_MS + SLOWDOWN_ALLOWANCE * (startupMs + ops * nativeOpMs));
}
function perOpFigure(small, large) {
  const extraOps = large.ops - small.ops;
  if (extraOps <= 0 || small.instructions.length === 0 || large.instructions.length === 0) return { reason: "no two op counts to difference" };
  const perOp = (mean(large.instructions) - mean(small.instructions)) / extraOps;
  if (!(perOp > 0)) {
    return { reason: `instructions did not grow with operations (${small.ops} ops: ${mean(small.instructions)}, ${large.ops} ops: ${mean(large.instructions)}): run does no measurable work` };
  }
  const spread2 = (range(small.instructions) + range(large.instructions)) / extraOps / perOp;
  return { perOp, spread: spread2 };
}
function mean(values2) {
  return values2.reduce((a, b) => a + b, 0) / values2.length;
}
function range(values2) {
  return Math.max(...values2) - Math.min(...values2);
}

// src/execute/cost/measure-costs.ts
var REPETITIONS = 2;
var CALIBRATE_MS = 300;
async function measureCosts(targets, options) {
  const repetitions = Math.max(2, options.repetitions ?? REPETITIONS);
  const states = targets.map((target) => {
    if (target.scenario.cost === "off") return void 0;
    const cost = { scenario: target.scenario.name, runtime: target.scenario.runtime, metric: "instructions", status: "ok" };
    return { target, cost, counts: [], countMs: 0, jobsLeft: 0 };
  });
  const valgrind = options.valgrind;
  const live = states.filter((s) => s !== void 0);
  if (!valgrind.ok) {
    for (const s of live) fail(s, "skipped", valgrind.reason);
    return states.map((s) => s?.cost);
  }
  for (const s of live) {
    const sizing = await size(s.target);
    if ("reason" in sizing) fail(s, "failed", sizing.reason, sizing.output);
    else s.sizing = sizing;
  }
  const opsByName = /* @__PURE__ */ new Map();
  for (const s of live) if (s.target.ops && !opsByName.has(s.target.scenario.name)) opsByName.set(s.target.scenario.name, s.target.ops);
  for (const s of live) if (s.sizing && !opsByName.has(s.target.scenario.name)) opsByName.set(s.target.scenario.name, chooseOps(s.sizing.nativeOpMs, s.sizing.nativeOpCpuMs));
  const jobs = [];
  for (const s of live) {
    if (!s.sizing) continue;
    const ops = opsByName.get(s.target.scenario.name);
    s.counts = ops.map((n) => ({ ops: n, instructions: [] }));
    for (let rep = 0; rep < repetitions; rep++) for (const count of s.counts) jobs.push(() => countJob(s, count, valgrind.version, options));
    s.jobsLeft = repetitions * ops.length;
  }
  const parallel = Math.max(1, options.parallel ?? availableParallelism2());
  const counted = live.filter((s) => s.sizing).length;
  if (jobs.length > 0) options.events?.onStart?.(counted, jobs.length, parallel);
  for (const s of live) if (!s.sizing) options.events?.onDone?.(s.cost, s.target.arm);
  await runPool(jobs, parallel);
  return states.map((s) => s?.cost);
}
async function countJob(s, count, version2, options) {
  if (s.cost.status === "ok") {
    const result = await countOnce(s, count.ops, version2, options.countTimeoutMs);
    s.countMs += result.wallMs;
    if ("instructions" in result) count.instructions.push(result.instructions);
    else fail(s, "failed", result.reason, result.output);
  }
  if (--s.jobsLeft > 0) return;
  finish(s, version2);
  options.events?.onDone?.(s.cost, s.target.arm);
}
function finish(s, version2) {
  const { cost, sizing } = s;
  cost.tool = { name: "cachegrind", version: version2 };
  if (sizing) {
    const driver = driverCommand(s.target.scenario, s.target.root, { ops: 1 });
    cost.runtimeInfo = { version: sizing.version, flags: driver.flags, env: driver.env };
    cost.nativeOpMs = sizing.nativeOpMs;
    cost.nativeOpCpuMs = sizing.nativeOpCpuMs;
  }
  cost.countMs = s.countMs;
  if (cost.status !== "ok") return;
  cost.counts = s.counts;
  const figure = perOpFigure(s.counts[0], s.counts[1]);
  if ("reason" in figure) fail(s, "failed", figure.reason);
  else Object.assign(cost, figure);
}
function fail(s, status, reason, output) {
  if (s.cost.status !== "ok") return;
  s.cost.status = status;
  s.cost.reason = reason;
  const tail = output?.trim();
  if (tail) s.cost.output = tail;
}
async function size(target) {
  const dir = mkdtempSync3(path9.join(tmpdir4(), "cg-cost-"));
  try {
    const out = path9.join(dir, "rate.json");
    const driver = driverCommand(target.scenario, target.root, { calibrateMs: CALIBRATE_MS, out });
    const exit = await runCountProcess(driver.command, driver.args, { cwd: target.root, env: { ...process.env, ...driver.env }, timeoutMs: target.scenario.timeoutMs });
    let rate;
    try {
      rate = JSON.parse(readFileSync7(out, "utf8"));
    } catch {
      rate = void 0;
    }
    if (!rate || exit.code !== 0) return { reason: `the sizing run (native, before counting) ${exitText(exit, target.scenario.timeoutMs)}`, output: exit.output };
    const ops = Math.max(1, rate.ops);
    return { nativeOpMs: rate.loopMs / ops, nativeOpCpuMs: rate.cpuMs / ops, startupMs: Math.max(0, exit.wallMs - rate.loopMs), executable: rate.executable, version: rate.version };
  } finally {
    rmSync3(dir, { recursive: true, force: true });
  }
}
async function countOnce(s, ops, version2, givenTimeoutMs) {
  const { scenario, root } = s.target;
  const sizing = s.sizing;
  const dir = mkdtempSync3(path9.join(tmpdir4(), "cg-cost-"));
  try {
    const outFile = path9.join(dir, "cachegrind.out");
    const driver = driverCommand(scenario, root, { ops }, sizing.executable);
    const { command, args } = underCachegrind(driver, outFile);
    const timeoutMs = givenTimeoutMs ?? countTimeoutMs(sizing.startupMs, ops, sizing.nativeOpMs);
    const exit = await runCountProcess(command, args, { cwd: root, env: { ...process.env, ...driver.env }, timeoutMs });
    const what = `the count of ${ops} operations under valgrind`;
    const unsupported = valgrindCannotRun(exit, version2);
    if (unsupported) return { reason: `${what} failed: ${unsupported}`, output: exit.output, wallMs: exit.wallMs };
    if (exit.timedOut) {
      const why = givenTimeoutMs === void 0 ? `: 60x its native time plus a minute, at most ${TIMEOUT_CAP_MS / 6e4} minutes, as valgrind runs code 20-50x slower` : " (the limit given for counts)";
      return { reason: `${what} did not finish in ${seconds(timeoutMs)}${why}; killed`, output: exit.output, wallMs: exit.wallMs };
    }
    if (exit.code !== 0) return { reason: `${what} ${exitText(exit, timeoutMs)}`, output: exit.output, wallMs: exit.wallMs };
    let text = "";
    try {
      text = readFileSync7(outFile, "utf8");
    } catch {
    }
    const summary2 = parseCachegrindOutput(text);
    const instructions = summary2?.totals.Ir;
    if (instructions === void 0) return { reason: `${what}: cachegrind wrote no instruction total`, output: exit.output, wallMs: exit.wallMs };
    return { instructions, wallMs: exit.wallMs };
  } finally {
    rmSync3(dir, { recursive: true, force: true });
  }
}
function valgrindCannotRun(exit, version2) {
  if (exit.code === 0 && !exit.signal) return void 0;
  if (/fatal error: unsupported CPU/i.test(exit.output)) return `${version2} does not support this CPU (a newer valgrind may)`;
  if (/unhandled instruction|unrecognised instruction/i.test(exit.output)) {
    return `${version2} met an instruction it cannot decode (this CPU or runtime needs a newer valgrind)`;
  }
  return void 0;
}
function seconds(ms2) {
  return `${ms2 < 1e4 ? Number((ms2 / 1e3).toFixed(1)) : Math.round(ms2 / 1e3)}s`;
}
function exitText(exit, timeoutMs) {
  if (exit.spawnError) return `could not start: ${exit.spawnError}`;
  if (exit.timedOut) return `did not finish in ${seconds(timeoutMs)} and was killed`;
  const last = exit.output.trim().split("\n").filter((l) => l.trim() !== "" && !l.startsWith("==")).slice(-1)[0];
  const how = exit.signal ? `was killed by ${exit.signal}` : exit.code === 0 ? "wrote no result" : `exited with code ${exit.code}`;
  return `${how}${last ? `: ${last.trim().slice(0, 300)}` : ""}`;
}
async function runPool(jobs, parallel) {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
}

// src/pipeline/cost.ts
async function costPreflight(configs, probe = () => probeValgrind()) {
  const scenarios = configs.flatMap((c) => c.scenarios).filter((s) => s.cost !== "off");
  if (scenarios.length === 0) return void 0;
  const valgrind = await probe();
  const explicit = scenarios.find((s) => s.cost === "instructions");
  if (!valgrind.ok && explicit) {
    throw new InputError(
      `cost: instructions (scenario ${explicit.name}) needs valgrind to count instructions, but ${valgrind.reason}. Install valgrind, or use cost: auto (counts where valgrind is available) or --cost off`
    );
  }
  return valgrind;
}
async function countCosts(arms, valgrind, options = {}) {
  if (!valgrind) return arms.map(() => []);
  const targets = arms.flatMap(({ arm, config, plan }) => {
    const planned = new Set(plan.cells.map((c) => c.scenario.name));
    return config.scenarios.filter((s) => planned.has(s.name)).map((scenario) => ({ arm, scenario, root: config.root }));
  });
  const costs = await measureCosts(targets, { ...options, valgrind, parallel: availableParallelism3() });
  return arms.map(({ arm }) => costs.filter((c, i) => c !== void 0 && targets[i].arm === arm));
}

// src/plan/rounds.ts
function trialsAfterRound(cell, step, round) {
  const bounds = cell.scenario.adaptive;
  if (!bounds) return round >= 1 ? cell.scenario.trials : 0;
  return round < 1 ? 0 : Math.min(bounds.max, bounds.min + (round - 1) * step);
}
function atCap(cell, step, round) {
  return trialsAfterRound(cell, step, round + 1) <= trialsAfterRound(cell, step, round);
}
function roundPlan(cells, design, round, seed, firstOrder) {
  const trials2 = cells.flatMap((cell) => {
    const from = trialsAfterRound(cell, design.step, round - 1);
    const to = trialsAfterRound(cell, design.step, round);
    return Array.from({ length: Math.max(0, to - from) }, (_, i) => ({ cell: { ...cell, scenario: { ...cell.scenario, trials: to - from } }, index: from + i, order: 0 }));
  });
  const planCells = [...new Map(trials2.map((t) => [t.cell.id, t.cell])).values()];
  for (const t of trials2) t.cell = planCells.find((c) => c.id === t.cell.id);
  const roundSeed = seed + round * 7919 >>> 0;
  shuffle(trials2, mulberry32(roundSeed));
  trials2.forEach((t, i) => t.order = firstOrder + i);
  const estimatedMs = trials2.reduce((sum, t) => sum + t.cell.scenario.warmupMs + t.cell.scenario.durationMs + TRIAL_OVERHEAD_MS, 0);
  return { cells: planCells, trials: trials2, seed: roundSeed, estimatedMs };
}

// src/pipeline/rounds.ts
async function runRounds(arms, adaptive, seed, runRound) {
  const now = adaptive.now ?? (() => Date.now());
  const started = now();
  const { design } = adaptive;
  const collected = new Map(arms.map((a) => [a.name, /* @__PURE__ */ new Map()]));
  const planCell = /* @__PURE__ */ new Map();
  for (const arm of [...arms].reverse()) for (const cell of arm.plan.cells) planCell.set(cell.id, cell);
  const open = new Set(planCell.keys());
  const stops = /* @__PURE__ */ new Map();
  const orders = new Map(arms.map((a) => [a.name, 0]));
  let trialsRun = 0;
  let round = 0;
  const record = () => ({
    ...design,
    looks: plannedLooks(design),
    spending: "obrien-fleming",
    alpha: adaptive.settings.alpha,
    rounds: round,
    elapsedMs: Math.round(now() - started),
    ...adaptive.timeBudgetMs !== void 0 && { budgetMs: adaptive.timeBudgetMs }
  });
  while (open.size > 0) {
    round++;
    const plans = /* @__PURE__ */ new Map();
    for (const arm of arms) {
      const plan = roundPlan(arm.plan.cells.filter((c) => open.has(c.id)), design, round, seed, orders.get(arm.name));
      orders.set(arm.name, orders.get(arm.name) + plan.trials.length);
      trialsRun += plan.trials.length;
      plans.set(arm.name, plan);
    }
    const results = await runRound(plans, round);
    for (const [name, cells2] of results) merge(collected.get(name), cells2, round);
    const decisions = look(arms, collected, adaptive, seed, record());
    for (const id of [...open]) {
      const cell = planCell.get(id);
      const reason = decisions.get(id) ?? (atCap(cell, design.step, round) ? "cap" : void 0);
      if (reason === void 0) continue;
      stops.set(id, { reason, round });
      open.delete(id);
    }
    if (open.size === 0 || adaptive.budgetMs === void 0) continue;
    const perTrial = (now() - started) / Math.max(1, trialsRun);
    const next = arms.reduce((sum, arm) => sum + arm.plan.cells.filter((c) => open.has(c.id)).reduce((n, c) => n + trialsAfterRound(c, design.step, round + 1) - trialsAfterRound(c, design.step, round), 0), 0);
    if (now() - started + next * perTrial > adaptive.budgetMs) {
      for (const id of open) stops.set(id, { reason: "time", round });
      open.clear();
    }
  }
  const cells = /* @__PURE__ */ new Map();
  for (const [name, byId] of collected) {
    const list = [...byId.values()];
    for (const cell of list) {
      cell.trials.sort((a, b) => a.index - b.index);
      const stop = stops.get(cell.id);
      if (stop) cell.stop = stop;
    }
    finish2(list);
    cells.set(name, list);
  }
  return { cells, record: record() };
}
function merge(into, cells, round) {
  for (const cell of cells) {
    const trials2 = cell.trials.map((t) => ({ ...t, round }));
    const known = into.get(cell.id);
    if (known) known.trials.push(...trials2);
    else into.set(cell.id, { ...cell, trials: trials2 });
  }
}
function finish2(cells) {
  for (const cell of cells) delete cell.error;
  summarizeCells(cells, true);
  for (const cell of cells) {
    if (cell.summary) continue;
    cell.error = cell.trials.find((t) => t.message)?.message ?? "no trial completed";
  }
}
function look(arms, collected, adaptive, seed, sequential) {
  const snapshot = (name) => {
    const cells = structuredClone([...collected.get(name).values()]);
    finish2(cells);
    return cells;
  };
  const current = arms.find((a) => a.name === "current");
  const base = arms.find((a) => a.name === "base");
  const pairing = "interim";
  const git2 = { sha: "" };
  const currentResults = buildResults(current.config, snapshot("current"), { seed, git: git2, sequential, ...base && { pairing: { id: pairing, arm: "current" } } });
  const baseline = base ? buildResults(base.config, snapshot("base"), { seed, git: git2, pairing: { id: pairing, arm: "base" } }) : adaptive.baseline;
  const decisions = /* @__PURE__ */ new Map();
  if (!baseline) return decisions;
  const comparison = compareResults(baseline, currentResults, { settings: adaptive.settings, ...adaptive.budgets && { budgets: adaptive.budgets }, ...!base && adaptive.drift && { drift: adaptive.drift } });
  for (const cell of comparison.cells) {
    const decision = cellDecision(cell);
    if (decision !== void 0) decisions.set(cell.id, decision);
  }
  return decisions;
}

// src/pipeline/measure.ts
async function measure(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config = withCostMode(configOf(options.config, cwd), options.cost);
  const plan = makePlan(config, options);
  const valgrind = await preflight([config], options);
  const out = resultsPath(cwd, options.out);
  const execute = (p3) => executePlan(config, p3, { ...options.events && { events: options.events(p3) }, ...blockingOptions(options) });
  let cells;
  let sequential;
  if (options.adaptive) {
    const rounds = await runRounds([{ name: "current", config, plan }], options.adaptive, plan.seed, async (plans) => /* @__PURE__ */ new Map([["current", await execute(plans.get("current"))]]));
    cells = rounds.cells.get("current");
    sequential = rounds.record;
  } else {
    cells = await execute(plan);
  }
  const [costs] = await countCosts([{ arm: "current", config, plan }], valgrind, costOptions(options));
  return { config, plan, out, results: write(out, buildResults(config, cells, { seed: plan.seed, ...costs && { costs }, ...sequential && { sequential } })) };
}
async function measureSideBySide(options) {
  const cwd = options.cwd ?? process.cwd();
  const config = withCostMode(configOf(options.config, cwd), options.cost);
  const loadedBase = withCostMode(loadConfig(options.baseConfig, cwd), options.cost);
  const baseConfig = options.adaptive ? withTrialsOf(loadedBase, config) : loadedBase;
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const plan = makePlan(config, { ...options, seed });
  const basePlan = planOrNothing(baseConfig, { ...options, seed });
  const valgrind = await preflight([config, baseConfig], options);
  const out = resultsPath(cwd, options.out);
  const baseOut = options.baseOut ? resultsPath(cwd, options.baseOut) : out.replace(/(\.json)?$/, ".base.json");
  const both = async (roundBase, roundCurrent, turnSeed) => {
    const turns = new Turns(["base", "current"], turnSeed);
    const events = options.events?.({
      cells: [...roundBase.cells, ...roundCurrent.cells],
      trials: [...roundBase.trials, ...roundCurrent.trials],
      seed: turnSeed,
      estimatedMs: roundBase.estimatedMs + roundCurrent.estimatedMs
    });
    const label = armEvents(events, roundBase, roundCurrent);
    const arm = (name, armConfig, armPlan) => executePlan(armConfig, armPlan, {
      ...events && { events: label(name) },
      schedule: (start) => turns.take(name, start),
      ...blockingOptions(options)
    }).finally(() => turns.leave(name));
    return Promise.all([arm("base", baseConfig, roundBase), arm("current", config, roundCurrent)]);
  };
  let baseCells;
  let cells;
  let sequential;
  if (options.adaptive) {
    const arms = [{ name: "base", config: baseConfig, plan: basePlan }, { name: "current", config, plan }];
    const rounds = await runRounds(arms, options.adaptive, seed, async (plans, round) => {
      const [b, c] = await both(plans.get("base"), plans.get("current"), seed + round >>> 0);
      return /* @__PURE__ */ new Map([["base", b], ["current", c]]);
    });
    baseCells = rounds.cells.get("base");
    cells = rounds.cells.get("current");
    sequential = rounds.record;
  } else {
    [baseCells, cells] = await both(basePlan, plan, seed);
  }
  const [costs, baseCosts] = await countCosts(
    [
      { arm: "current", config, plan },
      { arm: "base", config: baseConfig, plan: basePlan }
    ],
    valgrind,
    costOptions(options)
  );
  const id = randomUUID();
  const baseResults = buildResults(baseConfig, baseCells, { seed, pairing: { id, arm: "base" }, ...sequential && { sequential }, ...options.baseGit && { git: options.baseGit }, ...baseCosts && { costs: baseCosts } });
  return {
    config,
    plan,
    out,
    results: write(out, buildResults(config, cells, { seed, pairing: { id, arm: "current" }, ...costs && { costs }, ...sequential && { sequential } })),
    base: { config: baseConfig, plan: basePlan, out: baseOut, results: write(baseOut, baseResults) }
  };
}
function configOf(config, cwd) {
  return typeof config === "object" ? config : loadConfig(config, cwd);
}
function planOrNothing(config, options) {
  try {
    return makePlan(config, options);
  } catch (error) {
    if (!(error instanceof InputError) || options.only === void 0) throw error;
    return { cells: [], trials: [], seed: options.seed, estimatedMs: 0 };
  }
}
function armEvents(events, basePlan, plan) {
  const trialsDone = { base: 0, current: 0 };
  const cellsDone = { base: 0, current: 0 };
  const trials2 = basePlan.trials.length + plan.trials.length;
  const cells = basePlan.cells.length + plan.cells.length;
  return (arm) => ({
    onTrialStart(trial, done) {
      trialsDone[arm] = done;
      events?.onTrialStart?.({ ...trial, cell: { ...trial.cell, id: `${arm}: ${trial.cell.id}` } }, trialsDone.base + trialsDone.current, trials2);
    },
    onTrialDone(trial, outcome2, done) {
      trialsDone[arm] = done;
      events?.onTrialDone?.(trial, outcome2, trialsDone.base + trialsDone.current, trials2);
    },
    onCellDone(cell, done) {
      cellsDone[arm] = done;
      events?.onCellDone?.({ ...cell, id: `${arm}: ${cell.id}` }, cellsDone.base + cellsDone.current, cells);
    }
  });
}
function preflight(configs, options) {
  const given = options.valgrind;
  return costPreflight(configs, given ? () => Promise.resolve(given) : void 0);
}
function costOptions(options) {
  return {
    ...options.costEvents && { events: options.costEvents },
    ...options.costCountTimeoutMs !== void 0 && { countTimeoutMs: options.costCountTimeoutMs }
  };
}
function blockingOptions(options) {
  return {
    ...options.detectBlocking !== void 0 && { detectBlocking: options.detectBlocking },
    ...options.attributeBlocking !== void 0 && { attributeBlocking: options.attributeBlocking }
  };
}
function resultsPath(cwd, out) {
  const file = path10.resolve(cwd, out ?? "concurrency-guard-results.json");
  mkdirSync2(path10.dirname(file), { recursive: true });
  return file;
}
function write(file, results) {
  writeFileSync3(file, `${JSON.stringify(results, null, 2)}
`);
  return results;
}

// src/pipeline/run.ts
async function measureRun(request) {
  const { base, timeBudgetMs, alpha, onWarning, trials: trials2, settings, baseline, history, ...rest } = request;
  const config = withTrials(request.config, trials2);
  const options = { ...rest, config, ...typeof trials2 === "number" && { trials: trials2 } };
  const notes = [];
  const sideBySide = base !== void 0;
  let sized = { ...options };
  const design = adaptiveDesign(config);
  const counts = timeBudgetMs === void 0 ? void 0 : await reserveForCounts(config, options);
  if (counts?.valgrind) sized.valgrind = counts.valgrind;
  const reservedMs = counts?.reservedMs ?? 0;
  if (design) {
    const budgetMs = timeBudgetMs === void 0 ? void 0 : Math.max(0, timeBudgetMs * MEASURE_SHARE - reservedMs);
    sized.adaptive = {
      design,
      settings: settings ?? request.config.compare,
      budgets: request.config.budgets,
      ...!base && baseline && { baseline },
      ...!base && baseline && history && history.length > 0 && { drift: { history } },
      ...budgetMs !== void 0 && { budgetMs },
      ...timeBudgetMs !== void 0 && { timeBudgetMs }
    };
    notes.push(adaptiveNote(design, Boolean(base), Boolean(baseline), timeBudgetMs));
  } else if (timeBudgetMs !== void 0) {
    const requested = { ...typeof trials2 === "number" && { trials: trials2 }, ...options.durationMs !== void 0 && { durationMs: options.durationMs } };
    const { floor } = planTeeth(config, options.only, sideBySide, alpha);
    const fit = planForBudget(config, requested, base ? timeBudgetMs / 2 : timeBudgetMs, floor, reservedMs);
    sized = { ...sized, ...fit.trials !== void 0 && { trials: fit.trials }, ...fit.durationMs !== void 0 && { durationMs: fit.durationMs } };
    notes.push(...fit.notes);
  }
  const warning = planTeethWarning(config, design ? { ...sized, trials: design.max } : sized, sideBySide, alpha);
  const warnings = warning ? [warning] : [];
  if (warning) onWarning?.(warning);
  if (!base) {
    const measured2 = await measure(sized);
    return { results: measured2.results, out: measured2.out, notes, warnings };
  }
  const measured = await measureSideBySide({
    ...sized,
    baseConfig: base.config,
    ...base.out !== void 0 && { baseOut: base.out },
    ...base.git && { baseGit: base.git }
  });
  return { results: measured.results, out: measured.out, base: { results: measured.base.results, out: measured.base.out }, notes, warnings };
}
async function reserveForCounts(config, options) {
  const counted = withCostMode(config, options.cost).scenarios.filter((s) => s.cost !== "off");
  const valgrind = options.valgrind ?? (counted.length > 0 ? await probeValgrind() : void 0);
  return { ...valgrind && { valgrind }, reservedMs: valgrind?.ok ? estimateCostMs(counted, availableParallelism4()) : 0 };
}
function adaptiveNote(design, paired, stored, budgetMs) {
  const within = budgetMs === void 0 ? "" : ` within the time budget`;
  const limit = paired ? "both sides grow each round" : stored ? "only this run's side grows (the stored baseline keeps its trials, and the allowance for drift between runs does not shrink with more trials, so small changes may stay undecided)" : "no baseline to judge by, so every cell runs to its cap";
  return `adaptive trials: ${design.min} per cell first, then ${design.step} more per round to cells still undecided, up to ${design.max}${within}; ${limit}`;
}

// src/report/trial-trouble.ts
var OUTPUT_LINES = 5;
function killedProcessesText(cell) {
  const killed = cell.trials.flatMap((t) => t.killedProcesses ? [t.killedProcesses] : []);
  if (killed.length === 0) return void 0;
  const count = killed.reduce((sum, k) => sum + k.count, 0);
  const names = [...new Set(killed.flatMap((k) => k.names))].sort();
  const trials2 = killed.length === 1 ? "a trial" : `${killed.length} trials`;
  return `killed ${count} process${count === 1 ? "" : "es"} ${trials2} left running (${names.join(", ")})`;
}
function crashOutputLines(cell) {
  const output = cell.trials.find((t) => t.status === "crashed" && t.crash?.output)?.crash?.output ?? "";
  return output.split("\n").filter((line) => line.trim()).slice(-OUTPUT_LINES).map((line) => `    | ${line.replace(/\r/g, "")}`);
}

// src/report/cli-table.ts
var HEADERS = ["model", "conc", "pool", "throughput", "errors", "p50", "p99", "max loop delay", "cpu/op", "mem/in-flight", "trials"];
var NUMERIC = HEADERS.map((_, i) => i > 2);
function renderResultsTable(results) {
  const out = [];
  const analyses = new Map((results.scenarios ?? []).map((s) => [s.scenario, s]));
  const advice = runAdvice(results);
  for (const [name, cells] of groupBy(results.cells, (c) => c.scenario)) {
    const first = cells[0];
    out.push(logLine(`${name} (${first.runtime}, declared ${first.kind})`));
    const rows = cells.map(row);
    out.push(...alignTable(HEADERS, rows, NUMERIC, { rule: false }).map((line) => `  ${line}`));
    const analysis = analyses.get(name);
    if (analysis) {
      const fastest = analysis.best.map(
        (b) => `${b.concurrency}: ${b.model}${b.ratioOverNext ? ` (${formatRatio(b.ratioOverNext)} the next)` : ""}`
      );
      if (fastest.length) out.push(`  fastest at each level: ${fastest.join(", ")}`);
      if (analysis.measuredKind) out.push(`  measured ${analysis.measuredKind}-bound (CPU share ${Math.round((analysis.cpuShare ?? 0) * 100)}%)`);
      if (analysis.kindWarning) out.push(`  warning: ${logLine(analysis.kindWarning)}`);
    }
    for (const line of advice?.scenarios.get(name) ?? []) out.push(`  advice: ${adviceText(line)}`);
    out.push(...costRunLines(results, name));
    out.push(...blockingLines(cells, blockThreshold(results, name), advice));
    for (const cell of cells.filter((c) => c.error)) out.push(`  failed ${cell.id}: ${logLine(cell.error)}`, ...crashOutputLines(cell));
    for (const cell of cells.filter((c) => !c.error && c.trials.some((t) => t.status !== "ok"))) {
      const bad = cell.trials.filter((t) => t.status !== "ok");
      out.push(`  ${cell.id}: ${bad.length} of ${cell.trials.length} trials failed: ${logLine(bad[0].message ?? bad[0].status)}`, ...crashOutputLines(cell));
    }
    for (const cell of cells) {
      const killed = killedProcessesText(cell);
      if (killed) out.push(`  ${cell.id}: ${logLine(killed)}`);
    }
    out.push(...scenarioErrorLines(cells, name));
    out.push("");
  }
  if (results.sequential) {
    const stops = results.cells.map((c) => ({ id: c.id, trials: c.trials.filter((t) => t.status === "ok").length, ...c.stop && { stop: c.stop } }));
    out.push(adaptiveHeadline(stops, results.sequential), ...cellStopLines(stops).map((l) => `  ${l}`), "");
  }
  return logText(out.join("\n"));
}
var SITES_PER_CELL = 3;
function blockingLines(cells, blockMs, advice) {
  const blocked = cells.filter((c) => c.blocking?.length);
  if (blocked.length === 0) return [];
  const out = [`  blocking (loops stalled ${blockMs !== void 0 ? `${blockMs}ms` : "past the threshold"} or more):`];
  const width = Math.max(...blocked.map((c) => `${c.model}/${c.concurrency}`.length));
  const shown3 = /* @__PURE__ */ new Set();
  for (const cell of blocked) {
    const sites = cell.blocking;
    sites.slice(0, SITES_PER_CELL).forEach((site, i) => {
      const label = i === 0 ? `${cell.model}/${cell.concurrency}` : "";
      out.push(`    ${label.padEnd(width)}  ${logLine(site.text)}`);
      if (site.site && !shown3.has(site.key)) {
        if (site.site.source) out.push(`    ${"".padEnd(width)}    > ${logLine(site.site.source)}`);
        const line = site.gc ? void 0 : siteAdvice(advice, site.site.file, site.site.line);
        if (line) out.push(`    ${"".padEnd(width)}    advice: ${adviceText(line)}`);
      }
      shown3.add(site.key);
    });
    if (sites.length > SITES_PER_CELL) out.push(`    ${"".padEnd(width)}  and ${sites.length - SITES_PER_CELL} more sites`);
  }
  return out;
}
function blockThreshold(results, scenario) {
  const scenarios = results.config?.scenarios;
  return scenarios?.find((s) => s.name === scenario)?.blockMs;
}
function row(cell) {
  const s = cell.summary;
  const pool = cell.model === "async" ? "1 loop" : `${cell.poolSize}x${Math.max(...cell.inFlightPerWorker)}`;
  const trials2 = `${s?.okTrials ?? 0}/${cell.trials.length}`;
  if (!s) return [cell.model, String(cell.concurrency), pool, "failed", errorColumn(cell), "", "", "", "", "", trials2];
  return [
    cell.model,
    String(cell.concurrency),
    pool,
    formatValue(s.throughput, "/s"),
    errorColumn(cell),
    formatValue(s.p50Ms, "ms"),
    formatValue(s.p99Ms, "ms"),
    formatValue(s.loopDelayMaxMs, "ms"),
    formatValue(s.cpuPerOpUs, "\xB5s"),
    formatValue(s.memPerInFlightKb, "KB"),
    trials2
  ];
}

// src/results/nothing-measured.ts
function nothingMeasured(results) {
  const cells = results.cells;
  if (cells.length === 0 || cells.some((c) => c.summary !== void 0)) return void 0;
  const first = cells[0];
  const why = (first.error ?? first.trials.find((t) => t.message)?.message ?? "no trial completed").split("\n")[0].slice(0, 300);
  return `nothing was measured: every cell failed (${cells.length} cell${cells.length === 1 ? "" : "s"}; ${first.id}: ${why})`;
}

// src/cli/init-command.ts
var FIRST_RUN = { trials: 2, durationMs: 200 };
function registerInit(program2) {
  program2.command("init").description("look at this repository and write concurrency-guard.yml, starter scenarios in bench/ and a GitHub workflow, then run them once").option("--scenario <module#export>", "a function of the repository a starter scenario calls, e.g. src/parse.js#parse or app/render.py#render:cpu (repeatable)", (v, all) => [...all, v], []).option("-y, --yes", "write without asking (the default when not on a terminal, and in CI)").option("--force", "replace files that exist").option("--dry-run", "print what would be written, and write nothing").option("--no-run", "do not run the new config once afterwards").action(async (opts) => {
    await guarded(processIo(), () => initCommand(opts, processIo()));
  });
}
async function initCommand(opts, io, ask = askOnTerminal) {
  const root = await repoRoot(io.cwd);
  const plan = planInit({
    root,
    targets: opts.scenario,
    version: toolVersion(),
    defaultBranch: await defaultBranch(root),
    schemaInstalled: existsSync6(path11.join(root, "node_modules/concurrency-guard/schema/concurrency-guard.schema.json"))
  });
  const taken = plan.files.filter((f) => existsSync6(path11.join(root, f.path))).map((f) => f.path);
  if (taken.length > 0 && !opts.force) {
    throw new InputError(`${taken.join(", ")}: already exist${taken.length === 1 ? "s" : ""}; init never overwrites a file (pass --force to replace ${taken.length === 1 ? "it" : "them"}); nothing written`);
  }
  io.stderr(`concurrency-guard: ${summary(plan)}
`);
  if (opts.dryRun) {
    for (const f of plan.files) io.stdout(`--- ${f.path}${taken.includes(f.path) ? " (replaces the existing file)" : ""}
${f.text}${f.text.endsWith("\n") ? "" : "\n"}`);
    io.stdout("nothing written (--dry-run)\n");
    return 0;
  }
  const interactive = !opts.yes && io.env.CI === void 0 && process.stdin.isTTY === true;
  if (interactive && !await ask(`write ${plan.files.map((f) => f.path).join(", ")}${taken.length > 0 ? ` (replacing ${taken.join(", ")})` : ""}? [Y/n] `)) {
    io.stdout("nothing written\n");
    return 0;
  }
  for (const f of plan.files) {
    const file = path11.join(root, f.path);
    await mkdir2(path11.dirname(file), { recursive: true });
    await writeFile3(file, f.text);
    io.stdout(`wrote ${f.path}
`);
  }
  const measured = opts.run ? await firstRun(root, io) : true;
  const templates = plan.scenarios.filter((s) => s.template).map((s) => s.file);
  if (templates.length > 0) io.stdout(`
next: replace the templates' run() with calls into your code (${templates.join(", ")}), or name functions with --scenario MODULE#EXPORT
`);
  io.stdout(`commit these files; the workflow measures every pull request against its base and stores baselines from pushes and a nightly run
`);
  return measured ? 0 : 1;
}
function summary(plan) {
  const node = plan.facts.node;
  const nodeWords = [node?.typescript ? "TypeScript" : "", node?.entry ? `${node.entry}${node.entryExists ? "" : ", not built yet"}` : ""].filter(Boolean).join(", ");
  const runtimes = plan.runtimes.map((r) => r === "node" ? `Node${nodeWords ? ` (${nodeWords})` : ""}` : "Python").join(" and ");
  const s = plan.settings;
  return `found ${runtimes}; ${plan.scenarios.length} scenarios, ${s.trials} trials of ${s.durationMs}ms per cell at concurrency ${s.concurrency.join(", ")}`;
}
async function firstRun(root, io) {
  const config = loadConfig(CONFIG_FILE, root);
  const scratch = await mkdtemp2(path11.join(tmpdir5(), "cg-init-run-"));
  try {
    io.stderr(`concurrency-guard: a first run, ${FIRST_RUN.trials} trials of ${FIRST_RUN.durationMs}ms per cell (to see it work, not to judge by)
`);
    const run = await measureRun({ config, out: path11.join(scratch, "results.json"), alpha: config.compare.alpha, ...FIRST_RUN, cost: "off" });
    io.stdout(`
${renderResultsTable(run.results)}`);
    const empty = nothingMeasured(run.results);
    if (empty) io.stderr(`concurrency-guard: ${empty}
`);
    return !empty;
  } finally {
    await rm2(scratch, { recursive: true, force: true });
  }
}
async function askOnTerminal(question) {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return !/^n/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

// src/cli/run-command.ts
import path13 from "node:path";

// src/git/worktree.ts
import { existsSync as existsSync7, readdirSync as readdirSync3, rmSync as rmSync4 } from "node:fs";
import path12 from "node:path";
async function checkOutBase(rev, currentConfig) {
  const cwd = path12.dirname(currentConfig);
  const top = await git(["rev-parse", "--show-toplevel"], { cwd });
  if (top.code !== 0) {
    throw new InputError(`--against ${rev}: ${cwd} is not in a git repository; use --base-config FILE for a base outside git`);
  }
  const root = top.stdout.trim();
  const commit = await git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  if (commit.code !== 0) {
    throw new InputError(`--against ${rev}: expected a commit, branch or tag of ${root}, found none by that name (fetch it first in a shallow clone)`);
  }
  const sha = commit.stdout.trim();
  const relativeConfig = path12.relative(root, currentConfig);
  const holder = path12.join(root, ".concurrency-guard");
  const tree = path12.join(holder, `base-${sha.slice(0, 12)}`);
  const remove = async () => {
    if ((await git(["worktree", "remove", "--force", tree], { cwd })).code !== 0) {
      rmSync4(tree, { recursive: true, force: true });
      await git(["worktree", "prune"], { cwd });
    }
    if (existsSync7(holder) && readdirSync3(holder).length === 0) rmSync4(holder, { recursive: true, force: true });
  };
  if (existsSync7(tree)) await remove();
  const added = await git(["worktree", "add", "--detach", tree, sha], { cwd });
  if (added.code !== 0) throw new InputError(`--against ${rev}: could not check out ${sha.slice(0, 12)}: ${added.stderr.trim()}`);
  const config = path12.join(tree, relativeConfig);
  if (!existsSync7(config)) {
    await remove();
    throw new InputError(`--against ${rev}: ${relativeConfig} does not exist at ${sha.slice(0, 12)}, so there is nothing to measure against`);
  }
  return { config, git: { sha, ref: rev }, remove };
}

// src/report/progress.ts
function progressReporter(stream, estimatedMs, now = () => Date.now()) {
  const live = stream.isTTY === true;
  const started = now();
  let shown3 = false;
  return {
    onTrialStart(trial, done, total) {
      if (!live) return;
      const elapsed = now() - started;
      const left = done > 0 ? elapsed / done * (total - done) : estimatedMs;
      const line = logLine(`[${done}/${total}] ${trial.cell.id} trial ${trial.index + 1}  ~${Math.ceil(left / 1e3)}s left`);
      stream.write(`\r\x1B[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
      shown3 = true;
    },
    onCellDone(cell, done, total) {
      const s = cell.summary;
      const ok = cell.trials.filter((t) => t.status === "ok").length;
      const what = cell.error ? `FAILED: ${cell.error.split("\n")[0]}` : `${ok}/${cell.trials.length} trials ok${s ? `, median ${formatValue(s.throughput, "/s")}` : ""}`;
      const line = logLine(`cell ${done}/${total} ${cell.id}: ${what}`);
      stream.write(live ? `\r\x1B[2K${line}
` : `${line}
`);
      shown3 = false;
    },
    end() {
      if (live && shown3) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/run-baseline.ts
async function runBaseline(spec, cwd, notes) {
  const store = parseStore(spec, { cwd });
  const fingerprint2 = readEnv().fingerprint;
  let baseline;
  try {
    baseline = (await loadBaseline(store, { exact: false, fingerprint: fingerprint2 }, notes))?.results;
  } catch (error) {
    throw new InputError(`--baseline ${spec}: ${error instanceof InputError ? messageOf(error) : `could not read ${store.description}: ${messageOf(error)}`}`);
  }
  if (!baseline) throw new InputError(`--baseline ${spec}: no baseline in ${store.description} (no such file, or an empty store); give the results file of an earlier run`);
  return { baseline, history: await loadHistory(store, fingerprint2, notes) };
}

// src/cli/run-command.ts
function registerRun(program2) {
  program2.command("run").description("run every scenario under each concurrency model and write the results JSON").option("-c, --config <file>", "config file (default: concurrency-guard.yml found from here up to the repository root)").option("-o, --out <file>", "results file to write", "concurrency-guard-results.json").option("--only <filter...>", "only SCENARIO[/MODEL[/CONCURRENCY]] (repeatable)").option("--trials <n>", "trials per cell, overriding the config; adaptive: rounds, more trials only where the verdict is open", flag(readTrialsRequest)).option("--duration <d>", "measured time per trial, e.g. 500ms, overriding the config", flag(readDuration)).option("--time-budget <d>", "fit the run into this time (e.g. 10m) by trimming trials, then trial length, as the action's time-budget", flag((t) => readDuration(t, "10m or 90s", LIMITS.timeoutMs))).option("--seed <n>", "seed of the interleaved trial order, to reproduce a run", flag(readPositiveInteger)).option("--no-blocking", "turn the event-loop blocking detector off").option("--no-attribution", "time stalls but do not name their lines (no profiler, no sync-call hooks)").addOption(
    new Option("--cost <mode>", "CPU cost, instructions per operation under valgrind: auto (where valgrind is available), instructions (required: exit 2 without valgrind) or off; overrides the config").env("CONCURRENCY_GUARD_COST").argParser(flag(readCostMode))
  ).option("--against <rev>", "also measure this commit (a git worktree), its trials taking turns with the current code's").option("--base-config <file>", "also measure the scenarios of this config (a base outside git), taking turns").option("--base-out <file>", "with --against or --base-config: the base's results file (default: OUT with .base.json)").option("--baseline <store>", "adaptive runs without a base: judge the looks against this baseline (a results file of an earlier run, file:PATH or branch:NAME), so decided cells stop early").action(async (opts) => {
    if (opts.against !== void 0 && opts.baseConfig !== void 0) throw new InputError("--against and --base-config: give one base, not both");
    if (opts.baseline !== void 0 && (opts.against !== void 0 || opts.baseConfig !== void 0)) {
      throw new InputError(`--baseline and ${opts.against !== void 0 ? "--against" : "--base-config"}: a run measured side by side is judged against its base; give one or the other`);
    }
    const config = loadConfig(opts.config);
    if (opts.baseline !== void 0 && !adaptiveDesign(withTrials(config, opts.trials))) {
      throw new InputError("--baseline: only an adaptive run (--trials adaptive, or trials: adaptive in the config) looks at a baseline while it measures; compare a finished run with: concurrency-guard compare --baseline FILE");
    }
    const baselineNotes = [];
    const stored = opts.baseline === void 0 ? void 0 : await runBaseline(opts.baseline, process.cwd(), baselineNotes);
    for (const note of baselineNotes) process.stderr.write(`concurrency-guard: ${note}
`);
    const progress = [];
    const tree = opts.against === void 0 ? void 0 : await checkOutBase(opts.against, config.file);
    const baseConfig = tree?.config ?? opts.baseConfig;
    try {
      const run = await measureRun({
        config,
        out: opts.out,
        alpha: config.compare.alpha,
        onWarning: (message) => process.stderr.write(`concurrency-guard: warning: ${message}
`),
        ...opts.only && { only: opts.only },
        ...opts.trials !== void 0 && { trials: opts.trials },
        ...opts.duration !== void 0 && { durationMs: opts.duration },
        ...opts.timeBudget !== void 0 && { timeBudgetMs: opts.timeBudget },
        ...opts.seed !== void 0 && { seed: opts.seed },
        ...opts.blocking === false && { detectBlocking: false },
        ...opts.attribution === false && { attributeBlocking: false },
        ...opts.cost !== void 0 && { cost: opts.cost },
        ...stored && { baseline: stored.baseline, history: stored.history },
        costEvents: {
          onStart: (scenarios, counts, parallel) => process.stderr.write(`concurrency-guard: ${costStartLine(scenarios, counts, parallel)}
`),
          onDone: (cost, arm) => process.stderr.write(`concurrency-guard: ${costDoneLine(cost, arm)}
`)
        },
        ...baseConfig !== void 0 && { base: { config: baseConfig, ...tree && { git: tree.git }, ...opts.baseOut !== void 0 && { out: opts.baseOut } } },
        events: (plan) => {
          process.stderr.write(`concurrency-guard: ${plan.cells.length} cells, ${plan.trials.length} trials, about ${Math.ceil(plan.estimatedMs / 1e3)}s
`);
          const reporter = progressReporter(process.stderr, plan.estimatedMs);
          progress.push(reporter);
          return reporter;
        }
      });
      progress.forEach((p3) => p3.end());
      for (const note of run.notes) process.stderr.write(`concurrency-guard: ${note}
`);
      const shown3 = (file) => path13.relative(process.cwd(), file) || file;
      process.stdout.write(`
${renderResultsTable(run.results)}`);
      const empty = nothingMeasured(run.results);
      if (empty) {
        process.stderr.write(`concurrency-guard: ${empty}
`);
        process.exitCode = 1;
      }
      if (!run.base) {
        process.stdout.write(`results written to ${shown3(run.out)}
`);
        if (opts.baseline !== void 0) process.stdout.write(`compare them: concurrency-guard compare --baseline ${opts.baseline} --current ${shown3(run.out)}
`);
        return;
      }
      process.stdout.write(`results written to ${shown3(run.out)}, the base's (${opts.against ?? shown3(path13.resolve(baseConfig))}) to ${shown3(run.base.out)}
`);
      process.stdout.write(`compare them: concurrency-guard compare --baseline ${shown3(run.base.out)} --current ${shown3(run.out)}
`);
    } finally {
      await tree?.remove();
    }
  });
}

// src/cli.ts
async function cli(argv) {
  const program2 = new Command().name("concurrency-guard").description("Run scenarios under async, threads and processes; compare with baselines; catch concurrency regressions.").version(toolVersion()).exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerRun(program2);
  registerCompare(program2);
  registerBaseline(program2);
  registerInit(program2);
  try {
    await program2.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError) {
      process.stderr.write(`concurrency-guard: ${error.message}
`);
      return 2;
    }
    process.stderr.write(`concurrency-guard: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return 1;
  }
}
process.on("unhandledRejection", (reason) => {
  process.stderr.write(`concurrency-guard: unhandled rejection: ${String(reason)}
`);
  process.exit(1);
});
process.exitCode = await cli(process.argv);
export {
  cli
};
