import path from "node:path";
import { ExitCode, UserError } from "../../core/errors/user-error.js";
import { AUDIENCE_FILE_SUFFIX, type Audience } from "../../core/letter/audience.js";
import type { ManifestEntry } from "../batch/manifest.js";
import type { AgreedBy } from "./consent-routes.js";

/** The staff guide's file name (`handleiding-<tool>.<format>`, see pipeline/centre-specs). */
const GUIDE_FILE = /^handleiding-/;
const PARENTS_FILE = new RegExp(`${AUDIENCE_FILE_SUFFIX.parents}\\.[a-z]+$`);

/** Who agrees to a letter of this audience: the pupil to theirs, a parent to the parents'. */
const AGREES: Record<Audience, AgreedBy> = { pupil: "pupil", parents: "parent" };

/** A staff guide, by its file name: a guide listed in a manifest is recognised by its entry. */
export function isGuideFile(file: string): boolean {
  return GUIDE_FILE.test(path.basename(file));
}

/**
 * The refusal of a staff guide, naming the two letters of its tool next to it: the letter
 * checklist run on a guide would only list clauses a guide has no reason to hold.
 */
export function guideIsNotALetter(shown: string, tool?: string): UserError {
  const extension = path.extname(shown);
  const stem = tool ?? path.basename(shown, extension).replace(GUIDE_FILE, "");
  const pupil = path.join(path.dirname(shown), `toestemming-${stem}${extension}`);
  return new UserError(
    "proof.guide",
    { file: shown, pupil, parents: otherLetter(pupil, "pupil") },
    [],
    { exitCode: ExitCode.usage },
  );
}

/**
 * Whom a letter speaks to: the manifest says it since the parents' letter came; for an older
 * manifest the file name does (`-ouders`), as it has since then.
 */
export function letterAudience(entry: ManifestEntry, file: string): Audience {
  if (entry.audience === "pupil" || entry.audience === "parents") return entry.audience;
  return PARENTS_FILE.test(file) ? "parents" : "pupil";
}

/** The same tool's letter for the other audience, next to `file`: what to give instead. */
function otherLetter(file: string, audience: Audience): string {
  const extension = path.extname(file);
  const stem = file.slice(0, file.length - extension.length);
  const suffix = AUDIENCE_FILE_SUFFIX.parents;
  if (audience === "pupil") return `${stem}${suffix}${extension}`;
  return `${stem.endsWith(suffix) ? stem.slice(0, stem.length - suffix.length) : stem}${extension}`;
}

/**
 * Who agreed, checked against the letter: the pupil's letter is agreed to by the pupil, the
 * parents' by a parent or guardian. A note that says otherwise would prove agreement to a text
 * its signer was not meant to read, so `--by` the other way round is refused with the letter
 * that fits.
 */
export function checkAgreedBy(shown: string, audience: Audience, by: AgreedBy | undefined) {
  const fits = AGREES[audience];
  if (by === undefined || by === fits) return fits;
  throw new UserError(
    audience === "pupil" ? "proof.byParentOnPupilLetter" : "proof.byPupilOnParentsLetter",
    { file: shown, other: otherLetter(shown, audience) },
    [],
    { exitCode: ExitCode.usage },
  );
}
