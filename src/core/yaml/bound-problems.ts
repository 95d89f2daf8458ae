import type { Problem } from "../errors/user-error.js";
import type { MessageKey } from "../i18n/messages-nl.js";

/** How many problems of one kind are shown; the rest are counted in one line. */
export const MAX_SHOWN_PER_KIND = 5;

/** Message keys that are one kind of problem for the count ("unknown field", with or without a guess). */
const KIND_OF: Partial<Record<MessageKey, MessageKey>> = {
  "profile.unknownFieldSuggest": "profile.unknownField",
};

/** The line that counts the hidden problems of a kind, by kind; others get the general one. */
const MORE_OF: Partial<Record<MessageKey, MessageKey>> = {
  "profile.unknownField": "problems.moreUnknownFields",
  "profile.invisibleChar": "problems.moreInvisible",
  "profile.directionChar": "problems.moreInvisible",
  "profile.softHyphenRemoved": "problems.moreSoftHyphens",
};

/**
 * The first few problems of each kind, in their order, and after the last shown one of a kind
 * a line with how many more there are: a file with 20,000 unknown keys gets 5 lines and
 * "en nog 19.995 onbekende velden", not 20,000 lines. Linear in the number of problems.
 */
export function boundProblems(problems: readonly Problem[], max = MAX_SHOWN_PER_KIND): Problem[] {
  const kindOf = (problem: Problem) => KIND_OF[problem.key] ?? problem.key;
  const counts = new Map<MessageKey, number>();
  for (const problem of problems) {
    const kind = kindOf(problem);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const shown = new Map<MessageKey, number>();
  const bounded: Problem[] = [];
  for (const problem of problems) {
    const kind = kindOf(problem);
    const seen = (shown.get(kind) ?? 0) + 1;
    shown.set(kind, seen);
    if (seen <= max) bounded.push(problem);
    const total = counts.get(kind) ?? 0;
    if (seen === max && total > max) {
      bounded.push({
        file: problem.file,
        key: MORE_OF[kind] ?? "problems.moreOfKind",
        params: { count: total - max },
      });
    }
  }
  return bounded;
}
