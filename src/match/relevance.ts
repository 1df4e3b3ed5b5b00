import type { AnalyzedArticle } from './analyze-article.ts';
import type { CompiledTopic, TopicFacets } from './topic.ts';
import type { Relevance } from './types.ts';

/**
 * Per sentence: 1 = subject, forces and a place or action together; 0.75 = forces at a place of the topic in an
 * article that names the subject; 0.5 = forces and an action next to a sentence naming the subject.
 */
export function sentenceWeights(article: AnalyzedArticle, facets: TopicFacets[]): number[] {
  const { sentences } = article;
  const subjectInArticle = facets.some((f) => f.subject && !f.history);
  return sentences.map((s, i) => {
    const f = facets[i]!;
    if (f.history || !f.forces || !(f.place || f.action)) return 0;
    if (f.elsewhere && !f.place) return 0;
    if (f.subject) return 1;
    if (f.place && subjectInArticle) return 0.75;
    for (let k = Math.max(0, i - 2); k <= Math.min(sentences.length - 1, i + 1); k++) {
      if (facets[k]!.subject && !facets[k]!.history && (sentences[k]!.paragraph === s.paragraph || sentences[k]!.isTitle)) return 0.5;
    }
    return 0;
  });
}

/**
 * Relevance from topic sentences, not vocabulary: a sentence counts when the subject, its forces and a place
 * or action of the topic meet in it. Look-alike vocabulary (sport, economy), history dates and other borders
 * weigh against.
 */
export function judgeRelevance(topic: CompiledTopic, article: AnalyzedArticle, facets: TopicFacets[], weights: number[], claimSignal: number): Relevance {
  const { sentences } = article;
  let raw = 0;
  let best = -1;
  let titleOn = false;
  let excluded = 0;
  let history = 0;
  let elsewhere = 0;
  sentences.forEach((s, i) => {
    const w = weights[i]!;
    raw += s.isTitle ? 2 * w : w;
    if (s.isTitle && w > 0) titleOn = true;
    if (w > 0 && (best < 0 || weights[best]! < w)) best = i;
    if (facets[i]!.exclude) excluded++;
    if (facets[i]!.history) history++;
    if (facets[i]!.elsewhere) elsewhere++;
  });
  raw += claimSignal;
  let score = 1 - Math.exp(-raw / 1.2);
  const reasons: string[] = [];
  if (best >= 0) reasons.push(`${raw.toFixed(1)} weight of sentences on ${topic.name}, e.g. "${clip(sentences[best]!.text)}"`);
  else reasons.push(`no sentence brings together the subject, its forces and a place or action of ${topic.name}`);
  if (titleOn) reasons.push('the title is on topic');
  if (claimSignal > 0) reasons.push('it states or disputes a claim');
  // (a few look-alike sentences in a long article are a digression; the hockey report is look-alike throughout)
  if (excluded > 0 && excluded >= raw && excluded * 10 >= sentences.length) {
    score *= excluded > 2 * raw ? 0.3 : 0.6;
    reasons.push(`look-alike vocabulary in ${excluded} sentence(s) (sport, economy or another story)`);
  }
  if (history > 0 && history >= raw) {
    score *= 0.4;
    reasons.push(`${history} sentence(s) date from before the topic's period (history)`);
  }
  if (elsewhere > raw) reasons.push(`${elsewhere} sentence(s) are about another place or border`);
  score = Math.round(score * 100) / 100;
  return { relevant: score >= 0.5, score, reasons };
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}
