import type { AnalyzedArticle, Sentence } from '../analyze-article.ts';
import type { StanceContext } from './types.ts';

/** On topic itself, or right after an on-topic sentence of its paragraph ("... the port said 30,000 were stranded"). */
export function nearTopic(s: Sentence, ctx: { weights: number[]; article: AnalyzedArticle }): boolean {
  if (ctx.weights[s.index]! > 0) return true;
  const prev = ctx.article.sentences[s.index - 1];
  return !!prev && !prev.isTitle && prev.paragraph === s.paragraph && ctx.weights[prev.index]! > 0;
}

/** The sentence before (news paragraphs are short: across a paragraph break too) names a place or action of the topic ("... moved 15,000. That is a third of the army."). */
export function previousOnTopic(s: Sentence, ctx: StanceContext): boolean {
  const prev = ctx.article.sentences[s.index - 1];
  return !!prev && !prev.isTitle && ctx.placeOrAction(prev);
}
