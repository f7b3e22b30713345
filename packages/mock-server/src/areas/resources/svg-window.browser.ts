/** The window DOMPurify works in: in a browser (msw), the page's own. */
export const svgWindow = (): Window & typeof globalThis => window;
