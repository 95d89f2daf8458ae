import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { encodePng, pngChunk } from "../../scripts/png-writer.js";
import { run } from "../../src/node/cli/run.js";
import { PROFILES, profileYaml, tempDir } from "../helpers/cli.js";
import type { EXAMPLE_IDS } from "../helpers/letters.js";
import { tinyJpeg } from "../helpers/tiny-jpeg.js";

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

/** A profile and what `generate` makes of it (flags after the profile's own). */
export interface Sample {
  readonly profile: string;
  readonly only: readonly string[];
}

/** Only the pupil's letter, for the given tool: enough where the name or the logo is the point. */
const ONE_LETTER = ["--audience", "pupil", "--documents", "letters"];

/**
 * Profiles that take every path the replacements serve, each made only as far as it adds one:
 * an example centre's Teams documents (PNG logo, the pupil's and the parents' letter, the
 * guide), the smallest and the most accented example's letter, a centre per logo kind (PNG
 * paths, JPEG) and per awkward name. The centre with the RGBA logo has two tools, so its second
 * letter meets what the first left in the caches. Every replaced method is still called by these
 * (tests/unit/fast-paths-identical.test.ts): a smaller sample that misses one fails there. (All
 * letters of every example took 13.8 s of a 2-core machine with the fast paths on and off.)
 */
export async function varietyProfiles(): Promise<Sample[]> {
  const dir = await tempDir("clb-fast-");
  await mkdir(path.join(dir, "logos"));
  const example = (id: (typeof EXAMPLE_IDS)[number]) => path.join(PROFILES, `${id}.yaml`);
  const samples: Sample[] = [
    { profile: example("clb-de-brug"), only: ["-t", "teams"] },
    { profile: example("clb-minimaal"), only: ONE_LETTER },
    { profile: example("clb-wereldwijd"), only: ONE_LETTER },
  ];
  const images: [string, Buffer][] = [...Object.entries(logos()), ["jpeg", tinyJpeg()]];
  for (const [kind, data] of images) {
    const logo = `logos/${kind}.${kind === "jpeg" ? "jpg" : "png"}`;
    await writeFile(path.join(dir, logo), data);
    const file = path.join(dir, `logo-${kind}.yaml`);
    await writeFile(file, profileYaml({ id: `id: clb-logo-${kind}`, logo: `logo: ${logo}` }));
    samples.push({
      profile: file,
      only: kind === "rgba" ? ONE_LETTER : [...ONE_LETTER, "-t", "teams"],
    });
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
    samples.push({ profile: file, only: ONE_LETTER });
  }
  return samples;
}

/** Each sample's letters in `formats`, made in this process, by file name. */
export async function lettersOf(
  samples: readonly Sample[],
  formats = "pdf,docx",
): Promise<Map<string, Buffer>> {
  const out = await tempDir("clb-fast-out-");
  for (const { profile, only } of samples) {
    const code = await run(["generate", "-p", profile, "-f", formats, "-o", out, ...only], {
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
