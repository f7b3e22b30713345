import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type {setup} from './mock-api.js';

/** The metrics of the standard PDF fonts (Helvetica…), which pdf.js reads from its package. */
const STANDARD_FONTS =
  join(
    dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
    'standard_fonts',
  ) + '/';

/** The text of every page of a PDF, as a PDF reader extracts it, one string per line. */
export async function pdfText(bytes: Uint8Array): Promise<{lines: string[]; pages: number}> {
  const task = getDocument({data: bytes, standardFontDataUrl: STANDARD_FONTS});
  const pdf = await task.promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    // Items on one baseline (same y) form a line, left to right.
    const rows = new Map<number, {x: number; str: string}[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      const key = Math.round(y * 10);
      rows.set(key, [...(rows.get(key) ?? []), {x, str: item.str}]);
    }
    for (const [, items] of [...rows].sort(([a], [b]) => b - a))
      lines.push(
        items
          .sort((a, b) => a.x - b.x)
          .map((item) => item.str)
          .join(' '),
      );
  }
  const pages = pdf.numPages;
  await task.destroy();
  return {lines, pages};
}

/** GETs a PDF as `token`: a 200 `application/pdf` that starts as one, its bytes and its text. */
export async function downloadPdf(t: ReturnType<typeof setup>, path: string, token: string) {
  const response = await t.api.dispatch(t.request('GET', path, {token}));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
  // pdf.js takes over the buffer it reads: it reads a copy.
  return {response, bytes, ...(await pdfText(bytes.slice()))};
}
