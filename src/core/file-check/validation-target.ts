import type { ClauseResult } from "../checklist/check-clauses.js";
import type { ReadabilityResult } from "../checklist/readability.js";
import type { Problem } from "../errors/user-error.js";
import type { Audience } from "../letter/audience.js";
import type { ToolId } from "../tools/tool-ids.js";

/** One thing checked: a template filled in with one profile, or one letter or guide file. */
export interface ValidationTarget {
  readonly kind: "template" | "letter" | "guide";
  readonly file: string;
  /** The profile a template was filled in with, or a letter compared to. */
  readonly profile?: string;
  readonly tool?: ToolId;
  /** For a template: which of its two letters was checked. */
  readonly audience?: Audience;
  /** A translation's language code; absent for a Dutch template or letter. */
  readonly lang?: string;
  readonly clauses: readonly ClauseResult[];
  /** A letter's first layer measured (see checklist/readability.ts); guides and e-mails have none. */
  readonly readability?: ReadabilityResult;
  /** Problems that are not clauses: syntax, unknown variables, placeholders, unreadable files. */
  readonly problems: readonly Problem[];
}
