import type { Command, CommanderError } from "commander";
import type { MessageKey } from "../../core/i18n/messages-nl.js";
import type { Translate } from "../../core/i18n/translator.js";
import { suggest } from "../../core/yaml/zod-issues.js";
import { localTerms } from "./localise-help.js";

/** The commands of the program, from commander's own list (never a list written by hand). */
export function commandNames(program: Command): string[] {
  return program.commands.map((command) => command.name());
}

/** The long option names a command takes (`--format`), for "did you mean". */
function optionNames(command: Command): string[] {
  return command.options.flatMap((option) => (option.long ? [option.long] : []));
}

/** The quoted name in commander's English message: `unknown option '--formats'` -> `--formats`. */
function quoted(error: CommanderError): string {
  return /'([^']+)'/.exec(error.message)?.[1] ?? error.message.replace(/^error:\s*/, "");
}

function message(t: Translate, error: CommanderError, command: Command, program: Command): string {
  const name = localTerms(t, quoted(error));
  const choices = commandNames(program).join(", ");
  switch (error.code) {
    case "commander.unknownCommand": {
      const suggestion = suggest(name, commandNames(program));
      return suggestion
        ? t("usage.unknownCommandSuggest", { name, suggestion, choices })
        : t("usage.unknownCommand", { name, choices });
    }
    case "commander.unknownOption": {
      // `generate --formats`: generate has --format, batch has --formats.
      const suggestion = name.startsWith("--") ? suggest(name, optionNames(command)) : undefined;
      return suggestion
        ? t("usage.unknownOptionSuggest", { name, suggestion })
        : t("usage.unknownOption", { name });
    }
    case "commander.excessArguments": {
      // "too many arguments for 'proof'. Expected 1 argument but got 2."
      const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
      return t("usage.excessArguments", { name, expected: expected ?? "?", got: got ?? "?" });
    }
    default: {
      const keys: Record<string, MessageKey> = {
        "commander.missingArgument": "usage.missingArgument",
        "commander.optionMissingArgument": "usage.missingArgument",
        "commander.missingMandatoryOptionValue": "usage.missingOption",
      };
      return t(keys[error.code] ?? "usage.other", { name });
    }
  }
}

/** A commander error in the user's language, with the help to read (`clb-consent proof --help`). */
export function usageMessage(
  t: Translate,
  error: CommanderError,
  command: Command,
  program: Command,
): string {
  const help =
    command === program ? `${program.name()} --help` : `${program.name()} ${command.name()} --help`;
  return t("error.usage", { message: message(t, error, command, program), help });
}
