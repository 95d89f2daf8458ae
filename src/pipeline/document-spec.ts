import { AUDIENCE_FILE_SUFFIX, AUDIENCES, type Audience } from "../letter/audience.js";
import type { ToolId } from "../tools/tool-ids.js";

export { AUDIENCES, type Audience };

/**
 * The kinds of document a centre gets per tool. Only the letter exists today; the parents'
 * letter, the staff guide and the e-mail draft plug in as new kinds or audiences here and a
 * case in makeDocument, not as new loops.
 */
export const DOCUMENT_KINDS = ["letter"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

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

/**
 * Every document a centre gets for its tools, tool by tool. Without `audiences`, the pupil's
 * letters only, as before there were two: callers of the library keep what they had. The CLI
 * asks for both unless told otherwise (`--audience`, default `all`).
 */
export function centreSpecs(
  tools: readonly ToolId[],
  audiences: readonly Audience[] = ["pupil"],
): DocumentSpec[] {
  return tools.flatMap((tool) => audiences.map((audience) => letterSpec(tool, audience)));
}

/** Where a document's file goes, relative to the output folder, with forward slashes. */
export function outputName(centreId: string, spec: DocumentSpec, format: string): string {
  return `${centreId}/${spec.baseName}.${format}`;
}
