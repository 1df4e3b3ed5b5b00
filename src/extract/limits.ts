/** Bounds that keep one hostile or broken page from taking the worker down. */
export const EXTRACT_LIMITS = {
  /** Larger HTML is refused with ExtractError 'too-large' rather than parsed. */
  maxHtmlChars: 8 * 1024 * 1024,
  /** Deeper pages are refused ('too-large'): parse time grows with the square of the depth. */
  maxNestingDepth: 25_000,
  /** Element count cap for the walks: the first this many elements are used. */
  maxElements: 400_000,
} as const;
