import { readFile } from "node:fs/promises";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

interface LockedPackage {
  readonly version?: string;
  readonly engines?: { readonly node?: string } | readonly string[];
}

const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
  engines: { node: string };
};
const lock = JSON.parse(await readFile(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockedPackage>;
};

/** The packages of the lockfile whose own `engines.node` refuses `version` (npm's EBADENGINE). */
function refusing(version: string): string[] {
  return Object.entries(lock.packages)
    .filter(([name, entry]) => {
      const range = Array.isArray(entry.engines)
        ? undefined
        : (entry.engines as { node?: string })?.node;
      return name !== "" && range !== undefined && !semver.satisfies(version, range);
    })
    .map(([name, entry]) => `${name}@${entry.version} wants node ${JSON.stringify(entry.engines)}`);
}

// Issue 27, point 7: docx 9.15 pulled in nanoid 6, which wants Node 22, so `npm install` warned
// EBADENGINE on the Node 20.19 the README names. Every locked package must accept the lowest
// Node our `engines` allows, and the Node running the tests (CI's).
describe("the Node versions the package promises", () => {
  const lowest = semver.minVersion(pkg.engines.node)?.version ?? "";

  it("every locked package runs on the lowest Node of our engines", () => {
    expect(lowest).toBe("20.19.0");
    expect(refusing(lowest)).toEqual([]);
  });

  it("every locked package runs on this Node, which our engines accept", () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
    expect(refusing(process.version)).toEqual([]);
  });

  it("the README names the same lowest Node as engines", async () => {
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const [major, minor] = lowest.split(".");
    expect(readme).toContain(`Node.js ${major}.${minor} of nieuwer`);
  });
});
