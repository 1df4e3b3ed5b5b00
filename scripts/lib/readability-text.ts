import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The baseline the issue compares against: @mozilla/readability on a linkedom DOM, its `textContent`. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return article?.textContent ?? '';
}
