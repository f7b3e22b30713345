/**
 * In the browser (msw) the mock ships no font files: a PDF prints what the standard fonts can,
 * as before. The Node servers embed Noto fonts (pdf-font-files.node.ts).
 */
export function pdfFontFile(_path: string): string | undefined {
  return undefined;
}
