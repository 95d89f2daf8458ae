import { cp, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../src/node/batch/manifest.js";
import { PROFILES, runCli, tempDir } from "../helpers/cli.js";

interface Entry {
  path: string;
  sha256: string;
  inputs: { all: string };
}

const EML = "clb-de-brug/toestemming-teams-ouders.eml";

async function entries(out: string): Promise<Map<string, Entry>> {
  const manifest = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")) as {
    letters: Entry[];
  };
  return new Map(manifest.letters.map((e) => [e.path, e]));
}

describe("an e-mail that carries a translation (generate --translation)", () => {
  it("is not taken for the same e-mail without it: a batch makes it again, as a fresh batch does", async () => {
    const dir = await tempDir();
    const profiles = path.join(dir, "profielen");
    await mkdir(profiles);
    await cp(path.join(PROFILES, "clb-de-brug.yaml"), path.join(profiles, "clb-de-brug.yaml"));
    await cp(path.join(PROFILES, "logos"), path.join(profiles, "logos"), { recursive: true });
    const profile = path.join(profiles, "clb-de-brug.yaml");
    const common = ["--tool", "teams", "--audience", "parents", "--documents", "letters"];
    const withFr = path.join(dir, "met-vertaling");
    const generated = await runCli([
      "generate",
      "-p",
      profile,
      "-o",
      withFr,
      "-f",
      "pdf,eml",
      ...common,
      "--translations",
      "fr",
      "--translation",
      "fr",
    ]);
    expect(generated.code, generated.stderr).toBe(0);
    const attached = (await entries(withFr)).get(EML);
    expect(attached).toBeDefined();
    // The manifest stays one the tool reads back (its schema is strict): none of it is lost.
    expect((await readManifest(withFr)).get(EML)?.inputs.all).toBe(attached?.inputs.all);

    // The same e-mail without the French PDF has other inputs.
    const plain = path.join(dir, "zonder");
    const alone = await runCli([
      "generate",
      "-p",
      profile,
      "-o",
      plain,
      "-f",
      "pdf,eml",
      ...common,
    ]);
    expect(alone.code, alone.stderr).toBe(0);
    const without = (await entries(plain)).get(EML);
    expect(without?.inputs.all).not.toBe(attached?.inputs.all);
    expect(without?.sha256).not.toBe(attached?.sha256);

    // A batch (which attaches no translation) over the folder makes the e-mail again.
    const batchArgs = ["--profiles", profiles, "-f", "pdf,eml", "--translations", "fr"];
    batchArgs.push("--tools", "teams", "--audience", "parents", "--documents", "letters");
    const again = await runCli(["batch", ...batchArgs, "-o", withFr]);
    expect(again.code, again.stderr).toBe(0);
    const fresh = path.join(dir, "vers");
    const first = await runCli(["batch", ...batchArgs, "-o", fresh]);
    expect(first.code, first.stderr).toBe(0);
    const remade = await readFile(path.join(withFr, EML));
    expect(remade.equals(await readFile(path.join(fresh, EML)))).toBe(true);
    expect((await entries(withFr)).get(EML)?.inputs.all).toBe(
      (await entries(fresh)).get(EML)?.inputs.all,
    );
  });
});
