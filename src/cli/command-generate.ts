import path from "node:path";
import type { Command } from "commander";
import { DOCUMENT_CHOICES } from "../pipeline/document-spec.js";
import { DEFAULT_FORMATS } from "../render/registry.js";
import type { CliContext } from "./cli-context.js";
import { parseDate, parseDocuments, parseFormats, parseTools } from "./parse-lists.js";

interface GenerateFlags {
  profile: string;
  tool?: string;
  format?: string;
  out: string;
  date?: string;
  templates?: string;
  signature?: boolean;
  documents?: string;
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
    .option("--documents <list>", `${ctx.t("cli.opt.documents")} (letters,guides)`)
    .action(async (flags: GenerateFlags) => {
      const tools = parseTools(flags.tool);
      const documents = parseDocuments(flags.documents);
      const date = parseDate(flags.date);
      const { generateCentre } = await import("../pipeline/generate-centre.js");
      const written = await generateCentre(flags.profile, {
        formats: parseFormats(flags.format, DEFAULT_FORMATS),
        outDir: flags.out,
        ...(tools ? { tools } : {}),
        ...(date ? { date } : {}),
        ...(flags.templates ? { templatesDir: flags.templates } : {}),
        ...(flags.signature ? { signature: true } : {}),
        documents: documents ?? [...DOCUMENT_CHOICES],
      });
      for (const letter of written) {
        ctx.out(ctx.t("generate.wrote", { file: path.relative(process.cwd(), letter.file) }));
      }
      const guides = written.filter((w) => w.kind === "guide").length;
      if (guides < written.length || guides === 0)
        ctx.out(ctx.t("generate.done", { count: written.length - guides, dir: flags.out }));
      if (guides > 0) ctx.out(ctx.t("guide.done", { count: guides, dir: flags.out }));
    });
}
