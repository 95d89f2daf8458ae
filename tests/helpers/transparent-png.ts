import { encodePng, pngChunk } from "../../scripts/png-writer.js";

/** A 120 × 40 PNG: colour type 6 (RGBA) or 3 (palette with transparent entries). */
export function transparentPng(colorType: 3 | 6): Buffer {
  const [width, height] = [120, 40];
  const channels = colorType === 6 ? 4 : 1;
  const scanlines = Buffer.alloc((width * channels + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width * channels; x += 1) {
      scanlines[y * (width * channels + 1) + 1 + x] =
        colorType === 6 ? (x * 7 + y * 3) % 256 : (x + y) % 4;
    }
  }
  const palette = Buffer.from([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255]);
  const extra =
    colorType === 3 ? [pngChunk("PLTE", palette), pngChunk("tRNS", Buffer.from([0, 90, 255]))] : [];
  return encodePng({ width, height, colorType, scanlines, extra });
}
