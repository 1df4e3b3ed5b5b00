import { describe, expect, it } from 'vitest';
import { isBylineOrDate, isFurnitureLine } from '../../src/extract/boilerplate-lines.ts';

describe('isFurnitureLine', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Share this article',
    'Related stories:',
    'Photo: Jan Nowak / Example Agency',
    'Image copyright EPA',
    '© Example Agency 2024',
    'Copyright 2024 Lakeside Gazette. All rights reserved.',
    'Все права защищены',
    'Kathrin Ziegler/Getty Images',
    'reporter@example.org',
    'https://cdn.example.org/uploads/2024/08/photo-1200x800.jpg 1200 800 admin',
    'Get the latest updates right in your inbox. Subscribe to our newsletters.',
    'Follow us on Twitter and Facebook',
    'Like this story? Share it with a friend!',
  ])('drops %j', (line) => expect(isFurnitureLine(line)).toBe(true));

  it.each([
    'Share prices fell sharply on Monday after the announcement.',
    'Related talks are expected to resume next week, officials said.',
    'The photo, taken on Sunday, shows a column of trucks heading south.',
    'http://amzn.to/2iJFhRj',
    'More than a thousand soldiers took part.',
    'The ministry said it would follow the situation closely.',
    'Residents who signed up for evacuation were told to wait.',
  ])('keeps %j', (line) => expect(isFurnitureLine(line)).toBe(false));
});

describe('isBylineOrDate', () => {
  it.each(['By Ada Kowal', 'By JERUSALEM POST STAFF', 'Published: November 19, 2019 at 8:59 pm', 'NOVEMBER 20, 2019 10:43', 'Updated 12.08.2024 14:05'])(
    'flags %j',
    (line) => expect(isBylineOrDate(line)).toBe(true),
  );
  it.each(['By Monday the convoy had reached the border.', 'On 10 August 2024 the minister announced the order to move units south.', 'Bypass roads were closed.'])(
    'keeps %j',
    (line) => expect(isBylineOrDate(line)).toBe(false),
  );
});
