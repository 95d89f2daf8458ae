import path from "node:path";
import type { Command } from "commander";
import { findProfiles } from "../batch/find-profiles.js";
import { ExitCode, isUserError } from "../errors/user-error.js";
import { generateCentre } from "../letter/generate-centre.js";
import { DEFAULT_FORMATS } from "../render/registry.js";
import type { CliContext } from "./cli-context.js";
import { formatUserError } from "./format-error.js";
import { parseDate, parseFormats, parseTools } from "./parse-lists.js";

interface BatchFlags {
  profiles: string;
  tools?: string;
  formats?: string;
  out: string;
  date?: string;
  templates?: string;
}

export function addBatchCommand(program: Command, ctx: CliContext): void {
  program
    .command("batch")
    .description(ctx.t("cli.batch.description"))
    .option("--profiles <dir>", ctx.t("cli.opt.profiles"), "clb-profiles")
    .option("-t, --tools <list>", ctx.t("cli.opt.tool"))
    .option("-f, --formats <list>", `${ctx.t("cli.opt.format")} (${DEFAULT_FORMATS.join(",")})`)
    .option("-o, --out <dir>", ctx.t("cli.opt.out"), "out")
    .option("-d, --date <YYYY-MM-DD>", ctx.t("cli.opt.date"))
    .option("--templates <dir>", ctx.t("cli.opt.templates"))
    .action(async (flags: BatchFlags) => {
      const tools = parseTools(flags.tools);
      const date = parseDate(flags.date);
      const formats = parseFormats(flags.formats, DEFAULT_FORMATS);
      const files = await findProfiles(flags.profiles);
      let letters = 0;
      let failed = 0;
      for (const file of files) {
        try {
          const written = await generateCentre(file, {
            formats,
            outDir: flags.out,
            ...(tools ? { tools } : {}),
            ...(date ? { date } : {}),
            ...(flags.templates ? { templatesDir: flags.templates } : {}),
          });
          letters += written.length;
          for (const letter of written) {
            ctx.out(ctx.t("generate.wrote", { file: path.relative(process.cwd(), letter.file) }));
          }
        } catch (error) {
          if (!isUserError(error)) throw error;
          failed += 1;
          ctx.err(formatUserError(ctx.t, error));
          ctx.fail(ExitCode.content);
        }
      }
      ctx.out(ctx.t("batch.summary", { centres: files.length, letters, failed, dir: flags.out }));
    });
}
