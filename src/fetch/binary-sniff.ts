/** File signatures of formats that turn up behind "text/html" URLs (images, PDFs, archives, media). */
const MAGIC: Array<{ name: string; bytes: number[]; offset?: number }> = [
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'riff', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'mp4', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { name: 'ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'mp3', bytes: [0x49, 0x44, 0x33] },
  { name: 'woff', bytes: [0x77, 0x4f, 0x46] },
  { name: 'elf', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'webm', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: 'ico', bytes: [0x00, 0x00, 0x01, 0x00] },
];

/** How far into the body a NUL byte counts as proof of binary content. */
const NUL_SCAN_BYTES = 1024;

/**
 * Names the binary format of `body`, or null when it looks like text. UTF-16 text (with a BOM)
 * legitimately contains NUL bytes and is not binary.
 */
export function sniffBinary(body: Buffer): string | null {
  for (const m of MAGIC) {
    const off = m.offset ?? 0;
    if (body.length >= off + m.bytes.length && m.bytes.every((b, i) => body[off + i] === b)) return m.name;
  }
  const utf16 = (body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff);
  if (!utf16 && body.subarray(0, NUL_SCAN_BYTES).includes(0)) return 'NUL bytes';
  return null;
}
