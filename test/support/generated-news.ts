/**
 * Generated news articles for the reliability tests and the load benchmark: ~800-word pages made from
 * templates in code, a mix of relevant reports (supporting or contradicting the seeded claims, or bringing
 * new facts) and irrelevant ones (sport, economy, culture). Filler is built word by word from a seeded
 * generator, so no two articles share enough text to look like near-duplicates of each other.
 */

export type ArticleKind = 'support' | 'contradict' | 'fresh' | 'irrelevant';

export interface GeneratedArticle {
  /** Stable id, also the page's path stem. */
  id: string;
  kind: ArticleKind;
  title: string;
  publishedAt: string;
  /** The article's body paragraphs (the HTML wraps them in page chrome). */
  paragraphs: string[];
  words: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const DAYS = ['12', '14', '15', '16', '19', '20', '21', '22'];

const SUPPORT = [
  'Alexander Lukashenko said on 18 August that almost a third of the Belarusian army had been deployed along the southern border with Ukraine.',
  'Speaking on 18 August, Lukashenko claimed that nearly a third of Belarus\'s army was now stationed on the border with Ukraine.',
  'The Belarusian leader said that about a third of the country\'s armed forces had moved to the Ukrainian border in August 2024.',
];
const SUPPORT_TITLES = [
  'Lukashenko says a third of the Belarusian army stands at the Ukrainian border',
  'Belarusian leader claims a third of his army is deployed on the border with Ukraine',
  'Lukashenko: almost a third of the army moved to the southern border',
];

const CONTRADICT = [
  'Analysts who reviewed satellite images estimate that some {n} Belarusian soldiers were moved to the border area near Gomel between 10 and 23 August.',
  'A new study of commercial satellite imagery suggests that about {n} Belarusian troops were sent toward the Ukrainian border between 10 and 23 August, far more than the opposition counted.',
];
const CONTRADICT_COUNTS = ['15,000', '12,000', '18,000', '20,000'];
const CONTRADICT_TITLES = [
  'Satellite images suggest a far larger Belarusian build-up than the opposition counted',
  'Study finds thousands more Belarusian troops near the Ukrainian border',
];

const FRESH = [
  'Belarus sent additional air-defence units and troops to the Gomel region near the Ukrainian border, the defence ministry said on {d} August 2024.',
  'The Belarusian defence ministry said on {d} August 2024 that a tank battalion had been moved by rail toward the border with Ukraine.',
  'Ukraine\'s border guard service reported new Belarusian army positions near the Ukrainian border on {d} August 2024.',
];
const FRESH_TITLES = [
  'Belarus moves more units toward the Ukrainian border',
  'Belarusian army reinforces positions near Ukraine',
  'Border guards report new Belarusian deployments',
];
const CONTEXT = [
  'Ukraine\'s border guard service said it was watching the area closely and had reinforced its own units.',
  'Kyiv warned Minsk not to make tragic mistakes and said it would respond if the border was breached.',
  'Belarusian troops have not taken a direct part in the fighting in Ukraine.',
];

const IRRELEVANT = [
  'The national hockey side held its defence in the third period to reach the final of the summer cup.',
  'Potash exports rose in the second quarter as new rail contracts came into force, the ministry of economy said.',
  'The city philharmonic opened its season with a programme of Shostakovich and Rachmaninoff.',
  'Farmers in the Brest region began the grain harvest a week earlier than usual after a warm spring.',
  'The football federation appointed a new coach for the under-21 team after a poor qualifying run.',
];
const IRRELEVANT_TITLES = [
  'Hockey side reaches the summer cup final',
  'Potash exports rise on new rail contracts',
  'Philharmonic opens its season',
  'Early start to the grain harvest',
  'New coach for the youth football team',
];

// Filler vocabulary: everyday local-news words, nothing about armies, borders or numbers.
const FIRST = ['Anna', 'Pavel', 'Olga', 'Ihar', 'Maria', 'Dzmitry', 'Katsiaryna', 'Siarhei', 'Alena', 'Viktar', 'Hanna', 'Mikhail', 'Iryna', 'Andrei', 'Tatsiana', 'Aliaksei', 'Natallia', 'Yury', 'Sviatlana', 'Raman'];
const LAST = ['Kavalenka', 'Novik', 'Shautsou', 'Karpovich', 'Zhuk', 'Melnik', 'Bandarenka', 'Lis', 'Hrynevich', 'Sidarenka', 'Marozau', 'Kazlou', 'Tsikhanau', 'Yakubovich', 'Sakalou', 'Paulau', 'Kuzmich', 'Laurynovich'];
const ROLE = ['librarian', 'baker', 'teacher', 'gardener', 'architect', 'pharmacist', 'cyclist', 'photographer', 'tailor', 'beekeeper', 'carpenter', 'chemist', 'violinist', 'florist', 'historian', 'potter'];
const ADJ = ['quiet', 'narrow', 'wooden', 'bright', 'crowded', 'modest', 'colourful', 'ancient', 'fragrant', 'tidy', 'lively', 'windy', 'shaded', 'muddy', 'elegant', 'rustic', 'spacious', 'humble', 'sunny', 'peculiar', 'gentle', 'noisy', 'rusty', 'sleepy', 'polished', 'curious', 'generous', 'silver', 'velvet', 'golden'];
const NOUN = ['market', 'orchard', 'bakery', 'library', 'garden', 'courtyard', 'bridge', 'fountain', 'workshop', 'theatre', 'museum', 'kiosk', 'greenhouse', 'playground', 'pharmacy', 'studio', 'cellar', 'meadow', 'pond', 'tram stop', 'bookshop', 'chapel', 'pavilion', 'vineyard', 'alley', 'boathouse', 'bandstand', 'mill', 'ferry', 'canteen'];
const VERB = ['repainted', 'reopened', 'visited', 'photographed', 'cleaned', 'decorated', 'measured', 'restored', 'described', 'sketched', 'praised', 'rearranged', 'explored', 'recommended', 'catalogued', 'admired', 'watered', 'rebuilt', 'mapped', 'celebrated'];
const TOWN = ['Hrodna', 'Lida', 'Navahrudak', 'Nesvizh', 'Polatsk', 'Vitsebsk', 'Barysau', 'Slonim', 'Pinsk', 'Kobryn', 'Mir', 'Orsha', 'Maladzechna', 'Zhodzina', 'Ashmiany', 'Smarhon'];
const TAIL = ['after a long winter', 'before the autumn fair', 'with help from neighbours', 'early on a misty morning', 'despite the steady rain', 'for the first spring market', 'while children played nearby', 'to the delight of visitors', 'as the evening lights came on', 'over a long weekend', 'with fresh flowers and ribbons', 'under a pale afternoon sky'];
const SAY = ['said', 'noted', 'explained', 'recalled', 'remarked', 'added', 'wrote', 'told reporters'];

function fillerSentence(rnd: () => number): string {
  const who = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}, a ${pick(rnd, ROLE)} from ${pick(rnd, TOWN)},`;
  const shapes = [
    () => `${who} ${pick(rnd, SAY)} that the ${pick(rnd, ADJ)} ${pick(rnd, NOUN)} had been ${pick(rnd, VERB)} ${pick(rnd, TAIL)}.`,
    () => `The ${pick(rnd, ADJ)} ${pick(rnd, NOUN)} near the ${pick(rnd, ADJ)} ${pick(rnd, NOUN)} in ${pick(rnd, TOWN)} was ${pick(rnd, VERB)} ${pick(rnd, TAIL)}.`,
    () => `Visitors ${pick(rnd, VERB)} a ${pick(rnd, ADJ)} ${pick(rnd, NOUN)} and a ${pick(rnd, ADJ)} ${pick(rnd, NOUN)}, ${pick(rnd, FIRST)} ${pick(rnd, LAST)} ${pick(rnd, SAY)}.`,
    () => `In ${pick(rnd, TOWN)}, the ${pick(rnd, ROLE)} ${pick(rnd, FIRST)} ${pick(rnd, LAST)} ${pick(rnd, VERB)} the ${pick(rnd, ADJ)} ${pick(rnd, NOUN)} ${pick(rnd, TAIL)}.`,
  ];
  return pick(rnd, shapes)();
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** One article of the given kind; the same (seed, kind) always gives the same article. */
export function generateArticle(seed: number, kind: ArticleKind, opts: { words?: number; id?: string } = {}): GeneratedArticle {
  const rnd = seededRandom(seed * 2654435761);
  const target = opts.words ?? 800;
  const day = pick(rnd, DAYS);
  let title: string;
  const lead: string[] = [];
  switch (kind) {
    case 'support':
      title = pick(rnd, SUPPORT_TITLES);
      lead.push(pick(rnd, SUPPORT), pick(rnd, CONTEXT));
      break;
    case 'contradict':
      title = pick(rnd, CONTRADICT_TITLES);
      lead.push(pick(rnd, CONTRADICT).replace('{n}', pick(rnd, CONTRADICT_COUNTS)), pick(rnd, CONTEXT));
      break;
    case 'fresh':
      title = pick(rnd, FRESH_TITLES);
      lead.push(pick(rnd, FRESH).replace('{d}', day), pick(rnd, CONTEXT));
      break;
    case 'irrelevant': {
      const i = Math.floor(rnd() * IRRELEVANT.length);
      title = IRRELEVANT_TITLES[i]!;
      lead.push(IRRELEVANT[i]!);
      break;
    }
  }
  const paragraphs = [lead.join(' ')];
  let words = countWords(paragraphs[0]!);
  while (words < target) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rnd() * 3);
    for (let i = 0; i < n && words < target; i++) {
      const s = fillerSentence(rnd);
      sentences.push(s);
      words += countWords(s);
    }
    paragraphs.push(sentences.join(' '));
  }
  return {
    id: opts.id ?? `${kind}-${seed}`,
    kind,
    title: `${title} (${seed})`,
    publishedAt: `2024-08-${day}T${String(6 + Math.floor(rnd() * 14)).padStart(2, '0')}:00:00Z`,
    paragraphs,
    words,
  };
}

/** Relevant kinds in rotation, every `irrelevantEvery`-th article irrelevant; deterministic by index. */
export function kindFor(index: number, irrelevantShare = 0.5): ArticleKind {
  const relevant: ArticleKind[] = ['support', 'contradict', 'fresh'];
  const slot = (index * 7919) % 100;
  return slot < irrelevantShare * 100 ? 'irrelevant' : relevant[index % 3]!;
}

const NAV = ['Belarus', 'Ukraine', 'World', 'Economy', 'Culture', 'Sport', 'Opinion', 'Video', 'Podcasts', 'Archive'];

/** A news page around the article: header, navigation, byline, the body, related links, footer. */
export function articleHtml(a: GeneratedArticle, url: string): string {
  const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
  const nav = NAV.map((n) => `<li><a href="/${n.toLowerCase()}/">${n}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/related/${a.id}-${i}.html">More from the desk, part ${i + 1}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | Generated Desk</title>
<meta property="og:title" content="${esc(a.title)}">
<meta property="article:published_time" content="${a.publishedAt}">
<link rel="canonical" href="${esc(url)}">
<style>body{font-family:serif}.byline{color:#555}</style>
</head>
<body>
<header class="site-header"><a href="/" class="logo">Generated Desk</a><nav><ul>${nav}</ul></nav></header>
<main>
<article>
<h1>${esc(a.title)}</h1>
<p class="byline">By the desk · <time datetime="${a.publishedAt}">${a.publishedAt.slice(0, 10)}</time></p>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related</h2><ul>${related}</ul></aside>
<section class="newsletter">Sign up for our morning briefing. <input type="email"> <button>Subscribe</button></section>
</main>
<footer><p>© 2024 Generated Desk.</p></footer>
<script>window.__analytics = { page: ${JSON.stringify(a.id)} };</script>
</body>
</html>
`;
}
