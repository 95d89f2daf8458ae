import type { Logo } from "../profile/sniff-image.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { LetterWordsData } from "./letter-words.js";

/** A stretch of text with one style; `href` makes it (part of) a link. */
export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly href?: string;
  /** Not to be broken over two lines on paper (see ./break-rules.ts). */
  readonly keep?: "phone" | "url";
}

export interface ListItem {
  readonly blocks: readonly Block[];
}

export type Block =
  | {
      readonly type: "heading";
      readonly level: 1 | 2 | 3;
      readonly runs: readonly Run[];
      /** Starts a new page on paper (PDF, DOCX): the second layer of a letter (./second-layer.ts). */
      readonly newPage?: true;
    }
  | {
      readonly type: "paragraph";
      readonly runs: readonly Run[];
      /**
       * The paragraph's own language and direction, where they differ from the letter's
       * (meta.lang, meta.dir): the Dutch line of a translation's notice (./own-language.ts).
       */
      readonly lang?: string;
      readonly dir?: "ltr" | "rtl";
    }
  | {
      readonly type: "list";
      readonly ordered: boolean;
      readonly start: number;
      readonly items: readonly ListItem[];
    };

/** What every renderer needs besides the body: header, footer, metadata. */
export interface LetterMeta {
  readonly title: string;
  /** BCP 47 language of the letter's text: "nl-BE", or a translation's tag ("fr-BE", "ar"). */
  readonly lang: string;
  /** The direction the letter's text reads in. */
  readonly dir: "ltr" | "rtl";
  /** PDF/A-1b (the default), for the archive; off only when the centre's profile says so. */
  readonly pdfA: boolean;
  /** The words the renderers add around the text (footer, logo's alternative text, metadata). */
  readonly words: LetterWordsData;
  readonly centreId: string;
  readonly centreName: string;
  readonly tool: ToolId;
  readonly toolName: string;
  /** YYYY-MM-DD, from input (never the clock): it fixes the bytes of every format. */
  readonly date: string;
  /** "23 november 2026" */
  readonly dateText: string;
  readonly version: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly logo?: Logo;
}

/** A letter, independent of any output format. */
export interface Document {
  readonly meta: LetterMeta;
  readonly blocks: readonly Block[];
  /** The filled-in Markdown the blocks were parsed from. */
  readonly markdown: string;
}

/** The plain text of some runs, as a reader (or the checklist) sees it. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}
