export interface ContentType {
  /** Lower-case media type without parameters, e.g. "text/html". */
  mediaType: string;
  charset: string | null;
}

/** Splits a Content-Type header into its media type and charset parameter. */
export function parseContentType(header: string | null | undefined): ContentType | null {
  if (!header) return null;
  const [type, ...params] = header.split(';');
  const mediaType = (type ?? '').trim().toLowerCase();
  if (!mediaType) return null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m?.[1]) charset = m[1].toLowerCase();
  }
  return { mediaType, charset };
}

/**
 * Media types that can never be a feed, a page or robots.txt. Unknown and generic types
 * (application/octet-stream, none at all) are judged by sniffing the bytes instead: misconfigured
 * servers send feeds with them.
 */
export function isBinaryMediaType(mediaType: string): boolean {
  if (/^(image|audio|video|font|model)\//.test(mediaType)) return true;
  if (/^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|x-rar-compressed|vnd\.rar|msword|x-msdownload|wasm|x-shockwave-flash|java-archive|ogg|x-bzip2?)$/.test(mediaType)) return true;
  // Office and other vendor formats, except the XML/JSON based ones.
  return /^application\/vnd\./.test(mediaType) && !/[+](xml|json)$/.test(mediaType);
}
