import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors/user-error.js";
import { decodeUtf8 } from "../../src/core/files/decode-utf8.js";
import { yamlFieldAt } from "../../src/core/yaml/yaml-source.js";

const latin1 = (text: string) => Buffer.from(text, "latin1");

function refusal(bytes: Uint8Array, fieldAt?: Parameters<typeof decodeUtf8>[2]): UserError {
  try {
    decodeUtf8("brief.yaml", bytes, fieldAt);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("accepted");
}

describe("decodeUtf8", () => {
  it("gives UTF-8 text as it is, without a byte order mark", () => {
    const text = "naam: CLB Coördinatie – “Één”\n";
    expect(decodeUtf8("p.yaml", Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(decodeUtf8("p.yaml", Buffer.from(text))).toBe(text);
  });

  it("refuses Latin-1 text, naming the line, the column and what is there", () => {
    const error = refusal(latin1("id: clb-x\r\nname: CLB Test\r\ncontact: de coördinator\r\n"));
    expect(error.key).toBe("error.notUtf8");
    expect(error.params).toEqual({ file: "brief.yaml" });
    expect(error.problems).toEqual([
      {
        file: "brief.yaml",
        line: 3,
        column: 15,
        key: "error.notUtf8Here",
        params: { excerpt: "contact: de coördinator" },
      },
    ]);
  });

  it("counts the column in characters when UTF-8 text comes before the wrong byte", () => {
    const bytes = Buffer.concat([Buffer.from("één "), latin1("ö")]);
    expect(refusal(bytes).problems[0]).toMatchObject({ line: 1, column: 5 });
  });

  it("shows Windows' curly quotes, which Latin-1 lacks, as a question mark", () => {
    const bytes = Buffer.from([...Buffer.from("zeg "), 0x93, ...Buffer.from("ja"), 0x94]);
    expect(refusal(bytes).problems[0]!.params).toEqual({ excerpt: "zeg ?ja?" });
  });

  it("drops only the first byte order mark, as Node's Buffer did: a second one stays to be found", () => {
    const text = "naam: CLB\n";
    expect(decodeUtf8("p.yaml", new TextEncoder().encode(`\uFEFF\uFEFF${text}`))).toBe(
      `\uFEFF${text}`,
    );
  });

  it("shows a byte of 0x80-0x9F as a question mark, not as the euro sign of windows-1252", () => {
    const bytes = Buffer.from([...Buffer.from("prijs "), 0x80, ...Buffer.from(" 5")]);
    expect(refusal(bytes).problems[0]!.params).toEqual({ excerpt: "prijs ? 5" });
  });

  it("counts the column after a byte order mark, which an editor does not show", () => {
    const bytes = Buffer.concat([Buffer.from("\uFEFFab "), latin1("ö")]);
    expect(refusal(bytes).problems[0]).toMatchObject({ line: 1, column: 4 });
  });

  it("shows a line of a UTF-16 file without its byte order mark and zero bytes", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id: clb-x\n", "utf16le")]);
    expect(refusal(bytes).problems[0]).toMatchObject({
      line: 1,
      column: 1,
      params: { excerpt: "id: clb-x" },
    });
  });

  it("cuts a long line to the part around the wrong character", () => {
    const line = `${"a".repeat(200)}ö${"b".repeat(200)}`;
    const { excerpt } = refusal(latin1(line)).problems[0]!.params as { excerpt: string };
    expect(excerpt).toMatch(/^…a+öb+…$/);
    expect(excerpt.length).toBeLessThanOrEqual(62);
  });

  it("names the field there when asked", () => {
    const error = refusal(latin1("complaint:\n  contact: coördinator\n"), yamlFieldAt);
    expect(error.problems[0]).toMatchObject({ line: 2, column: 14, field: "complaint.contact" });
  });
});

describe("yamlFieldAt", () => {
  const yaml =
    "# notitie\nid: clb-x\naddress:\n  street: Kerkstraat 1\ntools:\n  - teams\n  - praatbox\n";

  it("gives the innermost key at a place, with list positions", () => {
    expect(yamlFieldAt(yaml, 2, 5)).toBe("id");
    expect(yamlFieldAt(yaml, 4, 11)).toBe("address.street");
    expect(yamlFieldAt(yaml, 4, 3)).toBe("address.street");
    expect(yamlFieldAt(yaml, 7, 5)).toBe("tools");
    expect(yamlFieldAt("people:\n  - name: Jo\n    role: x\n", 3, 11)).toBe("people[0].role");
  });

  it("gives nothing outside any key", () => {
    expect(yamlFieldAt(yaml, 1, 3)).toBeUndefined();
  });
});

describe("a file that is not text", () => {
  it("with a NUL byte (an image, a program) is refused as not text, showing none of it", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    const error = refusal(png);
    expect(error.key).toBe("error.notText");
    expect(error.params).toEqual({ file: "brief.yaml" });
    // 0x1A on line 2 comes first; only its code point is named, never the bytes around it.
    expect(error.problems).toEqual([
      {
        file: "brief.yaml",
        line: 2,
        column: 1,
        key: "error.notTextHere",
        params: { code: "U+001A" },
      },
    ]);
  });

  it("that is valid UTF-8 but holds a terminal's escape sequence is refused too", () => {
    const error = refusal(Buffer.from("id: clb-x\nname: één \u001b[2J\u001b]0;x\u0007\n"));
    expect(error.key).toBe("error.notText");
    // Columns in characters: "name: één " is 10 characters, 12 bytes.
    expect(error.problems[0]).toMatchObject({ line: 2, column: 11, params: { code: "U+001B" } });
  });

  it("keeps tab, line feed and carriage return, which text files have", () => {
    expect(decodeUtf8("p.yaml", Buffer.from("a:\tb\r\nc: d\n"))).toBe("a:\tb\r\nc: d\n");
  });

  it("a UTF-16 file, whose zero bytes are not binary, still gets the advice to save it as UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id: x\n", "utf16le")]);
    expect(refusal(bytes).key).toBe("error.notUtf8");
  });
});
