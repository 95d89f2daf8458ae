import { PAGE_LAYOUT } from "../page-layout.js";

/** Page geometry and type sizes of the PDF letter, in points (1/72 inch). A4 is 595 x 842. */
export const LAYOUT = {
  margins: PAGE_LAYOUT.margins,
  body: { size: 10.5, lineGap: 3.5, paragraphGap: 7, listItemGap: 3 },
  headings: {
    1: { size: 18, before: 4, after: 10 },
    2: { size: 13, before: 12, after: 6 },
    3: { size: 11, before: 8, after: 4 },
  },
  list: { indent: 18 },
  header: { y: 36, size: 8.5, ruleY: 58 },
  footer: { fromBottom: 48, size: 8.5 },
  logo: { ...PAGE_LAYOUT.logo, y: 14 },
  /** Room to write by hand above each line to fill in ("Naam: ......") of the signature block. */
  signature: { room: 18 },
  colors: PAGE_LAYOUT.colors,
} as const;
