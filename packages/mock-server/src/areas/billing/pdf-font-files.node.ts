import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const files = new Map<string, string>();

const missing = new Set<string>();

/**
 * A font file of an npm package (`@expo-google-fonts/noto-sans-sc/700Bold/…ttf`) as the binary
 * string jsPDF's `addFileToVFS` takes, read the first time a PDF needs it and kept: a PDF with
 * Latin text only never reads one. The font packages are optional peer dependencies (the
 * Chinese one is 92 MB): without one installed, undefined, and the PDF prints what the
 * standard fonts can.
 */
export function pdfFontFile(path: string): string | undefined {
  if (missing.has(path)) return undefined;
  let file = files.get(path);
  if (file === undefined) {
    let resolved: string;
    try {
      resolved = require.resolve(path);
    } catch {
      missing.add(path);
      return undefined;
    }
    file = readFileSync(resolved).toString('latin1');
    files.set(path, file);
  }
  return file;
}
