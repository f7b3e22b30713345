import {JSDOM} from 'jsdom';

let dom: JSDOM | undefined;

/** The window DOMPurify works in: under Node, one jsdom window (DOMPurify's documented pairing). */
export const svgWindow = (): Window & typeof globalThis =>
  (dom ??= new JSDOM('')).window as unknown as Window & typeof globalThis;
