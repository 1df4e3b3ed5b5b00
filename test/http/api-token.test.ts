import { describe, expect, it } from 'vitest';
import { MissingApiTokenError, resolveApiToken } from '../../src/http/api-token.ts';

describe('resolveApiToken', () => {
  it('refuses to start the API when API_TOKEN is unset, saying how to fix it', () => {
    expect(() => resolveApiToken(undefined, 8080)).toThrow(MissingApiTokenError);
    expect(() => resolveApiToken(undefined, 8080)).toThrow(/API_TOKEN is not set.*port 8080.*Fix: set API_TOKEN/);
  });

  it('runs open with a warning when API_TOKEN is explicitly empty', () => {
    const choice = resolveApiToken('', 8080);
    expect(choice.token).toBeNull();
    expect(choice.warning).toMatch(/answers anyone/);
  });

  it('uses the token, warning when it is short', () => {
    expect(resolveApiToken('a'.repeat(32), 8080)).toEqual({ token: 'a'.repeat(32) });
    expect(resolveApiToken('short', 8080).warning).toMatch(/shorter than 16/);
  });
});
