import { expect } from "vitest";
import { runTool } from "./run-tool.js";

export interface WordBox {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  /** As Poppler gives it: in drawing order, so right-to-left letters come reversed. */
  readonly text: string;
}

export interface LineBox extends WordBox {
  /** 1 for the first page. */
  readonly page: number;
  readonly pageHeight: number;
  readonly words: readonly WordBox[];
}

const xmlText = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

function box(attributes: string): Omit<WordBox, "text"> {
  const at = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attributes)![1]);
  return { xMin: at("xMin"), yMin: at("yMin"), xMax: at("xMax"), yMax: at("yMax") };
}

/** The lines of a PDF with their words' boxes, as `pdftotext -bbox-layout` gives them. */
export async function lineBoxes(pdf: string): Promise<LineBox[]> {
  const result = await runTool("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf, "-"]);
  expect(result.code, result.stderr).toBe(0);
  const lines: LineBox[] = [];
  for (const [index, page] of result.stdout
    .split(/<page /)
    .slice(1)
    .entries()) {
    const pageHeight = Number(/height="([\d.]+)"/.exec(page)![1]);
    for (const [, attributes, body] of page.matchAll(/<line([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...body!.matchAll(/<word([^>]*)>([^<]*)<\/word>/g)].map((m) => ({
        ...box(m[1]!),
        text: xmlText(m[2]!),
      }));
      lines.push({
        ...box(attributes!),
        page: index + 1,
        pageHeight,
        words,
        text: words.map((w) => w.text).join(" "),
      });
    }
  }
  return lines;
}

// Poppler marks the direction of what it extracts (embeddings, marks, isolates): not text.
const DIRECTION_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text with its direction controls and all whitespace taken out, to compare reading order. */
export function bareText(text: string): string {
  return text.replace(DIRECTION_CONTROLS, "").replace(/\s+/g, "");
}
