import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inflateInto } from "../../src/core/render/fast/fast-inflate.node.js";

const require = createRequire(import.meta.url);
// The library itself, straight from its file (this test loads nothing that replaces it).
const tinyInflate = require("tiny-inflate") as (source: Uint8Array, dest: Uint8Array) => Uint8Array;

/** The packed Unicode tables (base64 in the code) that unicode-trie unpacks with tiny-inflate. */
function shippedTries(): { name: string; data: Buffer }[] {
  const found: { name: string; data: Buffer }[] = [];
  for (const name of ["linebreak", "unicode-properties", "fontkit"]) {
    const code = readFileSync(require.resolve(name), "utf8");
    for (const [, base64] of code.matchAll(/"([A-Za-z0-9+/]{200,}={0,2})"/g)) {
      found.push({ name, data: Buffer.from(base64!, "base64") });
    }
  }
  return found;
}

function both(source: Uint8Array, size: number): [Uint8Array, Uint8Array] {
  return [tinyInflate(source, new Uint8Array(size)), inflateInto(source, new Uint8Array(size))];
}

describe("inflateInto", () => {
  it("unpacks every Unicode table the libraries ship exactly as tiny-inflate does", () => {
    expect(tinyInflate).not.toBe(inflateInto); // compared with itself, this test could not fail
    const tries = shippedTries();
    expect(new Set(tries.map((t) => t.name))).toEqual(
      new Set(["linebreak", "unicode-properties", "fontkit"]),
    );
    for (const { data } of tries) {
      // unicode-trie's format: a 12-byte header with the unpacked length, packed twice.
      const length = data.readUInt32LE(8);
      const [onceTiny, onceFast] = both(data.subarray(12), length);
      expect(Buffer.from(onceFast).equals(Buffer.from(onceTiny))).toBe(true);
      const [twiceTiny, twiceFast] = both(onceTiny, length);
      expect(twiceFast).toHaveLength(length);
      expect(Buffer.from(twiceFast).equals(Buffer.from(twiceTiny))).toBe(true);
    }
  });

  it("gives the filled part when the output is shorter, and cuts off what does not fit", () => {
    const text = Buffer.from("Ben je niet tevreden? ".repeat(50));
    const packed = deflateRawSync(text);
    for (const size of [text.length, text.length + 100, 10]) {
      const [tiny, fast] = both(packed, size);
      expect(fast).toHaveLength(tiny.length);
      expect(Buffer.from(fast).equals(Buffer.from(tiny))).toBe(true);
    }
  });
});
