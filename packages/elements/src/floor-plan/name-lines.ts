// A room's name cut into the lines of its box: measured with the font it is drawn in, broken
// at spaces where it can and between characters where it must (names need no space), the last
// line ended with an ellipsis when the rest does not fit. SVG text does not wrap by itself, and
// an HTML box (foreignObject) would put markup in the plan.
import type {LabelBox} from './room-label.js';

const ELLIPSIS = '…';
/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…): a name starting in one reads right to left. */
const RTL_FIRST = /^[^\p{L}]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Whether `name` reads right to left (its first letter is in a right-to-left script). */
export const isRtl = (name: string) => RTL_FIRST.test(name);

/** Measures text widths in one font (a canvas context), remembering each line it cut. */
export class NameLines {
  readonly #font: () => {readonly weight: string; readonly family: string};
  readonly #cache = new Map<string, readonly string[]>();
  #context: CanvasRenderingContext2D | null | undefined;

  /** `font`: the weight and family names are drawn in (the host's, read when needed). */
  constructor(font: () => {readonly weight: string; readonly family: string}) {
    this.#font = font;
  }

  /** The lines of `name` that fit `box` (at most `box.lines`), the last one cut with an ellipsis. */
  of(name: string, box: LabelBox): readonly string[] {
    const {weight, family} = this.#font();
    const key = `${weight}|${family}|${box.width}|${box.fontSize}|${box.lines}|${name}`;
    let lines = this.#cache.get(key);
    if (!lines) {
      if (this.#cache.size > 500) this.#cache.clear();
      lines = this.#cut(name, box);
      this.#cache.set(key, lines);
    }
    return lines;
  }

  #cut(name: string, box: LabelBox): readonly string[] {
    const context = (this.#context ??= document.createElement('canvas').getContext('2d'));
    if (!context) return [name];
    const {weight, family} = this.#font();
    context.font = `${weight} ${box.fontSize}px ${family}`;
    const fits = (text: string) => context.measureText(text).width <= box.width;
    const graphemes = [
      ...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(name),
    ].map((s) => s.segment);
    const lines: string[] = [];
    let rest = graphemes;
    while (rest.length > 0 && lines.length < box.lines) {
      const last = lines.length === box.lines - 1;
      // The most characters that fit; then back to the last space within them, if any.
      let end = 0;
      while (end < rest.length && fits(rest.slice(0, end + 1).join(''))) end++;
      if (end === rest.length) {
        lines.push(rest.join(''));
        break;
      }
      if (last) {
        while (end > 0 && !fits(`${rest.slice(0, end).join('').trimEnd()}${ELLIPSIS}`)) end--;
        lines.push(`${rest.slice(0, end).join('').trimEnd()}${ELLIPSIS}`);
        break;
      }
      const space = rest.slice(0, end + 1).lastIndexOf(' ');
      const cut = space > 0 ? space + 1 : Math.max(end, 1);
      // The space stays at the line's end (not drawn): the lines together read as the name.
      lines.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    return lines;
  }
}
