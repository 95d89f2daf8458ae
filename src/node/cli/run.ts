import { Command, CommanderError } from "commander";
import { ExitCode, isUserError } from "../../core/errors/user-error.js";
import { createTranslator, isLanguage, type Language } from "../../core/i18n/translator.js";
import { usePreparedBesideCode } from "../io/use-prepared.js";
import type { CliContext } from "./cli-context.js";
import { addBatchCommand } from "./command-batch.js";
import { addGenerateCommand } from "./command-generate.js";
import { addProofCommand } from "./command-proof.js";
import { addSchemaCommand } from "./command-schema.js";
import { addValidateCommand } from "./command-validate.js";
import { addWebCommand } from "./command-web.js";
import { formatUserError } from "./format-error.js";
import { localiseHelp } from "./localise-help.js";
import { packageVersion } from "./package-version.js";
import { terminalText } from "./terminal-text.js";
import { usageMessage } from "./usage-message.js";

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
    .version(packageVersion(), "-V, --version", t("cli.opt.version"))
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: () => {} })
    .showSuggestionAfterError(false);
  // The command whose parsing failed, so a usage error points at its own help.
  let failing: Command = program;
  const recordFailure = (command: Command) => (error: CommanderError) => {
    failing = command;
    throw error;
  };
  program.exitOverride(recordFailure(program));
  localiseHelp(program, t);
  addGenerateCommand(program, ctx);
  addBatchCommand(program, ctx);
  addValidateCommand(program, ctx);
  addSchemaCommand(program, ctx);
  addProofCommand(program, ctx);
  addWebCommand(program, ctx);
  for (const command of program.commands) {
    command
      .exitOverride(recordFailure(command))
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

  // The shipped YAML and templates prepared by the build, for a command (not --help, --version).
  if (argv.some((arg) => !arg.startsWith("-"))) await usePreparedBesideCode();
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
      err(`${t("error.prefix")}: ${usageMessage(t, error, failing, program)}`);
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
