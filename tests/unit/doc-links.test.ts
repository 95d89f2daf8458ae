import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

// The README and docs/ link to each other's sections (README -> docs/details.md#pdfa). A section
// renamed or moved while rewriting a document leaves a link that opens the file at its top, or a
// 404 on GitHub: every relative link must name a file that exists, and a #part a heading in it.

/** Fenced blocks hold examples and shell comments (`# ...`), not headings or links. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "");
}

/** Inline code holds examples (`[x](y)`), not links. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, "");
}

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as "-". */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutFences(markdown).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = (heading ?? "")
      .replaceAll("`", "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, "")
      .replaceAll(" ", "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** The relative links of a Markdown file: `[text](target)`, without web and mail addresses. */
function relativeLinks(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^(https?|mailto):/.test(target));
}

/** What is wrong with each relative link of `file` (relative to ROOT); empty when all work. */
async function brokenLinks(file: string): Promise<string[]> {
  const markdown = await readFile(path.join(ROOT, file), "utf8");
  const broken: string[] = [];
  for (const link of relativeLinks(markdown)) {
    const [target = "", anchor] = link.split("#");
    const resolved = target === "" ? file : path.join(path.dirname(file), target);
    if (!existsSync(path.join(ROOT, resolved))) {
      broken.push(`${file}: ${link} (no file ${resolved})`);
      continue;
    }
    if (anchor === undefined || !resolved.endsWith(".md")) continue;
    const anchors = anchorsOf(await readFile(path.join(ROOT, resolved), "utf8"));
    if (!anchors.has(anchor))
      broken.push(`${file}: ${link} (no heading #${anchor} in ${resolved})`);
  }
  return broken;
}

describe("the links of the README and docs/", () => {
  it("name files that exist, and headings that exist in them", async () => {
    const docs = (await readdir(path.join(ROOT, "docs"))).filter((f) => f.endsWith(".md"));
    const files = ["README.md", "CONTRIBUTING.md", ...docs.map((f) => `docs/${f}`)];
    const broken = (await Promise.all(files.map(brokenLinks))).flat();
    expect(broken).toEqual([]);
    // The README's links into docs/details.md, the reason this test exists, are among those read.
    const readme = relativeLinks(await readFile(path.join(ROOT, "README.md"), "utf8"));
    expect(readme).toContain("docs/details.md#pdfa");
  });

  it("anchors headings as GitHub does, and ignores examples in code", () => {
    const anchors = anchorsOf(
      "# PDF/A\n\n## Sjablonen en brieven nakijken\n\n## `web`: de pagina\n\n## PDF/A\n",
    );
    expect([...anchors]).toEqual([
      "pdfa",
      "sjablonen-en-brieven-nakijken",
      "web-de-pagina",
      "pdfa-1",
    ]);
    expect(
      relativeLinks("[a](b.md#c) `[x](y)` [w](https://e.example)\n```\n[z](q.md)\n```\n"),
    ).toEqual(["b.md#c"]);
  });
});
