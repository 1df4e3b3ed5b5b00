import { describe, expect, it } from 'vitest';
import { check, claim } from './seeded-matcher.ts';

// An action named as the object of an attitude or a prospect ("support for Belarus joining the fighting", "fear
// of ...") reports the attitude, not the action. Sentences written for this test.

describe('a contradicting action that someone supports or fears has not happened', () => {
  it.each([
    'A new survey finds majority support for Belarus joining the fighting on Russia’s side.',
    'Talk of Belarusian troops joining the fighting on Russia’s side has grown louder in Moscow.',
  ])('"%s" does not contradict no-direct-war-role', (text) => {
    expect(claim(check(text), 'no-direct-war-role').stance).not.toBe('contradicts');
  });

  it('the action itself still contradicts it', () => {
    expect(claim(check('Belarusian troops joined the fighting near Kursk, Kyiv said.'), 'no-direct-war-role').stance).toBe('contradicts');
  });
});
