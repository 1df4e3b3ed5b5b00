/** Formats that arrive as "HTML" from misconfigured servers: their magic numbers, as decoded text. */
const MAGIC = /^(%PDF-|\uFFFDPNG|GIF8[79]a|PK\x03\x04|\x1f\uFFFD|RIFF|OggS|ID3|\0\0\0)/;

/**
 * Whether a decoded body is not text at all: a known binary signature, a NUL, or more than a few
 * control characters in the first 2 KB (HTML has none besides tab and line breaks).
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 2048);
  if (MAGIC.test(head) || head.includes('\0')) return true;
  const controls = head.match(/[\x01-\x08\x0e-\x1a\x1c-\x1f]/g);
  return controls !== null && controls.length > 8;
}
