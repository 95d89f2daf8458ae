import { createHash } from "node:crypto";
import { copyFile, cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/core/errors/user-error.js";
import { holdCentre, reloadCentre } from "../../src/node/batch/held-centre.js";
import { loadProfile } from "../../src/node/io/load-profile.js";
import { PROFILES, tempDir } from "../helpers/cli.js";

const sha = (...data: Buffer[]) => createHash("sha256").update(Buffer.concat(data)).digest("hex");

async function examples(): Promise<string> {
  const dir = path.join(await tempDir("clb-held-"), "profielen");
  await cp(PROFILES, dir, { recursive: true });
  return dir;
}

describe("a centre held through a batch", () => {
  it("keeps the profile and the hashes, not the logo's bytes", async () => {
    const dir = await examples();
    const file = path.join(dir, "clb-de-brug.yaml");
    const logoFile = path.join(dir, "logos", "clb-de-brug.png");
    const loaded = await loadProfile(file);
    const held = await holdCentre(loaded);
    expect(held.profile).toEqual(loaded.profile);
    const logo = await readFile(logoFile);
    expect(held.logo).toEqual({ file: logoFile, sha256: sha(logo), bytes: logo.length });
    expect(held.profileHash).toBe(sha(await readFile(file), await readFile(logoFile)));
    // Nothing of the image is left: no bytes, no pixel size.
    expect(Object.values(held).some((v) => v instanceof Uint8Array)).toBe(false);
    expect(held.logo).not.toHaveProperty("data");
  });

  it("gets the same logo back where the letters are made", async () => {
    const dir = await examples();
    const loaded = await loadProfile(path.join(dir, "clb-de-brug.yaml"));
    const again = await reloadCentre(await holdCentre(loaded));
    expect(again).toEqual(loaded);
    const plain = await loadProfile(path.join(dir, "clb-minimaal.yaml"));
    expect(await reloadCentre(await holdCentre(plain))).toEqual(plain);
  });

  it("refuses a logo that changed or disappeared since it was checked", async () => {
    const dir = await examples();
    const logoFile = path.join(dir, "logos", "clb-de-brug.png");
    const held = await holdCentre(await loadProfile(path.join(dir, "clb-de-brug.yaml")));
    const refusal = async () => {
      const error: unknown = await reloadCentre(held).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isUserError(error) && error.key).toBe("batch.logoChanged");
      expect(isUserError(error) && error.params).toEqual({ file: held.file, logo: logoFile });
    };
    // Another valid image of the same kind: only the hash tells them apart.
    const other = await readFile(logoFile);
    other[other.length - 20] = (other[other.length - 20]! + 1) % 256;
    await writeFile(logoFile, other);
    await refusal();
    await rm(logoFile);
    await refusal();
    await copyFile(path.join(PROFILES, "logos", "clb-de-brug.png"), logoFile);
    expect((await reloadCentre(held)).logo?.file).toBe(logoFile);
  });
});
