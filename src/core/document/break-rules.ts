import type { Block, Run } from "./document.js";

/** What a run must not be broken inside of on paper (PDF and DOCX). */
export type Keep = "phone" | "url";

const NO_BREAK_SPACE = "\u00A0";
// Zero-width characters: a word joiner forbids a break, a zero-width space allows one. Both are
// invisible, and the validator ignores them (normalizeText drops default-ignorable characters).
const WORD_JOINER = "\u2060";
const BREAK_HERE = "\u200B";

/**
 * The text of a run as the PDF and DOCX renderers set it, so that their line breaking (Unicode
 * line breaking in pdfkit, Word and LibreOffice) follows our rules:
 * - a phone number never breaks: spaces become no-break spaces, and no break after "-" or "/";
 * - a web address breaks only after "/", "?" or "&": never inside "https://", never after a
 *   hyphen (a reader would take "vlaamse-" at the end of a line for a hyphenated word).
 */
export function forPaper(text: string, keep: Keep | undefined): string {
  if (keep === "phone")
    return text.replace(/ /g, NO_BREAK_SPACE).replace(/([-/])(?=.)/g, `$1${WORD_JOINER}`);
  if (keep === "url") {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? "";
    const rest = text
      .slice(scheme.length)
      // Word breaks a long address only where it is told it may.
      .replace(/([/?&])(?=.)/g, `$1${BREAK_HERE}`)
      .replace(/-(?=.)/g, `-${WORD_JOINER}`);
    return scheme === "" ? rest : `${scheme}${WORD_JOINER}${rest}`;
  }
  return text;
}

/**
 * Whether a line may break at `position` of text that must be kept (see forPaper): at its end,
 * and in a web address after "/", "?" or "&" (not the slashes of "https://").
 */
export function mayBreakAfter(text: string, position: number, keep: Keep): boolean {
  if (position >= text.length) return true;
  if (keep === "phone") return false;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0].length ?? 0;
  return position > scheme && /[/?&]/.test(text[position - 1]!);
}

/** A run's text as set on paper (see forPaper). */
export function paperText(run: Run): string {
  return forPaper(run.text, run.keep);
}

/** True for text a reader would type as a web address. */
export function looksLikeUrl(text: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(text.trim());
}

/** A line to fill in by hand ("Naam: ......"): the signature block is made of them. */
export function isFillInLine(block: Block): boolean {
  if (block.type !== "paragraph") return false;
  return /(\.{5,}|_{5,}|…{3,})\s*$/.test(block.runs.map((run) => run.text).join(""));
}

/**
 * A paragraph that ends with a colon introduces what follows ("op een van deze drie manieren:"
 * before the list): on paper it is never the last line of a page.
 */
export function introducesNext(block: Block): boolean {
  if (block.type !== "paragraph") return false;
  return /:\s*$/.test(block.runs.map((run) => run.text).join(""));
}

/**
 * Marks the runs of a letter that must stay on one line on paper: the given phone numbers (the
 * profile's), wherever the template puts them, and links that show their own address. The one
 * place these rules are decided; the renderers only apply `forPaper`.
 */
export function markKeeps(blocks: readonly Block[], phones: readonly string[]): Block[] {
  const wanted = [...new Set(phones.filter((p) => p.trim() !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  const markRuns = (runs: readonly Run[]): Run[] =>
    runs.flatMap((run) => {
      if (run.href !== undefined && looksLikeUrl(run.text))
        return [{ ...run, keep: "url" as const }];
      return splitPhones(run, wanted);
    });
  const visit = (block: Block): Block => {
    switch (block.type) {
      case "heading":
      case "paragraph":
        return { ...block, runs: markRuns(block.runs) };
      case "list":
        return { ...block, items: block.items.map((item) => ({ blocks: item.blocks.map(visit) })) };
    }
  };
  return blocks.map(visit);
}

function splitPhones(run: Run, phones: readonly string[]): Run[] {
  if (run.keep !== undefined || phones.length === 0) return [run];
  for (const phone of phones) {
    const at = run.text.indexOf(phone);
    if (at < 0) continue;
    // Punctuation against the number ("(09 123 45 67)," ) stays on its line too.
    const start = at - (/\S*$/.exec(run.text.slice(0, at))?.[0].length ?? 0);
    const end =
      at + phone.length + (/^\S*/.exec(run.text.slice(at + phone.length))?.[0].length ?? 0);
    const before = run.text.slice(0, start);
    const after = run.text.slice(end);
    return [
      ...(before ? splitPhones({ ...run, text: before }, phones) : []),
      { ...run, text: run.text.slice(start, end), keep: "phone" as const },
      ...(after ? splitPhones({ ...run, text: after }, phones) : []),
    ];
  }
  return [run];
}
