/** Hosts where plain http is still a secure context (a dev server on this machine). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The longest URL the contract accepts (what browsers and CDNs reliably handle). */
export const MAX_URL_LENGTH = 2048;

/**
 * True when `url` is an absolute https URL, or http on the local machine: the only addresses
 * an element loads as an image or offers as a link. Anything else (`javascript:`, `data:`,
 * relative paths, plain http to another host) is ignored, so it never reaches `src`/`href`.
 */
export function isHttpsUrl(url: string | null | undefined): url is string {
  if (!url || url.length > MAX_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}
