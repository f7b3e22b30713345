import {createRequire} from 'node:module';
import type * as Jsdom from 'jsdom';

let dom: Jsdom.JSDOM | undefined;

/**
 * The window DOMPurify works in: under Node, one jsdom window (DOMPurify's documented pairing),
 * loaded the first time a drawing is sanitized, so starting a mock server never pays for it.
 */
export function svgWindow(): Window & typeof globalThis {
  if (!dom) {
    const {JSDOM} = createRequire(import.meta.url)('jsdom') as typeof Jsdom;
    dom = new JSDOM('');
  }
  return dom.window as unknown as Window & typeof globalThis;
}
