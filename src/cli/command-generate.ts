import path from "node:path";
import type { Command } from "commander";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { DEFAULT_FORMATS } from "../render/registry.js";
import type { CliContext } from "./cli-context.js";
import { parseAudience, parseDate, parseFormats, parseTools } from "./parse-lists.js";

interface GenerateFlags {
  profile: string;
  tool?: string;
  format?: string;
  out: string;
  date?: string;
  templates?: string;
  signature?: boolean;
  audience?: string;
}

export function addGenerateCommand(program: Command, ctx: CliContext): void {
  program
    .command("generate")
    .description(ctx.t("cli.generate.description"))
    .requiredOption("-p, --profile <file>", ctx.t("cli.opt.profile"))
    .option("-t, --tool <tool>", ctx.t("cli.opt.tool"))
    .option("-f, --format <list>", `${ctx.t("cli.opt.format")} (${DEFAULT_FORMATS.join(",")})`)
    .option("-o, --out <dir>", ctx.t("cli.opt.out"), "out")
    .option("-d, --date <YYYY-MM-DD>", ctx.t("cli.opt.date"))
    .option("--templates <dir>", ctx.t("cli.opt.templates"))
    .option("--signature", ctx.t("cli.opt.signature"))
    .option("--audience <audience>", ctx.t("cli.opt.audience"), "all")
    .action(async (flags: GenerateFlags) => {
      const tools = parseTools(flags.tool);
      const audiences = parseAudience(flags.audience);
      const date = parseDate(flags.date);
      const { generateCentre } = await import("../pipeline/generate-centre.js");
      const { noteInManifest } = await import("../batch/note-in-manifest.js");
      const written = await generateCentre(flags.profile, {
        formats: parseFormats(flags.format, DEFAULT_FORMATS),
        outDir: flags.out,
        audiences,
        ...(tools ? { tools } : {}),
        ...(date ? { date } : {}),
        ...(flags.templates ? { templatesDir: flags.templates } : {}),
        ...(flags.signature ? { signature: true } : {}),
        // The manifest lets `proof` tell later which exact letter a client agreed to.
        afterWrite: (loaded, inputs, files) =>
          noteInManifest(flags.out, loaded, inputs, files, {
            templatesDir: flags.templates ?? DEFAULT_TEMPLATES_DIR,
            ...(date ? { date } : {}),
            ...(flags.signature ? { signature: true } : {}),
          }),
      });
      for (const letter of written) {
        ctx.out(ctx.t("generate.wrote", { file: path.relative(process.cwd(), letter.file) }));
      }
      ctx.out(ctx.t("generate.done", { count: written.length, dir: flags.out }));
    });
}
