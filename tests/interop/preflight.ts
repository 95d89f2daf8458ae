import { existsSync } from "node:fs";
import path from "node:path";
import { runTool } from "./run-tool.js";

// Apache PDFBox's Preflight, Debian's libpdfbox2-java: a real PDF/A-1b validator (issue 31).
const JAVA = "/usr/share/java";
const CLASS_PATH = [
  "preflight.jar",
  "pdfbox2.jar",
  "fontbox2.jar",
  "xmpbox.jar",
  "commons-logging.jar",
  "javax.activation.jar",
  "jaxb-api.jar",
].map((jar) => path.join(JAVA, jar));

/** Preflight's verdict on one file: valid, or its own messages. */
export async function preflight(
  file: string,
): Promise<{ file: string; valid: boolean; messages: string }> {
  const missing = CLASS_PATH.filter((jar) => !existsSync(jar));
  if (missing.length > 0) {
    throw new Error(
      `PDFBox Preflight is not installed (${missing.join(", ")}): apt-get install libpdfbox2-java libfontbox2-java libcommons-logging-java libactivation-java libjaxb-api-java`,
    );
  }
  const result = await runTool("java", [
    "-cp",
    CLASS_PATH.join(":"),
    "org.apache.pdfbox.preflight.Validator_A1b",
    file,
  ]);
  const messages = `${result.stdout}${result.stderr}`.trim();
  return { file, valid: result.code === 0 && /is a valid PDF\/A-1b file/.test(messages), messages };
}
