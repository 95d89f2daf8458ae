import path from "node:path";
import { checkClauses } from "../../core/checklist/check-clauses.js";
import { ExitCode, UserError } from "../../core/errors/user-error.js";
import { readDocx } from "../../core/extract/read-docx.js";
import type { Audience } from "../../core/letter/audience.js";
import { isKnownTool, toolFacts } from "../../core/tools/tool-catalog.js";
import { toolContext } from "../../core/tools/tool-context.js";
import { DEFAULT_TEMPLATES_DIR } from "../../paths.js";
import { fileSha256 } from "../batch/hash.js";
import { MANIFEST_NAME, type ManifestEntry, ManifestSchema } from "../batch/manifest.js";
import { loadChecklist } from "../io/load-checklist.js";
import { loadTools } from "../io/load-tools.js";
import { readBounded } from "../io/read-bounded.js";
import { templateDataFile } from "../io/template-data-file.js";
import type { AgreedBy, Route } from "./consent-routes.js";
import { checkAgreedBy, guideIsNotALetter, isGuideFile, letterAudience } from "./which-letter.js";

/** Letters a client receives and can agree to: the PDF (also inside the e-mail) and the DOCX. */
export const PROOF_EXTENSIONS = [".pdf", ".docx"] as const;
const MAX_LETTER_BYTES = 20 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export interface ProofRequest {
  readonly letter: string;
  readonly route: Route;
  /** YYYY-MM-DD, the day the client agreed. */
  readonly date: string;
  /**
   * YYYY-MM-DD, today where the note is made: an agreement dated later is refused. Passed in,
   * not read from the clock here, so a test can pin it.
   */
  readonly today: string;
  /** Default: a parent for the parents' letter, the pupil for the pupil's; the other is refused. */
  readonly by?: AgreedBy;
  /** Default: manifest.json in the letter's grandparent folder (`out/` for `out/<centre>/`). */
  readonly manifest?: string;
  readonly templatesDir?: string;
}

/** What the note in the client file says. No name, no address: nothing about the client. */
export interface ProofNote {
  readonly date: string;
  readonly route: Route;
  readonly by: AgreedBy;
  readonly tool: ManifestEntry["tool"];
  readonly toolName: string;
  readonly centre: string;
  readonly centreName: string;
  /** Whom the letter agreed to speaks to: the pupil's letter or the parents'. */
  readonly audience: Audience;
  /** The letter's title, from its own metadata (PDF Title, DOCX dc:title); "" if it has none. */
  readonly title: string;
  readonly version: string;
  readonly letterDate: string;
  /** As the manifest lists it (relative to the manifest's folder). */
  readonly letter: string;
  readonly sha256: string;
  readonly manifest: string;
}

/**
 * The note that proves which letter a client agreed to. The letter must be the one the manifest
 * lists (same bytes), and still hold every required clause; anything else is refused, since a
 * note about another text would prove nothing. Stores nothing.
 */
