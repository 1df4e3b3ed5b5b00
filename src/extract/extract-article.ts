import { decodeBody } from '../fetch/decode.ts';
import type { ExtractedArticle } from './types.ts';
import { ExtractError } from './extract-error.ts';
import { EXTRACT_LIMITS } from './limits.ts';
import type { Document } from 'domhandler';
import { NestingTooDeepError, parseHtml } from './parse-html.ts';
import { segmentBlocks } from './segment-blocks.ts';
import { selectContent } from './select-content.ts';
import { collectParagraphs } from './collect-paragraphs.ts';
import { collectHead } from './metadata/collect-head.ts';
import { readJsonLdArticle } from './metadata/json-ld.ts';
import { readMetadata } from './metadata/read-metadata.ts';
import { resolveLanguage } from './metadata/resolve-language.ts';
import { datelineDate } from './dateline-date.ts';
import { looksBinary } from './looks-binary.ts';

/** Below this much body text the hints are distrusted and the page is scored without them. */
const MIN_BODY_CHARS = 250;

/**
 * Extracts the article body and metadata from an HTML page. Throws ExtractError only when nothing
 * sensible can come out: 'too-large' over the size or nesting cap, 'not-html' for binary bodies,
 * 'no-content' when the page has neither visible text nor a title or description. A page with a title
 * but no article text comes back with empty `text`.
 */
export function extractArticle(html: string, opts: { url: string }): ExtractedArticle {
  const { url } = opts;
  if (html.length > EXTRACT_LIMITS.maxHtmlChars)
    throw new ExtractError('too-large', url, `${html.length} chars > ${EXTRACT_LIMITS.maxHtmlChars}`);
  if (looksBinary(html)) throw new ExtractError('not-html', url, 'binary content');

  let doc: Document;
  try {
    doc = parseHtml(html, EXTRACT_LIMITS.maxNestingDepth);
  } catch (err) {
    if (err instanceof NestingTooDeepError) throw new ExtractError('too-large', url, err.message);
    throw err;
  }
  const head = collectHead(doc);
  const ld = readJsonLdArticle(head.jsonLd);
  // A site logo is often an <h1> too; the headline is the first one that reads like a sentence.
  const mainH1 = head.h1.find((h) => h.split(/\s+/).length >= 3) ?? head.h1[0] ?? null;
  const meta = readMetadata(head, ld, url, mainH1);

  const seg = segmentBlocks(doc);
  let selection = selectContent(seg);
  let paragraphs = collectParagraphs(seg, selection, meta.title);
  const totalChars = seg.blocks.reduce((n, b) => n + b.chars, 0);
  if (charsOf(paragraphs) < MIN_BODY_CHARS && totalChars > 2 * MIN_BODY_CHARS) {
    const plain = selectContent(seg, false);
    const retry = collectParagraphs(seg, plain, meta.title);
    if (charsOf(retry) > charsOf(paragraphs)) {
      paragraphs = retry;
      selection = plain;
    }
  }
  const text = paragraphs.join('\n\n');
  if (totalChars === 0 && !meta.title && !meta.description)
    throw new ExtractError('no-content', url, 'the page has no visible text, title or description');
  const lang = resolveLanguage(meta.lang, text || head.title || '');
  const containerStart = selection.best >= 0 ? seg.elements[selection.best]!.firstBlock : 0;
  return {
    ...meta,
    paragraphs,
    text,
    lang,
    publishedAt: meta.publishedAt ?? datelineDate(seg, containerStart, lang),
  };
}

/** Decodes bytes as a browser would (BOM, header charset, `<meta charset>`, sniffing), then extracts. */
export function extractArticleFromBytes(body: Buffer, opts: { url: string; charset: string | null }): ExtractedArticle {
  if (body.length > EXTRACT_LIMITS.maxHtmlChars * 2)
    throw new ExtractError('too-large', opts.url, `${body.length} bytes`);
  return extractArticle(decodeBody(body, opts.charset).text, { url: opts.url });
}

function charsOf(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.length;
  return n;
}
