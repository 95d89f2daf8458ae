import type { Problem } from "../../core/errors/user-error.js";
import type { BatchFailure } from "./batch-report.js";

/**
 * One message of a batch and every place it applies to. A batch of 200 centres that all miss
 * the same contract field, or all have a soft hyphen in the same field, gets the message once
 * with the list of profiles, not 200 (or, counting both letters of a tool, 400) copies of it.
 */
export interface MessageGroup<T> {
  /** The first occurrence, printed in full. */
  readonly first: T;
  /** Where else it occurs: one `file:line:column` (or file) per other place, by file name. */
  readonly others: readonly string[];
}

/** By file name; a stable sort keeps one file's messages in their order. */
function byFileName(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** `file:line:column`, as the problem lines print it (clickable in editors and terminals). */
function where(problem: Problem): string {
  let at = problem.file;
  if (problem.line !== undefined) at += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) at += `:${problem.column}`;
  return at;
}

/**
 * Groups items by what their message says, leaving out where it was found: `key` gives the
 * message without its file, `place` the place it was found. The same message at the same place
 * twice (the pupil's and the parents' letter of one tool refused for the same reason) is one.
 */
function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  place: (item: T) => string,
): MessageGroup<T>[] {
  const groups = new Map<string, { first: T; places: string[] }>();
  for (const item of items) {
    const id = key(item);
    const at = place(item);
    const group = groups.get(id);
    if (!group) groups.set(id, { first: item, places: [at] });
    else if (!group.places.includes(at)) group.places.push(at);
  }
  return [...groups.values()].map(({ first, places }) => ({ first, others: places.slice(1) }));
}

/**
 * The batch's failures, one group per distinct message. What differs from one profile to another
 * (its file, and the line of a field) is not part of the message; what the message says (the
 * key, its values, each problem's field and message, a template file named) is: two centres
 * that miss different fields stay two messages.
 */
export function groupFailures(failures: readonly BatchFailure[]): MessageGroup<BatchFailure>[] {
  // By file, not by which thread finished first: the same batch prints the same report.
  const byFile = [...failures].sort(byFileName);
  return groupBy(
    byFile,
    (failure) => {
      const { file: _file, ...params } = failure.error.params;
      return JSON.stringify([
        failure.error.key,
        failure.tool ?? "",
        params,
        failure.error.problems.map((p) => [
          p.key,
          p.params ?? {},
          p.field ?? "",
          // A problem in a template (a missing clause) names that file: it is part of the message.
          p.file === failure.file ? "" : p.file,
        ]),
      ]);
    },
    (failure) => {
      const own = failure.error.problems.find((p) => p.file === failure.file);
      return own ? where(own) : failure.file;
    },
  );
}

/** Warnings (a soft hyphen taken out), one group per distinct message and field. */
export function groupWarnings(warnings: readonly Problem[]): MessageGroup<Problem>[] {
  return groupBy(
    [...warnings].sort(byFileName),
    (w) => JSON.stringify([w.key, w.params ?? {}, w.field ?? ""]),
    (w) => where(w),
  );
}
