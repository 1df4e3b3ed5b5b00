/** The extract stage's output: the article's own text and metadata, nothing of the page chrome. */
export interface ExtractedArticle {
  title: string | null;
  /** Body paragraphs, whitespace-normalised, in reading order. */
  paragraphs: string[];
  /** `paragraphs` joined by blank lines. */
  text: string;
  /** ISO 8601, when the page says. */
  publishedAt: string | null;
  modifiedAt: string | null;
  author: string | null;
  siteName: string | null;
  /** BCP-47-ish primary tag (`en`, `ru`, `be`, `uk`), from `<html lang>` or detection. */
  lang: string | null;
  /** The page's own `<link rel="canonical">` / og:url, absolute. */
  canonicalUrl: string | null;
  description: string | null;
}
