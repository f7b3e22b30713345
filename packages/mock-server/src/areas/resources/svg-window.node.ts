import {createRequire} from 'node:module';
import type {JSDOM} from 'jsdom';

let dom: JSDOM | undefined;

/**
 * The window DOMPurify works in: under Node, one jsdom window (DOMPurify's documented pairing),
 * loaded the first time a drawing is sanitized, so starting a mock server never pays for it.
 */
export function svgWindow(): Window & typeof globalThis {
  if (!dom) {
    const {JSDOM: Dom} = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    dom = new Dom('');
  }
  return dom.window as unknown as Window & typeof globalThis;
}
