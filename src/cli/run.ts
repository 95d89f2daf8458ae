import { Command, CommanderError, Help } from "commander";
import { ExitCode, isUserError } from "../errors/user-error.js";
import type { MessageKey } from "../i18n/messages-nl.js";
import { createTranslator, isLanguage, type Language, type Translate } from "../i18n/translator.js";
import type { CliContext } from "./cli-context.js";
import { addBatchCommand } from "./command-batch.js";
import { addGenerateCommand } from "./command-generate.js";
import { addProofCommand } from "./command-proof.js";
import { addSchemaCommand } from "./command-schema.js";
import { addValidateCommand } from "./command-validate.js";
import { addWebCommand } from "./command-web.js";
import { formatUserError } from "./format-error.js";
import { terminalText } from "./terminal-text.js";

export interface RunIo {
  readonly out?: (line: string) => void;
  readonly err?: (line: string) => void;
  /** Default the system clock; tests pin "today" with it. */
  readonly now?: () => Date;
}

/** The language asked for with --lang, read before commander so help texts are translated. */
function languageOf(argv: readonly string[]): string {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index < 0) return "nl";
  const arg = argv[index]!;
  return (arg.includes("=") ? arg.slice("--lang=".length) : (argv[index + 1] ?? "")).toLowerCase();
}

const COMMANDER_KEYS: Record<string, MessageKey> = {
  "commander.unknownOption": "usage.unknownOption",
  "commander.unknownCommand": "usage.unknownCommand",
  "commander.missingArgument": "usage.missingArgument",
  "commander.optionMissingArgument": "usage.missingArgument",
  "commander.missingMandatoryOptionValue": "usage.missingOption",
  "commander.excessArguments": "usage.excessArguments",
};

function usageMessage(t: Translate, error: CommanderError): string {
  const name = /'([^']+)'/.exec(error.message)?.[1] ?? error.message.replace(/^error:\s*/, "");
  return t(COMMANDER_KEYS[error.code] ?? "usage.other", { name });
}

/** Commander writes its help in English; titles and defaults follow the chosen language. */
function localiseHelp(command: Command, t: Translate): void {
  const titles: Record<string, MessageKey> = {
    "Usage:": "cli.help.usage",
    "Options:": "cli.help.options",
    "Commands:": "cli.help.commands",
    "Arguments:": "cli.help.arguments",
  };
  // The placeholders in the usage lines and option names (`<dir>`, `[options]`), as the README
  // writes them in Dutch.
  const placeholders: Record<string, MessageKey> = {
    dir: "cli.term.dir",
    list: "cli.term.list",
    file: "cli.term.file",
    tool: "cli.term.tool",
    "YYYY-MM-DD": "cli.term.date",
    options: "cli.term.options",
    files: "cli.term.files",
    command: "cli.term.command",
    audience: "cli.term.audience",
  };
  const term = (name: string) => (placeholders[name] ? t(placeholders[name]) : name);
  const terms = (text: string) =>
    text.replace(
      /([<[])([\w-]+)((?:\.\.\.)?[>\]])/g,
      (_, open: string, name: string, close: string) => `${open}${term(name)}${close}`,
    );
  command.helpOption("-h, --help", t("cli.opt.help"));
  command.configureHelp({
    optionTerm: (option) => terms(option.flags),
    argumentTerm: (argument) => term(argument.name()),
    subcommandTerm: (sub) => terms(Help.prototype.subcommandTerm.call(new Help(), sub)),
    commandUsage: (cmd) => terms(Help.prototype.commandUsage.call(new Help(), cmd)),
    styleTitle: (title) => (titles[title] ? t(titles[title]) : title),
    optionDescription: (option) =>
      option.defaultValue === undefined
        ? option.description
        : `${option.description} (${t("cli.help.default")}: ${String(option.defaultValue)})`,
  });
  if (command.parent === null) command.helpCommand("help [command]", t("cli.opt.help"));
}

/**
 * The whole CLI: parses `argv`, runs the command and returns the exit code. It never calls
 * process.exit, so tests and other programs can call it; bin/clb-consent.js is a shim.
 */
export async function run(argv: readonly string[], io: RunIo = {}): Promise<number> {
  // Every line goes through terminalText: a message may quote a file, escape bytes and all.
  const rawOut = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const rawErr = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const out = (line: string) => rawOut(terminalText(line));
  const err = (line: string) => rawErr(terminalText(line));
  const requested = languageOf(argv);
  const lang: Language = isLanguage(requested) ? requested : "nl";
  const t = createTranslator(lang);
  if (!isLanguage(requested)) {
    err(`${t("error.prefix")}: ${t("error.unknownLang", { value: requested })}`);
    return ExitCode.usage;
  }
  let exitCode: number = ExitCode.ok;
  const ctx: CliContext = {
    t,
    out,
    err,
    fail: (code) => (exitCode = Math.max(exitCode, code)),
    now: io.now ?? (() => new Date()),
  };

  const program = new Command("clb-consent")
    .description(t("cli.description"))
    .option("--lang <nl|en>", t("cli.opt.lang"))
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: () => {} })
    .showSuggestionAfterError(false);
  localiseHelp(program, t);
  addGenerateCommand(program, ctx);
  addBatchCommand(program, ctx);
  addValidateCommand(program, ctx);
  addSchemaCommand(program, ctx);
  addProofCommand(program, ctx);
  addWebCommand(program, ctx);
  for (const command of program.commands) {
    command
      .exitOverride()
      .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: () => {} });
    command.option("--lang <nl|en>", t("cli.opt.lang"));
    localiseHelp(command, t);
  }
  if (
    argv.filter((arg) => !arg.startsWith("--lang")).length === 0 ||
    (argv.length === 2 && argv[0] === "--lang")
  ) {
    out(program.helpInformation().trimEnd());
    return ExitCode.usage;
  }

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.help" ||
        error.code === "commander.version"
      ) {
        return ExitCode.ok;
      }
      if (error.code === "commander.executeSubCommandAsync") return ExitCode.ok;
      err(`${t("error.prefix")}: ${t("error.usage", { message: usageMessage(t, error) })}`);
      return ExitCode.usage;
    }
    if (isUserError(error)) {
      err(formatUserError(t, error));
      return error.exitCode;
    }
    err(t("error.bug"));
    err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 70;
  }
}
