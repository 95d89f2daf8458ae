/**
 * The page every format that has pages shares (PDF and DOCX, both A4): margins, the logo's
 * largest size and the colours, in points (1/72 inch) and as sRGB hex.
 */
export const PAGE_LAYOUT = {
  margins: { top: 84, bottom: 80, left: 68, right: 68 },
  /** The logo, top right, scaled down (never up) to fit this box. */
  logo: { maxWidth: 140, maxHeight: 40 },
  colors: {
    text: "#1a1a1a",
    heading: "#123c69",
    link: "#0b57a4",
    muted: "#5f6368",
    rule: "#c9ced6",
  },
} as const;

/** The factor that fits a logo of width x height into the logo box, never enlarging it. */
export function logoScale(
  width: number,
  height: number,
  box: { readonly maxWidth: number; readonly maxHeight: number } = PAGE_LAYOUT.logo,
): number {
  return Math.min(box.maxWidth / width, box.maxHeight / height, 1);
}
