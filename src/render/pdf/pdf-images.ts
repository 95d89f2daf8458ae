const LOGO = Symbol("the logo bytes this image was opened from");
const READY = Symbol("the logo's pixels, prepared by an earlier letter");

/** The parts of pdfkit's PNGImage (0.20) that the cache relies on. */
interface PngImageInternals {
  imgData?: Uint8Array | null;
  alphaChannel?: Uint8Array;
  finalize(): void;
  splitAlphaChannel?: () => void;
  loadIndexedAlphaChannel?: () => void;
  decodeData?: () => void;
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
 * A logo as pdfkit's image for one document. A PNG with transparency has its pixels decoded,
 * split into colour and alpha, and both compressed again for every letter; that is done once
 * per logo, and the next document gets the result. As in pdfkit's own path, the image is
 * finished after the page content (pdfkit decodes the pixels asynchronously), so the objects
 * are numbered the same way and the bytes of a letter do not depend on what came before.
 */
export function logoImage(pdf: PDFKit.PDFDocument, data: Uint8Array): PDFKit.Mixins.ImageSrc {
  const image = (pdf as unknown as { openImage(src: Buffer): PngImageInternals }).openImage(
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  );
  if (typeof image.splitAlphaChannel !== "function")
    return image as unknown as PDFKit.Mixins.ImageSrc; // JPEG
  const done = prepared.get(data);
  if (done) image[READY] = done;
  else image[LOGO] = data;
  preparePixelsOnce(Object.getPrototypeOf(image) as PngImageInternals);
  return image as unknown as PDFKit.Mixins.ImageSrc;
}

const patchedClasses = new WeakSet<object>();

/**
 * pdfkit's PNG methods, replaced once on the class (not on each letter's image: a function made
 * per letter and called by pdfkit kept the letter's objects, the logo's pixels among them, alive
 * until the next full garbage collection; see compressAtLevel in pdf-output.ts). An image with
 * pixels ready skips decoding them; an image of a logo not seen yet keeps its pixels for the
 * next letter.
 */
function preparePixelsOnce(prototype: PngImageInternals): void {
  if (patchedClasses.has(prototype)) return;
  patchedClasses.add(prototype);
  for (const key of ["splitAlphaChannel", "loadIndexedAlphaChannel", "decodeData"] as const) {
    const decode = prototype[key]!;
    prototype[key] = function (this: PngImageInternals) {
      if (!this[READY]) return decode.call(this);
      setImmediate(finishPrepared, this);
    };
  }
  const finalize = prototype.finalize;
  prototype.finalize = function (this: PngImageInternals) {
    const logo = this[LOGO];
    if (logo && this.imgData) {
      prepared.set(logo, {
        imgData: this.imgData,
        ...(this.alphaChannel ? { alphaChannel: this.alphaChannel } : {}),
      });
    }
    finalize.call(this);
  };
}

function finishPrepared(image: PngImageInternals): void {
  const ready = image[READY]!;
  image.imgData = ready.imgData;
  if (ready.alphaChannel) image.alphaChannel = ready.alphaChannel;
  image.finalize();
}
