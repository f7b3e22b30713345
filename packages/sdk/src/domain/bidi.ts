/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
 * Real right-to-left text never needs them, and one left open reorders what follows it:
 * `Ada \u202Efdp.exe` reads "Ada exe.pdf" (the "Trojan Source" trick).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text free of bidi controls: the pattern every text in the contract matches. */
export const NO_BIDI_CONTROLS = /^[^\u202A-\u202E\u2066-\u2069]*$/;

/** `text` without bidi embedding, override and isolate controls. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
