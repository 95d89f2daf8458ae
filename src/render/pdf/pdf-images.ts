/** The parts of pdfkit's PNGImage (0.20) that the cache relies on. */
interface PngImageInternals {
  imgData?: Uint8Array | null;
  alphaChannel?: Uint8Array;
  finalize(): void;
  splitAlphaChannel?: () => void;
  loadIndexedAlphaChannel?: () => void;
  decodeData?: () => void;
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
  if (done) {
    const finish = () => {
      setImmediate(() => {
        image.imgData = done.imgData;
        if (done.alphaChannel) image.alphaChannel = done.alphaChannel;
        image.finalize();
      });
    };
    image.splitAlphaChannel = finish;
    image.loadIndexedAlphaChannel = finish;
    image.decodeData = finish;
  } else {
    const finalize = image.finalize.bind(image);
    image.finalize = () => {
      if (image.imgData) {
        prepared.set(data, {
          imgData: image.imgData,
          ...(image.alphaChannel ? { alphaChannel: image.alphaChannel } : {}),
        });
      }
      finalize();
    };
  }
  return image as unknown as PDFKit.Mixins.ImageSrc;
}
