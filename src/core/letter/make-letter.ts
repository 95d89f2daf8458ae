import { markKeeps } from "../document/break-rules.js";
import type { Block, Document } from "../document/document.js";
import { DUTCH, fillSlots } from "../document/letter-words.js";
import { markOwnLanguage } from "../document/own-language.js";
import { breakBeforeSecondLayer } from "../document/second-layer.js";
import { titledBlocks } from "../document/titled-blocks.js";
import { UserError } from "../errors/user-error.js";
import { nl } from "../i18n/messages-nl.js";
import type { LoadedProfile } from "../profile/load-profile.js";
import { dutchDate } from "../template/dutch-date.js";
import type { TemplateSet } from "../template/load-templates.js";
import { escapeMarkdown } from "../template/markdown-escape.js";
import { toolFacts } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import type { Audience } from "./audience.js";
import { completeContract, contractProblems } from "./contract-facts.js";
import type { Language } from "./language-schema.js";
import { languageDate } from "./language-words.js";
import { letterContext } from "./letter-context.js";

export interface LetterInputs {
  readonly templates: TemplateSet;
  readonly tools: ToolsFile;
  /** Overrides the profile's letterDate and the template's version date. */
  readonly date?: string;
  /** Overrides the profile's `signature` setting. */
  readonly signature?: boolean;
  /** The pupil (default) or the parents or guardian. */
  readonly audience?: Audience;
  /**
   * A translation's language: `templates` and `tools` are then its own, and the profile's
   * prose is its (translatedProfile). Without it, the Dutch letter.
   */
  readonly language?: Language;
}

/**
 * Fills in one tool's template for one centre and parses it into a Document. A tool whose
 * contract facts the profile lacks gets no letter: the UserError names each field to fill.
 */
export function makeLetter(loaded: LoadedProfile, toolId: ToolId, inputs: LetterInputs): Document {
  const { profile } = loaded;
  const tool = toolFacts(inputs.tools, toolId);
  const gaps = contractProblems(loaded, toolId, tool);
  if (gaps.length > 0) {
    throw new UserError("contract.refused", { file: loaded.file, tool: tool.name }, gaps);
  }
  const date = inputs.date ?? profile.letterDate ?? tool.versionDate;
  const context = letterContext(
    profile,
    toolId,
    tool,
    date,
    inputs.signature ?? profile.signature,
    inputs.audience,
    completeContract(loaded, toolId),
  );
  const { language } = inputs;
  const filled = inputs.templates.render(toolId, context);
  const markdown = language ? withNotice(filled, language, date) : filled;
  const templateFile = inputs.templates.letters.get(toolId)?.file ?? toolId;

  const { title, blocks } = titledBlocks(markdown, templateFile);
  return {
    meta: {
      title,
      ...(language ? { lang: language.tag, dir: language.dir, words: language.words } : DUTCH),
      pdfA: profile.pdfA,
      centreId: profile.id,
      centreName: profile.name,
      tool: toolId,
      toolName: tool.name,
      date,
      dateText: language ? languageDate(language, date) : dutchDate(date),
      version: context.letter.version,
      // A translation's title says it in its language; the Dutch words are the Dutch letter's.
      subject: language ? title : `Geïnformeerde toestemming voor beeldbellen met ${tool.name}`,
      keywords: language
        ? [tool.name, profile.name, "CLB", language.name]
        : ["geïnformeerde toestemming", "beeldbellen", tool.name, profile.name, "CLB"],
      ...(loaded.logo ? { logo: loaded.logo } : {}),
    },
    // The profile's phone numbers never break over two lines in a PDF or DOCX.
    // Page 1 on paper is the first layer; the second starts on a page of its own.
    blocks: ownLanguageOfNotice(
      markKeeps(
        breakBeforeSecondLayer(blocks, language?.firstLayerEnd),
        [profile.phone, profile.complaint.phone, profile.dpo?.phone].filter(
          (p): p is string => p !== undefined,
        ),
      ),
      language ? dutchNoticeText(date) : undefined,
    ),
    markdown,
  };
}

/**
 * A translation's notice under its title: in its language, then in Dutch, that it is a
 * translation for information and the Dutch letter of that date is the one that counts.
 */
function withNotice(markdown: string, language: Language, date: string): string {
  const own = fillSlots(language.notice, { date: languageDate(language, date) });
  const dutch = dutchNoticeText(date);
  const notice = `*${escapeMarkdown(own)}*\n\n*${escapeMarkdown(dutch)}*\n\n`;
  // After the title line (the first "# "), before everything else.
  const title = /^# .*(?:\n|$)/m.exec(markdown);
  if (!title) return notice + markdown;
  const end = title.index + title[0].length;
  return `${markdown.slice(0, end)}\n${notice}${markdown.slice(end).replace(/^\n+/, "")}`;
}

/** The Dutch sentence of a translation's notice, as the letter's reader sees it. */
function dutchNoticeText(date: string): string {
  return nl["letter.translationNotice"].replace("{{date}}", dutchDate(date));
}

/**
 * A translation's Dutch notice line is Dutch, left to right, in any letter: in an Arabic one it
 * was laid out right to left, its full stop on the left. The Dutch letter has no notice.
 */
function ownLanguageOfNotice(blocks: Block[], dutchNotice: string | undefined): Block[] {
  return dutchNotice === undefined
    ? blocks
    : markOwnLanguage(blocks, dutchNotice, { lang: DUTCH.lang, dir: DUTCH.dir });
}
