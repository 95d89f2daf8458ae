/**
 * An 8 × 8 grey baseline JPEG, assembled by hand: one quantisation table, a one-code Huffman
 * table for DC and for AC, and a scan of one block (DC difference 0, then end of block).
 */
export function tinyJpeg(): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const oneCode = (tableClass: number) => [tableClass << 4, 1, ...new Array(15).fill(0), 0x00];
  return Buffer.from([
    0xff,
    0xd8, // start of image
    ...segment(0xdb, [0x00, ...new Array(64).fill(1)]), // quantisation table 0
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), // baseline frame: 8 bits, 8 × 8, 1 component
    ...segment(0xc4, oneCode(0)), // DC table 0: category 0 is code "0"
    ...segment(0xc4, oneCode(1)), // AC table 0: end of block is code "0"
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]), // scan of component 1
    0x3f, // "0" (DC 0), "0" (end of block), padded with ones
    0xff,
    0xd9, // end of image
  ]);
}
