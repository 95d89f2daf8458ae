import path from "node:path";
import type { Command } from "commander";
import type { UserError } from "../../core/errors/user-error.js";
import { DOCUMENT_CHOICES } from "../../core/pipeline/document-spec.js";
import { DEFAULT_FORMATS } from "../../core/render/registry.js";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";
import type { CliContext } from "./cli-context.js";
import { formatUserError } from "./format-error.js";
import { noteFirstLayer } from "./note-first-layer.js";
import { noteTranslationEmail } from "./note-translation-email.js";
import { noteUnreviewed } from "./note-unreviewed.js";
import {
  parseAudience,
  parseDate,
  parseDocuments,
  parseFormats,
  parseTools,
  parseTranslations,
} from "./parse-lists.js";
import { printWarnings } from "./print-warnings.js";

interface GenerateFlags {
  profile: string;
  tool?: string;
  format?: string;
  out: string;
  date?: string;
  templates?: string;
  signature?: boolean;
  audience?: string;
  documents?: string;
  translations?: string;
  translation?: string;
}

export function addGenerateCommand(program: Command, ctx: CliContext): void {
  program
    .command("generate")
    .description(ctx.t("cli.generate.description"))
    .requiredOption("-p, --profile <file>", ctx.t("cli.opt.profile"))
    .option("-t, --tool <tool>", ctx.t("cli.opt.tool"))
    .option("-f, --format <list>", ctx.t("cli.opt.format", { defaults: DEFAULT_FORMATS.join(",") }))
    .option("-o, --out <dir>", ctx.t("cli.opt.out"), "out")
    .option("-d, --date <YYYY-MM-DD>", ctx.t("cli.opt.date"))
    .option("--templates <dir>", ctx.t("cli.opt.templates"))
    .option("--signature", ctx.t("cli.opt.signature"))
    .option("--audience <audience>", ctx.t("cli.opt.audience"), "all")
    .option("--documents <list>", `${ctx.t("cli.opt.documents")} (letters,guides)`)
    .option("--translations <list>", ctx.t("cli.opt.translations"))
    .option("--translation <code>", ctx.t("cli.opt.translation"))
    .action(async (flags: GenerateFlags) => {
      const tools = parseTools(flags.tool);
      const audiences = parseAudience(flags.audience);
      const documents = parseDocuments(flags.documents);
      const date = parseDate(flags.date);
      const translations = parseTranslations(flags.translations);
      const { generateCentre } = await import("../io/generate-centre.js");
      const { noteInManifest } = await import("../batch/note-in-manifest.js");
      const { inputWarnings } = await import("../../core/pipeline/pipeline-inputs.js");
      const refused: UserError[] = [];
      const formats = parseFormats(flags.format, DEFAULT_FORMATS);
      const written = await generateCentre(flags.profile, {
        formats,
        outDir: flags.out,
        audiences,
        ...(tools ? { tools } : {}),
        ...(date ? { date } : {}),
        ...(flags.templates ? { templatesDir: flags.templates } : {}),
        ...(flags.signature ? { signature: true } : {}),
        documents: documents ?? [...DOCUMENT_CHOICES],
        ...(translations ? { translations } : {}),
        ...(flags.translation ? { attachTranslation: flags.translation.trim().toLowerCase() } : {}),
        // The manifest lets `proof` tell later which exact letter a client agreed to.
        afterWrite: (loaded, inputs, files, attached) => {
          printWarnings(ctx, [...inputWarnings(inputs), ...(loaded.warnings ?? [])]);
          noteUnreviewed(ctx, inputs, files);
          noteTranslationEmail(ctx, formats, files);
          noteFirstLayer(
            ctx,
            files.map((f) => ({ ...f, file: path.join(flags.out, f.path), profile: loaded.file })),
          );
          return noteInManifest(flags.out, loaded, inputs, files, {
            templatesDir: flags.templates ?? DEFAULT_TEMPLATES_DIR,
            ...(date ? { date } : {}),
            ...(flags.signature ? { signature: true } : {}),
            ...(attached ? { attachTranslation: attached } : {}),
          });
        },
        onRefused: (refusal) => refused.push(refusal),
      });
      for (const letter of written) {
        ctx.out(ctx.t("generate.wrote", { file: path.relative(process.cwd(), letter.file) }));
      }
      const guides = written.filter((w) => w.kind === "guide").length;
      if (guides < written.length || guides === 0)
        ctx.out(ctx.t("generate.done", { count: written.length - guides, dir: flags.out }));
      if (guides > 0) ctx.out(ctx.t("guide.done", { count: guides, dir: flags.out }));
      // Guides asked for, but a tool has no guide facts (a tool added to tools.yaml only): said,
      // not silently left out.
      if ((documents ?? DOCUMENT_CHOICES).includes("guides")) {
        const withGuide = new Set(written.filter((w) => w.kind === "guide").map((w) => w.tool));
        const without = [
          ...new Set(written.filter((w) => !withGuide.has(w.tool)).map((w) => w.tool)),
        ];
        // The file of the templates folder in use: the user's with --templates.
        const file = path.join(flags.templates ?? "templates", "guides", "tool-guides.yaml");
        if (without.length > 0)
          ctx.out(ctx.t("guide.skipped", { tools: without.join(", "), file }));
      }
      // The other files are written and listed; what was refused (a tool without its contract,
      // a PDF no font can print) is said after them and still fails the run.
      for (const refusal of refused) {
        ctx.err(formatUserError(ctx.t, refusal));
        ctx.fail(refusal.exitCode);
      }
    });
}
