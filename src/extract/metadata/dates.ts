/**
 * Normalises a date as pages write it to ISO 8601: full timestamps to UTC (`toISOString`), bare dates
 * kept as `YYYY-MM-DD` (no invented time of day). Null when it is not a plausible date.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (bare) return plausible(Number(bare[1]), Number(bare[2]), Number(bare[3])) ? s : null;
  // `2019-11-19 10:30:00` and `+0000` offsets are common; Date wants `T` and `+00:00`.
  const fixed = s.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = Date.parse(fixed);
  if (Number.isNaN(t)) {
    // A broken time of day after a good date (`2024-08-20T07:-6:00`): keep the date.
    const day = /^(\d{4})-(\d{2})-(\d{2})(?=[T ])/.exec(s);
    return day && plausible(Number(day[1]), Number(day[2]), Number(day[3])) ? day[0] : null;
  }
  const d = new Date(t);
  if (!plausible(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) return null;
  return d.toISOString();
}

function plausible(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** `/2019/11/19/`, `/2019-11-19`, `/20191119/` in a URL path, as `YYYY-MM-DD`. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?:^|\/)((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|[-_.]|$)/.exec(path) ??
    /(?:^|\/|[-_])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|[-_.]|$)/.exec(path);
  if (!m) return null;
  return normaliseDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}
