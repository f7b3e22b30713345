// What examples/html must keep along the journey: one request per query, and for every
// member's browser no error and nothing from another origin.
import {foreignRequests} from '../lib/browser.mjs';

/**
 * GET requests for the same URL more than once with no mutation between them (a POST, PATCH or
 * DELETE may rightly make a query load again), since `from` (an index in tab.requests).
 */
export function duplicateGets(tab, from = 0) {
  const duplicates = [];
  let seen = new Set();
  for (const {method, url} of tab.requests.slice(from)) {
    const {pathname, search} = new URL(url);
    if (!pathname.startsWith('/v1/')) continue;
    if (method !== 'GET') {
      seen = new Set();
    } else if (seen.has(url)) {
      duplicates.push(`${pathname}${search}`);
    } else {
      seen.add(url);
    }
  }
  return duplicates;
}

/** One check: no GET was repeated in `tab` since `from`, `when` (e.g. "on the first visit"). */
export function oneRequestPerQuery({checks}, tab, when, from = 0) {
  const duplicates = duplicateGets(tab, from);
  checks.check(
    `examples/html: one API request per distinct query ${when}`,
    duplicates.length === 0,
    duplicates.join(', ') ||
      `${tab.requests.slice(from).filter((r) => r.url.includes('/v1/')).length} API requests`,
  );
}

/** Quality over the whole journey, per member's browser; then whether every step ran. */
export function everyBrowserClean({checks, journey, site, tabs}) {
  for (const [name, tab] of Object.entries(tabs)) {
    checks.check(
      `examples/html (${name}’s browser): no console error, page error or CSP violation`,
      tab.problems.length === 0,
      tab.problems.slice(0, 5).join(' | '),
    );
    const origin = new URL(site.url).origin;
    const foreign = foreignRequests(tab, origin);
    checks.check(
      `examples/html (${name}’s browser): nothing loaded from another origin`,
      foreign.length === 0,
      foreign.length
        ? foreign
            .map((r) => r.url)
            .slice(0, 5)
            .join(', ')
        : `${tab.requests.length} requests, all ${origin}`,
    );
  }
  checks.check('examples/html: the journey ran every step', !journey.stopped);
}
