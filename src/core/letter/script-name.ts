// The Unicode scripts a name may be written in, as JavaScript's regular expressions know them
// (`\p{Script=...}`): enough to tell a user which script a character the PDF cannot print
// belongs to. The list is ours; the test of a character is Unicode's own data in the engine.
const SCRIPTS = [
  "Latin",
  "Greek",
  "Cyrillic",
  "Armenian",
  "Georgian",
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Nko",
  "Samaritan",
  "Mandaic",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Ethiopic",
  "Cherokee",
  "Canadian_Aboriginal",
  "Ogham",
  "Runic",
  "Tagalog",
  "Khmer",
  "Mongolian",
  "Tifinagh",
  "Hangul",
  "Hiragana",
  "Katakana",
  "Bopomofo",
  "Han",
  "Yi",
  "Vai",
  "Bamum",
  "Javanese",
  "Sundanese",
  "Balinese",
  "Cham",
  "Ol_Chiki",
  "Lisu",
  "Adlam",
  "Osage",
  "Hanifi_Rohingya",
  "Coptic",
  "Gothic",
  "Braille",
] as const;

const TESTS = SCRIPTS.map((name) => ({ name, test: new RegExp(`^\\p{Script=${name}}`, "u") }));

/**
 * The Unicode name of the script of a character ("Devanagari"), with spaces for underscores;
 * undefined for symbols and punctuation shared by every script, and for rarer scripts.
 */
export function scriptName(character: string): string | undefined {
  return TESTS.find((script) => script.test.test(character))?.name.replaceAll("_", " ");
}
