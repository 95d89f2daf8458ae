import { concatBytes, latin1Text } from "../bytes.js";
import { fastPathsOn } from "./registry.js";

/**
 * The fields of a PNG that pdfkit's image code reads, as png-js (the PNG reader pdfkit uses)
 * sets them. png-js copies the compressed image data one byte at a time into a plain array,
 * which took a quarter of a batch's time for centres with a 150 KB logo; here the chunks are
 * sliced instead. The result is the same, field for field (tests/unit/png-reader.test.ts).
 * pdfkit gets it from fast/pdfkit.ts.
 */
export interface PngFields {
  data: Uint8Array;
  pos: number;
  width: number;
  height: number;
  bits: number;
  colorType: number;
  compressionMethod: number;
  filterMethod: number;
  interlaceMethod: number;
  palette: number[];
  imgData: Uint8Array;
  transparency: { indexed?: number[]; grayscale?: number; rgb?: number[] };
  text: Record<string, string>;
  colors: number;
  hasAlphaChannel: boolean;
  pixelBitlength: number;
  colorSpace: string;
}

const CORRUPT = "Incomplete or corrupt PNG file";

/** Reads a PNG's chunks into the fields png-js would set; throws png-js's error when cut short. */
export function readPng(data: Uint8Array): PngFields {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const png = { data, palette: [], transparency: {}, text: {} } as unknown as PngFields;
  const imageChunks: Uint8Array[] = [];
  let pos = 8;
  for (;;) {
    if (pos + 8 > data.length) throw new Error(CORRUPT);
    const size = view.getUint32(pos);
    const type = String.fromCharCode(
      data[pos + 4]!,
      data[pos + 5]!,
      data[pos + 6]!,
      data[pos + 7]!,
    );
    const start = pos + 8;
    if (start + size > data.length) throw new Error(CORRUPT);
    const body = data.subarray(start, start + size);
    switch (type) {
      case "IHDR":
        png.width = view.getUint32(start);
        png.height = view.getUint32(start + 4);
        png.bits = data[start + 8]!;
        png.colorType = data[start + 9]!;
        png.compressionMethod = data[start + 10]!;
        png.filterMethod = data[start + 11]!;
        png.interlaceMethod = data[start + 12]!;
        break;
      case "PLTE":
        png.palette = Array.from(body);
        break;
      case "IDAT":
        imageChunks.push(body);
        break;
      case "tRNS":
        png.transparency = transparency(png.colorType, body);
        break;
      case "tEXt": {
        const zero = body.indexOf(0);
        png.text[latin1Text(body.subarray(0, zero))] = latin1Text(body.subarray(zero + 1));
        break;
      }
      case "IEND":
        png.colors = png.colorType === 2 || png.colorType === 6 ? 3 : 1;
        png.hasAlphaChannel = png.colorType === 4 || png.colorType === 6;
        png.pixelBitlength = png.bits * (png.colors + (png.hasAlphaChannel ? 1 : 0));
        png.colorSpace = png.colors === 3 ? "DeviceRGB" : "DeviceGray";
        png.imgData = concatBytes(imageChunks);
        png.pos = start;
        return png;
    }
    pos = start + size + 4; // the chunk's CRC is not checked, as png-js does not
    if (pos > data.length) throw new Error(CORRUPT);
  }
}

/** tRNS as png-js reads it: per palette entry (up to 255 of them), or the first byte of a grey. */
function transparency(colorType: number, body: Uint8Array): PngFields["transparency"] {
  switch (colorType) {
    case 3: {
      const indexed = Array.from(body);
      while (indexed.length < 255) indexed.push(255);
      return { indexed };
    }
    case 0:
      return { grayscale: body[0]! };
    case 2:
      return { rgb: Array.from(body) };
    default:
      return {};
  }
}

type PngClass = new (data: Uint8Array) => object;

/**
 * png-js's class with its constructor reading the chunks as above, while the fast paths are on;
 * its methods (decoding the pixels, for logos with transparency) are png-js's own. The original
 * stays reachable as `original`, for the tests.
 */
export function withFastReading(Original: PngClass): PngClass {
  function FastPng(data: Uint8Array): object {
    if (!fastPathsOn()) return new Original(data);
    return Object.assign(Object.create(Original.prototype) as object, readPng(data));
  }
  FastPng.prototype = Original.prototype;
  Object.setPrototypeOf(FastPng, Original); // the static load() and decode()
  Object.defineProperty(FastPng, "original", { value: Original });
  return FastPng as unknown as PngClass;
}
