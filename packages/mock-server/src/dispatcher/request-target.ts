/** The parts of a request's URL the dispatcher reads. */
export interface RequestTarget {
  /** Still percent-encoded, as `URL.pathname`. */
  readonly pathname: string;
  /** `?…`, or '' when there is no query, as `URL.search`. */
  readonly search: string;
}

const HTTP_ORIGIN = /^https?:\/\/[^/?#]*/i;

/**
 * The path and query of `Request.url`. That string is already a serialized WHATWG URL (the
 * Request parsed and normalized it), so for http(s) they are read off it instead of parsing
 * it a second time with `new URL`, which cost a tenth of a cached answer; any other scheme
 * goes through `URL`.
 */
export function requestTarget(href: string): RequestTarget {
  const origin = HTTP_ORIGIN.exec(href);
  if (!origin) {
    const url = new URL(href);
    return {pathname: url.pathname, search: url.search};
  }
  const hash = href.indexOf('#', origin[0].length);
  const end = hash === -1 ? href.length : hash;
  const query = href.indexOf('?', origin[0].length);
  if (query === -1 || query > end)
    return {pathname: pathOf(href, origin[0].length, end), search: ''};
  const search = href.slice(query, end);
  return {pathname: pathOf(href, origin[0].length, query), search: search === '?' ? '' : search};
}

function pathOf(href: string, start: number, end: number): string {
  return start === end ? '/' : href.slice(start, end);
}
