import { dateFromText } from './metadata/text-date.ts';

/**
 * Single lines that are page furniture even inside the article container: widget labels, photo credits,
 * and the byline/dateline an article starts with. Only short lines are judged: prose is never dropped.
 */

/** Whole-line labels of ads, share bars, comment links and teaser boxes (compared lower-cased). */
const LABELS = new Set([
  'advertisement', 'advertisements', 'advert', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content',
  'paid content', 'promoted', 'comments', 'comment', 'leave a comment', 'add comment', 'show comments',
  'view comments', 'share', 'share this', 'share this article', 'share this story', 'share this post',
  'share article', 'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'whatsapp', 'related',
  'related articles', 'related stories', 'related content', 'related posts', 'related news', 'read more',
  'read next', 'see also', 'more', 'continue reading', 'subscribe', 'subscribe now', 'sign up', 'newsletter',
  'key points', 'recommended', 'recommended for you', 'trending', 'trending now', 'most read', 'most popular',
  'popular', 'you may also like', 'you might also like', 'tags', 'topics', 'follow us', 'skip to content',
  'loading', 'click here', 'back to top', 'top', 'next', 'previous', 'next article', 'previous article',
  'don t miss', 'watch', 'listen', 'video', 'photo', 'photos', 'gallery', 'image', 'close', 'menu', 'search',
  'story continues below advertisement', 'article continues below', 'continue reading below',
  // Russian, Ukrainian, Belarusian.
  'реклама', 'рэклама', 'читайте также', 'читайте також', 'чытайце таксама', 'поделиться', 'поділитися',
  'падзяліцца', 'комментарии', 'коментарі', 'каментары', 'новости по теме', 'новини на тему', 'навіны па тэме',
  'подписывайтесь', 'підписуйтесь', 'падпісвайцеся', 'популярное', 'популярне', 'папулярнае', 'фото', 'видео',
  'відео', 'відэа', 'теги', 'теґи', 'тэгі',
]);

const MAX_LABEL_CHARS = 48;
const CREDIT_PREFIX = /^(photo|photos|photograph|image|image source|picture|pictures|credit|credits|source|foto|fotos|фото)\s*[:©]|^(image|photo|picture) (copyright|credit|source)\b|^(©|\(c\)|copyright\b)/i;
const RIGHTS = /all rights reserved|все права защищены|усе правы абароненыя|всі права захищені|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados/i;
const URL_OR_EMAIL = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/g;
const AGENCY_CREDIT = /getty images|shutterstock|ap photo|afp photo|reuters\/|\/reuters|epa-efe|istock|alamy|bloomberg via getty/i;
/** Calls to action: newsletter pitches, follow-us lines, "click here" teasers. */
const CALL_TO_ACTION =
  /\b(subscribe|sign up)\b.{0,80}\b(newsletters?|inbox)\b|\bnewsletters?\b.{0,80}\b(subscribe|sign up)\b|^follow us on\b|\bfollow (us|him|her|them) on (twitter|facebook|instagram)\b|^click here\b|^(like|liked) this (story|article)\b/i;
const BYLINE = /^(by|von|par|por|di|автор|by:)\s+\p{Lu}/iu;
const DATELINE = /^(published|updated|posted|last updated|last modified|modified|created|опубликовано|обновлено)\b/i;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[./-]\d{1,2}[./-](19|20)\d{2}\b|\b(19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b|\d{1,2}:\d{2}/i;

function simplify(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A furniture label or photo credit, wherever it stands. */
export function isFurnitureLine(line: string): boolean {
  if (line.length > 400) return false;
  if (line.length > 160) return isMostlyUrls(line);
  if (line.length <= MAX_LABEL_CHARS && LABELS.has(simplify(line))) return true;
  if (CREDIT_PREFIX.test(line) || RIGHTS.test(line) || CALL_TO_ACTION.test(line)) return true;
  // E-mail sign-offs, leaked image metadata.
  if (isMostlyUrls(line)) return true;
  return line.length < 120 && AGENCY_CREDIT.test(line) && !/[.!?]["”’]?$/.test(line);
}

/** A byline or date line, judged only among the first lines of the body. */
export function isBylineOrDate(line: string): boolean {
  if (line.length > 100) return false;
  if (BYLINE.test(line) && !/[.!?]$/.test(line)) return true;
  if (DATELINE.test(line)) return true;
  // A bare date/time line: a date and few other words.
  const words = line.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 10 || /[.!?]$/.test(line)) return false;
  return (MONTH.test(line) && /\b(19|20)\d{2}\b|\d{1,2}:\d{2}/.test(line)) || dateFromText(line, null) !== null;
}

/** Image-file URLs or e-mail addresses with little else (a link the author wrote out stays). */
function isMostlyUrls(line: string): boolean {
  if (!line.includes('http') && !line.includes('www.') && !line.includes('@')) return false;
  const urls = line.match(URL_OR_EMAIL);
  if (urls === null || urls.join('').length <= 0.6 * line.replace(/\s/g, '').length) return false;
  return urls.some((u) => /\.(jpe?g|png|gif|webp|svg)\b/i.test(u) || (u.includes('@') && !u.includes('/')));
}
