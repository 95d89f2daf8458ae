// A small PNG writer for made-up logos: the benchmark's synthetic centres and the tests.
import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * One PNG chunk: length, type, body, CRC.
 * @param {string} type
 * @param {Uint8Array} body
 * @returns {Buffer}
 */
export function pngChunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/**
 * A PNG from its scanlines (each starting with its filter byte), with extra chunks (PLTE, tRNS,
 * tEXt...) before the image data, which is split over `parts` IDAT chunks.
 * @param {{ width: number, height: number, colorType: number, bits?: number, interlace?: number,
 *   scanlines: Uint8Array, extra?: Buffer[], parts?: number, level?: number }} png
 * @returns {Buffer}
 */
export function encodePng(png) {
  const { width, height, colorType, bits = 8, interlace = 0, extra = [], parts = 1 } = png;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bits, colorType, 0, 0, interlace], 8);
  const data = deflateSync(png.scanlines, { level: png.level ?? 6 });
  const step = Math.ceil(data.length / parts);
  const idat = Array.from({ length: parts }, (_, i) =>
    pngChunk("IDAT", data.subarray(i * step, (i + 1) * step)),
  );
  return Buffer.concat([
    SIGNATURE,
    pngChunk("IHDR", header),
    ...extra,
    ...idat,
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
