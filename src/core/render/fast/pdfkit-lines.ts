import { type Keep, mayBreakAfter } from "../../document/break-rules.js";
import { fix } from "./registry.js";

interface Break {
  /** Missing on the pieces pdfkit cuts a word too long for a line into. */
  readonly position?: number;
  readonly required: boolean;
}
type EachWordCallback = (word: string, width: number, next: Break, last: Break | null) => unknown;

/** The parts of pdfkit's LineWrapper (0.20) that the fix of eachWord relies on. */
export interface LineWrapperInternals {
  document: object;
  wordWidth(word: string): number;
  eachWord(text: string, fn: EachWordCallback): void;
}

const keeping = new WeakMap<object, Keep>();

/**
 * Draws text that must break only where our rules allow (a phone number: nowhere; a web
 * address: after "/", "?" or "&"). Marks in the text itself (word joiners) would do the same,
 * but pdf.js reads them back as spaces, so an address copied from a browser's viewer breaks.
 */
export function drawKeeping(pdf: object, keep: Keep | undefined, draw: () => void): void {
  if (keep === undefined) {
    draw();
    return;
  }
  keeping.set(pdf, keep);
  try {
    draw();
  } finally {
    keeping.delete(pdf);
  }
}

/**
 * Fix of LineWrapper.eachWord, which hands the line wrapper the text word by word, a word
 * ending where Unicode line breaking allows a break: inside text drawn with drawKeeping, words
 * are joined up to the next place our rules allow a break.
 */
export function breakWhereAllowed(wrapperClass: LineWrapperInternals): void {
  fix(
    "pdfkit",
    "LineWrapper.eachWord",
    wrapperClass,
    "eachWord",
    (eachWord) =>
      function (this: LineWrapperInternals, text: string, fn: EachWordCallback) {
        const keep = keeping.get(this.document);
        if (keep === undefined) return eachWord.call(this, text, fn);
        let joined = "";
        let start: Break | null = null;
        let stopped = false;
        eachWord.call(this, text, (word, _width, next, last) => {
          if (joined === "") start = last;
          joined += word;
          // A piece of a word too long for a line (pdfkit cuts it, and gives no position)
          // goes as it is: there is no other way to fit it.
          const cut = next.position === undefined;
          if (!cut && !next.required && !mayBreakAfter(text, next.position, keep)) return true;
          const out = joined;
          joined = "";
          const more = emit(this, fn, out, next, start);
          if (more === false) stopped = true;
          return more;
        });
        if (joined !== "" && !stopped)
          emit(this, fn, joined, { position: text.length, required: false }, start);
      },
  );
}

/**
 * Hands the wrapper one piece of kept text. A piece wider than a whole line (a long web address
 * without a "/" for many characters) is cut into pieces that fit a line: pdfkit cuts a word
 * only when it is wider than the line plus the indent of text continued on that line, so a word
 * a little narrower than that ran past the right margin.
 */
function emit(
  wrapper: LineWrapperInternals & { lineWidth?: number },
  fn: EachWordCallback,
  piece: string,
  next: Break,
  start: Break | null,
): unknown {
  const lineWidth = wrapper.lineWidth ?? Number.POSITIVE_INFINITY;
  let rest = piece;
  let from = start;
  while (wrapper.wordWidth(rest) > lineWidth && rest.length > 1) {
    let length = rest.length - 1;
    while (length > 1 && wrapper.wordWidth(rest.slice(0, length)) > lineWidth) length -= 1;
    const part = rest.slice(0, length);
    rest = rest.slice(length);
    if (fn(part, wrapper.wordWidth(part), { required: true }, from) === false) return false;
    from = { required: false };
  }
  return fn(rest, wrapper.wordWidth(rest), next, from);
}
