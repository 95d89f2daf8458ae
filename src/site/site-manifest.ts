import { sha256 as nobleSha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";
import { dutchSpecOf, letterSpec, outputName } from "../core/pipeline/document-spec.js";
import { attachedInputs, inputsAllParts } from "../core/pipeline/inputs-all.js";
import type { RenderedFile } from "../core/pipeline/render-document.js";
import type { LoadedProfile } from "../core/profile/load-profile.js";
import type { Manifest, ManifestEntry } from "../node/batch/manifest.js";
import { siteData } from "./site-data.js";

/*
 * The zip's manifest.json, entry for entry what `generate` notes (src/node/batch/note-in-manifest.ts
 * and plan-batch.ts), so `clb-consent proof` takes a letter made on the page. The hashes of the
 * templates, tools.yaml and checklist were made by the site's build with the CLI's own code; the
 * profile's is made here, from the profile text the letters were made from and the logo.
 */

const encoder = new TextEncoder();

/** The plain SHA-256 of bytes one after the other (batch/hash.ts fileSha256). */
function fileSha256(...parts: readonly Uint8Array[]): string {
  const hash = nobleSha256.create();
  for (const part of parts) hash.update(part);
  return bytesToHex(hash.digest());
}

/** Each part followed by a NUL byte (batch/hash.ts sha256). */
function partsSha256(...parts: readonly string[]): string {
  const hash = nobleSha256.create();
  for (const part of parts) {
    hash.update(encoder.encode(part));
    hash.update(new Uint8Array(1));
  }
  return bytesToHex(hash.digest());
}

/** The manifest of the centre's files, sorted by path as writeManifest sorts it. */
export function siteManifest(
  loaded: LoadedProfile,
  profileText: string,
  files: readonly RenderedFile[],
  /** The translation the Dutch letters' e-mails carry (`generate --translation`). */
  attached?: string,
): Manifest {
  const data = siteData().manifest;
  const profile = fileSha256(encoder.encode(profileText), loaded.logo?.data ?? new Uint8Array());
  const letters: ManifestEntry[] = files.map((file) => {
    const guide = file.kind === "guide";
    // A translation is made from its language's template, tools.yaml and checklist.
    const language = file.lang === undefined ? undefined : data.languages[file.lang];
    if (file.lang !== undefined && !language) throw new Error(`no hashes of ${file.lang}`);
    const own = language ?? data;
    const template = (guide ? data.guides : file.format === "eml" ? own.emails : own.letters)[
      file.tool
    ];
    const tools = (language?.tools ?? data.tools)[file.tool];
    if (template === undefined || tools === undefined) {
      throw new Error(`the site has no hash of ${file.baseName}`);
    }
    // A guide is checked against guide-checklist.yaml, a letter against checklist.yaml.
    const checklist =
      language?.checklist ?? (guide ? data.checklists.guide : data.checklists.letter);
    // An e-mail that carries a translation is made from that translation's inputs too.
    const carried = attached === undefined ? undefined : data.languages[attached];
    const withAttached =
      carried && file.format === "eml" && file.lang === undefined
        ? {
            attached: attachedInputs(
              attached!,
              carried.letters[file.tool] ?? "",
              carried.checklist,
              carried.tools[file.tool] ?? "",
            ),
          }
        : {};
    const parts = { profile, template, tools, checklist };
    return {
      centre: loaded.profile.id,
      tool: file.tool,
      format: file.format,
      path: file.path,
      sha256: fileSha256(file.bytes),
      size: file.bytes.length,
      date: file.date,
      inputs: {
        ...parts,
        all: partsSha256(
          ...inputsAllParts({
            generator: data.generator,
            format: file.format,
            date: file.date,
            signature: false,
            parents: file.audience === "parents",
            guide,
            ...parts,
            ...withAttached,
          }),
        ),
      },
      kind: file.kind,
      baseName: file.baseName,
      audience: file.audience,
      ...(file.lang ? { lang: file.lang } : {}),
    };
  });
  // A translation names the Dutch letter it goes with, as note-in-manifest.ts finds it.
  const byPath = new Map(letters.map((entry) => [entry.path, entry]));
  const linked = letters.map((entry, index) => {
    const { tool, audience, lang } = files[index] ?? {};
    if (!tool || !lang || !audience || audience === "staff") return entry;
    const spec = dutchSpecOf(letterSpec(tool, audience, lang));
    const dutch = byPath.get(outputName(entry.centre, spec, entry.format));
    return dutch ? { ...entry, translationOf: { path: dutch.path, sha256: dutch.sha256 } } : entry;
  });
  linked.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { generator: data.generator, letters: linked };
}

/** As writeManifest writes it: two-space JSON and a newline. */
export function manifestBytes(manifest: Manifest): Uint8Array {
  return encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
}
