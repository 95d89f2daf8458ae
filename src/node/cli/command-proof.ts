import type { Command } from "commander";
import { ExitCode, UserError } from "../../core/errors/user-error.js";
import { dutchDate } from "../../core/template/dutch-date.js";
import { AGREED_BY, isAgreedBy, isRoute, ROUTES, type Route } from "../proof/consent-routes.js";
import type { ProofNote } from "../proof/make-proof.js";
import type { CliContext } from "./cli-context.js";
import { parseDate } from "./parse-lists.js";

interface ProofFlags {
  route: string;
  date: string;
  by?: string;
  json?: boolean;
  manifest?: string;
  templates?: string;
}

const usage = { exitCode: ExitCode.usage };

function parseRoute(value: string): Route {
  const route = value.trim().toLowerCase();
  if (!isRoute(route)) {
    throw new UserError("proof.unknownRoute", { value, choices: ROUTES.join(", ") }, [], usage);
  }
  return route;
}

/** A day as YYYY-MM-DD in the machine's own time zone: the staff member's today. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The note as lines to paste into the client file, in the chosen language. */
export function proofLines(ctx: Pick<CliContext, "t">, note: ProofNote): string[] {
  const { t } = ctx;
  const day = (iso: string) => t("proof.day", { iso, dutch: dutchDate(iso) });
  const version = note.version
    ? t("proof.letterVersion", { version: note.version, date: day(note.letterDate) })
    : t("proof.letterDate", { date: day(note.letterDate) });
  return [
    t("proof.title"),
    `${t("proof.field.date")}: ${day(note.date)}`,
    `${t("proof.field.route")}: ${t(`proof.route.${note.route}`)} (${t(`proof.routeDetail.${note.route}`)})`,
    `${t("proof.field.by")}: ${t(`proof.by.${note.by}`)}`,
    `${t("proof.field.tool")}: ${note.toolName}`,
    `${t("proof.field.centre")}: ${note.centreName}`,
    `${t("proof.field.audience")}: ${t(`proof.audience.${note.audience}`)}`,
    // A letter without a title in its metadata (none is made so) still gets its note.
    ...(note.title ? [`${t("proof.field.title")}: ${note.title}`] : []),
    `${t("proof.field.letter")}: ${version}, ${note.letter}`,
    `${t("proof.field.sha256")}: ${note.sha256}`,
  ];
}

export function addProofCommand(program: Command, ctx: CliContext): void {
  program
    .command("proof")
    .description(ctx.t("cli.proof.description"))
    .argument("<file>", ctx.t("cli.proof.letter"))
    .requiredOption(`--route <${ROUTES.join("|")}>`, ctx.t("cli.opt.route"))
    .requiredOption("-d, --date <YYYY-MM-DD>", ctx.t("cli.opt.proofDate"))
    .option(`--by <${AGREED_BY.join("|")}>`, ctx.t("cli.opt.by"))
    .option("--manifest <file>", ctx.t("cli.opt.manifest"))
    .option("--templates <dir>", ctx.t("cli.opt.templates"))
    .option("--json", ctx.t("cli.opt.proofJson"))
    // Commander's own refusal names neither the files nor what to do: see the check below.
    .allowExcessArguments(true)
    .action(async (letter: string, flags: ProofFlags, command: Command) => {
      if (command.args.length > 1) {
        throw new UserError(
          "proof.tooManyFiles",
          { count: command.args.length, files: command.args.join(", ") },
          [],
          usage,
        );
      }
      const route = parseRoute(flags.route);
      const date = parseDate(flags.date) ?? flags.date;
      const by = flags.by?.trim().toLowerCase();
      if (by !== undefined && !isAgreedBy(by)) {
        throw new UserError(
          "proof.unknownBy",
          { value: flags.by ?? "", choices: AGREED_BY.join(", ") },
          [],
          usage,
        );
      }
      const { makeProof } = await import("../proof/make-proof.js");
      const note = await makeProof({
        letter,
        route,
        date,
        today: localDay(ctx.now()),
        ...(by ? { by } : {}),
        ...(flags.manifest ? { manifest: flags.manifest } : {}),
        ...(flags.templates ? { templatesDir: flags.templates } : {}),
      });
      if (flags.json) ctx.out(JSON.stringify(note, null, 2));
      else for (const line of proofLines(ctx, note)) ctx.out(line);
    });
}
