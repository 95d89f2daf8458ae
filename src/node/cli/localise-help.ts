import { type Command, Help } from "commander";
import type { MessageKey } from "../../core/i18n/messages-nl.js";
import type { Translate } from "../../core/i18n/translator.js";

// The placeholders of the usage lines and option names (`<dir>`, `[options]`), as the README
// writes them in Dutch. Every `<name>` of every command is here: cli-help.test.ts reads every
// help text in both languages for one that is left in English.
const PLACEHOLDERS: Record<string, MessageKey> = {
  dir: "cli.term.dir",
  list: "cli.term.list",
  file: "cli.term.file",
  tool: "cli.term.tool",
  "YYYY-MM-DD": "cli.term.date",
  options: "cli.term.options",
  files: "cli.term.files",
  command: "cli.term.command",
  audience: "cli.term.audience",
  port: "cli.term.port",
  host: "cli.term.host",
  n: "cli.term.n",
  code: "cli.term.code",
};

const TITLES: Record<string, MessageKey> = {
  "Usage:": "cli.help.usage",
  "Options:": "cli.help.options",
  "Commands:": "cli.help.commands",
  "Arguments:": "cli.help.arguments",
};

/** One placeholder's name in the user's language (`file` -> `bestand`). */
export function localTerm(t: Translate, name: string): string {
  const key = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : undefined;
  return key ? t(key) : name;
}

/** The placeholders of a text in the user's language: `-p, --profile <file>` -> `<bestand>`. */
export function localTerms(t: Translate, text: string): string {
  return text.replace(
    /([<[])([\w-]+)((?:\.\.\.)?[>\]])/g,
    (_, open: string, name: string, close: string) => `${open}${localTerm(t, name)}${close}`,
  );
}

/** Commander writes its help in English; titles, placeholders and defaults follow the language. */
export function localiseHelp(command: Command, t: Translate): void {
  command.helpOption("-h, --help", t("cli.opt.help"));
  command.configureHelp({
    optionTerm: (option) => localTerms(t, option.flags),
    argumentTerm: (argument) => localTerm(t, argument.name()),
    subcommandTerm: (sub) => localTerms(t, Help.prototype.subcommandTerm.call(new Help(), sub)),
    commandUsage: (cmd) => localTerms(t, Help.prototype.commandUsage.call(new Help(), cmd)),
    styleTitle: (title) => (TITLES[title] ? t(TITLES[title]) : title),
    optionDescription: (option) =>
      option.defaultValue === undefined
        ? option.description
        : `${option.description} (${t("cli.help.default")}: ${String(option.defaultValue)})`,
  });
  if (command.parent === null) command.helpCommand("help [command]", t("cli.opt.help"));
}
