import { UserError } from "../errors/user-error.js";
import { type Block, runsText } from "./document.js";
import { markdownToBlocks, UnsupportedMarkdownError } from "./markdown-to-blocks.js";

/**
 * Parses a filled-in template (letter, guide or e-mail) into blocks, and takes its first
 * heading, which must be a title (level 1), as the document's title. Markdown a letter may not
 * hold, or a missing title, is the template's fault: reported with its file.
 */
export function titledBlocks(
  markdown: string,
  templateFile: string,
): { title: string; blocks: Block[] } {
  let blocks: Block[];
  try {
    blocks = markdownToBlocks(markdown);
  } catch (error) {
    if (!(error instanceof UnsupportedMarkdownError)) throw error;
    throw new UserError("template.failed", { file: templateFile }, [
      {
        file: templateFile,
        field: error.construct,
        key: "template.markdown",
        params: { construct: error.construct },
      },
    ]);
  }
  const first = blocks[0];
  if (first?.type !== "heading" || first.level !== 1) {
    throw new UserError("template.failed", { file: templateFile }, [
      { file: templateFile, line: 1, column: 1, key: "template.noTitle" },
    ]);
  }
  return { title: runsText(first.runs), blocks };
}
