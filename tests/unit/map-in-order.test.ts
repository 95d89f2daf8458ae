import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { mapInOrder } from "../../src/node/batch/map-in-order.js";

describe("mapInOrder", () => {
  it("gives the results in the order of the items, whichever finishes first", async () => {
    const items = [30, 5, 20, 1, 10, 0, 15];
    const results = await mapInOrder(items, 3, async (ms) => {
      await sleep(ms);
      return `item ${ms}`;
    });
    expect(results).toEqual(items.map((ms) => `item ${ms}`));
  });

  it("runs at most `limit` at a time, and that many when there is work", async () => {
    let running = 0;
    let most = 0;
    await mapInOrder([...Array(20).keys()], 4, async () => {
      running += 1;
      most = Math.max(most, running);
      await sleep(2);
      running -= 1;
    });
    expect(most).toBe(4);
  });

  it("handles no items, and fewer items than the limit", async () => {
    expect(await mapInOrder([], 8, async (x: number) => x)).toEqual([]);
    expect(await mapInOrder([1, 2], 8, async (x) => x * 2)).toEqual([2, 4]);
  });

  it("rejects when a call rejects", async () => {
    await expect(
      mapInOrder([1, 2, 3], 2, async (x) => {
        if (x === 2) throw new Error("twee");
        return x;
      }),
    ).rejects.toThrow("twee");
  });
});
