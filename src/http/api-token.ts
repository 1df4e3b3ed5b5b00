/** Thrown when the HTTP API would start open without the user asking for it. */
export class MissingApiTokenError extends Error {
  override readonly name = 'MissingApiTokenError';
  constructor(port: number) {
    super(
      `API_TOKEN is not set, so the HTTP API on port ${port} will not start. Fix: set API_TOKEN to a long random ` +
        `string (e.g. openssl rand -hex 32) and send it as "Authorization: Bearer <token>"; or set API_TOKEN= ` +
        `(empty) to run the API without a token on a trusted machine`,
    );
  }
}

export interface ApiTokenChoice {
  /** null: no token needed (API_TOKEN explicitly empty). */
  token: string | null;
  warning?: string;
}

/** Unset: refuse. Empty: open, with a warning. Otherwise: that token (short ones get a warning). */
export function resolveApiToken(apiToken: string | undefined, port: number): ApiTokenChoice {
  if (apiToken === undefined) throw new MissingApiTokenError(port);
  if (apiToken.trim() === '') {
    return {
      token: null,
      warning: `API_TOKEN is empty: the HTTP API on port ${port} (checks, Bull Board) answers anyone who can reach it. Use this only on a trusted machine`,
    };
  }
  if (apiToken.length < 16) {
    return { token: apiToken, warning: 'API_TOKEN is shorter than 16 characters: use a long random one (openssl rand -hex 32)' };
  }
  return { token: apiToken };
}
