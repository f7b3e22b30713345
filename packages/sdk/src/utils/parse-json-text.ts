import {stripBidiControls} from '../domain/bidi.js';

/** A bidi control in JSON text, raw or escaped (`\u202E`). */
const BIDI_IN_JSON = /[\u202A-\u202E\u2066-\u2069]|\\u(?:202[A-Ea-e]|206[6-9])/;

/**
 * `JSON.parse(text)`, every string without bidi controls. The contract refuses them, but a
 * page does not validate answers in production: from a lax backend, a name such as
 * `Ada \u202Efdp.exe` would read "Ada exe.pdf" in every element. The scan costs little; the
 * reviver runs only when there is something to remove.
 */
export function parseJsonText(text: string): unknown {
  if (!BIDI_IN_JSON.test(text)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'string' ? stripBidiControls(value) : value,
  );
}
