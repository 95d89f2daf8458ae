import type { ToolId } from "../tools/tool-ids.js";

/**
 * The kinds of document a centre gets per tool: the letter and the staff guide. The parents'
 * letter and the e-mail draft plug in as new kinds or audiences here and a case in
 * makeDocument, not as new loops.
 */
export const DOCUMENT_KINDS = ["letter", "guide"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Who a document speaks to: the pupil ("je"), the centre's staff (the guide), or, later, the parents ("je kind"). */
export const AUDIENCES = ["pupil", "staff"] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * One document a centre gets: which kind, for which tool and reader, from which template, and
 * the file name without extension. Plain data, so it crosses to worker threads as it is.
 */
export interface DocumentSpec {
  readonly kind: DocumentKind;
  readonly tool: ToolId;
  readonly audience: Audience;
  /** The template's name (a letter template is named after its tool: `teams`). */
  readonly template: string;
  /** `toestemming-teams`: the files are `<centre id>/<baseName>.<format>`. */
  readonly baseName: string;
}

/** The consent letter to the pupil for one tool. */
export function letterSpec(tool: ToolId): DocumentSpec {
  return {
    kind: "letter",
    tool,
    audience: "pupil",
    template: tool,
    baseName: `toestemming-${tool}`,
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

/** Every document a centre gets for its tools, tool by tool; letters only unless asked. */
export function centreSpecs(
  tools: readonly ToolId[],
  documents: readonly DocumentChoice[] = ["letters"],
): DocumentSpec[] {
  return tools.flatMap((tool) => [
    ...(documents.includes("letters") ? [letterSpec(tool)] : []),
    ...(documents.includes("guides") ? [guideSpec(tool)] : []),
  ]);
}

/** Where a document's file goes, relative to the output folder, with forward slashes. */
export function outputName(centreId: string, spec: DocumentSpec, format: string): string {
  return `${centreId}/${spec.baseName}.${format}`;
}
