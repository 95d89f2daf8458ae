/** A logo read from disk: its bytes, format and pixel size (needed to scale it in a letter). */
export interface Logo {
  readonly data: Uint8Array;
  readonly format: "png" | "jpeg";
  readonly width: number;
  readonly height: number;
}

/** Recognises PNG and JPEG by their content, not their file name, and reads their size. */
export function sniffImage(data: Uint8Array): Logo | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length >= 24 && png.every((b, i) => data[i] === b)) {
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { data, format: "png", width, height } : undefined;
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    // Walk the JPEG segments to the first start-of-frame marker, which holds the size.
    let offset = 2;
    while (offset + 9 < data.length) {
      if (data[offset] !== 0xff) return undefined;
      const marker = data[offset + 1]!;
      const length = view.getUint16(offset + 2);
      const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
      if (isFrame) {
        const height = view.getUint16(offset + 5);
        const width = view.getUint16(offset + 7);
        return width > 0 && height > 0 ? { data, format: "jpeg", width, height } : undefined;
      }
      offset += 2 + length;
    }
  }
  return undefined;
}
