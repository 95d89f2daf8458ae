import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LoadedProfile } from "../../src/core/profile/load-profile.js";
import type { Format } from "../../src/core/render/registry.js";
import type { ToolId } from "../../src/core/tools/tool-ids.js";
import { generateCentre } from "../../src/node/io/generate-centre.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { runValidation } from "../../src/node/validate/run-validation.js";
import { PROFILES, profileYaml, tempDir } from "./cli.js";

/** The validator's report on written letters, checked strictly against their profile. */
export function strictReport(written: readonly { file: string }[], profile: string) {
  return runValidation({
    files: written.map((w) => w.file),
    profile,
    profilesDir: PROFILES,
    strict: true,
  });
}

export const EXAMPLE_IDS = [
  "clb-de-brug",
  "clb-minimaal",
  "clb-praatbox",
  "clb-wereldwijd",
] as const;

/** The example profiles, and one more profile per name (id `clb-<prefix>-<index>`). */
export async function examplesAndNames(
  names: readonly string[],
  prefix: string,
): Promise<LoadedProfile[]> {
  const loaded = await Promise.all(
    EXAMPLE_IDS.map((id) => loadProfile(path.join(PROFILES, `${id}.yaml`))),
  );
  const dir = await tempDir();
  for (const [index, name] of names.entries()) {
    const file = path.join(dir, `p${index}.yaml`);
    const id = `id: clb-${prefix}-${index}`;
    await writeFile(file, profileYaml({ id, name: `name: ${JSON.stringify(name)}` }));
    loaded.push(await loadProfile(file));
  }
  return loaded;
}

export interface ExampleLetter {
  readonly loaded: LoadedProfile;
  readonly tool: ToolId;
  readonly file: string;
  readonly data: Buffer;
}

/** Generates every example centre's letters in `format` into `out` and reads them back. */
export async function exampleLetters(format: Format, out: string): Promise<ExampleLetter[]> {
  const letters: ExampleLetter[] = [];
  for (const id of EXAMPLE_IDS) {
    const profileFile = path.join(PROFILES, `${id}.yaml`);
    const loaded = await loadProfile(profileFile);
    for (const written of await generateCentre(profileFile, { formats: [format], outDir: out })) {
      letters.push({
        loaded,
        tool: written.tool,
        file: written.file,
        data: await readFile(written.file),
      });
    }
  }
  return letters;
}

/** Whitespace-insensitive: wrapped lines in a PDF may split a value anywhere a space was. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The values of a profile that every letter must print verbatim. */
export function profileValues(loaded: LoadedProfile): string[] {
  const p = loaded.profile;
  return [
    p.name,
    p.privacyUrl,
    p.complaint.contact,
    p.authority.name,
    p.authority.url,
    p.address.street,
    p.phone,
    p.email,
    ...[p.complaint.email, p.complaint.phone, p.complaint.url, p.dpo?.email, p.dpo?.name].filter(
      (v): v is string => v !== undefined,
    ),
  ];
}
