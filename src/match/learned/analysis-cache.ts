import { analyzeText, type TextAnalysis } from './text-analysis.ts';

// One article is scored against every claim in a row, and a claim against many articles: keep recent
// analyses so each text is tokenised once. Claims are short and many, articles long and scored in turn,
// hence two bounded caches (memory stays flat in a long-running worker).
class LruAnalyses {
  private readonly map = new Map<string, TextAnalysis>();
  constructor(private readonly limit: number) {}

  get(text: string): TextAnalysis {
    const hit = this.map.get(text);
    if (hit) {
      this.map.delete(text);
      this.map.set(text, hit);
      return hit;
    }
    const a = analyzeText(text);
    this.map.set(text, a);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
    return a;
  }
}

const claims = new LruAnalyses(1024);
const articles = new LruAnalyses(8);

export function analyzeClaim(text: string): TextAnalysis {
  return claims.get(text);
}

export function analyzeArticle(text: string): TextAnalysis {
  return articles.get(text);
}
