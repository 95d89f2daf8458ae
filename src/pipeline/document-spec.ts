import type { ToolId } from "../tools/tool-ids.js";

/**
 * The kinds of document a centre gets per tool. Only the letter exists today; the parents'
 * letter, the staff guide and the e-mail draft plug in as new kinds or audiences here and a
 * case in makeDocument, not as new loops.
 */
export const DOCUMENT_KINDS = ["letter"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Who a document speaks to: the pupil ("je") or, later, the parents ("je kind"). */
export const AUDIENCES = ["pupil"] as const;
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

/** Every document a centre gets for its tools, tool by tool. */
export function centreSpecs(tools: readonly ToolId[]): DocumentSpec[] {
  return tools.map(letterSpec);
}

/** Where a document's file goes, relative to the output folder, with forward slashes. */
export function outputName(centreId: string, spec: DocumentSpec, format: string): string {
  return `${centreId}/${spec.baseName}.${format}`;
}
