/**
 * Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation
 * forms. Text without any of them needs no reordering (PDF) and no right-to-left run (DOCX).
 */
export const RTL_LETTER =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
