/**
 * The fonts a PDF embeds for what the standard fonts (Windows-1252) cannot write: Noto Sans
 * Hebrew, Arabic, KR (Korean Hangul) and SC (Chinese, with Japanese kana), registered on a
 * document the first time one of its texts needs them, and subset by jsPDF to the glyphs used.
 */
import type {jsPDF} from 'jspdf';
import {pdfFontFile} from '#pdf-font-files';

export type Script = 'hebrew' | 'arabic' | 'korean' | 'cjk';

const FONTS: Record<Script, {family: string; package: string; file: string}> = {
  hebrew: {family: 'NotoSansHebrew', package: 'noto-sans-hebrew', file: 'NotoSansHebrew'},
  arabic: {family: 'NotoSansArabic', package: 'noto-sans-arabic', file: 'NotoSansArabic'},
  korean: {family: 'NotoSansKR', package: 'noto-sans-kr', file: 'NotoSansKR'},
  cjk: {family: 'NotoSansSC', package: 'noto-sans-sc', file: 'NotoSansSC'},
};

/** What Helvetica writes: Windows-1252, i.e. Latin-1 and a few quotes, dashes and €. */
const STANDARD = /^[\t\n\r\u0020-\u007e\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/u;
const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
/** Hangul: syllables and jamo (Noto Sans SC has none of them: they printed as empty boxes). */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/u;

/** Whether a text needs a font other than the standard ones. */
export const needsEmbeddedFont = (text: string) => !STANDARD.test(text);

/** The script of one character, or undefined when Helvetica writes it. */
export function scriptOf(char: string): Script | undefined {
  if (STANDARD.test(char)) return undefined;
  if (HEBREW.test(char)) return 'hebrew';
  if (ARABIC.test(char)) return 'arabic';
  if (HANGUL.test(char)) return 'korean';
  return 'cjk';
}

/**
 * Sets the font that writes `script` (Helvetica for none), registering it on the document
 * first; false when this mock has no font files (in the browser), Helvetica then.
 */
export function useFont(doc: jsPDF, script: Script | undefined, bold: boolean): boolean {
  const style = bold ? 'bold' : 'normal';
  if (!script) {
    doc.setFont('helvetica', style);
    return true;
  }
  const font = FONTS[script];
  if (!doc.getFontList()[font.family]?.includes(style)) {
    const weight = bold ? '700Bold' : '400Regular';
    const name = `${font.file}_${weight}.ttf`;
    const file = pdfFontFile(`@expo-google-fonts/${font.package}/${weight}/${name}`);
    if (file === undefined) {
      doc.setFont('helvetica', style);
      return false;
    }
    doc.addFileToVFS(name, file);
    doc.addFont(name, font.family, style, 'Identity-H');
  }
  doc.setFont(font.family, style);
  return true;
}

/** Whether the font of `script` has a glyph for every character of `text`. */
export function covers(doc: jsPDF, script: Script, text: string): boolean {
  const font = doc.getFont();
  if (!useFont(doc, script, false)) return false;
  const glyphs = (doc.getFont().metadata as {cmap: {unicode: {codeMap: Record<number, number>}}})
    .cmap.unicode.codeMap;
  doc.setFont(font.fontName, font.fontStyle);
  return [...text].every((char) => Boolean(glyphs[char.codePointAt(0) ?? 0]));
}
