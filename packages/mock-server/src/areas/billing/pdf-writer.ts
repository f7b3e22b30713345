/**
 * Text laid out top to bottom on A4 pages with jsPDF (loaded on first use, so the mock's other
 * routes never load it): headings, lines, two side-by-side blocks and table rows, with a new
 * page when the next line would not fit. A text the standard fonts cannot write (Hebrew,
 * Arabic, Chinese…) is drawn run by run in visual order, each run in its Noto font.
 */
import type {Bidi} from 'bidi-js';
import type {jsPDF} from 'jspdf';
import {visualRuns} from './pdf-bidi.js';
import {needsEmbeddedFont, useFont} from './pdf-fonts.js';

const WIDTH = 210;
const HEIGHT = 297;
const MARGIN = 18;
const LINE = 5;
const SIZE = 10;

export interface Column {
  /** Millimetres. */
  width: number;
  align?: 'left' | 'right';
}

/** The label and the amount of a total, under a table's last column (A4 less the margins). */
const TOTALS: readonly Column[] = [
  {width: WIDTH - 2 * MARGIN - 28, align: 'right'},
  {width: 28, align: 'right'},
];

/**
 * The standard PDF fonts write Windows-1252: Intl's narrow and non-breaking spaces (`36,00 €`
 * in French) become plain ones.
 */
const printable = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

export class PdfWriter {
  readonly #doc: jsPDF;
  readonly #bidi: Bidi;
  readonly #words: Intl.Segmenter;
  #y = MARGIN;
  #bold = false;

  private constructor(doc: jsPDF, bidi: Bidi, language: string) {
    this.#doc = doc;
    this.#bidi = bidi;
    this.#words = new Intl.Segmenter(language, {granularity: 'word'});
  }

  static async create(title: string, language: string): Promise<PdfWriter> {
    const [{jsPDF}, {default: bidiFactory}] = await Promise.all([
      import('jspdf'),
      import('bidi-js'),
    ]);
    const doc = new jsPDF({unit: 'mm', format: 'a4', compress: true});
    doc.setProperties({title: printable(title), creator: 'Portico mock server'});
    doc.setLanguage(language === 'fr' ? 'fr' : 'en-US');
    doc.setFontSize(SIZE);
    return new PdfWriter(doc, bidiFactory(), language);
  }

  /** Room for `height` mm more on this page, or a new page. */
  #room(height: number): void {
    if (this.#y + height <= HEIGHT - MARGIN) return;
    this.#doc.addPage();
    this.#y = MARGIN;
  }

  #font(bold: boolean, size = SIZE): void {
    this.#bold = bold;
    this.#doc.setFont('helvetica', bold ? 'bold' : 'normal');
    this.#doc.setFontSize(size);
  }

  /** One line at (x, y), its left end there, or its right end with `right`. */
  #text(text: string, x: number, y: number, right = false): void {
    const line = printable(text);
    if (!needsEmbeddedFont(line)) {
      this.#doc.text(line, x, y, right ? {align: 'right'} : {});
      return;
    }
    const runs = visualRuns(this.#doc, this.#bidi, line);
    let left = right ? x - this.#width(line) : x;
    for (const run of runs) {
      useFont(this.#doc, run.script, this.#bold);
      // In visual order already: jsPDF's own reordering would turn the runs around again.
      this.#doc.text(run.text, left, y, {isInputVisual: true, isOutputVisual: true});
      left += this.#doc.getTextWidth(run.text);
    }
    useFont(this.#doc, undefined, this.#bold);
  }

  /** Millimetres a line takes, each run in its font. */
  #width(line: string): number {
    if (!needsEmbeddedFont(line)) return this.#doc.getTextWidth(line);
    let width = 0;
    for (const run of visualRuns(this.#doc, this.#bidi, line)) {
      useFont(this.#doc, run.script, this.#bold);
      width += this.#doc.getTextWidth(run.text);
    }
    useFont(this.#doc, undefined, this.#bold);
    return width;
  }

  /**
   * A cell's lines no wider than `width`: jsPDF's wrapping for the standard fonts; else after
   * spaces, a word wider than the cell at the word breaks of Intl.Segmenter (which finds them
   * in Chinese and Japanese), and one still wider between its characters.
   */
  #wrap(text: string, width: number): string[] {
    const cell = printable(text);
    if (!needsEmbeddedFont(cell)) return this.#doc.splitTextToSize(cell, width);
    const fit = (piece: string, cut: (piece: string) => string[]) =>
      this.#width(piece) > width ? cut(piece) : [piece];
    const pieces = cell
      .split(/(?<=\s)/u)
      .flatMap((word) =>
        fit(word, () =>
          [...this.#words.segment(word)].flatMap(({segment}) => fit(segment, () => [...segment])),
        ),
      );
    const lines: string[] = [];
    let line = '';
    for (const piece of pieces) {
      if (line.trim() !== '' && this.#width((line + piece).trimEnd()) > width) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else line += piece;
    }
    return [...lines, line.trimEnd()];
  }

  heading(text: string): void {
    this.#font(true, 18);
    this.#room(10);
    this.#text(text, MARGIN, this.#y + 4);
    this.#y += 12;
  }

  lines(lines: readonly string[], bold = false): void {
    this.#font(bold);
    for (const line of lines) {
      this.#room(LINE);
      this.#text(line, MARGIN, this.#y);
      this.#y += LINE;
    }
  }

  gap(mm = LINE): void {
    this.#y += mm;
  }

  /**
   * Two blocks side by side (the seller and the buyer), each line wrapped to half the page,
   * then below the longer one.
   */
  blocks(left: readonly string[], right: readonly string[]): void {
    this.#font(false);
    const [start, middle] = [MARGIN, WIDTH / 2];
    const wrap = (lines: readonly string[]) =>
      lines.flatMap((l) => this.#wrap(l, middle - start - 4));
    const [first, second] = [wrap(left), wrap(right)];
    const rows = Math.max(first.length, second.length);
    this.#room(rows * LINE);
    first.forEach((line, i) => this.#text(line, start, this.#y + i * LINE));
    second.forEach((line, i) => this.#text(line, middle, this.#y + i * LINE));
    this.#y += rows * LINE;
  }

  /** One table row; a cell too wide for its column wraps onto more lines. */
  row(cells: readonly string[], columns: readonly Column[], bold = false): void {
    this.#font(bold);
    const wrapped = cells.map((cell, i) => this.#wrap(cell, (columns[i]?.width ?? 20) - 2));
    const height = Math.max(...wrapped.map((lines) => lines.length)) * LINE;
    this.#room(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      const column = columns[i] ?? {width: 20};
      const right = column.align === 'right';
      // jsPDF's own line spacing for a wrapped cell (the font size times 1.15).
      const spacing = this.#doc.getLineHeight() / this.#doc.internal.scaleFactor;
      lines.forEach((line, n) =>
        this.#text(line, right ? x + column.width : x, this.#y + n * spacing, right),
      );
      x += column.width;
    });
    this.#y += height;
  }

  /** A table: its header in bold, then one row per entry. */
  table(
    columns: readonly Column[],
    header: readonly string[],
    rows: readonly (readonly string[])[],
  ): void {
    this.row(header, columns, true);
    for (const cells of rows) this.row(cells, columns);
  }

  /** A label and an amount, aligned right under the table (a subtotal, a balance). */
  total(label: string, value: string, bold = false): void {
    this.row([label, value], TOTALS, bold);
  }

  bytes(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.#doc.output('arraybuffer'));
  }
}
