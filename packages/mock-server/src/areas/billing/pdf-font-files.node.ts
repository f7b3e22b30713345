import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const files = new Map<string, string>();

/**
 * A font file of an npm package (`@expo-google-fonts/noto-sans-sc/700Bold/…ttf`) as the binary
 * string jsPDF's `addFileToVFS` takes, read the first time a PDF needs it and kept: a PDF with
 * Latin text only never reads one.
 */
export function pdfFontFile(path: string): string | undefined {
  let file = files.get(path);
  if (file === undefined) {
    file = readFileSync(require.resolve(path)).toString('latin1');
    files.set(path, file);
  }
  return file;
}
