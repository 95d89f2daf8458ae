import { fastPath } from "./registry.js";

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
  for (const key of ["splitAlphaChannel", "loadIndexedAlphaChannel", "decodeData"] as const) {
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
