import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { manifestHashes, templateTexts } from "../../scripts/site-data.js";
import { GENERATOR } from "../../src/node/batch/generator-version.js";
import { noteInManifest } from "../../src/node/batch/note-in-manifest.js";
import { buildCentre, loadPipelineInputs, loadProfile } from "../../src/node/io/index.js";
import { centreDocuments, SITE_FORMATS } from "../../src/site/centre-documents.js";
import { siteManifest } from "../../src/site/site-manifest.js";
import { PROFILES, TEMPLATES, tempDir } from "../helpers/cli.js";

/*
 * The page writes the zip's manifest.json itself (src/site/site-manifest.ts), from hashes the
 * site's build makes with the CLI's code (scripts/site-data.js). It must stay the one `generate`
 * writes (src/node/batch/note-in-manifest.ts), or `proof` would not know a letter made on the page:
 * a change to how the CLI hashes a letter's inputs fails here, in npm test, not only in the
 * browser suite.
 */

beforeAll(async () => {
  // The generator as this process (the sources) names itself; the site names the bundle's, as
  // the installed CLI does (tests/browser/page.test.ts compares that one).
  const manifest = { ...(await manifestHashes()), generator: GENERATOR };
  Object.assign(globalThis, {
    __CLB_SITE_DATA__: { templates: templateTexts(), fonts: {}, manifest },
  });
});

describe("the site's manifest", () => {
  for (const id of ["clb-de-brug", "clb-praatbox"]) {
    it(`is generate's, entry for entry, for ${id} (letters and guides, with or without logo)`, async () => {
      const file = path.join(PROFILES, `${id}.yaml`);
      const loaded = await loadProfile(file);
      const inputs = await loadPipelineInputs("all", { guides: true });
      const { documents } = centreDocuments(loaded, inputs);
      const files = await buildCentre(loaded, inputs, {
        formats: SITE_FORMATS,
        specs: documents.map((d) => d.prepared.spec),
      });
      expect(files.some((f) => f.kind === "guide")).toBe(true);
      const out = await tempDir("clb-site-manifest-");
      await noteInManifest(out, loaded, inputs, files, { templatesDir: TEMPLATES });
      const written = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8"));
      const text = await readFile(file, "utf8");
      expect(siteManifest(loaded, text, files)).toEqual(written);
    });
  }
});
