import { deflateZlib } from "../compress.js";
import { fastPath, fix } from "./registry.js";

const LOGO = Symbol("the logo bytes this image was opened from");
const READY = Symbol("the logo's pixels, prepared by an earlier letter");

/** The parts of pdfkit's PNGImage (0.20) that the cache relies on. */
export interface PngImageInternals {
  imgData?: Uint8Array | null;
  alphaChannel?: Uint8Array;
  finalize(): void;
  splitAlphaChannel(): void;
  loadIndexedAlphaChannel(): void;
  decodeData(): void;
  [LOGO]?: Uint8Array;
  [READY]?: Prepared;
}

interface Prepared {
  readonly imgData: Uint8Array;
  readonly alphaChannel?: Uint8Array;
}

// By the logo's bytes: a centre's letters (one per tool) are made one after the other from the
// same loaded profile, in the same thread.
const prepared = new WeakMap<Uint8Array, Prepared>();

/**
 * Marks a PNG image pdfkit opened from a logo. A PNG with transparency has its pixels decoded,
 * split into colour and alpha, and both compressed again for every letter; with the fast paths
 * that is done once per logo, and the next document gets the result. As in pdfkit's own path,
 * the image is finished after the page content (pdfkit decodes the pixels asynchronously), so
 * the objects are numbered the same way and the bytes of a letter do not depend on what came
 * before.
 */
export function rememberLogo(image: PngImageInternals, data: Uint8Array): void {
  const done = prepared.get(data);
  if (done) image[READY] = done;
  else image[LOGO] = data;
}

/**
 * pdfkit's PNG methods: an image with pixels ready skips decoding them; an image of a logo not
 * seen yet keeps its pixels for the next letter.
 */
export function preparePixelsOnce(prototype: PngImageInternals): void {
  // Not loadIndexedAlphaChannel: in a PDF/A letter a palette's transparency is mixed into the
  // palette before pdfkit would split it (flattenForPdfA), so pdfkit never calls it.
  for (const key of ["splitAlphaChannel", "decodeData"] as const) {
    fastPath(
      "pdfkit",
      `PNGImage.${key}`,
      prototype,
      key,
      (decode) =>
        function (this: PngImageInternals) {
          if (!this[READY]) return decode.call(this);
          setImmediate(finishPrepared, this);
        },
    );
  }
  fastPath(
    "pdfkit",
    "PNGImage.finalize",
    prototype,
    "finalize",
    (finalize) =>
      function (this: PngImageInternals) {
        const logo = this[LOGO];
        if (logo && this.imgData) {
          prepared.set(logo, {
            imgData: this.imgData,
            ...(this.alphaChannel ? { alphaChannel: this.alphaChannel } : {}),
          });
        }
        finalize.call(this);
      },
  );
}

function finishPrepared(image: PngImageInternals): void {
  const ready = image[READY]!;
  image.imgData = ready.imgData;
  if (ready.alphaChannel) image.alphaChannel = ready.alphaChannel;
  image.finalize();
}

/** The parts of png-js's image that flattening a logo relies on. */
interface PngSource {
  readonly colors: number;
  readonly bits: number;
  palette: number[];
  transparency: { indexed?: number[] };
  decodePixels(done: (pixels: Uint8Array) => void): void;
}

interface FlattenedImageInternals extends PngImageInternals {
  image: PngSource;
  document?: object;
  obj?: object | null;
  embed(document: object): void;
}

/** Whether pdfkit makes the document as PDF/A (its PDF/A mixin adds the output intent). */
function isPdfA(document: object | undefined): boolean {
  return document !== undefined && "_addColorOutputIntent" in document;
}

/** A colour value seen through `alpha` on white paper. */
function onWhite(value: number, alpha: number): number {
  return Math.round((value * alpha + 255 * (255 - alpha)) / 255);
}

/**
 * Fixes for PDF/A-1, which forbids transparency: a logo with an alpha channel, or with a palette
 * whose entries are transparent, is laid on white paper once, as a reader would show it, and
 * embedded without a soft mask. Only in a PDF/A document; pdfkit's own methods otherwise.
 * - a palette: its entries are mixed with white before pdfkit writes the palette (embed);
 * - grey or colour with alpha (splitAlphaChannel): the pixels are mixed with white and
 *   compressed as pdfkit compresses them (zlib's default level, see ../compress.ts).
 * Installed before the fast path of preparePixelsOnce, which then keeps the flattened pixels.
 */
export function flattenForPdfA(prototype: PngImageInternals): void {
  const images = prototype as FlattenedImageInternals;
  fix(
    "pdfkit",
    "PNGImage.embed",
    images,
    "embed",
    (embed) =>
      function (this: FlattenedImageInternals, document: object) {
        const indexed = this.image.transparency.indexed;
        if (!this.obj && indexed && isPdfA(document)) {
          const palette = this.image.palette;
          for (let entry = 0; entry * 3 < palette.length; entry += 1) {
            const alpha = indexed[entry] ?? 255;
            for (let c = entry * 3; c < entry * 3 + 3; c += 1)
              palette[c] = onWhite(palette[c]!, alpha);
          }
          this.image.transparency = {};
        }
        return embed.call(this, document);
      },
  );
  fix(
    "pdfkit",
    "PNGImage.splitAlphaChannel",
    images,
    "splitAlphaChannel",
    (split) =>
      function (this: FlattenedImageInternals) {
        if (!isPdfA(this.document)) return split.call(this);
        const { colors, bits } = this.image;
        // 16-bit samples: pdfkit keeps the high byte of each, as here.
        const step = bits === 16 ? 2 : 1;
        this.image.decodePixels((pixels) => {
          const pixelBytes = (colors + 1) * step;
          const count = Math.floor(pixels.length / pixelBytes);
          const flat = new Uint8Array(count * colors);
          for (let p = 0, out = 0; p < count; p += 1) {
            const at = p * pixelBytes;
            const alpha = pixels[at + colors * step]!;
            for (let c = 0; c < colors; c += 1)
              flat[out++] = onWhite(pixels[at + c * step]!, alpha);
          }
          this.imgData = deflateZlib(flat);
          this.finalize();
        });
      },
  );
}
