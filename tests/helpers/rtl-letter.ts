import { readFile } from "node:fs/promises";
import path from "node:path";
import { markKeeps } from "../../src/core/document/break-rules.js";
import type { Document } from "../../src/core/document/document.js";
import type { LetterWordsData } from "../../src/core/document/letter-words.js";
import { breakBeforeSecondLayer } from "../../src/core/document/second-layer.js";
import { titledBlocks } from "../../src/core/document/titled-blocks.js";

/** The Arabic test letter's Markdown (written for the tests of right-to-left layout). */
export const ARABIC_LETTER = path.resolve("tests/fixtures/rtl/letter-ar.md");

/** The phone number the letter holds, kept on one line as a profile's phone is. */
export const ARABIC_LETTER_PHONE = "03 123 45 67";

/** The renderers' words in Arabic, as a language's data brings them (meta.words). */
export const ARABIC_WORDS: LetterWordsData = {
  versionLine: "الإصدار {version} – {date}",
  pageBefore: "صفحة ",
  pageBetween: " من ",
  logoOf: "شعار {centre}",
  description: "{subject} – الإصدار {version}، {date}",
};

/**
 * The Arabic letter as a Document, made as makeLetter makes a real one from its filled-in
 * template (titled blocks, the second layer's page, phone numbers kept whole), with the meta a
 * right-to-left translation gets: dir "rtl", lang "ar", Arabic words.
 */
export async function arabicLetter(): Promise<Document> {
  const markdown = await readFile(ARABIC_LETTER, "utf8");
  const { title, blocks } = titledBlocks(markdown, ARABIC_LETTER);
  return {
    meta: {
      title,
      lang: "ar",
      dir: "rtl",
      pdfA: true,
      words: ARABIC_WORDS,
      centreId: "clb-test",
      centreName: "مركز التوجيه الطلابي CLB Test",
      tool: "teams",
      toolName: "Microsoft Teams",
      date: "2026-11-23",
      dateText: "23 نوفمبر 2026",
      version: "1",
      subject: "موافقة على مكالمات الفيديو",
      keywords: ["CLB", "Microsoft Teams"],
    },
    blocks: markKeeps(breakBeforeSecondLayer(blocks), [ARABIC_LETTER_PHONE]),
    markdown,
  };
}
