import { describe, expect, it } from "vitest";
import { groupCentres } from "../../src/node/batch/worker-pool.js";

const centre = (logoKb?: number) => ({
  centre:
    logoKb === undefined ? {} : { logo: { file: "logo.png", sha256: "", bytes: logoKb * 1024 } },
});
const sizes = (groups: unknown[][]) => groups.map((group) => group.length);

describe("the centres a thread takes at a time", () => {
  it("are 8 in a large batch, the last group what is left, in their order", () => {
    const centres = Array.from({ length: 200 }, () => centre());
    const groups = groupCentres(centres, 2);
    expect(sizes(groups)).toEqual(Array.from({ length: 25 }, () => 8));
    expect(groups.flat()).toEqual(centres);
    expect(sizes(groupCentres(centres.slice(0, 67), 1))).toEqual([8, 8, 8, 8, 8, 8, 8, 8, 3]);
  });

  it("are fewer in a small batch, so that every thread has work to the end", () => {
    expect(sizes(groupCentres([centre(), centre(), centre(), centre()], 2))).toEqual([1, 1, 1, 1]);
    // 2 threads, one task in hand each: two tasks a thread.
    expect(
      sizes(
        groupCentres(
          Array.from({ length: 20 }, () => centre()),
          2,
        ),
      ),
    ).toEqual([5, 5, 5, 5]);
  });

  it("hold at most 512 KB of logos, and a centre with a larger logo is taken alone", () => {
    const withLogos = Array.from({ length: 16 }, () => centre(150));
    expect(sizes(groupCentres(withLogos, 1))).toEqual([3, 3, 3, 3, 3, 1]);
    const large = [centre(1900), centre(), centre(), centre(1900)];
    expect(sizes(groupCentres([...large, ...large, ...large, ...large], 1))).toEqual([
      1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2, 1,
    ]);
  });
});
