/**
 * Counts the syllables of Dutch words, for the readability score (Flesch-Douma). A syllable is
 * a vowel nucleus: a group of vowel letters, where a Dutch digraph or trigraph (aa, ie, ui,
 * ooi, eeuw...) is one sound and a diaeresis (beëindigen, geïnformeerde) starts a new one.
 * Numbers count as they are read aloud; acronyms as they are spelled (CLB: see-el-bee).
 */

/** Vowel letters once accents are gone; "ij" is rewritten to "ÿ" first (see nuclei). */
const VOWEL = /[aeiouyÿ]/;

/**
 * Vowel sequences read as one sound, longest first: at each vowel the longest that matches is
 * taken (koeien = koe-ien, mooie = mooi-e, bureau = bu-reau). "ai" is one (mail, e-mail); a Dutch
 * word where a and i are apart writes aï.
 */
const NUCLEI = [
  "aai",
  "ooi",
  "oei",
  "eeu",
  "ieu",
  "eau",
  "aa",
  "ee",
  "oo",
  "uu",
  "ie",
  "oe",
  "eu",
  "ui",
  "ei",
  "ou",
  "au",
  "ai",
  "oi",
  "ey",
  "ay",
  "oy",
];

/**
 * Loan words whose spelling misleads the vowel count (a silent final e, "ea" as one sound), as
 * the start of a word so compounds and inflections follow: websites, livestreamen.
 */
const LOAN_STEMS: readonly (readonly [string, number])[] = [
  ["livestream", 2],
  ["smartphone", 2],
  ["headset", 2],
  ["software", 2],
  ["hardware", 2],
  ["download", 2],
  ["website", 2],
  ["offline", 2],
  ["online", 2],
  ["update", 2],
  ["team", 1],
];

/** One syllable count per vowel nucleus of a lower-case word without accents but with ë marks. */
function nuclei(word: string): number {
  // A letter with a diaeresis starts a syllable; mark it before the accents go.
  const marked = word
    .normalize("NFD")
    .replace(/([aeiouy])\u0308/g, "|$1")
    .replace(/\p{M}/gu, "")
    // "ij" is one vowel (tijd, bijlage); "ĳ" as one character became "ij" in NFKD already.
    .replace(/ij/g, "ÿ");
  let count = 0;
  for (const part of marked.split("|")) {
    let i = 0;
    while (i < part.length) {
      if (!VOWEL.test(part[i]!)) {
        i += 1;
        continue;
      }
      const nucleus = NUCLEI.find((n) => part.startsWith(n, i));
      i += nucleus ? nucleus.length : 1;
      count += 1;
    }
  }
  return count;
}

const UNITS = [
  "nul",
  "een",
  "twee",
  "drie",
  "vier",
  "vijf",
  "zes",
  "zeven",
  "acht",
  "negen",
  "tien",
  "elf",
  "twaalf",
  "dertien",
  "veertien",
  "vijftien",
  "zestien",
  "zeventien",
  "achttien",
  "negentien",
];
const TENS = [
  "",
  "tien",
  "twintig",
  "dertig",
  "veertig",
  "vijftig",
  "zestig",
  "zeventig",
  "tachtig",
  "negentig",
];

/** Syllables of a whole number below 10,000 as it is said: 27 = zeven-en-twin-tig. */
function numberSyllables(n: number): number {
  if (n < 20) return nuclei(UNITS[n]!);
  if (n < 100) {
    const unit = n % 10;
    const tens = nuclei(TENS[Math.floor(n / 10)]!);
    return unit === 0 ? tens : nuclei(UNITS[unit]!) + 1 + tens;
  }
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    return (
      (hundreds > 1 ? nuclei(UNITS[hundreds]!) : 0) + 2 + (rest > 0 ? numberSyllables(rest) : 0)
    );
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  // 2018 is said twee-dui-zend-acht-tien, the years of the letters' dates included.
  return (
    (thousands > 1 ? numberSyllables(thousands) : 0) + 2 + (rest > 0 ? numberSyllables(rest) : 0)
  );
}

/**
 * A group of digits: a number up to 9999 as it is said; a longer one, or one with a leading zero
 * (a phone number: 09 123 45 67), digit by digit.
 */
function digitsSyllables(digits: string): number {
  if (digits.length <= 4 && !(digits.length > 1 && digits.startsWith("0")))
    return numberSyllables(Number(digits));
  return [...digits].reduce((sum, digit) => sum + nuclei(UNITS[Number(digit)]!), 0);
}

/** CLB, AVG, EU, PDF: said letter by letter, one syllable a letter. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** The syllables of one part of a word (no hyphen or slash in it). */
function partSyllables(part: string): number {
  if (part === "") return 0;
  if (ACRONYM.test(part)) return part.length;
  if (/^\p{N}+$/u.test(part)) return digitsSyllables(part);
  let count = 0;
  // Digits and letters mixed (10u30, 2025-09-01 was split already): each run on its own.
  for (const run of part.match(/\p{N}+|[^\p{N}]+/gu) ?? []) {
    if (/^\p{N}+$/u.test(run)) {
      count += digitsSyllables(run);
      continue;
    }
    const lower = run.toLowerCase().replace(/ĳ/g, "ij");
    const loan = LOAN_STEMS.find(([stem]) => lower.startsWith(stem));
    count += loan ? loan[1] + nuclei(lower.slice(loan[0].length)) : nuclei(lower);
  }
  return count;
}

/**
 * Syllables of one word as it stands in a text (punctuation around it is ignored). Parts joined
 * by a hyphen, slash or dot (CLB-dossier, en/of, 10.30) are counted each; every word has at least
 * one syllable ('s, z'n).
 */
export function dutchSyllables(word: string): number {
  const parts = word
    .normalize("NFC")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .split(/[-/.:’'‑]+/u);
  return Math.max(
    1,
    parts.reduce((sum, part) => sum + partSyllables(part), 0),
  );
}