export async function makeProof(request: ProofRequest): Promise<ProofNote> {
  const file = path.resolve(request.letter);
  const extension = path.extname(file).toLowerCase();
  if (!(PROOF_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UserError("proof.unsupportedFile", { file: request.letter }, [], {
      exitCode: ExitCode.usage,
    });
  }
  if (request.date > request.today) {
    throw new UserError("proof.dateInFuture", { date: request.date, today: request.today }, [], {
      exitCode: ExitCode.usage,
    });
  }
  // A guide is refused before anything is read: the letter checklist would only list the
  // clauses a guide has no reason to hold.
  if (isGuideFile(file)) throw guideIsNotALetter(request.letter);
  const manifestFile = path.resolve(
    request.manifest ?? path.join(path.dirname(file), "..", MANIFEST_NAME),
  );
  const [data, manifest] = await Promise.all([
    readBounded(file, MAX_LETTER_BYTES),
    readManifestFile(manifestFile),
  ]);
  const listedAs = path.relative(path.dirname(manifestFile), file).split(path.sep).join("/");
  const entry = manifest.letters.find((letter) => letter.path === listedAs);
  if (!entry) {
    throw new UserError("proof.notListed", { file: request.letter, manifest: manifestFile });
  }
  if (entry.kind === "guide" || entry.audience === "staff") {
    throw guideIsNotALetter(request.letter, entry.tool);
  }
  // The client agrees to the Dutch letter; a translation beside it is for information only.
  if (entry.lang) {
    const dutch = entry.translationOf?.path;
    throw new UserError(
      "proof.translation",
      {
        file: request.letter,
        dutch: dutch
          ? path.join(path.dirname(manifestFile), ...dutch.split("/"))
          : path.join(path.dirname(file), path.basename(file).replace(`-${entry.lang}.`, ".")),
      },
      [],
      { exitCode: ExitCode.usage },
    );
  }
  const sha256 = fileSha256(data);
  if (sha256 !== entry.sha256) {
    throw new UserError("proof.changed", {
      file: request.letter,
      manifest: manifestFile,
      listed: entry.sha256,
      actual: sha256,
    });
  }
  if (request.date < entry.date) {
    throw new UserError("proof.beforeLetter", { date: request.date, letterDate: entry.date }, [], {
      exitCode: ExitCode.usage,
    });
  }
  const audience = letterAudience(entry, file);
  const by = checkAgreedBy(request.letter, audience, request.by);

  const templatesDir = request.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const [tools, checklist] = await Promise.all([
    templateDataFile(templatesDir, "tools.yaml").then(loadTools),
    templateDataFile(templatesDir, "checklist.yaml").then((f) => loadChecklist(f)),
  ]);
  // A tool since removed from tools.yaml still has letters on record: checked without its facts.
  const facts = isKnownTool(tools, entry.tool) ? toolFacts(tools, entry.tool) : undefined;
  const letter = await readBack(request.letter, extension, data);
  const missing = checkClauses(checklist, letter.text, entry.tool, {
    tool: facts ? toolContext(entry.tool, facts) : { id: entry.tool },
  }).filter((clause) => clause.severity === "required" && clause.status !== "ok");
  if (missing.length > 0) {
    throw new UserError(
      "proof.clausesMissing",
      { file: request.letter },
      missing.map((clause) => ({
        file: request.letter,
        field: clause.id,
        key: "proof.clauseMissing",
        params: { label: clause.label },
      })),
    );
  }
  return {
    date: request.date,
    route: request.route,
    by,
    tool: entry.tool,
    toolName: facts?.name ?? entry.tool,
    centre: entry.centre,
    centreName: letter.centreName || entry.centre,
    audience,
    title: letter.title,
    version: letter.version,
    letterDate: entry.date,
    letter: entry.path,
    sha256,
    manifest: manifestFile,
  };
}

async function readManifestFile(file: string) {
  let text: string;
  try {
    text = new TextDecoder().decode(await readBounded(file, MAX_MANIFEST_BYTES));
  } catch (error) {
    if (error instanceof UserError && error.key === "error.fileMissing") {
      throw new UserError("proof.noManifest", { manifest: file });
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError("proof.badManifest", { manifest: file });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new UserError("proof.badManifest", { manifest: file });
  return parsed.data;
}

/** The letter's text and the centre named in its metadata, read as validate reads letters. */
async function readBack(
  shown: string,
  extension: string,
  data: Uint8Array,
): Promise<{ text: string; centreName: string; title: string; version: string }> {
  try {
    if (extension === ".pdf") {
      const { readPdf } = await import("../../core/extract/read-pdf.js");
      const pdf = await readPdf(data);
      return {
        text: pdf.text,
        centreName: String(pdf.info.Author ?? ""),
        title: String(pdf.info.Title ?? ""),
        // The footer of every page: "Versie 2026.1 – 23 november 2026".
        version: /\bversie\s+(\S+)\s+–/i.exec(pdf.text)?.[1] ?? "",
      };
    }
    const docx = readDocx(data);
    return {
      text: docx.text,
      centreName: docx.core["dc:creator"] ?? "",
      title: docx.core["dc:title"] ?? "",
      // The document's description: "… – versie 2026.1, 23 november 2026".
      version: /\bversie\s+([^,\s]+),/i.exec(docx.core["dc:description"] ?? "")?.[1] ?? "",
    };
  } catch (error) {
    throw new UserError(
      "validate.unreadable",
      { file: shown, format: extension.slice(1).toUpperCase() },
      [],
      { cause: error },
    );
  }
}
