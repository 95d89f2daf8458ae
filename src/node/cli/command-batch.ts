import path from "node:path";
import type { Command } from "commander";
import { ExitCode, UserError } from "../../core/errors/user-error.js";
import type { MessageKey } from "../../core/i18n/messages-nl.js";
import { DOCUMENT_CHOICES } from "../../core/pipeline/document-spec.js";
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
import { createProgress } from "./progress.js";

// Messages that say themselves that the centre got no letters; others get a line saying so.
const SAYS_NO_LETTERS = new Set<MessageKey>([
  "profile.invalid",
  "batch.duplicateId",
  "batch.logoChanged",
  "batch.outOfMemory",
]);

/** Refusals that cost a centre its translations only: its Dutch letters were made. */
const TRANSLATIONS_ONLY = new Set<MessageKey>(["translation.choiceRefused", "translation.refused"]);

/** A failure that left its centre without letters (not one tool's, not only translations). */
function centreWithoutLetters(failure: { tool?: unknown; error: { key: MessageKey } }): boolean {
  return !failure.tool && !TRANSLATIONS_ONLY.has(failure.error.key);
}

interface BatchFlags {
  profiles: string;
  tools?: string;
  formats?: string;
  out: string;
  jobs?: string;
  date?: string;
  force?: boolean;
  templates?: string;
  signature?: boolean;
  audience?: string;
  documents?: string;
  translations?: string;
}

/** The places listed under a message that applies to more than one. */
const MAX_PLACES = 20;

/** The other places a message applies to, one a line (clickable), the rest counted. */
function printOthers(ctx: CliContext, others: readonly string[]): void {
  if (others.length === 0) return;
  ctx.err(`  ${ctx.t("batch.samePlaces", { count: others.length })}`);
  for (const place of others.slice(0, MAX_PLACES)) ctx.err(`    ${place}`);
  if (others.length > MAX_PLACES)
    ctx.err(`    ${ctx.t("batch.samePlacesMore", { count: others.length - MAX_PLACES })}`);
}

export const BATCH_FORMATS = ["pdf", "docx"] as const;

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    throw new UserError("error.badJobs", { value }, [], { exitCode: ExitCode.usage });
  }
  return jobs;
}

export function addBatchCommand(program: Command, ctx: CliContext): void {
  program
    .command("batch")
    .description(ctx.t("cli.batch.description"))
    .option("--profiles <dir>", ctx.t("cli.opt.profiles"), "clb-profiles")
    .option("-t, --tools <list>", ctx.t("cli.opt.tool"))
    .option("-f, --formats <list>", ctx.t("cli.opt.format", { defaults: BATCH_FORMATS.join(",") }))
    .option("-o, --out <dir>", ctx.t("cli.opt.out"), "out")
    .option("-j, --jobs <n>", ctx.t("cli.opt.jobs"))
    .option("-d, --date <YYYY-MM-DD>", ctx.t("cli.opt.date"))
    .option("--force", ctx.t("cli.opt.force"))
    .option("--templates <dir>", ctx.t("cli.opt.templates"))
    .option("--signature", ctx.t("cli.opt.signature"))
    .option("--audience <audience>", ctx.t("cli.opt.audience"), "all")
    .option("--documents <list>", `${ctx.t("cli.opt.documents")} (letters,guides)`)
    .option("--translations <list>", ctx.t("cli.opt.translations"))
    .action(async (flags: BatchFlags) => {
      const tools = parseTools(flags.tools);
      const audiences = parseAudience(flags.audience);
      const documents = parseDocuments(flags.documents) ?? [...DOCUMENT_CHOICES];
      const date = parseDate(flags.date);
      const jobs = parseJobs(flags.jobs);
      const translations = parseTranslations(flags.translations);
      const formats = parseFormats(flags.formats, BATCH_FORMATS);
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const { runBatch } = await import("../batch/run-batch.js");
      const progress = await createProgress(ctx);
      try {
        const result = await runBatch({
          profilesDir: flags.profiles,
          outDir: flags.out,
          formats,
          audiences,
          force: flags.force === true,
          documents,
          signal: controller.signal,
          onProgress: progress.update,
          ...(tools ? { tools } : {}),
          ...(date ? { date } : {}),
          ...(jobs ? { jobs } : {}),
          ...(translations ? { translations } : {}),
          ...(flags.templates ? { templatesDir: flags.templates } : {}),
          ...(flags.signature ? { signature: true } : {}),
        });
        progress.stop();
        if (result.leftoversRemoved > 0)
          ctx.err(ctx.t("batch.leftovers", { count: result.leftoversRemoved }));
        const made = [...result.languages.keys()].map((lang) => ({ lang }));
        noteUnreviewed(ctx, result, made);
        noteTranslationEmail(ctx, formats, made);
        noteFirstLayer(ctx, result.firstLayerOverflows);
        // Each distinct message once, with the other places it applies to: 200 centres that
        // miss the same contract field get one message and a list, not 400 copies.
        const { groupFailures, groupWarnings } = await import("../batch/group-messages.js");
        for (const { first, others } of groupWarnings(result.warnings)) {
          printWarnings(ctx, [first]);
          printOthers(ctx, others);
        }
        for (const { first: failure, others } of groupFailures(result.failures)) {
          ctx.err(
            formatUserError(
              ctx.t,
              new UserError(failure.error.key, failure.error.params, failure.error.problems),
            ),
          );
          if (centreWithoutLetters(failure) && !SAYS_NO_LETTERS.has(failure.error.key))
            ctx.err(`  ${ctx.t("batch.centreFailed", { file: failure.file })}`);
          printOthers(ctx, others);
        }
        ctx.out(
          ctx.t("batch.summaryFull", {
            centres: result.centres,
            written: result.written,
            unchanged: result.unchanged,
            centresFailed: result.failures.filter(centreWithoutLetters).length,
            lettersFailed: result.failures.filter((f) => f.tool).length,
            seconds: result.durationMs / 1000,
            manifest: path.join(flags.out, "manifest.json"),
          }),
        );
        if (result.failures.length > 0) ctx.fail(ExitCode.content);
        if (result.interrupted) {
          ctx.err(ctx.t("batch.interrupted"));
          ctx.fail(ExitCode.interrupted);
        }
      } finally {
        progress.stop();
        process.removeListener("SIGINT", stop);
        process.removeListener("SIGTERM", stop);
      }
    });
}
