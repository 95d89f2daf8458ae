import path from "node:path";
import type { Command } from "commander";
import type { ReadabilityFinding, ReadabilityResult } from "../../core/checklist/readability.js";
import { ExitCode } from "../../core/errors/user-error.js";
import type { ValidationReport, ValidationTarget } from "../validate/validation-report.js";
import type { CliContext } from "./cli-context.js";
import { formatProblem } from "./format-error.js";
import { parseTools } from "./parse-lists.js";
import { printWarnings } from "./print-warnings.js";

interface ValidateFlags {
  profile?: string;
  profiles: string;
  tool?: string;
  strict?: boolean;
  json?: boolean;
}

const relative = (file: string) => path.relative(process.cwd(), file) || file;

function targetTitle(ctx: CliContext, target: ValidationTarget): string {
  if (target.kind === "template" && target.profile && target.audience) {
    return ctx.t("validate.targetTemplateAudience", {
      file: relative(target.file),
      profile: target.profile,
      audience: ctx.t(`audience.${target.audience}`),
    });
  }
  if (target.kind === "template" && target.profile) {
    return ctx.t("validate.targetTemplate", {
      file: relative(target.file),
      profile: target.profile,
    });
  }
  if (target.kind === "guide" && target.tool) {
    return ctx.t("validate.targetGuide", { file: relative(target.file), tool: target.tool });
  }
  if (target.kind === "letter" && target.tool) {
    return ctx.t("validate.targetLetter", { file: relative(target.file), tool: target.tool });
  }
  return relative(target.file);
}

/** The figures of a readability measurement, formatted for the report's language. */
function readabilityParams(ctx: CliContext, result: ReadabilityResult) {
  const number = new Intl.NumberFormat(ctx.t("validate.readabilityNumberLocale"), {
    maximumFractionDigits: 1,
  });
  const { figures, limits } = result;
  return {
    part: ctx.t(
      result.measured === "firstLayer"
        ? "validate.readabilityFirstLayer"
        : "validate.readabilityWholeLetter",
    ),
    audience: ctx.t(`audience.${result.audience}`),
    words: number.format(figures.words),
    maxWords: number.format(limits.maxWords),
    wordsPerSentence: number.format(figures.wordsPerSentence),
    maxWordsPerSentence: number.format(limits.maxWordsPerSentence),
    longPercent: number.format(figures.longSentencePercent),
    longWords: number.format(limits.longSentenceWords),
    maxLongPercent: number.format(limits.maxLongSentencePercent),
    ease: figures.readingEase === undefined ? "–" : number.format(figures.readingEase),
    minEase: number.format(limits.minReadingEase),
  };
}

/** One line with the figures and their thresholds, then one per finding (a warning). */
function printReadability(ctx: CliContext, result: ReadabilityResult, strict: boolean): void {
  const params = readabilityParams(ctx, result);
  const warn = strict ? "✗" : "!";
  const figuresOff = result.findings.some((f) => f.kind !== "hedging");
  ctx.out(`  ${figuresOff ? warn : "✓"} ${ctx.t("validate.readability", params)}`);
  for (const finding of result.findings) {
    const extra: Record<string, string> =
      finding.kind === "hedging"
        ? { words: finding.words.map((w) => `“${w}”`).join(", "), sentence: finding.sentence }
        : {};
    ctx.out(
      `    ${warn} ${ctx.t(findingKey(finding), { ...params, heading: result.endHeading, ...extra })}`,
    );
  }
}

function findingKey(finding: ReadabilityFinding) {
  return `validate.readability.${finding.kind}` as const;
}

function printReport(ctx: CliContext, report: ValidationReport): void {
  for (const target of report.targets) {
    const bad =
      target.problems.length > 0 ||
      (report.strict && (target.readability?.findings.length ?? 0) > 0) ||
      target.clauses.some((c) => c.status !== "ok" && (c.severity === "required" || report.strict));
    ctx.out(`${bad ? "✗" : "✓"} ${targetTitle(ctx, target)}`);
    for (const clause of target.clauses) {
      const recommended =
        clause.severity === "recommended" ? ` (${ctx.t("validate.recommended")})` : "";
      let mark = "✓";
      if (clause.status !== "ok")
        mark = clause.severity === "required" || report.strict ? "✗" : "!";
      let line = `  ${mark} ${clause.id}${recommended}: ${clause.label}`;
      if (clause.status === "missing")
        line += ` – ${ctx.t("validate.clauseMissing", { missing: clause.missing.join("; ") })}`;
      if (clause.status === "scattered") line += ` – ${ctx.t("validate.clauseScattered")}`;
      ctx.out(line);
    }
    if (target.readability) printReadability(ctx, target.readability, report.strict);
    for (const problem of target.problems)
      ctx.out(`  ✗${formatProblem(ctx.t, { ...problem, file: relative(problem.file) }).slice(1)}`);
  }
  ctx.out(ctx.t("validate.summary", { ...report.totals }));
  if (report.ok) ctx.out(ctx.t("validate.verdictOk"));
  else
    ctx.out(ctx.t(report.totals.errors > 0 ? "validate.verdictFailed" : "validate.verdictStrict"));
}

export function addValidateCommand(program: Command, ctx: CliContext): void {
  program
    .command("validate")
    .description(ctx.t("cli.validate.description"))
    .argument("[files...]", "*.md.hbs, *.pdf, *.docx, *.md, *.txt")
    .option("-p, --profile <file>", ctx.t("cli.opt.validateProfile"))
    .option("--profiles <dir>", ctx.t("cli.opt.profiles"), "clb-profiles")
    .option("-t, --tool <tool>", ctx.t("cli.opt.validateTool"))
    .option("--strict", ctx.t("cli.opt.strict"))
    .option("--json", ctx.t("cli.opt.json"))
    .action(async (files: string[], flags: ValidateFlags) => {
      const tool = parseTools(flags.tool)?.[0];
      const { runValidation } = await import("../validate/run-validation.js");
      const report = await runValidation({
        files,
        profilesDir: flags.profiles,
        strict: flags.strict === true,
        ...(flags.profile ? { profile: flags.profile } : {}),
        ...(tool ? { tool } : {}),
      });
      // A soft hyphen taken out of a profile or tools.yaml: told as `generate` tells it (on
      // stderr, so --json's output stays one JSON text).
      printWarnings(ctx, report.loadWarnings);
      if (flags.json) ctx.out(JSON.stringify(report, null, 2));
      else printReport(ctx, report);
      if (!report.ok) ctx.fail(ExitCode.content);
    });
}
