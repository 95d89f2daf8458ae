import { AUDIENCE_FILE_SUFFIX, AUDIENCES, type Audience } from "../letter/audience.js";
import type { ToolId } from "../tools/tool-ids.js";

export { AUDIENCES, type Audience };

/**
 * The kinds of document a centre gets per tool: the letter (to the pupil and to the parents)
 * and the staff guide. A new kind is a spec here and a case in makeDocument, not a new loop;
 * the e-mail draft is a format of the letter.
 */
export const DOCUMENT_KINDS = ["letter", "guide"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Who a document speaks to: the pupil or the parents (letters), or the centre's staff (guide). */
export type Reader = Audience | "staff";

/**
 * One document a centre gets: which kind, for which tool and reader, from which template, and
 * the file name without extension. Plain data, so it crosses to worker threads as it is.
 */
export interface DocumentSpec {
  readonly kind: DocumentKind;
  readonly tool: ToolId;
  readonly audience: Reader;
  /** The template's name (a letter template is named after its tool: `teams`). */
  readonly template: string;
  /** `toestemming-teams`: the files are `<centre id>/<baseName>.<format>`. */
  readonly baseName: string;
}

/**
 * The consent letter for one tool, to the pupil (`toestemming-teams`) or to the parents
 * (`toestemming-teams-ouders`). Both come from the tool's one template.
 */
export function letterSpec(tool: ToolId, audience: Audience = "pupil"): DocumentSpec {
  return {
    kind: "letter",
    tool,
    audience,
    template: tool,
    baseName: `toestemming-${tool}${AUDIENCE_FILE_SUFFIX[audience]}`,
  };
}

/** The staff guide for one tool: `handleiding-<tool>`, from templates/guides/<tool>.md.hbs. */
export function guideSpec(tool: ToolId): DocumentSpec {
  return {
    kind: "guide",
    tool,
    audience: "staff",
    template: tool,
    baseName: `handleiding-${tool}`,
  };
}

/** What `--documents` chooses from: the letters, the staff guides, or both. */
export const DOCUMENT_CHOICES = ["letters", "guides"] as const;
export type DocumentChoice = (typeof DOCUMENT_CHOICES)[number];

export function isDocumentChoice(value: string): value is DocumentChoice {
  return (DOCUMENT_CHOICES as readonly string[]).includes(value);
}

export interface SpecChoice {
  /** The letters' readers; default the pupil's letters only. */
  readonly audiences?: readonly Audience[];
  /** Letters, staff guides or both; default letters only. */
  readonly documents?: readonly DocumentChoice[];
}

/**
 * Every document a centre gets for its tools, tool by tool. Without a choice, the pupil's
 * letters only, as before there were more: callers of the library keep what they had. The CLI
 * asks for every audience and both kinds unless told otherwise (`--audience`, `--documents`).
 */
export function centreSpecs(tools: readonly ToolId[], choice: SpecChoice = {}): DocumentSpec[] {
  const { audiences = ["pupil"], documents = ["letters"] } = choice;
  return tools.flatMap((tool) => [
    ...(documents.includes("letters")
      ? audiences.map((audience) => letterSpec(tool, audience))
      : []),
    ...(documents.includes("guides") ? [guideSpec(tool)] : []),
  ]);
}

/** Where a document's file goes, relative to the output folder, with forward slashes. */
export function outputName(centreId: string, spec: DocumentSpec, format: string): string {
  return `${centreId}/${spec.baseName}.${format}`;
}
