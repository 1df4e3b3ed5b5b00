import { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { hintOf } from '../../src/extract/class-hints.ts';

const el = (name: string, attribs: Record<string, string> = {}): Element => new Element(name, attribs);

describe('hintOf', () => {
  it('classes and ids of comment sections, share bars, promos and captions', () => {
    expect(hintOf(el('section', { id: 'comments' }))).toBe('comments');
    expect(hintOf(el('div', { class: 'share-buttons' }))).toBe('negative');
    expect(hintOf(el('div', { class: 'newsletter-signup' }))).toBe('negative');
    expect(hintOf(el('div', { class: 'ad' }))).toBe('negative');
    expect(hintOf(el('div', { class: 'wp-caption' }))).toBe('negative');
    expect(hintOf(el('div', { class: 'cookie-consent' }))).toBe('negative');
  });
  it('a commentary (an opinion piece) is no comment section', () => {
    expect(hintOf(el('div', { class: 'commentary__body' }))).not.toBe('comments');
    expect(hintOf(el('main', { class: 'commentary' }))).toBe('positive');
    expect(hintOf(el('div', { class: 'commentator-column' }))).not.toBe('comments');
    expect(hintOf(el('div', { class: 'comments-area' }))).toBe('comments');
    expect(hintOf(el('div', { id: 'comment-list' }))).toBe('comments');
  });
  it('layout words are weaker than explicit boilerplate words', () => {
    expect(hintOf(el('div', { class: 'sidebar' }))).toBe('layout');
    expect(hintOf(el('footer'))).toBe('layout');
  });
  it('tags and roles', () => {
    expect(hintOf(el('nav'))).toBe('negative');
    expect(hintOf(el('div', { role: 'navigation' }))).toBe('negative');
    expect(hintOf(el('article'))).toBe('positive');
    expect(hintOf(el('div', { itemprop: 'articleBody' }))).toBe('positive');
    expect(hintOf(el('div', { class: 'entry-content' }))).toBe('positive');
  });
  it('ignores CMS taxonomy classes and short words inside longer ones', () => {
    expect(hintOf(el('article', { class: 'post tag-border-security category-news has-post-thumbnail' }))).toBe('positive');
    expect(hintOf(el('div', { class: 'heading shadow' }))).toBe('none');
  });
  it('embedded posts are content even inside "social" wrappers', () => {
    expect(hintOf(el('blockquote', { class: 'twitter-tweet' }))).toBe('none');
    expect(hintOf(el('div', { class: 'social-media-embed' }))).toBe('none');
  });
});
