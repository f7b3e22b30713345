/**
 * Text laid out top to bottom on A4 pages with jsPDF (loaded on first use, so the mock's other
 * routes never load it): headings, lines, two side-by-side blocks and table rows, with a new
 * page when the next line would not fit.
 */
import type {jsPDF} from 'jspdf';

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
  #y = MARGIN;

  private constructor(doc: jsPDF) {
    this.#doc = doc;
  }

  static async create(title: string, language: string): Promise<PdfWriter> {
    const {jsPDF} = await import('jspdf');
    const doc = new jsPDF({unit: 'mm', format: 'a4', compress: true});
    doc.setProperties({title: printable(title), creator: 'Portico mock server'});
    doc.setLanguage(language === 'fr' ? 'fr' : 'en-US');
    doc.setFontSize(SIZE);
    return new PdfWriter(doc);
  }

  /** Room for `height` mm more on this page, or a new page. */
  #room(height: number): void {
    if (this.#y + height <= HEIGHT - MARGIN) return;
    this.#doc.addPage();
    this.#y = MARGIN;
  }

  #font(bold: boolean, size = SIZE): void {
    this.#doc.setFont('helvetica', bold ? 'bold' : 'normal');
    this.#doc.setFontSize(size);
  }

  heading(text: string): void {
    this.#font(true, 18);
    this.#room(10);
    this.#doc.text(printable(text), MARGIN, this.#y + 4);
    this.#y += 12;
  }

  lines(lines: readonly string[], bold = false): void {
    this.#font(bold);
    for (const line of lines) {
      this.#room(LINE);
      this.#doc.text(printable(line), MARGIN, this.#y);
      this.#y += LINE;
    }
  }

  gap(mm = LINE): void {
    this.#y += mm;
  }

  /** Two blocks side by side (the seller and the buyer), then below the longer one. */
  blocks(left: readonly string[], right: readonly string[]): void {
    this.#font(false);
    const rows = Math.max(left.length, right.length);
    this.#room(rows * LINE);
    left.forEach((line, i) => this.#doc.text(printable(line), MARGIN, this.#y + i * LINE));
    right.forEach((line, i) => this.#doc.text(printable(line), WIDTH / 2, this.#y + i * LINE));
    this.#y += rows * LINE;
  }

  /** One table row; a cell too wide for its column wraps onto more lines. */
  row(cells: readonly string[], columns: readonly Column[], bold = false): void {
    this.#font(bold);
    const wrapped = cells.map((cell, i): string[] =>
      this.#doc.splitTextToSize(printable(cell), (columns[i]?.width ?? 20) - 2),
    );
    const height = Math.max(...wrapped.map((lines) => lines.length)) * LINE;
    this.#room(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      const column = columns[i] ?? {width: 20};
      const right = column.align === 'right';
      this.#doc.text(lines, right ? x + column.width : x, this.#y, {
        align: right ? 'right' : 'left',
      });
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
