import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { encodePng, pngChunk } from "../../scripts/png-writer.js";
import { run } from "../../src/cli/run.js";
import { PROFILES, profileYaml, tempDir } from "../helpers/cli.js";
import { EXAMPLE_IDS } from "../helpers/letters.js";

/** Logos that take each of pdfkit's PNG paths: alpha channel, palette with alpha, interlaced. */
function logos(): Record<string, Buffer> {
  const [width, height] = [24, 8];
  const rgba = Buffer.alloc((width * 4 + 1) * height);
  for (let i = 0; i < rgba.length; i += 1) if (i % (width * 4 + 1) !== 0) rgba[i] = (i * 31) % 256;
  const indexed = Buffer.alloc((width + 1) * height);
  for (let i = 0; i < indexed.length; i += 1) if (i % (width + 1) !== 0) indexed[i] = i % 3;
  const palette = Buffer.from([0, 0, 0, 255, 0, 0, 0, 255, 0]);
  return {
    rgba: encodePng({ width, height, colorType: 6, scanlines: rgba }),
    indexed: encodePng({
      width,
      height,
      colorType: 3,
      scanlines: indexed,
      extra: [pngChunk("PLTE", palette), pngChunk("tRNS", Buffer.from([0, 90, 255]))],
    }),
    // One pixel: its one Adam7 pass is the image itself.
    interlaced: encodePng({
      width: 1,
      height: 1,
      colorType: 2,
      interlace: 1,
      scanlines: Buffer.from([0, 10, 20, 30]),
    }),
  };
}

/** Names that take every path through the text code: right to left, fallback fonts, ligatures. */
const NAMES = [
  "CLB مركز العربية Noord (3)",
  "CLB עברית [Zuid] 12",
  "CLB 中文 学校 かな 한국어 & <Zuid>",
  "CLB ትግርኛ Tigrinya",
  "CLB fijn fluweel ﬁne 😀🎉",
  "CLB Œuvre Łódź Ααβγ Кирилл   ruim",
];

/**
 * Profiles that take every path the replacements serve: the examples, a centre per logo kind
 * and per awkward name. A centre with a logo has two tools, so its second letter meets what
 * the first left in the caches.
 */
export async function varietyProfiles(): Promise<string[]> {
  const dir = await tempDir("clb-fast-");
  await mkdir(path.join(dir, "logos"));
  const files = EXAMPLE_IDS.map((id) => path.join(PROFILES, `${id}.yaml`));
  for (const [kind, data] of Object.entries(logos())) {
    await writeFile(path.join(dir, "logos", `${kind}.png`), data);
    const file = path.join(dir, `logo-${kind}.yaml`);
    await writeFile(
      file,
      profileYaml({ id: `id: clb-logo-${kind}`, logo: `logo: logos/${kind}.png` }),
    );
    files.push(file);
  }
  for (const [index, name] of NAMES.entries()) {
    const file = path.join(dir, `name-${index}.yaml`);
    await writeFile(
      file,
      profileYaml({
        id: `id: clb-name-${index}`,
        name: `name: ${JSON.stringify(name)}`,
        tools: "tools: [teams]",
      }),
    );
    files.push(file);
  }
  return files;
}

/** Each profile's letters in `formats`, made in this process, by file name. */
export async function lettersOf(
  profiles: readonly string[],
  formats = "pdf,docx",
): Promise<Map<string, Buffer>> {
  const out = await tempDir("clb-fast-out-");
  for (const profile of profiles) {
    const code = await run(["generate", "-p", profile, "-f", formats, "-o", out], {
      out: () => {},
      err: (line) => console.error(line),
    });
    if (code !== 0) throw new Error(`generate ${profile} ended with ${code}`);
  }
  const letters = new Map<string, Buffer>();
  for (const name of (await readdir(out, { recursive: true })).sort()) {
    if (!/\.(pdf|docx)$/.test(name)) continue;
    letters.set(name, await readFile(path.join(out, name)));
  }
  return letters;
}
