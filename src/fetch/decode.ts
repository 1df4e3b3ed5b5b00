import iconv from 'iconv-lite';

export interface DecodedBody {
  text: string;
  /** Encoding actually used, iconv-lite name (e.g. "utf-8", "windows-1251"). */
  encoding: string;
  /** Where the encoding came from, for logs and tests. */
  from: 'bom' | 'header' | 'xml-declaration' | 'meta' | 'sniffed' | 'default';
}

/** How many leading bytes a browser prescans for `<meta charset>`; the XML declaration is at the start. */
const PRESCAN_BYTES = 4096;

/**
 * Decodes a response body as a browser would: BOM, then the Content-Type charset, then the XML
 * declaration or `<meta charset>` / `http-equiv` in the first bytes, then valid UTF-8, then a guess
 * among the Cyrillic single-byte encodings that Belarusian, Russian and Ukrainian sites still use.
 */
export function decodeBody(body: Buffer, headerCharset: string | null): DecodedBody {
  const bom = sniffBom(body);
  if (bom) return { text: iconv.decode(body.subarray(bom.length), bom.encoding), encoding: bom.encoding, from: 'bom' };

  const fromHeader = normaliseLabel(headerCharset);
  if (fromHeader) return { text: iconv.decode(body, fromHeader), encoding: fromHeader, from: 'header' };

  const head = body.subarray(0, PRESCAN_BYTES).toString('latin1');
  const xmlDecl = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const fromXml = normaliseLabel(xmlDecl?.[1] ?? null);
  if (fromXml) return { text: iconv.decode(body, fromXml), encoding: fromXml, from: 'xml-declaration' };

  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  const fromMeta = normaliseLabel(meta?.[1] ?? null);
  // A page that declares UTF-16 in ASCII-compatible bytes is lying; browsers treat it as UTF-8.
  if (fromMeta) {
    const enc = fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta;
    return { text: iconv.decode(body, enc), encoding: enc, from: 'meta' };
  }

  if (isValidUtf8(body)) return { text: body.toString('utf8'), encoding: 'utf-8', from: 'default' };
  const guess = looksLatin(body) ? 'windows-1252' : guessCyrillic(body);
  return { text: iconv.decode(body, guess), encoding: guess, from: 'sniffed' };
}

function sniffBom(body: Buffer): { encoding: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** Maps a charset label to an iconv-lite encoding name, or null when unknown. */
export function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  let name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  // WHATWG maps these labels to windows-1252; iconv would decode them as strict Latin-1.
  if (['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'l1'].includes(name)) name = 'windows-1252';
  if (name === 'utf8') name = 'utf-8';
  if (name === 'cp1251' || name === 'win-1251' || name === 'x-cp1251') name = 'windows-1251';
  return iconv.encodingExists(name) ? name : null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(body: Buffer): boolean {
  try {
    utf8Strict.decode(body);
    return true;
  } catch {
    return false;
  }
}

/**
 * Western single-byte text has its high bytes alone inside ASCII words ("caf\xe9", "M\xfcnchen");
 * Cyrillic text in windows-1251 / koi8-r has whole words of them. Few high-byte neighbours => Latin.
 */
function looksLatin(body: Buffer): boolean {
  const sample = body.subarray(0, 64 * 1024);
  let high = 0;
  let pairs = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! < 0x80) continue;
    high++;
    if (i + 1 < sample.length && sample[i + 1]! >= 0x80) pairs++;
  }
  return high > 0 && pairs / high < 0.3;
}

/** The most frequent Cyrillic letters in Russian, Belarusian and Ukrainian prose. */
const COMMON_CYRILLIC = new Set('оеаинтсрвлкмдпуяыіь'.split(''));

/**
 * Chooses between windows-1251 and koi8-r by which one turns the high bytes into common lowercase
 * Cyrillic letters: the two encodings put upper and lower case in swapped halves.
 */
function guessCyrillic(body: Buffer): string {
  const sample = body.subarray(0, 64 * 1024);
  let best = 'windows-1251';
  let bestScore = -1;
  for (const enc of ['windows-1251', 'koi8-r']) {
    let score = 0;
    for (const ch of iconv.decode(sample, enc)) if (COMMON_CYRILLIC.has(ch)) score++;
    if (score > bestScore) {
      best = enc;
      bestScore = score;
    }
  }
  return best;
}
