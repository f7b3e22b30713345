import {problem} from '../../problem.js';

export const DAY_MS = 86_400_000;

/**
 * 429 once `times` (when a member did something, in ms) hold `limit` in the last 24 hours,
 * with the seconds until the oldest of them leaves the window.
 */
export function requireUnderDailyLimit(
  times: readonly number[],
  limit: number,
  now: number,
  what: string,
): void {
  const recent = times.filter((at) => at > now - DAY_MS);
  if (recent.length < limit) return;
  const oldest = Math.min(...recent);
  throw problem('rate_limited', `At most ${limit} ${what} a day through the directory.`, {
    retryAfter: Math.ceil((oldest + DAY_MS - now) / 1000),
  });
}
