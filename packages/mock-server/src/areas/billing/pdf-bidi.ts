/**
 * One line of text as PDF text runs, left to right as they are drawn: Arabic shaped into its
 * joined forms by jsPDF (in logical order, where a letter's neighbours are known), then put in
 * visual order by bidi-js (the Unicode Bidirectional Algorithm, the line's direction taken
 * from its first strong letter as `dir="auto"` does, brackets mirrored in right-to-left runs),
 * then cut where the font changes.
 */
import type {Bidi} from 'bidi-js';
import type {jsPDF} from 'jspdf';
import type {Script} from './pdf-fonts.js';
import {covers, scriptOf} from './pdf-fonts.js';

export interface Run {
  text: string;
  script: Script | undefined;
}

/** Bidi controls and other invisible format characters: they have no glyph to draw. */
const FORMAT = /\p{Cf}/gu;
/** A surrogate pair that a right-to-left run turned around. */
const SWAPPED_PAIR = /([\udc00-\udfff])([\ud800-\udbff])/g;

export function visualRuns(doc: jsPDF, bidi: Bidi, line: string): Run[] {
  const shaped = doc.processArabic(line);
  const levels = bidi.getEmbeddingLevels(shaped);
  const chars = shaped.split('');
  for (const [i, mirror] of bidi.getMirroredCharactersMap(shaped, levels.levels)) chars[i] = mirror;
  for (const [start = 0, end = start] of bidi.getReorderSegments(shaped, levels))
    chars.splice(start, end - start + 1, ...chars.slice(start, end + 1).reverse());
  const visual = chars.join('').replace(SWAPPED_PAIR, '$2$1').replace(FORMAT, '');
  return byFont(doc, visual);
}

/**
 * Cuts a visual line where its font changes. What Helvetica could write (spaces, digits, Latin)
 * goes with the Hebrew, Arabic or CJK run beside it when that Noto font has the glyphs: one
 * embedded font spaces the whole run, so it keeps its place in a viewer that draws Helvetica
 * with a font of other widths (Chromium without Arial or Liberation Sans).
 */
function byFont(doc: jsPDF, visual: string): Run[] {
  const runs: Run[] = [];
  for (const char of visual) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (last && last.script === script) last.text += char;
    else runs.push({text: char, script});
  }
  // Two runs side by side never share a script: a Helvetica one lies between two others.
  const resolved = runs.map(({text, script}, i): Run => {
    if (script) return {text, script};
    const beside = [runs[i - 1]?.script, runs[i + 1]?.script];
    return {text, script: beside.find((near) => near && covers(doc, near, text))};
  });
  return resolved.reduce<Run[]>((merged, run) => {
    const last = merged.at(-1);
    if (last && last.script === run.script) last.text += run.text;
    else merged.push({...run});
    return merged;
  }, []);
}
