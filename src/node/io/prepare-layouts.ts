import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fontFileBytes } from "../../core/render/fast/font-files.node.js";
import { recordedWords, recordLayouts } from "../../core/render/fast/pdfkit-fonts.js";
import { layoutLibraries, sha256 } from "../../core/render/fast/prepared-layouts.node.js";
import type { PreparedLayouts } from "../../core/render/fast/prepared-words.js";
import { FALLBACK_FACES, FONT_FACES } from "../../core/render/pdf/pdf-fonts.js";
import { PACKAGE_ROOT } from "../../paths.js";
import { generateCentre } from "./generate-centre.js";

/**
 * The build's step after bundling (scripts/bundle.js): makes the PDF letters and guides of
 * every tool, for both readers, of every example profile in clb-profiles/, recording each word
 * fontkit lays out, and returns the words for prepared-layouts.json beside the bundle. A real
 * centre's letter shares nearly all its words with these; its own (names, addresses) are laid
 * out as before.
 */
export async function prepareLayouts(
  profilesDir = path.join(PACKAGE_ROOT, "clb-profiles"),
): Promise<PreparedLayouts> {
  recordLayouts();
  const out = mkdtempSync(path.join(os.tmpdir(), "clb-prepare-layouts-"));
  try {
    for (const name of readdirSync(profilesDir)
      .filter((file) => file.endsWith(".yaml"))
      .sort()) {
      await generateCentre(path.join(profilesDir, name), {
        tools: ["all"],
        audiences: ["pupil", "parents"],
        documents: ["letters", "guides"],
        formats: ["pdf"],
        outDir: out,
        // A profile that lacks a tool's contract facts still gives its other letters.
        onRefused: () => {},
      });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const files: Record<string, string> = { ...FONT_FACES, ...FALLBACK_FACES };
  const faces: PreparedLayouts["faces"] = {};
  for (const [face, words] of Object.entries(recordedWords())) {
    const file = files[face];
    if (file) faces[face] = { font: sha256(fontFileBytes(file)), words };
  }
  return { ...layoutLibraries(), faces };
}
